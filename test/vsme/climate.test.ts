// B3 (src/vsme/climate.ts): energy and emissions from the footprint.
import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { calculateFootprint, environmentalPerformance, nl2026, vsmeReport, type ActivityInput, type VsmeReport } from "../../src/index.js";
import { caught } from "../helpers.js";
import { bakery, bakeryFootprint, entity, options, value, year } from "./fixture.js";

describe("B3 from the footprint", () => {
  const line = fc.record({
    kWh: fc.integer({ min: 1, max: 5_000_000 }),
    greenShare: fc.integer({ min: 0, max: 100 }),
    gas: fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 10),
    diesel: fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
    accounting: fc.constantFrom("wtw" as const, "ghg-strict" as const),
  });
  const footprintOf = (
    input: { kWh: number; greenShare: number; gas: number; diesel: number; accounting: "wtw" | "ghg-strict" },
    green = Math.floor((input.kWh * input.greenShare) / 100),
  ) => {
    const activities: ActivityInput[] = [
      { id: "power", theme: "electricity", quantity: input.kWh, unit: "kWh", green: [{ quantity: green, source: "solar" }] },
      { id: "gas", theme: "fuel", factor: "aardgas-g-gas", quantity: input.gas, unit: "Nm3" },
      { id: "van", theme: "fuel", factor: "diesel-b7", quantity: input.diesel, unit: "l" },
      { id: "train", theme: "business-travel", factor: "trein-gemiddelde-type-onbekend", quantity: 1000, unit: "pkm" },
    ];
    return year({ year: 2026, activities }, input.accounting);
  };

  test.prop([line])("equals the footprint's figures exactly (tCO2e = kg / 1000, MWh = GJ / 3.6)", (input) => {
    const { footprint, environment } = footprintOf(input);
    const report = vsmeReport({ entity, footprint, environment, general: { turnoverEur: 1_000_000 } }, options);
    const t = (kg: Decimal) => kg.div(1000).toString();
    expect(value(report, "vsme:GrossScope1GreenhouseGasEmissions")?.value).toBe(t(footprint.scope1));
    expect(value(report, "vsme:GrossLocationBasedScope2GreenhouseGasEmissions")?.value).toBe(t(footprint.scope2.locationBased));
    expect(value(report, "vsme:GrossMarketBasedScope2GreenhouseGasEmissions")?.value).toBe(t(footprint.scope2.marketBased));
    expect(value(report, "vsme:GrossScope3GreenhouseGasEmissions")?.value).toBe(t(footprint.scope3.total));
    expect(value(report, "vsme:TotalGrossMarketBasedGHGEmissions")?.value).toBe(t(footprint.total.marketBased));
    const energyGJ = footprint.groups.filter((group) => group.theme !== "business-travel").reduce((sum, group) => sum.plus(group.energyGJ), new Decimal(0));
    const total = value(report, "vsme:TotalEnergyConsumption");
    // Exact when GJ / 3.6 is a finite decimal, else rounded once to 6 decimals.
    expect(
      new Decimal(total?.value ?? "NaN")
        .minus(energyGJ.div("3.6"))
        .abs()
        .lte(total?.decimals === undefined ? 0 : "0.0000005"),
    ).toBe(true);
    expect(environment.energy.total.total.gj.toString()).toBe(energyGJ.toString());
    expect(value(report, "vsme:EnergyConsumptionFromElectricity")?.value).toBe(new Decimal(input.kWh).div(1000).toString());
    const renewable = value(report, "vsme:EnergyConsumptionFromElectricity", "vsme:RenewableEnergyMember")?.value;
    expect(renewable).toBe(new Decimal(Math.floor((input.kWh * input.greenShare) / 100)).div(1000).toString());
    const intensity = value(report, "vsme:TotalLocationBasedGreenhouseGasEmissionsIntensityValue")?.value;
    expect(intensity).toBe(footprint.total.locationBased.div(1000).div(1_000_000).toString());
  });

  test.prop([line, fc.integer({ min: 1, max: 1000 })])("moves the renewable share with green kWh, never the location-based scope 2", (input, extra) => {
    const green = Math.floor((input.kWh * input.greenShare) / 100);
    fc.pre(green + extra <= input.kWh);
    const before = vsmeReport({ entity, ...footprintOf(input, green) }, options);
    const after = vsmeReport({ entity, ...footprintOf(input, green + extra) }, options);
    const renewable = (report: VsmeReport) => new Decimal(value(report, "vsme:EnergyConsumptionFromElectricity", "vsme:RenewableEnergyMember")?.value ?? "NaN");
    expect(renewable(after).minus(renewable(before)).toString()).toBe(new Decimal(extra).div(1000).toString());
    expect(value(after, "vsme:GrossLocationBasedScope2GreenhouseGasEmissions")?.value).toBe(
      value(before, "vsme:GrossLocationBasedScope2GreenhouseGasEmissions")?.value,
    );
    expect(value(after, "vsme:TotalEnergyConsumption")?.value).toBe(value(before, "vsme:TotalEnergyConsumption")?.value);
    expect(
      new Decimal(value(after, "vsme:GrossMarketBasedScope2GreenhouseGasEmissions")?.value ?? "NaN").lt(
        value(before, "vsme:GrossMarketBasedScope2GreenhouseGasEmissions")?.value ?? "NaN",
      ),
    ).toBe(true);
  });

  it("leaves out totals whose lines are unknown, and says so", () => {
    const footprint = calculateFootprint(
      {
        year: 2026,
        activities: [
          { id: "power", theme: "electricity", quantity: null, unit: "kWh" },
          { id: "gas", theme: "fuel", factor: "aardgas-g-gas", quantity: 100, unit: "Nm3" },
        ],
      },
      { factors: nl2026, accounting: "ghg-strict" },
    );
    const report = vsmeReport({ entity, footprint }, options);
    expect(report.datapoints["vsme:TotalEnergyConsumption"]).toBeUndefined();
    expect(report.datapoints["vsme:GrossLocationBasedScope2GreenhouseGasEmissions"]).toBeUndefined();
    expect(value(report, "vsme:GrossScope1GreenhouseGasEmissions")?.value).toBe("0.1779");
    expect(report.missing.map((gap) => gap.concept)).toContain("vsme:TotalEnergyConsumption");
    expect(report.notes.map((note) => note.code)).toEqual(["UNKNOWN_LINES", "UNKNOWN_LINES"]);
  });

  it("notes wtw accounting, a footprint of another year and a turnover of zero", () => {
    const footprint = calculateFootprint(
      { year: 2025, activities: [{ id: "gas", theme: "fuel", factor: "aardgas-g-gas", quantity: 100, unit: "Nm3" }] },
      { factors: nl2026 },
    );
    const report = vsmeReport({ entity, footprint, general: { turnoverEur: 0 } }, options);
    expect(report.notes.map((note) => note.code)).toEqual(["FOOTPRINT_YEAR", "WTW_ACCOUNTING", "NO_TURNOVER"]);
    expect(report.datapoints["vsme:Scope1AndScope2GreenhouseGasEmissionsIntensityValueLocationBased"]).toBeUndefined();
  });

  it("takes the renewable split from the environmental performance, with own generation in its own row", () => {
    const report = vsmeReport(
      {
        entity,
        ...year({
          year: 2026,
          activities: [
            {
              id: "power",
              theme: "electricity",
              quantity: 10000,
              unit: "kWh",
              green: [
                { quantity: 2000, source: "solar", origin: "own" },
                { quantity: 3000, source: "wind" },
              ],
            },
            { id: "gas", theme: "fuel", factor: "aardgas-g-gas", quantity: 1000, unit: "Nm3", renewable: true },
          ],
        }),
      },
      options,
    );
    // The bills show 8 MWh, of which 3 MWh wind with guarantees of origin; 2 MWh solar was made on site.
    expect(value(report, "vsme:EnergyConsumptionFromElectricity")?.value).toBe("8");
    expect(value(report, "vsme:EnergyConsumptionFromElectricity", "vsme:RenewableEnergyMember")?.value).toBe("3");
    expect(value(report, "vsme:EnergyConsumptionFromElectricity", "vsme:NonRenewableEnergyMember")?.value).toBe("5");
    expect(value(report, "vsme:EnergyConsumptionFromSelfGeneratedElectricity")?.value).toBe("2");
    // 1000 Nm3 x 31.65 MJ = 31.65 GJ = 8.791666... MWh, renewable by the line's statement.
    expect(value(report, "vsme:EnergyConsumptionFromFuels", "vsme:RenewableEnergyMember")).toMatchObject({ value: "8.791667", decimals: 6 });
    expect(value(report, "vsme:TotalEnergyConsumption")?.value).toBe("18.791667");
    expect(report.questions.find((gap) => gap.concept === "vsme:EnergyConsumptionFromSelfGeneratedElectricity")).toBeUndefined();
    expect(vsmeReport(bakery, options).questions.find((gap) => gap.concept === "vsme:EnergyConsumptionFromSelfGeneratedElectricity")?.answer).toBe(
      "does-not-apply",
    );
  });

  it("gives only the total energy without an environmental performance", () => {
    const report = vsmeReport({ entity, footprint: bakeryFootprint }, options);
    expect(value(report, "vsme:TotalEnergyConsumption")?.value).toBe("300.529167");
    expect(report.datapoints["vsme:EnergyConsumptionFromElectricity"]).toBeUndefined();
  });

  it("refuses an environmental performance of another footprint input", () => {
    const other = environmentalPerformance({ year: 2025, activities: [] }, { factors: nl2026 });
    const error = caught(() => vsmeReport({ entity, footprint: bakeryFootprint, environment: other }, options));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => issue.path)).toEqual([["environment"]]);
    expect(error.message).toMatchInlineSnapshot(
      `"invalid VSME input: environment: the environmental performance (2025, nl-2026) is not of the footprint's input (2026, nl-2026)"`,
    );
  });

  it("counts purchased heat in the electricity row (VSME par. 86)", () => {
    const report = vsmeReport(
      {
        entity,
        ...year({
          year: 2026,
          activities: [
            { id: "power", theme: "electricity", quantity: 1000, unit: "kWh", green: [{ quantity: 400, source: "wind" }] },
            { id: "heat", theme: "heat", factor: "gemiddelde-warmtenetten", quantity: 10, unit: "GJ" },
          ],
        }),
      },
      options,
    );
    // 1 MWh of electricity plus 10 GJ = 2.777... MWh of heat; heat is non-renewable unless the line says so.
    expect(value(report, "vsme:EnergyConsumptionFromElectricity")?.value).toBe(new Decimal(10).div("3.6").plus(1).toDecimalPlaces(6).toString());
    expect(value(report, "vsme:EnergyConsumptionFromElectricity", "vsme:RenewableEnergyMember")?.value).toBe("0.4");
  });
});
