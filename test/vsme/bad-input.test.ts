import { describe, expect, it } from "vitest";
import { toVsmeMarkdown, vsmeInputSchema, vsmeOptionsSchema, vsmeReport, type VsmeInput, type VsmeOptions, type VsmeReport } from "../../src/index.js";
import { caught } from "../helpers.js";
import { entity, options } from "./fixture.js";

const paths = (run: () => unknown) => {
  const error = caught(run);
  expect(error.code).toBe("INVALID_INPUT");
  return error.issues.map((issue) => issue.path.join("."));
};

describe("vsmeReport refuses bad input with every issue and its path", () => {
  it("in the entity and the general information (B1)", () => {
    const input = {
      entity: { name: "", scheme: "kvk", identifier: "12 34" },
      general: {
        basis: "group",
        legalForm: "bv",
        nace: ["Z99.99", "C10.71"],
        turnoverEur: -1,
        balanceSheetEur: "1,5",
        employees: { count: 3, type: "people", counting: "average" },
        country: "XX",
        sites: [{ id: "s", address: "A", postalCode: "1", city: "C", country: "NL", gps: "52.1, 4.2" }],
        omittedDisclosures: ["B3"],
        extra: true,
      },
    };
    expect(paths(() => vsmeReport(input as never, options))).toEqual([
      "entity.name",
      "entity.scheme",
      "entity.identifier",
      "general.basis",
      "general.omittedDisclosures.0",
      "general.legalForm",
      "general.nace.0",
      "general.balanceSheetEur",
      "general.turnoverEur",
      "general.employees.type",
      "general.country",
      "general.sites.0.gps",
      "general",
    ]);
  });

  it("in the practices, pollution, biodiversity, water, resources, workforce and corruption", () => {
    const input = {
      entity,
      practices: { issues: ["climate"], scan: { "7.4": 2, "6.5.5": -1 }, measures: [{ id: "m" }], publiclyAvailable: "yes" },
      pollution: { applies: true, publicReportUrl: "not a url", emissions: [{ pollutant: "vsme:SmokeMember", airKg: -2 }] },
      biodiversity: { sites: [{ site: "s", in: "no", near: false }], landUse: { totalHa: -1 } },
      water: { highWaterStressWithdrawalM3: true },
      resources: { circularEconomy: { applies: true, description: "" }, materials: [] },
      workforce: { male: -1, accidents: 1.5, hoursWorked: 0, hourlyPayEur: { male: 0, female: 10 }, byCountry: { QQ: 1 } },
      corruption: { convictions: -1, finesEur: 1 },
      footprint: { scope1: 1 },
      environment: { energy: 1 },
    };
    expect(paths(() => vsmeReport(input as never, options))).toEqual([
      "practices.measures.0.title",
      "practices.measures.0.theme",
      "practices.scan.7.4",
      "practices.scan.6.5.5",
      "practices.issues.0",
      "practices.publiclyAvailable",
      // a stored footprint is checked in full: every key but scope1 is missing
      "footprint.year",
      "footprint.factorSet",
      "footprint.detail",
      "footprint.scope2",
      "footprint.scope3",
      "footprint.total",
      "footprint.themes",
      "footprint.memo",
      "footprint.energyGJ",
      "footprint.groups",
      "footprint.lines",
      "footprint.unknown",
      "footprint.estimated",
      "footprint.checks",
      "footprint.warnings",
      // and so is a stored environmental performance: energy is no object, the rest is missing
      "environment.year",
      "environment.factorSet",
      "environment.energy",
      "environment.water",
      "environment.waste",
      "environment.refrigerants",
      "environment.otherGases",
      "environment.distance",
      "environment.paper",
      "environment.solvents",
      "environment.keyFigures",
      "pollution.publicReportUrl",
      "pollution.emissions.0.pollutant",
      "pollution.emissions.0.airKg",
      "biodiversity.sites.0.in",
      "biodiversity.landUse.totalHa",
      "water.highWaterStressWithdrawalM3",
      "resources.circularEconomy.description",
      "resources.materials",
      "workforce.male",
      "workforce.byCountry.QQ",
      "workforce.accidents",
      "workforce.hoursWorked",
      "workforce.hourlyPayEur.male",
      "corruption.convictions",
    ]);
  });

  it("in the options: module, period and locale", () => {
    const bad = [
      [{ module: "comprehensive", period: { start: "2026-01-01", end: "2026-12-31" } }, ["module"]],
      [{ module: "basic", period: { start: "2026-02-30", end: "2026-12-31" } }, ["period.start"]],
      [{ module: "basic", period: { start: "2026-12-31", end: "2026-01-01" } }, ["period.end"]],
      [{ module: "basic", period: { start: "2026-01-01", end: "2026-12-31" }, locale: "de" }, ["locale"]],
      [{ period: { start: "2026-01-01" } }, ["module", "period.end"]],
    ] as const;
    for (const [value, expected] of bad) expect(paths(() => vsmeReport({ entity }, value as unknown as VsmeOptions))).toEqual(expected);
  });

  it("checks the options before the input, and accepts what the schemas accept", () => {
    expect(paths(() => vsmeReport({} as VsmeInput, {} as VsmeOptions))).toEqual(["module", "period"]);
    expect(vsmeInputSchema.safeParse({ entity, general: { nace: ["10.71", "c1071", "C10.71"] } }).success).toBe(true);
    expect(vsmeOptionsSchema.safeParse(options).success).toBe(true);
  });
});

describe("the output functions refuse what is not a report", () => {
  it.each([null, 1, "report", { datapoints: {} }])("%j", (value) => {
    expect(paths(() => toVsmeMarkdown(value as unknown as VsmeReport))).toEqual([""]);
  });
});
