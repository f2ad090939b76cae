// B8 to B11: the own workforce, health and safety, remuneration and collective bargaining,
// training, and convictions and fines for corruption and bribery.
import { D } from "../core/decimal.js";
import { type Builder, EUR, PLACES, PURE, quotient } from "./builder.js";
import type { ParsedInput } from "./report.schema.js";

/** B8 to B11: workforce, health and safety, remuneration and training, corruption and bribery. */
export function social(b: Builder, input: ParsedInput): void {
  const w = input.workforce;
  const employees = input.general?.employees;
  if (employees !== undefined && employees.type === "headcount") {
    b.answer(["vsme:EmployeeTurnoverRate"], employees.count.gte(50));
    if (employees.count.gte(150)) b.answer(["vsme:PercentageGapInPayBetweenFemaleAndMaleEmployees"], true);
  }
  if (w !== undefined) {
    for (const [concept, field] of [
      ["vsme:NumberOfPermanentContractEmployees", "permanent"],
      ["vsme:NumberOfTemporaryContractEmployees", "temporary"],
      ["vsme:NumberOfMaleEmployees", "male"],
      ["vsme:NumberOfFemaleEmployees", "female"],
      ["vsme:NumberOfOtherGenderEmployees", "otherGender"],
      ["vsme:NumberOfNonReportedGenderEmployees", "genderNotReported"],
    ] as const) {
      const value = w[field];
      if (value !== undefined) b.add(concept, value, [`input workforce.${field}`], PURE);
    }
    if (w.byCountry !== undefined) {
      const countries = Object.keys(w.byCountry).sort();
      b.answer(["vsme:NumberOfEmployeesForCountryOfEmploymentContract"], countries.length > 1);
      for (const code of countries) {
        b.add("vsme:NumberOfEmployeesForCountryOfEmploymentContract", w.byCountry[code] ?? new D(0), [`input workforce.byCountry.${code}`], {
          ...PURE,
          dimensions: { "vsme:CountryOfEmploymentContractAxis": `country:${code}` },
        });
      }
    }
    if (w.leavers !== undefined && w.averageEmployees !== undefined) {
      b.add(
        "vsme:EmployeeTurnoverRate",
        quotient(w.leavers, w.averageEmployees, PLACES.ratio),
        ["input workforce.leavers / input workforce.averageEmployees (a ratio: 0.1 is 10 %)"],
        PURE,
      );
    }
    if (w.accidents !== undefined)
      b.add("vsme:NumberOfRecordableWorkRelatedAccidentsInTheReportingPeriod", new D(w.accidents), ["input workforce.accidents"], PURE);
    if (w.accidents !== undefined && w.hoursWorked !== undefined) {
      b.add(
        "vsme:RateOfRecordableWorkRelatedAccidentsInTheReportingPeriod",
        quotient(new D(w.accidents).times(200_000), w.hoursWorked, PLACES.rate),
        ["input workforce.accidents x 200000 / input workforce.hoursWorked"],
        PURE,
      );
    }
    if (w.fatalities !== undefined)
      b.add("vsme:NumberOfFatalitiesAsAResultOfWorkRelatedInjuriesAndWorkRelatedIllHealth", new D(w.fatalities), ["input workforce.fatalities"], PURE);
    if (w.minimumWage !== undefined)
      b.add("vsme:EmployeesReceivePayEqualOrAboveMinimumWageDeterminedByNationalLawOrCollectiveAgreement", w.minimumWage, ["input workforce.minimumWage"]);
    if (w.hourlyPayEur !== undefined) {
      const { male, female } = w.hourlyPayEur;
      b.add(
        "vsme:PercentageGapInPayBetweenFemaleAndMaleEmployees",
        quotient(male.minus(female), male, PLACES.ratio),
        ["(input workforce.hourlyPayEur.male - .female) / .male (a ratio: 0.1 is 10 %)"],
        PURE,
      );
    }
    if (w.collectiveAgreement !== undefined) {
      b.add(
        "vsme:PercentageOfEmployeesCoveredByCollectiveBargainingAgreements",
        quotient(w.collectiveAgreement.covered, w.collectiveAgreement.employees, PLACES.ratio),
        ["input workforce.collectiveAgreement.covered / .employees (a ratio: 0.1 is 10 %)"],
        PURE,
      );
    }
    for (const [concept, field] of [
      ["vsme:AverageNumberOfAnnualTrainingHoursPerMaleEmployee", "male"],
      ["vsme:AverageNumberOfAnnualTrainingHoursPerFemaleEmployee", "female"],
      ["vsme:AverageNumberOfAnnualTrainingHoursPerOtherGenderEmployee", "otherGender"],
      ["vsme:AverageNumberOfAnnualTrainingHoursPerNonReportedGenderEmployee", "genderNotReported"],
    ] as const) {
      const people = w[field];
      if (people !== undefined && field !== "male" && field !== "female") b.answer([concept], people.gt(0));
      const hours = w.trainingHours?.[field];
      if (hours && people?.gt(0)) {
        b.add(concept, quotient(hours, people, PLACES.hours), [`input workforce.trainingHours.${field} / input workforce.${field}`], PURE);
      }
    }
  }
  const c = input.corruption;
  const B11 = [
    "vsme:TotalNumberOfConvictionsForTheViolationOfAntiCorruptionAndAntiBriberyLaws",
    "vsme:TotalAmountOfFinesForTheViolationOfAnticorruptionAndAntibriberyLaws",
  ] as const;
  if (c !== undefined) {
    b.answer(B11, c !== false);
    if (c !== false) {
      b.add(B11[0], new D(c.convictions), ["input corruption.convictions"], PURE);
      b.add(B11[1], c.finesEur, ["input corruption.finesEur"], EUR);
    }
  }
}
