import { describe, expect, it } from "vitest";
import {
  applyScenario,
  calculateFootprint,
  checkReductionPath,
  compareFootprints,
  keyFigures,
  nl2026,
  reductionPath,
  type ActivityInput,
  type OrganisationInput,
} from "../../src/index.js";
import { caught, deepFreeze, plain } from "./helpers.js";

const fp = (activities: ActivityInput[], year = 2026, organisation?: OrganisationInput) =>
  calculateFootprint({ year, activities, ...(organisation === undefined ? {} : { organisation }) }, { factors: nl2026 });
const office: ActivityInput[] = [
  { id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" },
  { id: "power", theme: "electricity", quantity: 10000, unit: "kWh" },
  { id: "train", theme: "commuting", factor: 178, quantity: 10000, unit: "pkm" },
];

describe("keyFigures", () => {
  it("divides the total and scope 1+2 by fte, m2, 1,000 EUR and production", () => {
    const figures = keyFigures(fp(office), { fte: 4, floorAreaM2: 200, revenueEur: 500000, production: { quantity: 10, unit: "beds" } });
    // total market = 2134 + 4830 + 300 = 7264; scope 1+2 market = 6964; location = 2134 + 2440 (+300)
    expect(figures.perFte?.total.marketBased.toString()).toBe("1816");
    expect(figures.perFte?.scope12.marketBased.toString()).toBe("1741");
    expect(figures.perFte?.scope12.locationBased.toString()).toBe("1143.5");
    expect(figures.perM2?.total.locationBased.toString()).toBe("24.37");
    expect(figures.perThousandEur?.total.marketBased.toString()).toBe("14.528");
    expect(figures.perProductionUnit?.unit).toBe("beds");
    expect(figures.perProductionUnit?.total.marketBased.toString()).toBe("726.4");
  });

  it("gives key figures per each of up to three production units, leaving out a zero one", () => {
    const production = [
      { quantity: 10, unit: "beds" },
      { quantity: 0, unit: "wards" },
      { quantity: 4, unit: "theatres" },
    ];
    const figures = keyFigures(fp(office), { production });
    expect(figures.perProductionUnit?.unit).toBe("beds");
    expect(figures.perProductionUnits.map((figure) => [figure.unit, figure.total.marketBased.toString()])).toEqual([
      ["beds", "726.4"],
      ["theatres", "1816"],
    ]);
  });

  it("gives null where the company figure is missing or zero, and refuses bad data", () => {
    const figures = keyFigures(fp(office), { fte: 0 });
    expect(figures).toEqual({ perFte: null, perM2: null, perThousandEur: null, perProductionUnit: null, perProductionUnits: [] });
    expect(caught(() => keyFigures(fp(office), { fte: -1 })).issues[0]?.path).toEqual(["fte"]);
  });
});

describe("compareFootprints", () => {
  it("gives the absolute and relative change per scope and theme", () => {
    const base = fp(office, 2025);
    const current = fp(
      office.map((line) => (line.id === "gas" ? { ...line, quantity: 800 } : line)),
      2025,
    );
    const change = compareFootprints(base, current);
    expect(change.normalizedBy).toBeNull();
    expect(change.scope1.absolute.toString()).toBe("-426.8");
    expect(change.scope1.relative?.toString()).toBe("-0.2");
    expect(change.themes.fuel.marketBased.relative?.toString()).toBe("-0.2");
    expect(change.themes.heat.marketBased.relative).toBeNull();
    expect(change.scope2.marketBased.absolute.toString()).toBe("0");
  });

  it("corrects for growth per fte or per EUR of revenue", () => {
    const base = fp(office, 2025, { fte: 10, revenueEur: 1000000 });
    const grown = fp(
      office.map((line) => ({ ...line, quantity: (line.quantity as number) * 2 })),
      2026,
      { fte: 20, revenueEur: 2000000 },
    );
    expect(compareFootprints(base, grown).total.marketBased.relative?.toString()).toBe("1");
    expect(compareFootprints(base, grown, { normalizeBy: "fte" }).total.marketBased.absolute.toString()).toBe("0");
    expect(compareFootprints(base, grown, { normalizeBy: "revenue" }).scope1.relative?.toString()).toBe("0");
  });

  it("refuses to normalise without the figure", () => {
    const error = caught(() => compareFootprints(fp(office), fp(office), { normalizeBy: "fte" }));
    expect(error.issues[0]?.path).toEqual(["base", "organisation", "fte"]);
  });
});

describe("reductionPath and checkReductionPath", () => {
  it("reduces linearly from the base year to the target", () => {
    const path = reductionPath({ baseYear: 2020, baseEmissions: 100000, targetYear: 2030, reduction: 0.55 });
    expect(path.points).toHaveLength(11);
    expect(plain(path.points[1])).toEqual({ year: 2021, target: "94500" });
    expect(path.points.at(-1)?.target.toString()).toBe("45000");
  });

  it("applies an annual rate to the base year's emissions, never below zero", () => {
    const path = reductionPath({ baseYear: 2022, baseEmissions: "1000", targetYear: 2050, annualRate: 0.042 });
    expect(path.points[8]?.target.toString()).toBe("664");
    expect(path.points.at(-1)?.target.toString()).toBe("0");
  });

  it("refuses a target year before the base year, and both or neither of reduction and rate", () => {
    expect(caught(() => reductionPath({ baseYear: 2030, baseEmissions: 1, targetYear: 2020, reduction: 0.5 })).issues.map((i) => i.path)).toContainEqual([
      "targetYear",
    ]);
    expect(caught(() => reductionPath({ baseYear: 2020, baseEmissions: 1, targetYear: 2030 })).code).toBe("INVALID_INPUT");
    expect(caught(() => reductionPath({ baseYear: 2020, baseEmissions: 1, targetYear: 2030, reduction: 0.5, annualRate: 0.05 })).code).toBe("INVALID_INPUT");
    expect(caught(() => reductionPath({ baseYear: 2020, baseEmissions: 1, targetYear: 2030, reduction: 1.5 })).code).toBe("INVALID_INPUT");
  });

  it("checks footprints against the path, flat after the target year", () => {
    const path = reductionPath({ baseYear: 2020, baseEmissions: 10000, targetYear: 2025, reduction: 0.5 });
    const checks = checkReductionPath(path, [fp(office, 2026), fp(office.slice(0, 1), 2024)]);
    expect(plain(checks)).toEqual([
      { year: 2026, target: "5000", actual: "7264", gap: "2264", onTrack: false },
      { year: 2024, target: "6000", actual: "2134", gap: "-3866", onTrack: true },
    ]);
    expect(checkReductionPath(path, [fp(office, 2026)], "locationBased")[0]?.actual.toString()).toBe("4874");
    expect(caught(() => checkReductionPath(path, [fp(office, 2019)])).issues[0]?.path).toEqual([0, "year"]);
  });
});

describe("applyScenario", () => {
  const input = deepFreeze({ year: 2026, activities: office });

  it("shows 100% Dutch wind power lowering market-based scope 2 only", () => {
    const result = applyScenario(input, [{ kind: "green-electricity", share: 1, source: "wind" }], { factors: nl2026 });
    expect(result.change.scope2.marketBased.absolute.toString()).toBe("-4830");
    expect(result.change.scope2.locationBased.absolute.toString()).toBe("0");
    expect(result.before.total.marketBased.toString()).toBe("7264");
  });

  it("scales, switches factors, removes and adds lines in order", () => {
    const result = applyScenario(
      input,
      [
        { kind: "scale", theme: "commuting", by: 0.5 },
        { kind: "switch-factor", from: 135, to: "groengas-gemiddeld" },
        { kind: "remove", line: "power" },
        { kind: "add", activity: { id: "heat", theme: "heat", factor: 48, quantity: 1, unit: "GJ" } },
        { kind: "scale", line: "heat", by: 2 },
      ],
      { factors: nl2026 },
    );
    expect(result.activities.map((line) => line.id)).toEqual(["gas", "train", "heat"]);
    expect(result.after.scope3.categories[7].toString()).toBe("150");
    expect(result.after.scope1.toString()).toBe("305");
    expect(result.after.scope2.marketBased.toString()).toBe("80.9");
  });

  it("scales green kWh with an electricity line", () => {
    const green = {
      year: 2026,
      activities: [{ id: "e", theme: "electricity" as const, quantity: 100, unit: "kWh", green: [{ quantity: 100, source: "solar" as const }] }],
    };
    const result = applyScenario(green, [{ kind: "scale", line: "e", by: 3 }], { factors: nl2026 });
    expect(result.after.scope2.marketBased.toString()).toBe("0");
    expect(result.after.scope2.locationBased.toString()).toBe("73.2");
  });

  it("refuses invalid changes", () => {
    expect(caught(() => applyScenario(input, [{ kind: "scale", by: 2 } as never], { factors: nl2026 })).code).toBe("INVALID_INPUT");
    expect(caught(() => applyScenario(input, [{ kind: "green-electricity", share: 2, source: "wind" }], { factors: nl2026 })).issues[0]?.path).toEqual([
      0,
      "share",
    ]);
  });
});
