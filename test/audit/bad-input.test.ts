import { describe, expect, it } from "vitest";
import {
  auditRecommendations,
  energyDuties,
  itemToAuditRecommendation,
  itemToMeasure,
  measureCatalogue,
  nlEnergyDuties,
  parseEnergyDutyRules,
  parseMeasureCatalogue,
  safeParseMeasureCatalogue,
  type AuditItem,
} from "../../src/audit/index.js";
import { nl2026 } from "../../src/index.js";
import { caught } from "../helpers.js";
import { bakery } from "./fixtures.js";

const paths = (run: () => unknown) => {
  const error = caught(run);
  expect(error.code).toBe("INVALID_INPUT");
  return error.issues.map((issue) => issue.path.join("."));
};

const rule = nlEnergyDuties.rules[0];
const measure = measureCatalogue.measures[0];

describe("energy-duty rules refuse bad input with every issue and its path", () => {
  it("on the set, a rule, its trigger, dates and EML codes", () => {
    const bad = {
      ...nlEnergyDuties,
      id: "Bad Id",
      eml: {
        ...nlEnergyDuties.eml,
        parts: [
          {
            code: "G",
            name: { nl: "G", en: "G" },
            alwaysApplies: true,
            categories: [{ code: "FD", name: { nl: "x", en: "x" }, measures: [{ code: "GF4x", name: { nl: "x", en: "x" } }] }],
          },
        ],
        sources: [],
      },
      rules: [
        { ...rule, status: "in-force", validFrom: null },
        {
          ...rule,
          validFrom: "2024-01-01",
          validTo: "2023-01-01",
          deadlines: ["2027-12-01", "2023-12-01"],
          sources: ["ftp://x"],
          trigger: { kind: "energy-use" },
        },
        { ...rule, id: "energiebesparingsplicht-2023", duty: "other", trigger: { kind: "office", aboveOfficeAreaM2: -1, minOfficeShare: 2 } },
      ],
    };
    expect(paths(() => parseEnergyDutyRules(bad))).toEqual(
      expect.arrayContaining([
        "id",
        "eml.sources",
        "eml.parts.0.categories.0.measures.0.code",
        "rules.0.validFrom",
        "rules.1.validTo",
        "rules.1.deadlines.1",
        "rules.1.sources.0",
        "rules.1.trigger",
        "rules.2.duty",
        "rules.2.trigger.aboveOfficeAreaM2",
        "rules.2.trigger.minOfficeShare",
      ]),
    );
    expect(paths(() => parseEnergyDutyRules({ ...nlEnergyDuties, rules: [rule, rule] }))).toEqual(["rules.1.id"]);
    expect(
      paths(() =>
        parseEnergyDutyRules({
          ...nlEnergyDuties,
          eml: { ...nlEnergyDuties.eml, parts: [{ ...nlEnergyDuties.eml.parts[1], categories: [{ code: "GA", name: { nl: "x", en: "x" }, measures: [] }] }] },
        }),
      ),
    ).toEqual(["eml.parts.0.categories.0.code"]);
  });
});

describe("energyDuties refuses bad usage and options", () => {
  it("with every issue and its path", () => {
    expect(paths(() => energyDuties({ electricityKWh: -1, naturalGasM3: "x", extra: 1 } as never, { date: "2026-06-01" }))).toEqual([
      "electricityKWh",
      "naturalGasM3",
      "",
    ]);
    expect(paths(() => energyDuties({ electricityKWh: 10, resoldKWh: 20 }, { date: "2026-06-01" }))).toEqual(["resoldKWh"]);
    expect(paths(() => energyDuties({}, { date: "1 juni", site: { officeShare: 1.5, emlCategories: ["GA"] }, location: "" } as never))).toEqual([
      "date",
      "site.officeShare",
      "site.emlCategories.0",
      "location",
    ]);
    expect(paths(() => energyDuties({}, { date: "2026-06-01", rules: { id: "x" } } as never))).toEqual(["rules.title", "rules.eml", "rules.rules"]);
    expect(
      paths(() =>
        energyDuties({ year: 2026, activities: [{ id: "x", theme: "fuel", factor: 135, quantity: -1, unit: "Nm3" }] }, { date: "2026-06-01", factors: nl2026 }),
      ),
    ).toEqual(["activities.0.quantity"]);
  });
});

describe("the measure catalogue parser refuses bad input with every issue and its path", () => {
  it("on measures, rules, effects, parameters and amounts", () => {
    const bad = {
      id: "x",
      measures: [
        {
          ...measure,
          id: "Bad",
          theme: "money",
          issues: ["6.5", "9.9.9"],
          emlCategory: "GF",
          emlCode: "GC1",
          applies: {
            kind: "all",
            of: [
              { kind: "issue", clause: "6.5" },
              { kind: "answer", key: "k" },
              { kind: "eval", code: "1" },
              { kind: "line", lines: {} },
            ],
          },
          effect: {
            parameters: [
              { id: "share", kind: "share", label: { nl: "x", en: "x" }, default: { value: 2, source: "https://x.org" } },
              { id: "share", kind: "quantity", label: { nl: "x", en: "x" } },
            ],
            changes: [
              { kind: "reduce", lines: { theme: "fuel" }, share: { parameter: "nope" } },
              { kind: "reduce", lines: { theme: "fuel" }, share: 1.5 },
            ],
          },
          investment: { eur: -5, basis: "adviser-estimate" },
          annualSavings: { eur: 5, basis: "source" },
        },
        { ...measure, effect: { parameters: [{ id: "x", kind: "share", label: { nl: "x", en: "x" }, default: { value: 0.1 } }], changes: [] } },
      ],
    };
    expect(paths(() => parseMeasureCatalogue(bad))).toEqual(
      expect.arrayContaining([
        "measures.0.id",
        "measures.0.theme",
        "measures.0.issues.0",
        "measures.0.issues.1",
        "measures.0.applies.of.0.clause",
        "measures.0.applies.of.0",
        "measures.0.applies.of.1",
        "measures.0.applies.of.2.kind",
        "measures.0.applies.of.3.lines",
        "measures.0.annualSavings.source",
        "measures.1.effect.parameters.0.default.source",
        "measures.1.effect.changes",
      ]),
    );
    const second = paths(() =>
      parseMeasureCatalogue({
        id: "x",
        measures: [{ ...measure, emlCategory: "GF", emlCode: "GC1", investment: { eur: -5, basis: "adviser-estimate" }, effect: bad.measures[0]!.effect }],
      }),
    );
    expect(second).toEqual([
      "measures.0.emlCode",
      "measures.0.investment.eur",
      "measures.0.effect.parameters.0.default.value",
      "measures.0.effect.parameters.1.id",
      "measures.0.effect.changes.0.share.parameter",
      "measures.0.effect.changes.1.share",
    ]);
    expect(paths(() => parseMeasureCatalogue({ id: "x", measures: [measure, measure] }))).toEqual(["measures.1.id"]);
    expect(safeParseMeasureCatalogue({ id: "x", measures: [] }).success).toBe(false);
  });
});

describe("auditRecommendations refuses bad input and options", () => {
  it("with every issue and its path", () => {
    expect(
      paths(() =>
        auditRecommendations({ footprint: { year: 1800, activities: [] }, profile: { size: "tiny" }, iso26000: { score: 1, relevance: [] } } as never, {
          date: "2026-06-01",
          factors: nl2026,
        }),
      ),
    ).toEqual(expect.arrayContaining(["footprint.year", "profile.size", "profile.offers", "iso26000.score", "iso26000.relevance"]));
    expect(
      paths(() =>
        auditRecommendations(bakery(), {
          date: "x",
          factors: {},
          top: 0,
          topPerSource: { measures: -1, other: 1 },
          estimates: { a: { investment: -1 } },
        } as never),
      ),
    ).toEqual(expect.arrayContaining(["date", "factors", "top", "topPerSource.measures", "topPerSource", "estimates.a.investment"]));
    expect(
      paths(() =>
        auditRecommendations(bakery(), {
          date: "2026-06-01",
          factors: nl2026,
          estimates: { nope: {}, "led-lighting": { parameters: { share: 2, other: 1 } } },
        }),
      ),
    ).toEqual(["estimates.nope", "estimates.led-lighting.parameters.share", "estimates.led-lighting.parameters.other"]);
  });

  it("itemToMeasure refuses bad options and what is not an item", () => {
    const item = auditRecommendations(bakery(), { date: "2026-06-01", factors: nl2026 }).items[0]!;
    expect(paths(() => itemToMeasure(item, { id: "", locale: "de", status: "dropped" } as never))).toEqual(["id", "status", "locale"]);
    expect(paths(() => itemToMeasure({} as AuditItem, { id: "m1" }))).toEqual(["item"]);
    expect(paths(() => itemToMeasure(item, { id: "m1", plannedStart: "2027-10-01", deadline: "2027-01-01" }))).toEqual(["deadline"]);
    expect(paths(() => itemToAuditRecommendation(item, "de" as never))).toEqual(["locale"]);
  });
});

describe("hostile catalogues", () => {
  it("refuses rules nested deeper than LIMITS.conditionDepth before reading them", () => {
    let deep: unknown = { kind: "always" };
    for (let i = 0; i < 50000; i++) deep = { kind: "not", rule: deep };
    expect(paths(() => parseMeasureCatalogue({ id: "x", measures: [{ ...measure, applies: deep }] }))).toEqual(["measures.0.applies"]);
    let ok: unknown = { kind: "always" };
    for (let i = 0; i < 31; i++) ok = { kind: "all", of: [ok] };
    expect(parseMeasureCatalogue({ id: "x", measures: [{ ...measure, applies: ok }] }).measures).toHaveLength(1);
  });
});

describe("messages users see", () => {
  it("for energy duties: bad usage, a footprint without factors or with several locations, bad rules", () => {
    expect(caught(() => energyDuties({ electricityKWh: -1, extra: 1 } as never, { date: "2026-06-01" })).message).toMatchInlineSnapshot(`
      "invalid energy usage:
      ✖ Unrecognized key: "extra"
      ✖ must be zero or more
        → at electricityKWh"
    `);
    const lines = { year: 2026, activities: bakery().footprint.activities.map((line, index) => ({ ...line, location: `site-${index % 2}` })) };
    expect(caught(() => energyDuties(lines, { date: "2026-06-01" })).message).toMatchInlineSnapshot(
      `"a duty check of a footprint needs options.factors, the factor set of its lines"`,
    );
    expect(caught(() => energyDuties(lines, { date: "2026-06-01", factors: nl2026 })).message).toMatchInlineSnapshot(
      `"the lines are at several locations (site-0, site-1): name one in options.location"`,
    );
    expect(caught(() => parseEnergyDutyRules({ ...nlEnergyDuties, rules: [{ ...rule, validTo: "2000-01-01" }] })).message).toMatchInlineSnapshot(`
      "invalid energy-duty rules:
      ✖ validTo must not be before validFrom
        → at rules[0].validTo"
    `);
  });

  it("for a measure catalogue", () => {
    const bad = { id: "x", measures: [{ ...measure, id: "Bad", applies: { kind: "issue", clause: "6.5", below: 2 } }] };
    expect(caught(() => parseMeasureCatalogue(bad)).message).toMatchInlineSnapshot(`
      "invalid measure catalogue:
      ✖ use lower-case letters, digits and dashes
        → at measures[0].id
      ✖ not an ISO 26000 issue clause
        → at measures[0].applies.clause"
    `);
  });
});
