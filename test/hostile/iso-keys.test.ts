import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import {
  analyzeGaps,
  auditRecommendations,
  energyDuties,
  evaluateCondition,
  fromSurveyJsResult,
  getClause,
  getCoreSubjectOfIssue,
  getIssuesOfCoreSubject,
  getSdgsOfCoreSubject,
  getVisibleQuestionKeys,
  isClause,
  isKoploperError,
  itemToAuditRecommendation,
  itemToMeasure,
  koploperScan,
  measureCatalogue,
  nl2026,
  parseMeasureCatalogue,
  parseRelevance,
  parseResponse,
  recommendationFor,
  safeParseResponse,
  scoreAssessment,
  toSurveyJs,
  type Answers,
  type MeasureCatalogueInput,
} from "../../src/index.js";
import { bakery } from "../audit/fixtures.js";

// Issue 18, class 6 for koploper/iso26000 and koploper/audit: every key a user supplies is looked up
// as an own property. With keys that name what every object inherits, each door gives a valid
// value that holds nothing inherited, or a KoploperError; never a TypeError, never a function.

const INHERITED = [
  "__proto__",
  "constructor",
  "toString",
  "toLocaleString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "__defineGetter__",
  "__lookupGetter__",
  "length",
] as const;

/** Keys that name inherited properties, their lower-case forms (valid ids and question keys) and anything else. */
const key = fc.oneof(fc.constantFrom(...INHERITED), fc.constantFrom(...INHERITED.map((name) => name.toLowerCase())), fc.string({ maxLength: 12 }));

/** An object with `name` as an own key, also `__proto__` (as JSON.parse makes it). */
function withKey<T>(name: string, value: T): Record<string, T> {
  return JSON.parse(JSON.stringify({ [name]: value })) as Record<string, T>;
}

/** Whether a value holds a function anywhere (Decimals count as values). */
function holdsFunction(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === "function") return true;
  if (typeof value !== "object" || value === null || value instanceof Decimal || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((inner) => holdsFunction(inner, seen));
}

/** The promise of every door: a value free of inherited functions, or a KoploperError. */
function validOrRefused(run: () => unknown): unknown {
  try {
    const value = run();
    expect(holdsFunction(value)).toBe(false);
    return value;
  } catch (error) {
    if (!isKoploperError(error)) throw error;
    return error;
  }
}

const ref = `${koploperScan.id}@${koploperScan.version}`;
const score = scoreAssessment(koploperScan, parseResponse(koploperScan, { questionnaire: ref, answers: { env_co2_reduction: 1 } }, { partial: true }));
const DATE = "2026-06-01";

describe("ISO 26000 doors with inherited keys", () => {
  test.prop([key], { numRuns: 60 })("clause look-ups find only modelled clauses", (name) => {
    expect(isClause(name)).toBe(false);
    for (const run of [() => getClause(name), () => getIssuesOfCoreSubject(name), () => getCoreSubjectOfIssue(name), () => getSdgsOfCoreSubject(name)]) {
      expect(isKoploperError(validOrRefused(run))).toBe(true);
    }
  });

  test.prop([key], { numRuns: 60 })("recommendationFor refuses an issue or a level that is an inherited key", (name) => {
    expect(validOrRefused(() => recommendationFor(name, 0))).toMatchObject({ code: "UNKNOWN_CLAUSE" });
    expect(validOrRefused(() => recommendationFor("6.5.5", name as never))).toMatchObject({ code: "INVALID_INPUT" });
  });

  test.prop([key], { numRuns: 60 })("conditions never see an inherited answer", (name) => {
    const answers = {} as Answers;
    expect(evaluateCondition({ op: "answered", question: name }, answers)).toBe(false);
    expect(evaluateCondition({ op: "in", question: name, values: ["x", 1, true] }, answers)).toBe(false);
    expect(getVisibleQuestionKeys(koploperScan, withKey(name, true) as Answers)).toEqual(getVisibleQuestionKeys(koploperScan, {}));
  });

  test.prop([key], { numRuns: 40 })("a response with an inherited key is refused with its path", (name) => {
    const result = safeParseResponse(koploperScan, { questionnaire: ref, answers: withKey(name, true) }, { partial: true });
    // zod drops a "__proto__" key of a record; every other key is no question of the scan.
    if (name === "__proto__") expect(result.success).toBe(true);
    else expect(!result.success && result.error.issues.map((issue) => issue.path)).toContainEqual(["answers", name]);
  });

  test.prop([key], { numRuns: 40 })("SurveyJS: an inherited locale is refused, inherited data keys are ignored", (name) => {
    expect(validOrRefused(() => toSurveyJs(koploperScan, { locale: name as never }))).toMatchObject({ code: "INVALID_INPUT" });
    expect(validOrRefused(() => fromSurveyJsResult(koploperScan, withKey(name, "yes")))).toEqual({ questionnaire: ref, answers: {} });
    // A questionnaire that did not go through parseQuestionnaire may name any default locale.
    validOrRefused(() => toSurveyJs({ ...koploperScan, defaultLocale: name } as never));
  });

  test.prop([key], { numRuns: 40 })("relevance keyed by an inherited key is refused or left out, and gaps stay whole", (name) => {
    const relevance = withKey(name, { relevant: "yes" as const });
    validOrRefused(() => parseRelevance(relevance));
    const outcome = validOrRefused(() => analyzeGaps(score, relevance));
    if (!isKoploperError(outcome)) expect((outcome as ReturnType<typeof analyzeGaps>).gaps).toHaveLength(37);
  });
});

describe("audit doors with inherited keys", () => {
  const [first] = measureCatalogue.measures;
  if (first === undefined) throw new Error("the bundled catalogue is empty");

  test.prop([key], { numRuns: 20 })("an estimate for an inherited measure or parameter is refused with its path", (name) => {
    const estimates = withKey(name, { investment: 100 });
    const error = validOrRefused(() => auditRecommendations(bakery(), { date: DATE, factors: nl2026, estimates }));
    if (name !== "__proto__") expect(error).toMatchObject({ code: "INVALID_INPUT", issues: [expect.objectContaining({ path: ["estimates", name] })] });
    const parameters = { estimates: { [first.id]: { parameters: withKey(name, 0.5) } } };
    const refused = validOrRefused(() => auditRecommendations(bakery(), { date: DATE, factors: nl2026, ...parameters }));
    if (name !== "__proto__" && name !== "share") expect(refused).toMatchObject({ code: "INVALID_INPUT" });
  });

  test.prop([fc.constantFrom(...INHERITED.map((name) => name.toLowerCase()).filter((name) => /^[a-z0-9][a-z0-9-]*$/.test(name)))], { numRuns: 10 })(
    "a catalogue measure named like an inherited key takes nothing inherited from the estimates",
    (name) => {
      const catalogue = { ...measureCatalogue, measures: [{ ...first, id: name }] } as MeasureCatalogueInput;
      const result = auditRecommendations(bakery(), { date: DATE, factors: nl2026, catalogue: parseMeasureCatalogue(catalogue), estimates: {} });
      const item = result.items.find((entry) => entry.id === `measure:${name}`);
      expect(item).toMatchObject({ investment: null, annualSavings: null, parameters: [], missingParameters: ["share"] });
      expect(holdsFunction(result.items)).toBe(false);
    },
  );

  test.prop([fc.constantFrom(...INHERITED.filter((name) => /^[a-z][a-zA-Z0-9]*$/.test(name)))], { numRuns: 10 })(
    "a parameter named like an inherited key is missing unless the adviser estimates it",
    (name) => {
      const effect = {
        parameters: [{ id: name, kind: "share", label: { nl: "Deel", en: "Share" } }],
        changes: [{ kind: "reduce", lines: { theme: "fuel" }, share: { parameter: name } }],
      };
      const catalogue = parseMeasureCatalogue({ id: "mine", measures: [{ ...first, id: "m", effect }] });
      const missing = auditRecommendations(bakery(), { date: DATE, factors: nl2026, catalogue, estimates: { m: { parameters: {} } } });
      expect(missing.items.find((item) => item.id === "measure:m")).toMatchObject({ parameters: [], missingParameters: [name], co2ReductionKg: null });
      const estimated = auditRecommendations(bakery(), { date: DATE, factors: nl2026, catalogue, estimates: { m: { parameters: { [name]: 0.5 } } } });
      expect(estimated.items.find((item) => item.id === "measure:m")?.parameters.map((p) => [p.id, p.value.toString()])).toEqual([[name, "0.5"]]);
    },
  );

  test.prop([key], { numRuns: 20 })("an answer rule keyed by an inherited key never meets", (name) => {
    const catalogue = { id: "mine", measures: [{ ...first, id: "m", applies: { kind: "answer", key: name, atLeast: 0 } }] } as MeasureCatalogueInput;
    const outcome = validOrRefused(() =>
      auditRecommendations({ ...bakery(), iso26000: { score, relevance: {} } }, { date: DATE, factors: nl2026, catalogue: parseMeasureCatalogue(catalogue) }),
    );
    if (!isKoploperError(outcome)) expect((outcome as ReturnType<typeof auditRecommendations>).items.some((item) => item.id === "measure:m")).toBe(false);
  });

  test.prop([key], { numRuns: 30 })("duty checks and conversions refuse inherited codes and locales", (name) => {
    validOrRefused(() => energyDuties({ electricityKWh: 62000 }, { date: DATE, site: { emlCategories: [name] } }));
    validOrRefused(() => energyDuties(bakery().footprint, { date: DATE, factors: nl2026, naturalGas: name }));
    const [item] = auditRecommendations(bakery(), { date: DATE, factors: nl2026, topPerSource: { duties: 0, measures: 1 } }).items;
    if (item === undefined) throw new Error("the bakery has no measure");
    expect(validOrRefused(() => itemToAuditRecommendation(item, name as never))).toMatchObject({ code: "INVALID_INPUT" });
    expect(validOrRefused(() => itemToMeasure(item, { id: "m1", locale: name as never }))).toMatchObject({ code: "INVALID_INPUT" });
  });
});
