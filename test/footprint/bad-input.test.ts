import { describe, expect, it } from "vitest";
import {
  calculateFootprint,
  createFootprintAccumulator,
  nl2026,
  overrideFactors,
  parseActivities,
  safeParseActivities,
  type ActivityInput,
} from "../../src/index.js";
import { caught } from "./helpers.js";

const run = (activities: unknown[], options: Record<string, unknown> = {}) =>
  calculateFootprint({ year: 2026, activities } as never, { factors: nl2026, ...options } as never);
const gas = (over: Record<string, unknown> = {}) => ({ id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3", ...over });

describe("parseActivities", () => {
  it("returns exact quantities and unit codes for the list's spellings", () => {
    const lines = parseActivities([gas({ quantity: "0.1" }), { id: "t", theme: "freight", factor: 80, quantity: 1, unit: "tonkilometer" }]);
    expect(lines[0]?.quantity?.toString()).toBe("0.1");
    expect(lines[1]?.unit).toBe("tkm");
  });

  it.each([
    ["a negative quantity", [gas({ quantity: -1 })], [0, "quantity"]],
    ["NaN", [gas({ quantity: Number.NaN })], [0, "quantity"]],
    ["Infinity", [gas({ quantity: Number.POSITIVE_INFINITY })], [0, "quantity"]],
    ["a decimal comma", [gas({ quantity: "1,5" })], [0, "quantity"]],
    ["a missing quantity", [gas({ quantity: undefined })], [0, "quantity"]],
    ["an unknown unit", [gas({ unit: "m³" })], [0, "unit"]],
    ["an unknown theme", [gas({ theme: "steam" })], [0, "theme"]],
    ["an empty id", [gas({ id: "" })], [0, "id"]],
    ["a listed theme without a factor", [gas({ factor: undefined })], [0, "factor"]],
    ["an unknown field", [gas({ colour: "red" })], [0]],
    ["duplicate ids", [gas(), gas()], [1, "id"]],
    ["green kWh above the total", [{ id: "e", theme: "electricity", quantity: 10, unit: "kWh", green: [{ quantity: 11, source: "wind" }] }], [0, "green"]],
    [
      "an unknown green source",
      [{ id: "e", theme: "electricity", quantity: 10, unit: "kWh", green: [{ quantity: 1, source: "nuclear" }] }],
      [0, "green", 0, "source"],
    ],
    [
      "an other line without a category",
      [{ id: "o", theme: "other", factor: { value: 1, unit: "kg", source: "x" }, quantity: 1, unit: "kg" }],
      [0, "category"],
    ],
    [
      "scope 3 category 16",
      [{ id: "o", theme: "other", category: 16, factor: { value: 1, unit: "kg", source: "x" }, quantity: 1, unit: "kg" }],
      [0, "category"],
    ],
    ["a quarter and a month", [gas({ period: { year: 2026, quarter: 1, month: 2 } })], [0, "period"]],
    ["a month 13", [gas({ period: { year: 2026, month: 13 } })], [0, "period", "month"]],
  ])("refuses %s with INVALID_INPUT at its path", (_, input, path) => {
    const error = caught(() => parseActivities(input));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => issue.path)).toContainEqual(path);
  });

  it("reports every issue, not just the first", () => {
    const error = caught(() => parseActivities([gas({ quantity: -1 }), gas({ id: "b", unit: "x" })]));
    expect(error.issues.map((issue) => issue.path)).toEqual([
      [0, "quantity"],
      [1, "unit"],
    ]);
  });

  it("refuses something that is not a list", () => {
    expect(caught(() => parseActivities({})).code).toBe("INVALID_INPUT");
  });
});

describe("safeParseActivities", () => {
  it("returns the error instead of throwing it", () => {
    const result = safeParseActivities([gas({ quantity: -1 })]);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual([0, "quantity"]);
    expect(safeParseActivities([gas()]).success).toBe(true);
  });
});

describe("calculateFootprint refuses bad input with no partial result", () => {
  it("names the closest factors for an unknown factor", () => {
    const error = caught(() => run([gas({ factor: "aardgas" })]));
    expect(error.code).toBe("UNKNOWN_FACTOR");
    expect(error.message).toContain("aardgas-g-gas");
    expect(error.issues[0]?.path).toEqual(["activities", 0, "factor"]);
  });

  it("refuses a withdrawn factor unless the caller opts in", () => {
    const line = gas({ factor: "groengas-covergisting" });
    expect(caught(() => run([line])).code).toBe("WITHDRAWN_FACTOR");
    // Opting in is not enough without a value: the withdrawn factor publishes none.
    expect(caught(() => run([line], { allowWithdrawn: true })).code).toBe("MISSING_FACTOR_VALUE");
    const factors = overrideFactors(nl2026, [{ factor: "groengas-covergisting", values: { wtw: "0.3", mjPerUnit: "31.65" }, reason: "supplier figure" }]);
    expect(run([line], { allowWithdrawn: true, factors }).scope1.toString()).toBe("300");
  });

  it("refuses the stroometiket without the supplier's value, and a supplier value on another factor", () => {
    expect(caught(() => run([{ id: "e", theme: "electricity", factor: 50, quantity: 1, unit: "kWh" }])).code).toBe("SUPPLIER_VALUE_REQUIRED");
    const wrong = caught(() => run([{ id: "e", theme: "electricity", factor: 51, supplierFactor: 0.3, quantity: 1, unit: "kWh" }]));
    expect(wrong.issues[0]?.path).toEqual(["activities", 0, "supplierFactor"]);
  });

  it("refuses a theme that does not fit the factor's section", () => {
    for (const line of [
      gas({ theme: "waste" }),
      { id: "w", theme: "wastewater", factor: 235, quantity: 1, unit: "t" },
      { id: "w", theme: "waste", factor: 226, quantity: 1, unit: "VE" },
      { id: "e", theme: "electricity", factor: 135, quantity: 1, unit: "kWh" },
    ]) {
      const error = caught(() => run([line]));
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.issues[0]?.code).toBe("theme_section");
    }
  });

  it("refuses a unit that cannot become the factor's unit, naming both units", () => {
    const error = caught(() => run([gas({ unit: "kg" })]));
    expect(error.code).toBe("UNIT_MISMATCH");
    expect(error.message).toContain("kg");
    expect(error.message).toContain("Nm3");
    expect(error.issues[0]?.path).toEqual(["activities", 0, "unit"]);
    expect(caught(() => run([{ id: "o", theme: "offset", quantity: 1, unit: "kWh" }])).code).toBe("UNIT_MISMATCH");
  });

  it("refuses a GWP the list and the tables do not have", () => {
    const error = caught(() => run([{ id: "r", theme: "refrigerant", factor: "r417a", quantity: 1, unit: "kg" }], { gwp: "AR5" }));
    expect(error.code).toBe("MISSING_FACTOR_VALUE");
  });

  it("refuses invalid options", () => {
    expect(caught(() => calculateFootprint({ year: 2026, activities: [] }, { factors: {} } as never)).code).toBe("INVALID_INPUT");
    expect(caught(() => run([], { accounting: "ttw" })).code).toBe("INVALID_INPUT");
  });

  it("names an electricity role the set lacks", () => {
    const bare = { ...nl2026, factors: nl2026.factors.filter((f) => f.sourceId !== 52) };
    const error = caught(() =>
      calculateFootprint({ year: 2026, activities: [{ id: "e", theme: "electricity", quantity: 1, unit: "kWh" }] }, { factors: bare }),
    );
    expect(error.code).toBe("UNKNOWN_FACTOR");
    expect(error.message).toContain("options.electricity");
  });
});

describe("createFootprintAccumulator refuses bad lines chunk by chunk", () => {
  const good: ActivityInput = { id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" };

  it.each([
    ["a negative number", { quantity: -1 }, "INVALID_INPUT", "quantity"],
    ["NaN", { quantity: Number.NaN }, "INVALID_INPUT", "quantity"],
    ["a malformed string", { quantity: "1,5" }, "INVALID_INPUT", "quantity"],
    ["an unknown factor", { factor: "nope" }, "UNKNOWN_FACTOR", "factor"],
    ["an unknown theme", { theme: "steam" }, "INVALID_INPUT", "theme"],
    ["an unknown unit", { unit: "m³" }, "UNIT_MISMATCH", "unit"],
  ])("refuses %s and keeps the state from before the chunk", (_, change, code, field) => {
    const acc = createFootprintAccumulator({ factors: nl2026, year: 2026 }).add([{ theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" }]);
    const error = caught(() => acc.add([{ theme: "fuel", factor: 135, quantity: 500, unit: "Nm3" }, { ...good, ...change } as never]));
    expect(error.code).toBe(code);
    expect(error.issues[0]?.path).toEqual([1, field]);
    expect(acc.result().scope1.toString()).toBe("2134");
    expect(acc.result().groups[0]?.lines).toBe(1);
  });

  it("refuses green kWh above an electricity line's total", () => {
    const acc = createFootprintAccumulator({ factors: nl2026, year: 2026 });
    const error = caught(() => acc.add([{ theme: "electricity", quantity: 1, unit: "kWh", green: [{ quantity: 2, source: "solar" }] }]));
    expect(error.issues[0]?.path).toEqual([0, "green"]);
    const bad = caught(() => acc.add([{ theme: "electricity", quantity: 3, unit: "kWh", green: [{ quantity: -2, source: "solar" }] }]));
    expect(bad.issues[0]?.path).toEqual([0, "green", 0, "quantity"]);
    const supplier = caught(() => acc.add([{ theme: "electricity", factor: 50, supplierFactor: -0.1, quantity: 3, unit: "kWh" }]));
    expect(supplier.issues[0]?.path).toEqual([0, "supplierFactor"]);
    expect(acc.result().groups).toEqual([]);
  });

  it("refuses invalid options", () => {
    expect(caught(() => createFootprintAccumulator({ factors: nl2026 } as never)).code).toBe("INVALID_INPUT");
  });
});
