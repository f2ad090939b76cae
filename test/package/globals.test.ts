import { Decimal } from "decimal.js";
import { getDefaultOptions } from "date-fns";
import { describe, expect, it } from "vitest";

describe("importing koploper", () => {
  it("leaves the global decimal.js configuration and date-fns defaults unchanged", async () => {
    const before = { precision: Decimal.precision, rounding: Decimal.rounding, toExpNeg: Decimal.toExpNeg, toExpPos: Decimal.toExpPos };
    const defaults = getDefaultOptions();
    const entries = await Promise.all([
      import("../../src/index.js"),
      import("../../src/footprint/index.js"),
      import("../../src/factors/nl-2026/index.js"),
      import("../../src/iso26000/index.js"),
      import("../../src/lifecycle/index.js"),
      import("../../src/audit/index.js"),
    ]);
    const root = entries[0];
    root.toDecimal("0.0000001").times(3).toString();
    expect({ precision: Decimal.precision, rounding: Decimal.rounding, toExpNeg: Decimal.toExpNeg, toExpPos: Decimal.toExpPos }).toEqual(before);
    expect(getDefaultOptions()).toEqual(defaults);
    expect(new Decimal("0.0000001").toString()).toBe("1e-7");
  });
});
