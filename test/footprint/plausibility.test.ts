import { describe, expect, it } from "vitest";
import { calculateFootprint, nl2026, type ActivityInput, type OrganisationInput } from "../../src/index.js";

const codes = (activities: ActivityInput[], organisation?: OrganisationInput, year = 2026) =>
  calculateFootprint({ year, activities, ...(organisation === undefined ? {} : { organisation }) }, { factors: nl2026 }).warnings.map((w) => w.code);

describe("plausibility warnings", () => {
  it("gives none for plausible data", () => {
    expect(
      codes([{ id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" }], {
        fte: 10,
        revenueEur: 750000,
        services: true,
        floorAreaM2: 100,
        buildingVolumeM3: 400,
      }),
    ).toEqual([]);
  });

  it("warns when green electricity is more than the known total", () => {
    expect(codes([{ id: "e", theme: "electricity", quantity: null, unit: "MWh", green: [{ quantity: 1, source: "wind" }] }])).toEqual(["GREEN_ABOVE_TOTAL"]);
  });

  it("warns about fuel and km for the same vehicle", () => {
    const lines: ActivityInput[] = [
      { id: "fuel", theme: "business-travel", factor: 67, quantity: 100, unit: "l", vehicle: "car-1" },
      { id: "km", theme: "business-travel", factor: 147, quantity: 1000, unit: "vkm", vehicle: "car-1" },
      { id: "km2", theme: "business-travel", factor: 147, quantity: 1000, unit: "vkm", vehicle: "car-2" },
    ];
    expect(codes(lines)).toEqual(["FUEL_AND_DISTANCE"]);
  });

  it.each([
    [{ floorAreaM2: 100, buildingVolumeM3: 250 }, ["BUILDING_VOLUME"]],
    [{ floorAreaM2: 100, buildingVolumeM3: 510 }, ["BUILDING_VOLUME"]],
    [{ floorAreaM2: 100, buildingVolumeM3: 500 }, []],
    [{ fte: 10, revenueEur: 400000, services: true }, ["REVENUE_PER_FTE"]],
    [{ fte: 10, revenueEur: 1100000, services: true }, ["REVENUE_PER_FTE"]],
    [{ fte: 10, revenueEur: 400000 }, []],
  ] as [OrganisationInput, string[]][])("checks the company data %j", (organisation, expected) => {
    expect(codes([], organisation)).toEqual(expected);
  });

  it("warns when wastewater VE is far from 2.5% of the water used", () => {
    const sewage = (ve: number): ActivityInput[] => [{ id: "s", theme: "wastewater", factor: 226, quantity: ve, unit: "VE" }];
    expect(codes(sewage(25), { waterM3: 1000 })).toEqual([]);
    expect(codes(sewage(5), { waterM3: 1000 })).toEqual(["WASTEWATER_VE"]);
    expect(codes(sewage(60), { waterM3: 1000 })).toEqual(["WASTEWATER_VE"]);
  });

  it("warns when the factor list year differs from the footprint year", () => {
    expect(codes([], undefined, 2025)).toEqual(["FACTOR_YEAR"]);
  });
});
