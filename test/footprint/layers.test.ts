import { describe, expect, it } from "vitest";
import {
  calculateFootprint,
  compareFootprints,
  createFootprintAccumulator,
  nl2026,
  overrideFactors,
  recalculateFootprint,
  type ActivityInput,
} from "../../src/index.js";
import { caught, plain } from "./helpers.js";

const layered = overrideFactors(
  nl2026,
  [
    { factor: 135, values: { wtw: "2.1" }, reason: "Meetrapport organisatie" },
    { factor: 135, values: { wtw: "2" }, reason: "Meetrapport Utrecht", location: "Utrecht" },
  ],
  { id: "nl-2026+acme" },
);
const gas = (id: string, location?: string): ActivityInput => ({
  id,
  theme: "fuel",
  factor: 135,
  quantity: 1000,
  unit: "Nm3",
  ...(location === undefined ? {} : { location }),
});

describe("overrides in layers (issue 12, section 5)", () => {
  it("lets the location win at its location and the organisation elsewhere, and every line says which layer", () => {
    const fp = calculateFootprint({ year: 2026, activities: [gas("utrecht", "Utrecht"), gas("zwolle", "Zwolle"), gas("none")] }, { factors: layered });
    expect(fp.lines.map((line) => [line.id, line.parts[0]?.kg.toString(), line.parts[0]?.layer, line.parts[0]?.overridden])).toEqual([
      ["utrecht", "2000", "location", true],
      ["zwolle", "2100", "organisation", true],
      ["none", "2100", "organisation", true],
    ]);
    expect(fp.scope1.toString()).toBe("6200");
    expect(fp.groups.map((group) => [group.layer, group.lines])).toEqual([
      ["organisation", 2],
      ["location", 1],
    ]);
    const published = calculateFootprint({ year: 2026, activities: [gas("a")] }, { factors: nl2026 });
    expect(published.lines[0]?.parts[0]?.layer).toBe("published");
  });

  it("gives the accumulator the same layers", () => {
    const acc = createFootprintAccumulator({ factors: layered, year: 2026 }).add([
      { theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3", location: "Utrecht" },
      { theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3", location: "Zwolle" },
      { theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3", location: "Utrecht" },
    ]);
    expect(acc.result().scope1.toString()).toBe("6100");
  });

  it("takes fields a location layer does not give from the organisation layer", () => {
    const set = overrideFactors(nl2026, [
      { factor: 135, values: { ttw: "1.7" }, reason: "organisatie" },
      { factor: 135, values: { wtt: "0.3" }, reason: "locatie", location: "Utrecht" },
    ]);
    const fp = calculateFootprint({ year: 2026, activities: [gas("u", "Utrecht")] }, { factors: set, accounting: "ghg-strict" });
    expect(fp.scope1.toString()).toBe("1700");
    expect(fp.scope3.categories[3].toString()).toBe("300");
  });
});

describe("comparisons on one factor set (issue 12, section 5)", () => {
  const base = calculateFootprint({ year: 2025, activities: [gas("gas")] }, { factors: nl2026 });
  const current = calculateFootprint({ year: 2026, activities: [{ ...gas("gas"), quantity: 900 }] }, { factors: layered });

  it("refuses to compare footprints of different factor sets", () => {
    const error = caught(() => compareFootprints(base, current));
    expect(error.code).toBe("INCOMPATIBLE_FOOTPRINTS");
    expect(error.message).toContain("recalculateFootprint");
  });

  it("compares when the caller opts in, and says so", () => {
    const comparison = compareFootprints(base, current, { acrossFactorSets: true });
    expect(comparison.acrossFactorSets).toBe(true);
    expect(comparison.scope1.absolute.toString()).toBe("-244"); // 1890 - 2134: partly the factor update
    expect(compareFootprints(base, base).acrossFactorSets).toBe(false);
  });

  it("compares a baseline recalculated on the newer set: only the reduction is left", () => {
    const recalculated = recalculateFootprint(base, { factors: layered });
    expect(recalculated.factorSet.id).toBe("nl-2026+acme");
    expect(recalculated.recalculatedFrom?.id).toBe("nl-2026");
    expect(recalculated.year).toBe(2025);
    expect(recalculated.scope1.toString()).toBe("2100");
    const comparison = compareFootprints(recalculated, current);
    expect(comparison.acrossFactorSets).toBe(false);
    expect(comparison.scope1.relative?.toString()).toBe("-0.1");
  });

  it("recalculates a footprint on its own set to the same footprint", () => {
    const again = recalculateFootprint(base, { factors: nl2026 });
    const { recalculatedFrom, ...rest } = again;
    expect(recalculatedFrom?.id).toBe("nl-2026");
    expect(plain(rest)).toEqual(plain(base));
  });

  it("refuses to recalculate an accumulator's result", () => {
    const acc = createFootprintAccumulator({ factors: nl2026, year: 2026 }).result();
    expect(caught(() => recalculateFootprint(acc, { factors: layered })).issues[0]?.path).toEqual(["footprint", "detail"]);
  });
});
