// The public parsers, each with a valid sample input, and the generators of hostile values.
import { fc } from "@fast-check/vitest";
import {
  koploperScan,
  nl2026,
  parseActivities,
  parseCohort,
  parseDecimal,
  parseEvent,
  parseFactorSet,
  parseFootprintSummary,
  parseIso26000Summary,
  parseMeasure,
  parseOrganisationProfile,
  parsePrizeCriteria,
  parseQuestionnaire,
  parseRelevance,
  parseResponse,
  parseTimeline,
  parseTimelineOptions,
  planTimeline,
  measureCatalogue,
  nlEnergyDuties,
  parseEnergyDutyRules,
  parseMeasureCatalogue,
  parseNetworkEvent,
  calculateFootprint,
  parseAssessmentScore,
  parseCohortState,
  parseFootprint,
  parseReductionPath,
  reductionPath,
  replay,
  scoreAssessment,
} from "../../src/index.js";

// Stored results, in the JSON form an app keeps them in.
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const scanResponse = parseResponse(koploperScan, { questionnaire: `${koploperScan.id}@${koploperScan.version}`, answers: { pr_ethics: 3 } }, { partial: true });

interface Parser {
  readonly parse: (input: unknown) => unknown;
  readonly valid: unknown;
}

/** Every public `parseX`, adapted to one argument, with a valid sample. */
export const parsers: Record<string, Parser> = {
  parseDecimal: { parse: parseDecimal, valid: "12.5" },
  parseActivities: {
    parse: parseActivities,
    valid: [
      { id: "gas", theme: "fuel", factor: 135, quantity: "1000", unit: "Nm3", period: { year: 2026, quarter: 1 } },
      { id: "power", theme: "electricity", quantity: 20000, unit: "kWh", green: [{ quantity: 5000, source: "wind" }] },
      { id: "r410a", theme: "refrigerant", factor: "r410a", quantity: 1.5, unit: "kg", estimated: true },
      { id: "other", theme: "other", category: 1, quantity: 10, unit: "kg", factor: { value: "2.5", unit: "kg", source: "supplier" } },
    ],
  },
  parseCohort: {
    parse: parseCohort,
    valid: {
      id: "oost-groningen-2027",
      name: "Koploperproject Oost-Groningen",
      municipalities: ["Veendam"],
      coordinator: "CirculairActief",
      advisers: [{ id: "ada", name: "Ada Kruiter" }],
      plannedKickoff: "2027-01-19",
      settings: { minExchangeMeetings: 2 },
    },
  },
  parseEvent: {
    parse: parseEvent,
    valid: { type: "participant-registered", date: "2026-11-02", participant: { id: "kompanjie", name: "De Kompanjie", kind: "company", fte: 25 } },
  },
  parseFootprintSummary: {
    parse: parseFootprintSummary,
    valid: {
      year: 2026,
      factorSetId: "nl-2026",
      scope1: 20000,
      scope2: { marketBased: 8000, locationBased: 11000 },
      scope3: 6000,
      total: { marketBased: 34000, locationBased: 37000 },
    },
  },
  parseIso26000Summary: { parse: parseIso26000Summary, valid: { overall: "1.4", coreSubjects: { "6.2": 2, "6.5": "1.5" }, coverage: "0.8" } },
  parseMeasure: {
    parse: parseMeasure,
    valid: {
      id: "led",
      title: "LED",
      theme: "energy",
      recommendationId: "led",
      owner: "TD",
      deadline: "2027-09-30",
      investment: 12000,
      annualSavings: { eur: 4800, kWh: 24000 },
    },
  },
  parseFootprint: {
    parse: parseFootprint,
    valid: stored(
      calculateFootprint(
        {
          year: 2026,
          activities: [
            { id: "gas", theme: "fuel", factor: 135, quantity: "1000", unit: "Nm3" },
            { id: "power", theme: "electricity", quantity: 5000, unit: "kWh" },
          ],
        },
        { factors: nl2026 },
      ),
    ),
  },
  parseReductionPath: { parse: parseReductionPath, valid: stored(reductionPath({ baseYear: 2020, baseEmissions: 2500, targetYear: 2023, reduction: 0.5 })) },
  parseAssessmentScore: { parse: parseAssessmentScore, valid: stored(scoreAssessment(koploperScan, scanResponse)) },
  parseCohortState: {
    parse: parseCohortState,
    valid: stored(
      replay([
        {
          type: "cohort-created",
          date: "2026-10-01",
          cohort: {
            id: "c1",
            name: "Leek",
            municipalities: ["Leek"],
            coordinator: "DZyzzion",
            advisers: [{ id: "a1", name: "Adviseur" }],
            plannedKickoff: "2027-01-19",
          },
        },
        { type: "participant-registered", date: "2026-11-02", participant: { id: "p1", name: "Smit", kind: "company", fte: 4 } },
      ]),
    ),
  },
  parseOrganisationProfile: {
    parse: parseOrganisationProfile,
    valid: { size: "micro", offers: "products", customers: "consumers", market: "local", sector: "retail" },
  },
  parsePrizeCriteria: { parse: parsePrizeCriteria, valid: { weights: { jury: 0.5, measuresDone: 0.2, footprintReduction: 0.2, collaborations: 0.1 } } },
  parseRelevance: {
    parse: parseRelevance,
    valid: { "6.4.6": { relevant: "yes", justification: "ovens", critical: ["lifeOrHealth"] }, "6.7.8": { relevant: "no", justification: "none" } },
  },
  parseResponse: {
    parse: (input) => parseResponse(koploperScan, input, { partial: true }),
    valid: { questionnaire: "koploper-scan@2.0.0", answers: { has_employees: true, env_co2_reduction: 1, cons_safety: { unknown: true } } },
  },
  parseTimelineOptions: { parse: parseTimelineOptions, valid: { kickoff: "2027-01-19", months: 12, exchangeMeetings: 3, timeZone: "Europe/Amsterdam" } },
  parseTimeline: { parse: parseTimeline, valid: JSON.parse(JSON.stringify(planTimeline({ kickoff: "2027-01-19" }))) },
  parseQuestionnaire: { parse: parseQuestionnaire, valid: JSON.parse(JSON.stringify(koploperScan)) },
  parseEnergyDutyRules: { parse: parseEnergyDutyRules, valid: JSON.parse(JSON.stringify(nlEnergyDuties)) },
  parseMeasureCatalogue: { parse: parseMeasureCatalogue, valid: JSON.parse(JSON.stringify(measureCatalogue)) },
  parseNetworkEvent: {
    parse: parseNetworkEvent,
    valid: {
      type: "activity-held",
      date: "2028-03-10",
      activityId: "voorjaar",
      title: "Voorjaarsbijeenkomst",
      organisedBy: "kompanjie",
      attendance: ["kompanjie", "steenhuis"],
    },
  },
  parseFactorSet: { parse: parseFactorSet, valid: JSON.parse(JSON.stringify({ ...nl2026, factors: nl2026.factors.slice(0, 3) })) },
};

let nested: unknown = 1;
for (let depth = 0; depth < 200; depth += 1) nested = { a: nested };

/** Values that break careless code: wrong types, odd numbers, long strings, deep nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    "NaN",
    "1e999",
    "-1e999",
    "Infinity",
    -0,
    Number.MAX_SAFE_INTEGER,
    Number.MIN_VALUE,
    1e308,
    "",
    "1,5",
    "x".repeat(100_000),
    nested,
    [],
    {},
    true,
    JSON.parse('{"__proto__": {"polluted": 1}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}'),
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((inner, index) => paths(inner, [...prefix, index], out));
  else if (typeof value === "object" && value !== null) for (const [key, inner] of Object.entries(value)) paths(inner, [...prefix, key], out);
  return out;
}

function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) return value.map((inner, index) => (index === head ? replaceAt(inner, rest, replacement) : inner));
  if (typeof value === "object" && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) copy[key] = key === head ? replaceAt(inner, rest, replacement) : inner;
    return copy;
  }
  return value;
}

/** The valid sample with the value at one (seed-chosen) path replaced by `bad`, or that key removed. */
export function mutate(valid: unknown, bad: unknown, seed: number): unknown {
  const all = paths(valid);
  const path = all[seed % all.length] ?? [];
  if (seed % 7 === 3 && path.length > 0) {
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1];
    const removeKey = (parent: unknown): unknown => {
      if (Array.isArray(parent)) return parent.filter((_, index) => index !== key);
      if (typeof parent === "object" && parent !== null) return Object.fromEntries(Object.entries(parent).filter(([name]) => name !== key));
      return parent;
    };
    const parent = parentPath.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], valid);
    return replaceAt(valid, parentPath, removeKey(parent));
  }
  return replaceAt(valid, path, bad);
}
