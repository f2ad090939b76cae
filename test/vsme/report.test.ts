import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { toVsmeMarkdown, toXbrlJson, vsmeReport, type VsmeInput } from "../../src/index.js";
import { RULES } from "../../src/vsme/rules.js";
import { TAXONOMY, type VsmeConceptName } from "../../src/vsme/taxonomy/data.js";
import { deepFreeze } from "../helpers.js";
import { bakery, bakeryEnvironment, bakeryFootprint, entity, options, value } from "./fixture.js";

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
