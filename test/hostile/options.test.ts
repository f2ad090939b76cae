// Options (issue 18, class 9): every options argument of every public function is read like any
// other input: own keys only, an unknown key or value refused with INVALID_INPUT, never another
// exception and never silently replaced by a default.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  analyzeGaps,
  applyScenario,
  auditRecommendations,
  calculateFootprint,
  classifyIssue,
  cohortChart,
  cohortReport,
  compareFootprints,
  comparisonChart,
  convertUnit,
  createFootprintAccumulator,
  defaultRelevance,
  energyDuties,
  environmentalPerformance,
  footprintByPeriod,
  footprintChart,
  inactiveMembers,
  isKoploperError,
  iso26000ProfileChart,
  itemToAuditRecommendation,
  itemToMeasure,
  koploperScan,
  nextActions,
  nl2026,
  overrideFactors,
  parseResponse,
  planTimeline,
  recommendationFor,
  rankPrize,
  recalculateFootprint,
  replay,
  replayNetwork,
  roundsReport,
  scoreAssessment,
  toAuditRecommendation,
  toICalendar,
  toSurveyJs,
  toVsmeMarkdown,
  vsmeReport,
  type LifecycleEventInput,
} from "../../src/index.js";
import { caught } from "../helpers.js";

const input = {
  year: 2026,
  organisation: { fte: 4, revenueEur: 500000 },
  activities: [{ id: "power", theme: "electricity", quantity: 1000, unit: "kWh" }],
} as const;
const footprint = calculateFootprint(input, { factors: nl2026 });
const profile = { size: "small", offers: "products", customers: "consumers", market: "local", sector: "manufacturing" } as const;
const questionnaire = `${koploperScan.id}@${koploperScan.version}`;
const response = parseResponse(koploperScan, { questionnaire, answers: { pr_ethics: 3 } }, { partial: true });
const score = scoreAssessment(koploperScan, response);
const relevance = defaultRelevance(profile);
const recommendation = recommendationFor("6.5.3", 0);
const audit = auditRecommendations({ footprint: input, profile }, { date: "2027-02-10", factors: nl2026 });
const item = audit.items[0];
const cohort: LifecycleEventInput = {
  type: "cohort-created",
  date: "2026-10-01",
  cohort: {
    id: "c1",
    name: "Koplopers Leek",
    municipalities: ["Leek"],
    coordinator: "DZyzzion",
    advisers: [{ id: "a1", name: "Adviseur" }],
    plannedKickoff: "2027-01-19",
  },
};
const state = replay([cohort]);
const network = replayNetwork([{ type: "network-created", date: "2028-01-05", network: { id: "n", name: "Netwerk" } }]);
const report = vsmeReport({ entity: { name: "X", scheme: "lei", identifier: "ABC" } }, { module: "basic", period: { start: "2026-01-01", end: "2026-12-31" } });

// Every public function that takes an options object, called with `options`.
const takers: Readonly<Record<string, (options: unknown) => unknown>> = {
  calculateFootprint: (options) => calculateFootprint(input, options as never),
  createFootprintAccumulator: (options) => createFootprintAccumulator(options as never),
  recalculateFootprint: (options) => recalculateFootprint(footprint, options as never),
  applyScenario: (options) => applyScenario(input, [], options as never),
  environmentalPerformance: (options) => environmentalPerformance(input, options as never),
  compareFootprints: (options) => compareFootprints(footprint, footprint, options as never),
  footprintByPeriod: (options) => footprintByPeriod(footprint, options as never),
  overrideFactors: (options) => overrideFactors(nl2026, [], options as never),
  parseResponse: (options) => parseResponse(koploperScan, { questionnaire, answers: {} }, options as never),
  scoreAssessment: (options) => scoreAssessment(koploperScan, response, options as never),
  toSurveyJs: (options) => toSurveyJs(koploperScan, options as never),
  analyzeGaps: (options) => analyzeGaps(score, relevance, options as never),
  nextActions: (options) => nextActions(state, "2026-11-01", options as never),
  inactiveMembers: (options) => inactiveMembers(network, "2029-01-01", options as never),
  rankPrize: (options) => rankPrize(state, { weights: { jury: 1 } }, options as never),
  cohortReport: (options) => cohortReport(state, options as never),
  roundsReport: (options) => roundsReport([state], options as never),
  planTimeline: (options) => planTimeline(options as never),
  toICalendar: (options) => toICalendar(planTimeline({ kickoff: "2027-01-19" }), options as never),
  energyDuties: (options) => energyDuties(input, options as never),
  auditRecommendations: (options) => auditRecommendations({ footprint: input, profile }, options as never),
  itemToMeasure: (options) => itemToMeasure(item as never, options as never),
  vsmeReport: (options) => vsmeReport({ entity: { name: "X", scheme: "lei", identifier: "ABC" } }, options as never),
  toVsmeMarkdown: (options) => toVsmeMarkdown(report, options as never),
  footprintChart: (options) => footprintChart(footprint, options as never),
  comparisonChart: (options) => comparisonChart(footprint, footprint, options as never),
  cohortChart: (options) => cohortChart([{ name: "a", footprint }], options as never),
  iso26000ProfileChart: (options) => iso26000ProfileChart(score, options as never),
};

// Functions whose option is one positional value (a locale, a threshold, a factor value).
const positional: Readonly<Record<string, (value: unknown) => unknown>> = {
  toAuditRecommendation: (value) => toAuditRecommendation(recommendation as never, value as never),
  itemToAuditRecommendation: (value) => itemToAuditRecommendation(item as never, value as never),
  classifyIssue: (value) => classifyIssue(undefined, value as never),
  convertUnit: (value) => convertUnit(1, "kWh", "MJ", value as never),
};

/** Runs `run`: its result, or the KoploperError it threw (anything else fails the test). */
function settle(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    if (isKoploperError(error)) return error;
    throw error;
  }
}

describe("every options argument is parsed like any other input", () => {
  test.prop([fc.anything({ withNullPrototype: true, withObjectString: true })], { numRuns: 40 })(
    "anything as options gives a value or a KoploperError",
    (options) => {
      for (const run of [...Object.values(takers), ...Object.values(positional)]) settle(() => run(options));
    },
  );

  it.each(Object.entries(takers))("%s refuses null, an array and an unknown option with INVALID_INPUT", (_name, run) => {
    for (const options of [null, [], 5, "options"]) expect(caught(() => run(options)).code).toBe("INVALID_INPUT");
    const unknown = caught(() => run({ ...validOptions(_name), notAnOption: true }));
    expect(unknown.code).toBe("INVALID_INPUT");
    // zod reports an unknown key at the object (its path) and names it in the message
    expect(unknown.issues.some((issue) => issue.path.includes("notAnOption") || issue.message.includes("notAnOption"))).toBe(true);
  });

  it.each(Object.entries(positional))("%s refuses a value it cannot take", (_name, run) => {
    for (const value of [null, Number.NaN, "toString", {}]) expect(caught(() => run(value)).code).toMatch(/^INVALID_(INPUT|NUMBER)$/);
  });

  it("compareFootprints refuses normalizeBy: NaN instead of normalising by revenue", () => {
    const error = caught(() => compareFootprints(footprint, footprint, { normalizeBy: Number.NaN as never }));
    expect(error.issues.map((issue) => issue.path)).toEqual([["normalizeBy"]]);
    expect(compareFootprints(footprint, footprint, { normalizeBy: "revenue" }).normalizedBy).toBe("revenue");
  });

  it("reads own options only: an inherited option is not an option", () => {
    const inherited = Object.create({ normalizeBy: "fte", acrossFactorSets: "yes" }) as object;
    expect(compareFootprints(footprint, footprint, inherited as never).normalizedBy).toBeNull();
    expect(cohortReport(state, inherited as never).cohortId).toBe("c1");
  });
});

/** Options each function accepts, so that an added unknown option is the only problem. */
function validOptions(name: string): Record<string, unknown> {
  const options: Record<string, Record<string, unknown>> = {
    calculateFootprint: { factors: nl2026 },
    createFootprintAccumulator: { factors: nl2026, year: 2026 },
    recalculateFootprint: { factors: nl2026 },
    applyScenario: { factors: nl2026 },
    environmentalPerformance: { factors: nl2026 },
    footprintByPeriod: { by: "quarter" },
    planTimeline: { kickoff: "2027-01-19" },
    toICalendar: { cohortName: "Leek" },
    energyDuties: { date: "2027-02-10" },
    auditRecommendations: { date: "2027-02-10", factors: nl2026 },
    itemToMeasure: { id: "m1" },
    vsmeReport: { module: "basic", period: { start: "2026-01-01", end: "2026-12-31" } },
  };
  return options[name] ?? {};
}
