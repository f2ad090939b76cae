import { describe, expect, it } from "vitest";
import {
  isoDateSchema,
  parseCohort,
  parseEvent,
  parseFootprintSummary,
  parseIso26000Summary,
  parseMeasure,
  parsePrizeCriteria,
  participantSchema,
  safeParseCohort,
  safeParseEvent,
  safeParseFootprintSummary,
  safeParseIso26000Summary,
  safeParseMeasure,
  safeParsePrizeCriteria,
} from "../../src/lifecycle/index.js";
import { cohortCreated, footprint } from "./fixtures.js";
import { caught } from "../helpers.js";

const cohort = cohortCreated.cohort;

function issuesOf(run: () => unknown): { path: readonly (string | number)[]; message: string }[] {
  const error = caught(run);
  expect(error.code).toBe("INVALID_INPUT");
  return [...error.issues];
}

describe("isoDateSchema", () => {
  it("keeps ISO dates and turns date-times and Dates into the calendar date in Amsterdam", () => {
    expect(isoDateSchema.parse("2027-01-19")).toBe("2027-01-19");
    expect(isoDateSchema.parse("2027-01-19T23:30:00Z")).toBe("2027-01-20");
    expect(isoDateSchema.parse("2027-07-19T22:30:00Z")).toBe("2027-07-20");
    expect(isoDateSchema.parse("2027-07-19T21:30:00Z")).toBe("2027-07-19");
    expect(isoDateSchema.parse("2027-01-19T10:00:00+01:00")).toBe("2027-01-19");
    expect(isoDateSchema.parse(new Date("2027-03-28T00:30:00Z"))).toBe("2027-03-28");
  });

  it.each([["2027-02-29"], ["2027-13-01"], ["19-01-2027"], ["2027-01-19T10:00:00"], [new Date(Number.NaN)], [20270119], [null]])("rejects %s", (input) => {
    expect(isoDateSchema.safeParse(input).success).toBe(false);
  });
});

describe("parseCohort", () => {
  it("fills in the default settings", () => {
    expect(parseCohort(cohort).settings).toEqual({
      companies: { min: 3, max: 15 },
      months: 12,
      minExchangeMeetings: 1,
      prizeEligibleKinds: ["company"],
      completionRequires: ["vision", "action-plan"],
    });
    expect(parseCohort({ ...cohort, settings: { months: 10 } }).settings.months).toBe(10);
  });

  it("reports every problem with its path", () => {
    const issues = issuesOf(() =>
      parseCohort({
        ...cohort,
        name: " ",
        municipalities: [],
        advisers: [
          { id: "a", name: "A" },
          { id: "a", name: "B" },
        ],
        plannedKickoff: "2027-02-30",
        extra: 1,
      }),
    );
    const paths = issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["name", "municipalities", "advisers", "plannedKickoff", ""]));
  });

  it.each([
    [{ companies: { min: 5, max: 4 } }, "settings.companies.max"],
    [{ companies: { min: 0, max: 4 } }, "settings.companies.min"],
    [{ companies: { min: 2.5, max: 4 } }, "settings.companies.min"],
    [{ months: 0 }, "settings.months"],
    [{ months: 37 }, "settings.months"],
    [{ minExchangeMeetings: -1 }, "settings.minExchangeMeetings"],
    [{ prizeEligibleKinds: [] }, "settings.prizeEligibleKinds"],
    [{ prizeEligibleKinds: ["company", "company"] }, "settings.prizeEligibleKinds"],
    [{ prizeEligibleKinds: ["jury"] }, "settings.prizeEligibleKinds.0"],
    [{ maxCompanies: 20 }, "settings"],
  ])("rejects the settings %j at %s", (settings, path) => {
    const result = safeParseCohort({ ...cohort, settings });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.path.join("."))).toContain(path);
  });

  it("never throws from safeParseCohort", () => {
    expect(safeParseCohort(undefined).success).toBe(false);
    expect(safeParseCohort(cohort).success).toBe(true);
  });
});

describe("participantSchema", () => {
  it.each([
    [{ id: "", name: "A", kind: "company" }, "id"],
    [{ id: "p", name: "A", kind: "bank" }, "kind"],
    [{ id: "p", name: "A", kind: "company", fte: -1 }, "fte"],
    [{ id: "p", name: "A", kind: "company", fte: "1,5" }, "fte"],
    [{ id: "p", name: "A", kind: "company", contact: { name: "B", email: "not-an-email" } }, "contact.email"],
    [{ id: "p", kind: "company" }, "name"],
  ])("rejects %j at %s", (input, path) => {
    const result = participantSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(path);
  });
});

describe("parseFootprintSummary", () => {
  it("accepts a consistent summary with exact decimals", () => {
    const summary = {
      year: 2026,
      factorSetId: "nl-2026",
      scope1: "0.1",
      scope2: { marketBased: "0.2", locationBased: 0.3 },
      scope3: 0,
      total: { marketBased: 0.3, locationBased: "0.4" },
    };
    expect(parseFootprintSummary(summary).total.marketBased.toString()).toBe("0.3");
    expect(safeParseFootprintSummary({ ...summary, total: { marketBased: 0.1 + 0.2, locationBased: "0.4" } }).success).toBe(false);
  });

  it("requires totals that are scope 1 + 2 + 3 for both scope 2 methods", () => {
    const issues = issuesOf(() => parseFootprintSummary({ ...footprint(1, 2, 3), total: { marketBased: 7, locationBased: 9 } }));
    expect(issues.map((issue) => issue.path.join("."))).toEqual(["total.marketBased", "total.locationBased"]);
    expect(issues[0]?.message).toContain("= 6");
  });

  it.each([
    [{ ...footprint(1, 2), scope1: -1 }, "scope1"],
    [{ ...footprint(1, 2), year: 1900 }, "year"],
    [{ ...footprint(1, 2), factorSetId: "" }, "factorSetId"],
    [{ ...footprint(1, 2), scope2: { marketBased: 2 } }, "scope2.locationBased"],
    [{ ...footprint(1, 2), scope3: Number.NaN }, "scope3"],
    [{ ...footprint(1, 2), offsets: 5 }, ""],
  ])("rejects a bad field at %s", (input, path) => {
    const result = safeParseFootprintSummary(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.path.join("."))).toContain(path);
  });
});

describe("parseIso26000Summary", () => {
  it("keeps a clause left out as unknown", () => {
    const summary = parseIso26000Summary({ overall: "2.5", coreSubjects: { "6.5": 3 }, coverage: "0.75" });
    expect(summary.coreSubjects["6.5"]?.toString()).toBe("3");
    expect(summary.coreSubjects["6.2"]).toBeUndefined();
  });

  it.each([
    [{ overall: 4.5, coreSubjects: {}, coverage: 1 }, "overall"],
    [{ overall: -1, coreSubjects: {}, coverage: 1 }, "overall"],
    [{ overall: 1, coreSubjects: { "6.9": 1 }, coverage: 1 }, "coreSubjects"],
    [{ overall: 1, coreSubjects: { "6.3": 5 }, coverage: 1 }, "coreSubjects.6.3"],
    [{ overall: 1, coreSubjects: {}, coverage: 1.1 }, "coverage"],
    [{ overall: 1, coreSubjects: {} }, "coverage"],
  ])("rejects %j at %s", (input, path) => {
    const result = safeParseIso26000Summary(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.path.join("."))).toContain(path);
  });
});

describe("parseMeasure", () => {
  const measure = { id: "m1", title: "LED", theme: "energy", recommendationId: "r1" };

  it("defaults the status to planned", () => {
    expect(parseMeasure(measure).status).toBe("planned");
  });

  it.each([
    [{ ...measure, recommendationId: undefined }, "recommendationId"],
    [{ ...measure, noRecommendationReason: "eigen idee" }, "recommendationId"],
    [{ ...measure, status: "dropped" }, "droppedReason"],
    [{ ...measure, droppedReason: "te duur" }, "droppedReason"],
    [{ ...measure, plannedStart: "2027-06-01", deadline: "2027-05-01" }, "deadline"],
    [{ ...measure, investment: 100, subsidy: 200 }, "subsidy"],
    [{ ...measure, subsidy: 200 }, "subsidy"],
    [{ ...measure, investment: -5 }, "investment"],
    [{ ...measure, theme: "fun" }, "theme"],
    [{ ...measure, coreSubject: "6.1" }, "coreSubject"],
    [{ ...measure, status: "finished" }, "status"],
    [{ ...measure, annualSavings: { eur: "1,5" } }, "annualSavings.eur"],
    [{ ...measure, annualSavings: { litres: 5 } }, "annualSavings"],
    [{ ...measure, payback: 2 }, ""],
  ])("rejects %j at %s", (input, path) => {
    const result = safeParseMeasure(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.path.join("."))).toContain(path);
  });
});

describe("parseEvent", () => {
  it("validates the event and normalises its dates", () => {
    expect(parseEvent({ type: "cohort-closed", date: new Date("2027-12-15T12:00:00Z") })).toEqual({ type: "cohort-closed", date: "2027-12-15" });
    expect(parseEvent({ type: "participant-registered", date: "2026-11-01", participant: { id: "p", name: "P", kind: "other" } })).toMatchObject({
      late: false,
    });
  });

  it.each([
    [{ type: "party-held", date: "2027-01-01" }, "type"],
    [{ type: "cohort-closed" }, "date"],
    [{ type: "cohort-closed", date: "2027-01-01", extra: true }, ""],
    [{ type: "kickoff-held", date: "2027-01-19", attendance: ["p1", "p1"], signedAgreements: [] }, "attendance"],
    [{ type: "participant-withdrew", date: "2027-01-19", participantId: "p1" }, "reason"],
    [{ type: "measure-status-changed", date: "2027-01-19", participantId: "p1", measureId: "m1", status: "dropped" }, "reason"],
    [{ type: "measure-status-changed", date: "2027-01-19", participantId: "p1", measureId: "m1", status: "done", reason: "x" }, "reason"],
    [{ type: "collaboration-recorded", date: "2027-01-19", participantIds: ["p1", "p1"], kind: "joint-project", description: "x" }, "participantIds"],
    [{ type: "collaboration-recorded", date: "2027-01-19", participantIds: ["p1", "p2"], kind: "merger", description: "x" }, "kind"],
    [{ type: "promotion-published", date: "2027-01-19", medium: "Krant", participantIds: [] }, "participantIds"],
    [{ type: "jury-scores-recorded", date: "2027-01-19", jurorId: "j", participantId: "p", scores: {} }, "scores"],
    [{ type: "jury-scores-recorded", date: "2027-01-19", jurorId: "j", participantId: "p", scores: { pitch: -1 } }, "scores.pitch"],
    [{ type: "final-measurement-recorded", date: "2027-01-19", participantId: "p" }, ""],
    [{ type: "prize-awarded", date: "2027-01-19", participantId: "p", place: 0 }, "place"],
    [{ type: "symposium-held", date: "2027-01-19", guests: -3 }, "guests"],
    [{ type: "action-plan-adopted", date: "2027-01-19", participantId: "p", measures: [] }, "measures"],
    [
      {
        type: "action-plan-adopted",
        date: "2027-01-19",
        participantId: "p",
        measures: [
          { id: "m", title: "A", theme: "energy", recommendationId: "r" },
          { id: "m", title: "B", theme: "energy", recommendationId: "r" },
        ],
      },
      "measures",
    ],
    [
      {
        type: "audit-completed",
        date: "2027-02-01",
        participantId: "p",
        adviserId: "a",
        iso26000: { overall: 1, coreSubjects: {}, coverage: 1 },
        footprint: footprint(1, 1),
        recommendations: [
          { id: "r", title: { nl: "A", en: "A" } },
          { id: "r", title: { nl: "B", en: "B" } },
        ],
      },
      "recommendations",
    ],
    [
      {
        type: "audit-completed",
        date: "2027-02-01",
        participantId: "p",
        adviserId: "a",
        iso26000: { overall: 1, coreSubjects: {}, coverage: 1 },
        footprint: footprint(1, 1),
        recommendations: [{ id: "r", title: { nl: "A" } }],
      },
      "recommendations.0.title.en",
    ],
  ])("rejects %j at %s", (input, path) => {
    const result = safeParseEvent(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.path.join("."))).toContain(path);
  });
});

describe("parsePrizeCriteria", () => {
  it("accepts weights that sum to exactly 1", () => {
    expect(parsePrizeCriteria({ weights: { jury: "0.1", footprintReduction: "0.2", measuresDone: 0.7 } }).weights.measuresDone?.toString()).toBe("0.7");
    expect(safeParsePrizeCriteria({ weights: { jury: 0.1, footprintReduction: 0.2, measuresDone: 0.3, maturityGain: 0.2, collaborations: 0.2 } }).success).toBe(
      true,
    );
  });

  it.each([
    [{ weights: { jury: 0.5, measuresDone: 0.4 } }, "weights"],
    [{ weights: { jury: "0.5", measuresDone: "0.5000001" } }, "weights"],
    [{ weights: { jury: 1.5, measuresDone: -0.5 } }, "weights.jury"],
    [{ weights: { popularity: 1 } }, "weights"],
    [{ weights: {} }, "weights"],
    [{ weights: { jury: 1 }, eligibleKinds: [] }, "eligibleKinds"],
    [{}, "weights"],
  ])("rejects %j at %s", (input, path) => {
    const issues = issuesOf(() => parsePrizeCriteria(input));
    expect(issues.map((issue) => issue.path.join("."))).toContain(path);
  });
});
