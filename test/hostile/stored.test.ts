// Stored results (issue 18, class 4): every result type, once through JSON (as an app stores it),
// is taken back by every function that takes it, with the same answer as the live value; an edited
// or corrupted stored value gives a KoploperError, never another exception, NaN or Infinity, and
// never a changed input.
import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { koploperYear } from "../../src/cli/year.js";
import {
  analyzeGaps,
  applyEvent,
  applyNetworkEvent,
  auditRecommendations,
  calculateFootprint,
  certificates,
  checkReductionPath,
  cohortChart,
  cohortReport,
  compareAssessments,
  compareFootprints,
  comparisonChart,
  defaultRelevance,
  environmentalPerformance,
  footprintByPeriod,
  footprintChart,
  inactiveMembers,
  isKoploperError,
  iso26000ProfileChart,
  keyFigures,
  koploperScan,
  mergeFootprints,
  nextActions,
  nl2026,
  parseAssessmentScore,
  parseCohortState,
  parseFootprint,
  parseReductionPath,
  parseResponse,
  prestatieladderView,
  rankPrize,
  recalculateFootprint,
  reductionPath,
  replayNetwork,
  roundsReport,
  safeParseFootprint,
  scoreAssessment,
  summarizeAssessment,
  summarizeFootprint,
  vsmeReport,
  type ActivityInput,
  type AssessmentScore,
  type EnvironmentalPerformance,
  type CohortState,
  type Footprint,
  type NetworkEventInput,
  type NetworkState,
  type ReductionPath,
} from "../../src/index.js";
import { caught } from "../helpers.js";

const stored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** What a call gave: its result as JSON, or the code of the KoploperError it threw (anything else fails the test). */
function outcome(run: () => unknown): string {
  try {
    return `ok ${JSON.stringify(run())}`;
  } catch (error) {
    if (isKoploperError(error)) return `error ${error.code}`;
    throw error;
  }
}

const profile = { size: "small", offers: "products", customers: "consumers", market: "local", sector: "manufacturing" } as const;
const relevance = defaultRelevance(profile);
const path = reductionPath({ baseYear: 2020, baseEmissions: 250000, targetYear: 2030, reduction: 0.55 });
const vsmeOptions = { module: "basic", period: { start: "2026-01-01", end: "2026-12-31" } } as const;
const entity = { name: "Bakkerij", scheme: "lei", identifier: "5493001KJTIIGC8Y1R12" } as const;

const footprintConsumers: Readonly<Record<string, (footprint: Footprint) => unknown>> = {
  compareFootprints: (fp) => compareFootprints(fp, fp),
  keyFigures: (fp) => keyFigures(fp, { fte: 7, revenueEur: 900000 }),
  mergeFootprints: (fp) => mergeFootprints(fp, calculateFootprint({ year: fp.year, activities: [] }, { factors: nl2026 })),
  recalculateFootprint: (fp) => recalculateFootprint(fp, { factors: nl2026 }),
  footprintByPeriod: (fp) => footprintByPeriod(fp, { by: "quarter" }),
  prestatieladderView: (fp) => prestatieladderView(fp),
  summarizeFootprint: (fp) => summarizeFootprint(fp),
  footprintChart: (fp) => footprintChart(fp),
  comparisonChart: (fp) => comparisonChart(fp, fp, { labels: { base: "voor", current: "na" } }),
  cohortChart: (fp) => cohortChart([{ name: "Bakkerij", footprint: fp }]),
  checkReductionPath: (fp) => checkReductionPath(path, [fp]),
  vsmeReport: (fp) => vsmeReport({ entity, footprint: fp }, vsmeOptions),
};

const year = koploperYear();
const participant = year.participants[0];
if (participant === undefined) throw new Error("the example year has participants");

const scoreConsumers: Readonly<Record<string, (score: AssessmentScore) => unknown>> = {
  analyzeGaps: (score) => analyzeGaps(score, relevance),
  compareAssessments: (score) => compareAssessments(score, score),
  summarizeAssessment: (score) => summarizeAssessment(score),
  iso26000ProfileChart: (score) => iso26000ProfileChart(score),
  auditRecommendations: (score) =>
    auditRecommendations(
      { footprint: { year: 2026, activities: [{ id: "power", theme: "electricity", quantity: 62000, unit: "kWh" }] }, profile, iso26000: { score, relevance } },
      { date: "2027-02-10", factors: nl2026 },
    ),
};

const network: readonly NetworkEventInput[] = [
  { type: "network-created", date: "2028-01-05", network: { id: "groningen", name: "Koplopernetwerk Groningen" } },
  { type: "member-joined", date: "2028-01-10", memberId: "hofstede", cohortId: year.state.cohort.id, participantId: participant.id },
];

const stateConsumers: Readonly<Record<string, (state: CohortState) => unknown>> = {
  applyEvent: (state) => applyEvent(state, { type: "network-activity-held", date: "2028-04-01", title: "Voorjaar", attendance: [] }),
  nextActions: (state) => nextActions(state, "2027-06-01"),
  rankPrize: (state) => rankPrize(state, { weights: { jury: 0.5, footprintReduction: 0.5 } }),
  certificates: (state) => certificates(state),
  cohortReport: (state) => cohortReport(state),
  roundsReport: (state) => roundsReport([state]),
  replayNetwork: (state) => replayNetwork(network, [state]),
  applyNetworkEvent: (state) => applyNetworkEvent(replayNetwork(network.slice(0, 1)), network[1] as NetworkEventInput, [state]),
};

const networkState = replayNetwork(network, [year.state]);
const networkConsumers: Readonly<Record<string, (state: NetworkState) => unknown>> = {
  inactiveMembers: (state) => inactiveMembers(state, "2029-06-01"),
  applyNetworkEvent: (state) =>
    applyNetworkEvent(state, { type: "activity-held", date: "2028-03-10", activityId: "lente", title: "Lentebijeenkomst", attendance: ["hofstede"] }, [
      year.state,
    ]),
};

const environment = environmentalPerformance(
  { year: 2026, activities: participant.baseline.lines.map((line) => line.activity) as ActivityInput[] },
  { factors: nl2026 },
);
const environmentConsumers: Readonly<Record<string, (value: EnvironmentalPerformance) => unknown>> = {
  vsmeReport: (value) => vsmeReport({ entity, environment: value }, vsmeOptions),
};

const pathConsumers: Readonly<Record<string, (value: ReductionPath) => unknown>> = {
  checkReductionPath: (value) => checkReductionPath(value, [participant.baseline, participant.final]),
};

/** Each consumer gives the same outcome for the live value and for its JSON form. */
function expectSameAnswers<T>(consumers: Readonly<Record<string, (value: T) => unknown>>, live: T): void {
  const json = stored(live);
  for (const [name, consume] of Object.entries(consumers)) {
    const answer = outcome(() => consume(live));
    expect(answer.startsWith("ok"), `${name} takes the live value`).toBe(true);
    expect(
      outcome(() => consume(json)),
      name,
    ).toBe(answer);
  }
}

// Activity lines over the factor list, with quantities from tiny to large, some unknown or estimated.
const activity = fc.oneof(
  fc.record({ theme: fc.constant("electricity" as const), quantity: fc.integer({ min: 0, max: 5_000_000 }), unit: fc.constant("kWh" as const) }),
  fc.record({
    theme: fc.constant("fuel" as const),
    factor: fc.constantFrom("aardgas-g-gas", "diesel-b7", "lpg"),
    quantity: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1e6, noNaN: true })),
    unit: fc.constantFrom("Nm3" as const, "l" as const),
    vehicle: fc.constantFrom("bus", "truck"),
  }),
  fc.record({
    theme: fc.constant("waste" as const),
    factor: fc.constantFrom("restafval", "papier-en-karton"),
    quantity: fc.stringMatching(/^\d{1,4}\.\d{1,3}$/),
    unit: fc.constant("t" as const),
  }),
  fc.record({
    theme: fc.constant("commuting" as const),
    factor: fc.constant("gemiddelde-auto-brandstofsoort-onbekend"),
    quantity: fc.integer({ min: 0, max: 900_000 }),
    unit: fc.constant("vkm" as const),
    estimated: fc.boolean(),
    period: fc.record({ year: fc.constant(2026), quarter: fc.integer({ min: 1, max: 4 }) }),
  }),
);
const footprintInput = fc.array(activity, { minLength: 1, maxLength: 6 }).map((lines) => ({
  year: 2026,
  organisation: { fte: 7 },
  activities: lines.map((line, index) => ({ ...line, id: `line-${index}` })) as ActivityInput[],
}));
// A unit that does not fit the factor is refused when the footprint is calculated: such inputs make no footprint.
const footprints = footprintInput.chain((input) => {
  const result = outcome(() => calculateFootprint(input, { factors: nl2026 }));
  return result.startsWith("ok")
    ? fc.constant(calculateFootprint(input, { factors: nl2026 }))
    : fc.constant(calculateFootprint({ year: 2026, activities: [] }, { factors: nl2026 }));
});

// Scan answers: each maturity question answered from 0 to 4, or left open.
const scores = fc.array(fc.option(fc.integer({ min: 0, max: 4 })), { minLength: 41, maxLength: 41 }).map((levels): AssessmentScore => {
  const questions = koploperScan.sections.flatMap((section) => section.questions.filter((question) => question.type === "maturity"));
  const answers = Object.fromEntries(
    questions.flatMap((question, index) => (levels[index] === null || levels[index] === undefined ? [] : [[question.key, levels[index]]])),
  );
  return scoreAssessment(
    koploperScan,
    parseResponse(koploperScan, { questionnaire: `${koploperScan.id}@${koploperScan.version}`, answers }, { partial: true }),
  );
});

// Many consumers per generated value: these take seconds, not milliseconds (no timing is asserted).
describe("a stored result is taken back by every function that takes it, with the same answer", { timeout: 120_000 }, () => {
  test.prop([footprints], { numRuns: 10 })("footprints", (footprint) => {
    expectSameAnswers(footprintConsumers, footprint);
  });

  test.prop([scores], { numRuns: 10 })("assessment scores", (score) => {
    // A score with no scored question has no summary: then summarizeAssessment refuses both forms alike.
    const json = stored(score);
    for (const [name, consume] of Object.entries(scoreConsumers))
      expect(
        outcome(() => consume(json)),
        name,
      ).toBe(outcome(() => consume(score)));
  });

  it("the example year's footprints, scores, reduction path and cohort state", () => {
    for (const p of year.participants) {
      expectSameAnswers(footprintConsumers, p.baseline);
      expectSameAnswers(scoreConsumers, p.scanAfter);
    }
    expectSameAnswers(pathConsumers, path);
    expectSameAnswers(stateConsumers, year.state);
    expectSameAnswers(networkConsumers, networkState);
    expectSameAnswers(environmentConsumers, environment);
  });

  it("loads each result type back to a value equal to the live one, Decimals included", () => {
    const footprint = participant.baseline;
    expect(JSON.stringify(parseFootprint(stored(footprint)))).toBe(JSON.stringify(footprint));
    expect(parseFootprint(stored(footprint)).total.marketBased.eq(footprint.total.marketBased)).toBe(true);
    expect(JSON.stringify(parseAssessmentScore(stored(participant.scanBefore)))).toBe(JSON.stringify(participant.scanBefore));
    expect(JSON.stringify(parseCohortState(stored(year.state)))).toBe(JSON.stringify(year.state));
    expect(parseReductionPath(stored(path)).annualRate.eq(path.annualRate)).toBe(true);
  });
});

/** Every path in a JSON value, the root excluded. */
function pathsOf(value: unknown, prefix: readonly (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return entries.flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, [...prefix, key])]);
}

/** A copy of `value` with the value at `at` replaced by `by` (or deleted when `by` is the marker). */
function edited(value: unknown, at: readonly (string | number)[], by: unknown): unknown {
  const copy = stored(value);
  let parent = copy as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = at.at(-1) as string | number;
  if (by === DELETE) delete parent[last];
  else parent[last] = by;
  return copy;
}

const DELETE = Symbol("delete");
const hostile = fc.constantFrom<unknown>(DELETE, null, "NaN", "Infinity", "-1", -1, "1e400", "x", {}, [], true, 1.5, "__proto__", { toString: 1 });

/** Whether every number and Decimal in a value is finite. */
function finite(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (Decimal.isDecimal(value)) return value.isFinite();
  if (typeof value !== "object" || value === null) return true;
  return Object.values(value).every(finite);
}

/** Each consumer gives a finite answer or a KoploperError (nothing else), and leaves its input as it was. */
function expectCleanAnswers(consumers: Readonly<Record<string, (value: never) => unknown>>, value: unknown): void {
  const before = JSON.stringify(value);
  for (const [name, consume] of Object.entries(consumers)) {
    let answer: unknown = null;
    try {
      answer = consume(value as never);
    } catch (error) {
      if (!isKoploperError(error)) throw error;
    }
    expect(finite(answer), name).toBe(true);
    expect(JSON.stringify(value), `${name} leaves its input as it was`).toBe(before);
  }
}

describe("an edited or corrupted stored result gives a KoploperError, nothing else", { timeout: 120_000 }, () => {
  const cases = [
    ["footprint", participant.baseline, footprintConsumers],
    ["assessment score", participant.scanBefore, scoreConsumers],
    ["cohort state", year.state, stateConsumers],
    ["reduction path", path, pathConsumers],
    ["network state", networkState, networkConsumers],
    ["environmental performance", environment, environmentConsumers],
  ] as const;
  for (const [what, live, consumers] of cases) {
    const paths = pathsOf(stored(live));
    test.prop([fc.integer({ min: 0, max: paths.length - 1 }), hostile], { numRuns: 30 })(what, (index, by) => {
      expectCleanAnswers(consumers, edited(live, paths[index] as (string | number)[], by));
    });
  }

  it("refuses a stored footprint with every issue and its path", () => {
    const footprint = stored(participant.baseline) as unknown as Record<string, unknown>;
    const error = caught(() => footprintChart({ ...footprint, scope1: "NaN", total: { marketBased: "1" }, extra: 1 } as never));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => issue.path.join("."))).toEqual(["footprint.scope1", "footprint.total.locationBased", "footprint"]);
    expect(safeParseFootprint(null).success).toBe(false);
    expect(caught(() => compareFootprints(participant.baseline, { ...footprint, lines: [1] } as never)).issues[0]?.path).toEqual(["current", "lines", 0]);
  });

  it("refuses a stored state whose records disagree", () => {
    const state = stored(year.state) as unknown as Record<string, unknown>;
    const paths = (value: unknown) => caught(() => cohortReport(value as never)).issues.map((issue) => issue.path.join("."));
    expect(paths({ ...state, companyCount: 99 })).toEqual(["state.companyCount"]);
    expect(paths({ ...state, participantIds: [] })).toContain(`state.participants.${participant.id}`);
    expect(paths({ ...state, juryScores: [{ type: "jury-scores-recorded" }] })).toContain("state.juryScores.0");
  });

  it("refuses stored records filed under another id, listed twice or with counts that disagree", () => {
    const state = stored(year.state) as unknown as { participants: Record<string, unknown>; participantIds: string[]; belowMinimum: boolean };
    const record = state.participants[participant.id];
    const paths = (value: unknown) => caught(() => certificates(value as never)).issues.map((issue) => issue.path.join("."));
    expect(paths({ ...state, participants: { ...state.participants, other: record } })).toEqual([
      `participants.other.participant.id`,
      "participants.other",
      "companyCount",
    ]);
    expect(paths({ ...state, participantIds: [...state.participantIds, participant.id] })).toEqual(["participantIds"]);
    expect(paths({ ...state, belowMinimum: !state.belowMinimum })).toEqual(["belowMinimum"]);
    expect(paths({ ...state, kickoff: { type: "kickoff-held" } })).toEqual(["kickoff"]);

    const net = stored(networkState) as unknown as { members: Record<string, { memberId: string }>; memberIds: string[] };
    const netPaths = (value: unknown) => caught(() => inactiveMembers(value as never, "2029-01-01")).issues.map((issue) => issue.path.join("."));
    expect(netPaths({ ...net, members: { other: net.members["hofstede"] } })).toEqual([
      "state.members.other.memberId",
      "state.members.other",
      "state.memberIds.0",
    ]);

    expect(caught(() => replayNetwork(network, {} as never)).issues[0]?.path).toEqual(["cohorts"]);
    expect(caught(() => checkReductionPath(path, {} as never)).issues[0]?.path).toEqual(["footprints"]);
    expect(caught(() => checkReductionPath(path, [], "both" as never)).issues[0]?.path).toEqual(["basis"]);
    expect(caught(() => checkReductionPath({ ...stored(path), points: [] } as never, [])).issues[0]?.path).toEqual(["path", "points"]);
  });
});
