import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import {
  calculateFootprint,
  environmentalPerformance,
  nl2026,
  toVsmeMarkdown,
  toXbrlJson,
  vsmeReport,
  type ActivityInput,
  type FootprintInput,
  type VsmeInput,
  type VsmeReport,
} from "../../src/index.js";
import { RULES } from "../../src/vsme/rules.js";
import { TAXONOMY, type VsmeConceptName } from "../../src/vsme/taxonomy/data.js";
import { caught, deepFreeze } from "../helpers.js";
import { bakery, bakeryEnvironment, bakeryFootprint, entity, options } from "./fixture.js";

/** The footprint and the environmental performance of one input, as vsmeReport takes them. */
function year(input: FootprintInput, accounting: "wtw" | "ghg-strict" = "ghg-strict") {
  return {
    footprint: calculateFootprint(input, { factors: nl2026, accounting }),
    environment: environmentalPerformance(input, { factors: nl2026, accounting }),
  };
}

const value = (report: VsmeReport, concept: VsmeConceptName, axis?: string) =>
  report.datapoints[concept]?.find((point) => (axis === undefined ? point.dimensions === undefined : Object.values(point.dimensions ?? {}).includes(axis)));

const B = /^B(\d|1[01])$/;
const basicConcepts = (Object.keys(TAXONOMY.concepts) as VsmeConceptName[]).filter((name) => B.test(TAXONOMY.concepts[name].reference?.disclosure ?? ""));

describe("vsmeReport for the demo bakery", () => {
  const report = vsmeReport(bakery, options);

  it("gives the total energy in MWh: 96,000 kWh plus 18,500 Nm3 gas at 31.65 MJ and 4,200 l diesel at 35.9 MJ", () => {
    // (18500 x 31.65 + 4200 x 35.9) MJ / 3600 = 736305 / 3600 = 204.5291666... MWh of fuels.
    const fuels = new Decimal(18500).times("31.65").plus(new Decimal(4200).times("35.9")).div(3600);
    const point = value(report, "vsme:TotalEnergyConsumption");
    expect(point?.unit).toBe("utr:MWh");
    expect(point?.value).toBe(fuels.plus(96).toDecimalPlaces(6).toString());
    expect(point?.value).toBe("300.529167");
    expect(point?.decimals).toBe(6);
    expect(value(report, "vsme:EnergyConsumptionFromElectricity")?.value).toBe("96");
    expect(value(report, "vsme:EnergyConsumptionFromElectricity", "vsme:RenewableEnergyMember")?.value).toBe("24");
    expect(value(report, "vsme:EnergyConsumptionFromElectricity", "vsme:NonRenewableEnergyMember")?.value).toBe("72");
  });

  it("gives gross scope 1 and location-based scope 2 in tCO2e: the footprint's kg / 1000", () => {
    const scope1 = value(report, "vsme:GrossScope1GreenhouseGasEmissions");
    const scope2 = value(report, "vsme:GrossLocationBasedScope2GreenhouseGasEmissions");
    expect(scope1).toMatchObject({
      unit: "utr:tCO2e",
      value: bakeryFootprint.scope1.div(1000).toString(),
      disclosure: "B3",
      paragraph: "30",
      status: "always",
    });
    // ghg-strict: 96,000 kWh x 0.2 kg (production part of the grid mix) = 19,200 kg.
    expect(scope2).toMatchObject({ unit: "utr:tCO2e", value: "19.2" });
    expect(scope1?.decimals).toBeUndefined();
    expect(scope1?.provenance).toEqual(["footprint.scope1 (kg CO2-eq) / 1000"]);
  });

  it("gives the intensity per EUR of turnover: (scope 1 + location-based scope 2) / turnover", () => {
    const kg = bakeryFootprint.scope1.plus(bakeryFootprint.scope2.locationBased);
    const point = value(report, "vsme:Scope1AndScope2GreenhouseGasEmissionsIntensityValueLocationBased");
    expect(point).toMatchObject({ unit: "utr:tCO2e/iso4217:EUR", value: kg.div(1000).div(1_250_000).toString(), paragraph: "31" });
    expect(point?.decimals).toBeUndefined();
  });

  it("is complete, with every period, paragraph and status from the taxonomy and the rules", () => {
    expect(report.missing).toEqual([]);
    expect(report.complete).toBe(true);
    expect(report.entryPoint).toBe("https://xbrl.efrag.org/taxonomy/vsme/2026-05-01/vsme-all.xsd");
    expect(value(report, "vsme:NumberOfMaleEmployees")?.period).toEqual({ instant: "2026-12-31" });
    expect(value(report, "vsme:Turnover")?.period).toEqual({ start: "2026-01-01", end: "2026-12-31" });
    expect(value(report, "vsme:Turnover")?.paragraph).toBe("24(e)(iv)");
  });

  it("uses the VSME formulas for rates and averages", () => {
    // 1 accident x 200,000 / 24,500 h = 8.163265... (rounded once, 4 decimals); 48 h / 6 men = 8.
    expect(value(report, "vsme:RateOfRecordableWorkRelatedAccidentsInTheReportingPeriod")).toMatchObject({ value: "8.1633", decimals: 4 });
    expect(value(report, "vsme:AverageNumberOfAnnualTrainingHoursPerMaleEmployee")?.value).toBe("8");
    expect(value(report, "vsme:PercentageOfEmployeesCoveredByCollectiveBargainingAgreements")?.value).toBe("1");
  });

  it("produces, lists as missing, asks or marks optional every Basic Module concept of the taxonomy", () => {
    for (const input of [bakery, { entity }] as VsmeInput[]) {
      const result = vsmeReport(input, options);
      const accounted = new Set(
        [...Object.keys(result.datapoints), ...result.missing, ...result.questions, ...result.optional].map((item) =>
          typeof item === "string" ? item : item.concept,
        ),
      );
      for (const name of basicConcepts) expect(accounted.has(name), name).toBe(true);
    }
    expect(Object.keys(RULES).sort()).toEqual([...basicConcepts].sort());
  });
});

describe("completeness", () => {
  const report = vsmeReport({ ...bakery, workforce: undefined } as VsmeInput, options);

  it("returns a report without workforce data as incomplete and names the missing B8 datapoints", () => {
    expect(report.complete).toBe(false);
    expect(report.missing.filter((gap) => gap.disclosure === "B8").map((gap) => gap.concept)).toEqual([
      "vsme:NumberOfPermanentContractEmployees",
      "vsme:NumberOfTemporaryContractEmployees",
      "vsme:NumberOfMaleEmployees",
      "vsme:NumberOfFemaleEmployees",
      "vsme:NumberOfOtherGenderEmployees",
      "vsme:NumberOfNonReportedGenderEmployees",
    ]);
    expect(report.datapoints["vsme:NumberOfMaleEmployees"]).toBeUndefined();
  });

  it("fills nothing with zero: an input without a footprint has no B3 datapoint and misses the required ones", () => {
    const empty = vsmeReport({ entity }, options);
    expect(Object.keys(empty.datapoints)).toEqual(["vsme:BasisForPreparation"]);
    expect(empty.missing.map((gap) => gap.concept)).toContain("vsme:TotalEnergyConsumption");
    expect(empty.missing.every((gap) => gap.status === "always")).toBe(true);
  });

  it("asks the deciding question of an if-applicable datapoint and records the answer the input gives", () => {
    const question = report.questions.find((gap) => gap.concept === "vsme:TotalNumberOfConvictionsForTheViolationOfAntiCorruptionAndAntiBriberyLaws");
    expect(question).toMatchObject({ status: "if-applicable", answer: "does-not-apply" });
    expect(question?.question?.en).toContain("convictions or fines");
    const unanswered = vsmeReport({ entity }, options).questions.find((gap) => gap.concept === "vsme:EmployeeTurnoverRate");
    expect(unanswered?.answer).toBeNull();
  });

  it("lists an if-applicable datapoint as missing when the input says it applies", () => {
    const consolidated = vsmeReport(
      { entity, general: { basis: "consolidated", employees: { count: 80, type: "headcount", counting: "end-of-period" } } },
      options,
    );
    const missing = consolidated.missing.map((gap) => gap.concept);
    expect(missing).toContain("vsme:NameOfTheSubsidiary");
    expect(missing).toContain("vsme:EmployeeTurnoverRate");
    expect(missing).not.toContain("vsme:PercentageGapInPayBetweenFemaleAndMaleEmployees");
  });
});

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

describe("B2 practices", () => {
  const practices = (p: NonNullable<VsmeInput["practices"]>) => vsmeReport({ entity, practices: p }, options);
  const issues = (report: VsmeReport) => value(report, "vsme:SustainabilityIssueAddressedByPracticePolicyAndOrFutureInitiative")?.value;

  it("derives the matters from chosen measures and from scan issues at level 2 or higher", () => {
    const report = practices({
      measures: [
        { id: "a", title: "LED", theme: "energy", status: "planned", noRecommendationReason: "own idea" },
        { id: "b", title: "Water", theme: "water", status: "dropped", droppedReason: "too costly", noRecommendationReason: "own idea" },
        { id: "c", title: "Idea", theme: "social", status: "idea", noRecommendationReason: "own idea" },
      ],
      scan: { "6.7.4": 2, "6.5.3": "1.9", "6.8.3": null, "6.3.9": 4 },
    });
    expect(issues(report)).toBe("vsme:ClimateChangeMember vsme:ConsumersAndEndUsersMember");
    expect(report.notes.map((note) => note.code)).toEqual(["DERIVED_PRACTICES"]);
    expect(report.datapoints["vsme:SustainabilityIssueAddressedByPracticePolicyAndOrFutureInitiative"]?.[0]?.provenance).toEqual([
      "action plan measure a (input practices.measures[0], theme energy)",
      "ISO 26000 scan issue 6.7.4 at level 2 (input practices.scan)",
    ]);
  });

  it("takes the user's own list instead, and an empty list answers the question", () => {
    expect(issues(practices({ issues: ["pollution"], scan: { "6.5.5": 4 } }))).toBe("vsme:PollutionMember");
    const none = practices({ issues: [] });
    expect(issues(none)).toBeUndefined();
    expect(none.questions.find((gap) => gap.concept === "vsme:SustainabilityIssueAddressedByPracticePolicyAndOrFutureInitiative")?.answer).toBe(
      "does-not-apply",
    );
  });
});

describe("the other disclosures", () => {
  it("computes the turnover rate, the pay gap and the accident rate of the VSME example (3 / 80,000 h x 200,000 = 7.5)", () => {
    const report = vsmeReport(
      {
        entity,
        workforce: {
          leavers: 3,
          averageEmployees: 40,
          accidents: 3,
          hoursWorked: 80000,
          hourlyPayEur: { male: 20, female: 18 },
          byCountry: { NL: 30, DE: 10 },
        },
      },
      options,
    );
    expect(value(report, "vsme:EmployeeTurnoverRate")?.value).toBe("0.075");
    expect(value(report, "vsme:RateOfRecordableWorkRelatedAccidentsInTheReportingPeriod")?.value).toBe("7.5");
    expect(value(report, "vsme:PercentageGapInPayBetweenFemaleAndMaleEmployees")?.value).toBe("0.1");
    expect(report.datapoints["vsme:NumberOfEmployeesForCountryOfEmploymentContract"]?.map((point) => [point.dimensions, point.value])).toEqual([
      [{ "vsme:CountryOfEmploymentContractAxis": "country:DE" }, "10"],
      [{ "vsme:CountryOfEmploymentContractAxis": "country:NL" }, "30"],
    ]);
  });

  it("reports pollution by pollutant, sites and land use, materials, water consumption and convictions", () => {
    const report = vsmeReport(
      {
        entity,
        general: {
          sites: [{ id: "s1", address: "A 1", postalCode: "1000 AA", city: "Amsterdam", country: "NL" }],
          nace: ["10.71", "G47.24"],
          subsidiaries: [{ id: "d", name: "Dochter", address: "B 2" }],
        },
        pollution: {
          applies: true,
          publicReportUrl: "https://example.org/emissions",
          emissions: [{ pollutant: "vsme:NitrogenOxidesNOxNO2Member", airKg: "12.5" }],
        },
        biodiversity: { sites: [{ site: "s1", in: false, near: true, areaHa: 0.4 }], landUse: { totalHa: 1.2, sealedHa: 0.8 } },
        ...year({ year: 2026, activities: [{ id: "water", theme: "water", quantity: 5000, unit: "m3" }] }),
        water: { processDischargeM3: 3200, highWaterStressWithdrawalM3: 10 },
        resources: {
          materials: [
            { id: "m1", name: "Meel", kg: 12000 },
            { id: "m2", name: "Suiker", kg: 800 },
          ],
        },
        corruption: { convictions: 1, finesEur: 2500 },
      },
      options,
    );
    expect(value(report, "vsme:AmountOfEmissionToAir", "vsme:NitrogenOxidesNOxNO2Member")).toMatchObject({ value: "12.5", unit: "utr:kg" });
    expect(value(report, "vsme:PubliclyAvailableDisclosure")?.value).toBe("true");
    expect(value(report, "vsme:NaceSectorClassificationCodes")?.value).toBe("nace:NACE_C1071 nace:NACE_G4724");
    expect(value(report, "vsme:AreaOfSiteInBiodiversitySensitiveArea", "s1")).toMatchObject({ value: "0.4", unit: "utr:ha" });
    expect(value(report, "vsme:TotalWaterConsumption")?.value).toBe("1800");
    expect(value(report, "vsme:TotalMassOfMaterialUsed")?.value).toBe("12800");
    expect(value(report, "vsme:TotalAmountOfFinesForTheViolationOfAnticorruptionAndAntibriberyLaws")).toMatchObject({ value: "2500", unit: "iso4217:EUR" });
    expect(report.questions.find((gap) => gap.concept === "vsme:SiteLocatedInABiodiversitySensitiveArea")).toBeUndefined();
  });
});

describe("B6 and B7 from the environmental performance", () => {
  it("gives the bakery's water and waste: 3.2 t paper to recycling, 6.5 t residual waste to disposal", () => {
    const report = vsmeReport(bakery, options);
    expect(value(report, "vsme:TotalAmountOfWaterWithdrawnFromAllSites")).toMatchObject({
      value: "1450",
      unit: "utr:m3",
      provenance: ["environment.water.m3 (lines water)"],
    });
    expect(value(report, "vsme:TotalWasteGeneratedMass")?.value).toBe(bakeryEnvironment.waste.total.value.toString());
    expect(value(report, "vsme:TotalWasteGeneratedMass")?.value).toBe("9700");
    expect(value(report, "vsme:TotalHazardousWasteGeneratedMass")?.value).toBe("0");
    expect(value(report, "vsme:WasteDivertedToRecycleOrReuseMass", "waste:W-WasteCategoriesMember")?.value).toBe("3200");
    expect(value(report, "vsme:WasteDirectedToDisposalMass", "waste:W-WasteCategoriesMember")?.value).toBe("6500");
  });

  it("leaves out the hazardous split and the treatment the lines do not give, and says why", () => {
    const report = vsmeReport(
      {
        entity,
        ...year({
          year: 2026,
          activities: [
            { id: "rest", theme: "waste", factor: "restafval", quantity: 100, unit: "kg" },
            { id: "mixed", theme: "waste", factor: "restafval", quantity: 50, unit: "kg", treatment: "recycling", hazardous: false },
          ],
        }),
      },
      options,
    );
    expect(value(report, "vsme:TotalWasteGeneratedMass")?.value).toBe("150");
    expect(report.datapoints["vsme:TotalHazardousWasteGeneratedMass"]).toBeUndefined();
    expect(report.missing.map((gap) => gap.concept)).toContain("vsme:TotalNonHazardousWasteGeneratedMass");
    expect(report.notes.map((note) => note.code)).toEqual(["UNCLASSIFIED_WASTE"]);
    const unknown = vsmeReport(
      {
        entity,
        ...year({
          year: 2026,
          activities: [
            { id: "w", theme: "water", quantity: null, unit: "m3" },
            { id: "x", theme: "waste", factor: "restafval", quantity: null, unit: "kg" },
          ],
        }),
      },
      options,
    );
    expect(unknown.datapoints["vsme:TotalAmountOfWaterWithdrawnFromAllSites"]).toBeUndefined();
    expect(unknown.datapoints["vsme:TotalWasteGeneratedMass"]).toBeUndefined();
    expect(unknown.notes.map((note) => note.code)).toEqual(["UNKNOWN_LINES", "UNKNOWN_LINES"]);
  });
});

describe("purity and determinism", () => {
  it("does not change a frozen input and returns a frozen report", () => {
    const input = deepFreeze(structuredClone({ ...bakery, footprint: undefined, environment: undefined }) as VsmeInput);
    const report = vsmeReport({ ...input, footprint: bakeryFootprint, environment: bakeryEnvironment }, deepFreeze({ ...options }));
    expect(Object.isFrozen(report)).toBe(true);
    expect(Object.isFrozen(report.datapoints["vsme:Turnover"]?.[0])).toBe(true);
  });

  it("writes byte-identical JSON, xBRL-JSON and Markdown on every run", () => {
    const outputs = () => {
      const report = vsmeReport(bakery, options);
      return [JSON.stringify(report), JSON.stringify(toXbrlJson(report)), toVsmeMarkdown(report), toVsmeMarkdown(report, { locale: "en" })];
    };
    expect(outputs()).toEqual(outputs());
  });
});
