import { describe, expect, it } from "vitest";
import { vsmeReport } from "../../src/index.js";
import { entity, options, value } from "./fixture.js";

describe("the workforce disclosures", () => {
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
});
