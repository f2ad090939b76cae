import { describe, expect, it } from "vitest";
import { vsmeReport } from "../../src/index.js";
import { bakery, bakeryEnvironment, entity, options, value, year } from "./fixture.js";

describe("pollution, biodiversity, water and resources", () => {
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
