import { Decimal } from "decimal.js";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { BLENDS, PURE_GASES, gwp, nl2026, type BlendCode, type GasCode, type GwpSet } from "../../src/index.js";
import { caught } from "../helpers.js";

/** The factor of the 2026 list for each blend (source ids on co2emissiefactoren.nl). */
const LIST_SOURCE_IDS: Record<BlendCode, number> = { R404A: 14, R407A: 21, R407C: 22, R407F: 23, R410A: 24, R507: 40 };

const listValues = (sourceId: number) => nl2026.factors.find((factor) => factor.sourceId === sourceId)?.values;
const rounded = (value: Decimal) => value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toString();

describe("gwp", () => {
  it.each(Object.keys(BLENDS) as BlendCode[])("computes %s in AR6 and AR4 as the 2026 list publishes it (rounded half up)", (blend) => {
    const values = listValues(LIST_SOURCE_IDS[blend]);
    expect(rounded(gwp(blend, "AR6"))).toBe(values?.gwp100);
    expect(rounded(gwp(blend, "AR4"))).toBe(values?.ar4);
  });

  it("matches the published AR6 values of R410A, R404A and R407C", () => {
    expect(rounded(gwp("R410A", "AR6"))).toBe("2256");
    expect(rounded(gwp("R404A", "AR6"))).toBe("4728");
    expect(rounded(gwp("R407C", "AR6"))).toBe("1908");
  });

  it("rounds the way the list does: R407F in AR4 is 1824.5 exactly and listed as 1825", () => {
    expect(gwp("R407F", "AR4").toString()).toBe("1824.5");
    expect(listValues(23)?.ar4).toBe("1825");
  });

  it("computes a blend exactly as the mass-weighted sum of its components", () => {
    expect(gwp("R410A", "AR5").toString()).toBe("1923.5");
    expect(gwp("R407C", "AR5").toString()).toBe("1624.21");
  });

  it.each([
    ["R32", 13],
    ["R125", 16],
    ["R134a", 17],
    ["R143a", 18],
    ["R23", 12],
    ["R245fa", 19],
    ["R22", 10],
    ["R290", 30],
    ["R1234yf", 15],
    ["R1234ze(Z)", 20],
    ["N2O", 27],
    ["CH4-non-fossil", 8],
    ["NF3", 28],
    ["SF6", 29],
    ["CO2", 47],
  ] as [GasCode, number][])("gives %s the AR6 value (and AR4 where published) of the 2026 list", (gas, sourceId) => {
    const values = listValues(sourceId);
    expect(gwp(gas, "AR6").equals(values?.gwp100 ?? "NaN")).toBe(true);
    if (values?.ar4 !== undefined) expect(gwp(gas, "AR4").equals(values.ar4)).toBe(true);
  });

  it("keeps unverified values visible as such", () => {
    expect(PURE_GASES.R22.gwp100.AR5.verified).toBe(false);
    expect(PURE_GASES.R290.gwp100.AR4.verified).toBe(false);
    expect(PURE_GASES.N2O.gwp100.AR6.verified).toBe(true);
    expect(BLENDS.R507.compositionVerified).toBe(false);
    expect(BLENDS.R410A.compositionVerified).toBe(true);
  });

  test.prop([fc.constantFrom(...(Object.keys(BLENDS) as BlendCode[])), fc.constantFrom<GwpSet>("AR4", "AR5", "AR6")])(
    "puts every blend between its lowest and highest component",
    (blend, set) => {
      const parts = Object.keys(BLENDS[blend].composition).map((gas) => gwp(gas as GasCode, set));
      const value = gwp(blend, set);
      expect(value.greaterThanOrEqualTo(Decimal.min(...parts))).toBe(true);
      expect(value.lessThanOrEqualTo(Decimal.max(...parts))).toBe(true);
    },
  );

  it("has blend compositions that add up to exactly 1", () => {
    for (const blend of Object.values(BLENDS)) {
      const total = Object.values(blend.composition).reduce((sum, fraction) => sum.plus(fraction), new Decimal(0));
      expect(total.toString(), blend.name).toBe("1");
    }
  });

  it("throws UNKNOWN_GAS for an unknown gas and for a gas without a value in that report", () => {
    const unknown = caught(() => gwp("R999" as GasCode, "AR6"));
    expect(unknown.code).toBe("UNKNOWN_GAS");
    const missing = caught(() => gwp("R1234yf", "AR4"));
    expect(missing.code).toBe("UNKNOWN_GAS");
    expect(missing.issues[0]?.message).toContain("AR4");
  });

  it("throws INVALID_INPUT for an unknown IPCC report", () => {
    const error = caught(() => gwp("CO2", "AR7" as GwpSet));
    expect(error.code).toBe("INVALID_INPUT");
  });
});
