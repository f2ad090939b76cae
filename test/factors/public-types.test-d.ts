import type { Decimal } from "decimal.js";
import { describe, expectTypeOf, it } from "vitest";
import {
  findFactors,
  getFactor,
  gwp,
  nl2026,
  overrideFactors,
  safeParseFactorSet,
  type Factor,
  type FactorOverrideInput,
  type FactorQuery,
  type FactorSet,
  type GasCode,
  type GwpSet,
  type SafeParseResult,
} from "../../src/index.js";
import { nl2026 as fromSubpath } from "../../src/factors/nl-2026/index.js";

describe("public factor types", () => {
  it("types nl2026 as a FactorSet on both entry points", () => {
    expectTypeOf(nl2026).toEqualTypeOf<FactorSet>();
    expectTypeOf(fromSubpath).toEqualTypeOf<FactorSet>();
  });

  it("looks factors up by id or source id and returns Factor", () => {
    expectTypeOf(getFactor).parameter(1).toEqualTypeOf<string | number>();
    expectTypeOf(getFactor(nl2026, 135)).toEqualTypeOf<Factor>();
    expectTypeOf(findFactors(nl2026, {})).toEqualTypeOf<Factor[]>();
    // @ts-expect-error a unit that is not a unit code
    findFactors(nl2026, { unit: "litre" });
    expectTypeOf<{ section: "waste" }>().toExtend<FactorQuery>();
  });

  it("takes overrides with DecimalInput values and returns a FactorSet", () => {
    expectTypeOf<{ factor: 135; values: { wtw: number }; reason: string }>().toExtend<FactorOverrideInput>();
    expectTypeOf(overrideFactors(nl2026, [])).toEqualTypeOf<FactorSet>();
    expectTypeOf(safeParseFactorSet).returns.toEqualTypeOf<SafeParseResult<FactorSet>>();
  });

  it("knows the gases and reports, and returns a Decimal", () => {
    expectTypeOf(gwp("R410A", "AR6")).toEqualTypeOf<Decimal>();
    expectTypeOf<"R404A" | "N2O" | "CH4-fossil">().toExtend<GasCode>();
    expectTypeOf<"R999">().not.toExtend<GasCode>();
    expectTypeOf<GwpSet>().toEqualTypeOf<"AR4" | "AR5" | "AR6">();
  });
});
