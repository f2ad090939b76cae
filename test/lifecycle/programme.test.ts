import { describe, expect, it } from "vitest";
import { applyEvent, cohortReport, parseEvent, replay, safeParseEvent, type LifecycleEventInput } from "../../src/lifecycle/index.js";
import { cohortCreated, company, fullYear, kickoff, municipality } from "./fixtures.js";
import { expectRefused, upTo } from "./helpers.js";

const registered = [cohortCreated, company(1), company(2), company(3), municipality];
const year = fullYear(3);

describe("promotion at project level", () => {
  const recruitment = {
    type: "promotion-published",
    date: "2026-10-15",
    medium: "Dagblad van het Noorden",
    level: "project",
    title: "Ondernemers gezocht voor het Koploperproject",
  } as const satisfies LifecycleEventInput;

  it("accepts recruitment articles and cohort press before the kick-off, naming no participant", () => {
    const state = applyEvent(replay([cohortCreated]), recruitment);
    expect(state.promotions).toEqual([
      { date: "2026-10-15", medium: "Dagblad van het Noorden", level: "project", participantIds: [], title: "Ondernemers gezocht voor het Koploperproject" },
    ]);
    const press = applyEvent(replay(registered), { ...recruitment, date: "2026-12-01", participantIds: ["p1"] });
    expect(cohortReport(press).promotionsByLevel).toEqual({ project: 1, participants: 0 });
  });

  it("keeps articles about participants after the kick-off, and dates that hold", () => {
    expectRefused(replay(registered), { type: "promotion-published", date: "2026-12-01", medium: "Krant", participantIds: ["p1"] }, "kickoff-not-held");
    expectRefused(replay([cohortCreated]), { ...recruitment, date: "2026-09-01" }, "date-before-creation");
    expectRefused(replay(registered), { ...recruitment, date: "2026-10-20", participantIds: ["p1"] }, "date-before-registration");
    expect(cohortReport(replay(year)).promotionsByLevel).toEqual({ project: 0, participants: 1 });
  });

  it("refuses an article about participants that names none, and an unknown level, with their paths", () => {
    const none = safeParseEvent({ type: "promotion-published", date: "2027-08-01", medium: "Krant" });
    expect(none.success || none.error.issues.map((issue) => issue.path)).toEqual([["participantIds"]]);
    const level = safeParseEvent({ ...recruitment, level: "cohort" });
    expect(level.success || level.error.issues.map((issue) => issue.path)).toEqual([["level"]]);
  });
});

describe("the symposium's parts", () => {
  const symposium = {
    type: "symposium-held",
    date: "2027-11-25",
    guests: 150,
    pitches: ["p1", "p2", "p3"],
    prizeCeremony: { jury: ["Heleentje Swart", "Kor Datema", "Jaap de Vries"], presentedBy: "wethouder" },
  } as const satisfies LifecycleEventInput;

  it("records pitches per participant, the guests and the prize ceremony", () => {
    const state = applyEvent(replay(upTo(year, "symposium-held")), symposium);
    expect(state.symposium?.pitches).toEqual(["p1", "p2", "p3"]);
    expect(state.symposium?.prizeCeremony).toEqual({ jury: ["Heleentje Swart", "Kor Datema", "Jaap de Vries"], presentedBy: "wethouder" });
    expect(cohortReport(state).phases).toMatchObject({ pitches: 3, guests: 150 });
    expect(parseEvent({ ...symposium, prizeCeremony: {} })).toMatchObject({ prizeCeremony: { jury: [] } });
  });

  it("refuses a pitch by someone unknown or not active, and bad parts, with their paths", () => {
    const before = replay(upTo(year, "symposium-held"));
    expect(expectRefused(before, { ...symposium, pitches: ["p1", "nobody"] }, "unknown-participant").issues[0]?.path).toEqual(["pitches", 1]);
    const withdrawn = applyEvent(before, { type: "participant-withdrew", date: "2027-11-20", participantId: "p3", reason: "gestopt" });
    expect(expectRefused(withdrawn, symposium, "participant-not-active").issues[0]?.path).toEqual(["pitches", 2]);
    const bad = safeParseEvent({ ...symposium, pitches: ["p1", "p1"], guests: -1, prizeCeremony: { jury: [""], extra: 1 } });
    expect(bad.success || bad.error.issues.map((issue) => issue.path)).toEqual([["guests"], ["pitches"], ["prizeCeremony", "jury", 0], ["prizeCeremony"]]);
  });
});

describe("the waiting list", () => {
  const small = [
    { ...cohortCreated, cohort: { ...cohortCreated.cohort, settings: { companies: { min: 1, max: 2 } } } },
    company(1),
    company(2),
  ] as LifecycleEventInput[];
  const withdraw = (participantId: string, date = "2026-12-01"): LifecycleEventInput => ({
    type: "participant-withdrew",
    date,
    participantId,
    reason: "te druk",
  });

  it("lets a company wait when the group is full, and moves the first one up when a place frees before the kick-off", () => {
    const full = replay([...small, company(3), company(4)]);
    expect([full.participants["p3"]?.status, full.participants["p4"]?.status, full.companyCount]).toEqual(["waiting", "waiting", 2]);
    const freed = applyEvent(full, withdraw("p1"));
    expect(freed.participants["p3"]).toMatchObject({ status: "registered", movedUpOn: "2026-12-01" });
    expect(freed.participants["p4"]?.status).toBe("waiting");
    expect(freed.companyCount).toBe(2);
    const started = applyEvent(freed, { ...kickoff, attendance: ["p2", "p3"], signedAgreements: [] });
    expect([started.participants["p3"]?.status, started.participants["p4"]?.status]).toEqual(["active", "waiting"]);
    expect(cohortReport(started).participants.byStatus).toMatchObject({ waiting: 1, active: 2, withdrawn: 1 });
  });

  it("moves nobody up when a waiting company leaves, or after the kick-off", () => {
    const full = replay([...small, company(3), company(4)]);
    const left = applyEvent(full, withdraw("p3"));
    expect([left.participants["p4"]?.status, left.companyCount]).toEqual(["waiting", 2]);
    const started = applyEvent(full, { ...kickoff, attendance: [], signedAgreements: [] });
    const after = applyEvent(started, withdraw("p1", "2027-02-01"));
    expect([after.participants["p3"]?.status, after.companyCount, after.belowMinimum]).toEqual(["waiting", 1, false]);
  });

  it("keeps waiting companies out of the steps of the year", () => {
    const started = replay([...small, company(3), { ...kickoff, attendance: [], signedAgreements: [] }]);
    expectRefused(started, { type: "results-meeting-held", date: "2027-03-01", participantId: "p3" }, "participant-not-active");
  });
});
