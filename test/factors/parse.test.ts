import { describe, expect, it } from "vitest";
import { deepFreeze } from "../helpers.js";
import { nl2026, overrideFactors, parseFactorSet, safeParseFactorSet, type Factor, type FactorSet } from "../../src/index.js";

const gas = nl2026.factors.find((factor) => factor.sourceId === 135) as Factor;
const withFactors = (factors: readonly Factor[]): FactorSet => ({ ...nl2026, factors: [...factors] });

function issuesOf(input: unknown) {
  const result = safeParseFactorSet(input);
  return result.success ? [] : result.error.issues;
}

describe("parseFactorSet", () => {
  it("accepts nl2026 and its JSON form, with values as plain strings", () => {
    expect(parseFactorSet(JSON.parse(JSON.stringify(nl2026)))).toEqual(nl2026);
    const numbers = withFactors([{ ...gas, values: { wtw: 2.134 as unknown as string } }]);
    expect(parseFactorSet(numbers).factors[0]?.values.wtw).toBe("2.134");
  });

  it("accepts an overridden set whose supplier-specific factor now has a value", () => {
    const acme = overrideFactors(nl2026, [{ factor: 50, values: { total: "0.12" }, reason: "Stroometiket" }]);
    expect(safeParseFactorSet(acme).success).toBe(true);
  });

  it("does not mutate its input", () => {
    const input = deepFreeze(JSON.parse(JSON.stringify(nl2026)) as FactorSet);
    expect(parseFactorSet(input)).toEqual(input);
  });

  it("refuses a gas on a factor that is no gas, a role on a factor that is no electricity, a role taken twice and an unknown gas or role", () => {
    const grey = nl2026.factors.find((factor) => factor.electricityRole === "grey") as Factor;
    const grid = nl2026.factors.find((factor) => factor.electricityRole === "grid-mix") as Factor;
    const issues = issuesOf(
      withFactors([{ ...gas, gas: "R32" }, { ...gas, id: "g2", sourceId: 2, electricityRole: "grey" }, grey, { ...grid, electricityRole: "grey" }]),
    );
    expect(issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["factors", 2, "electricityRole"], 'two factors play the electricity role "grey"'],
      [["factors", 3, "electricityRole"], 'two factors play the electricity role "grey"'],
      [["factors", 0, "gas"], 'factor "aardgas-g-gas" names a gas but is not a refrigerant or other-emission factor (energy-fuels)'],
      [["factors", 1, "electricityRole"], 'factor "g2" has an electricity role but is not an electricity factor (energy-fuels)'],
    ]);
    const unknown = issuesOf(withFactors([{ ...grey, gas: "toString" as never, electricityRole: "blue" as never }]));
    expect(unknown.map((issue) => issue.path)).toEqual([
      ["factors", 0, "gas"],
      ["factors", 0, "electricityRole"],
    ]);
  });

  it("refuses duplicate ids and source ids", () => {
    const issues = issuesOf(withFactors([gas, gas]));
    expect(issues.map((issue) => issue.path)).toEqual([
      ["factors", 1, "id"],
      ["factors", 1, "sourceId"],
    ]);
  });

  it("refuses an active factor without an emission value", () => {
    const issues = issuesOf(withFactors([{ ...gas, values: { mjPerUnit: "31.65" } }]));
    expect(issues[0]?.message).toContain("no emission value");
    expect(issues[0]?.path).toEqual(["factors", 0, "values"]);
  });

  it("refuses a withdrawn factor with an emission value, and allows its energy content", () => {
    expect(issuesOf(withFactors([{ ...gas, status: "withdrawn" }]))[0]?.message).toContain("withdrawn");
    expect(issuesOf(withFactors([{ ...gas, status: "withdrawn", values: { mjPerUnit: "31.65" } }]))).toEqual([]);
  });

  it("refuses a supplier-specific factor with a published headline value", () => {
    expect(issuesOf(withFactors([{ ...gas, status: "supplier-specific" }]))[0]?.message).toContain("supplier-specific");
    expect(issuesOf(withFactors([{ ...gas, status: "supplier-specific", values: { chain: "0.04" } }]))).toEqual([]);
  });

  it.each([
    [{ ...nl2026, gwp: "AR7" }, ["gwp"]],
    [{ ...nl2026, year: 1900 }, ["year"]],
    [{ ...nl2026, source: "not a url" }, ["source"]],
    [withFactors([{ ...gas, id: "Aardgas G" }]), ["factors", 0, "id"]],
    [withFactors([{ ...gas, unit: "litre" as never }]), ["factors", 0, "unit"]],
    [withFactors([{ ...gas, values: { wtw: "2,1" } }]), ["factors", 0, "values", "wtw"]],
    [withFactors([{ ...gas, sourceUrl: "ftp://x.nl/" }]), ["factors", 0, "sourceUrl"]],
    [null, []],
  ])("rejects a malformed set with INVALID_INPUT at the path of the problem (%#)", (input, path) => {
    let caught: unknown;
    try {
      parseFactorSet(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: "INVALID_INPUT" });
    expect(issuesOf(input)[0]?.path).toEqual(path);
  });
});
