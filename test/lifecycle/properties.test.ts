import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { applyEvent, isKoploperError, replay, type CohortState, type LifecycleEventInput } from "../../src/lifecycle/index.js";
import { audit, cohortCreated, footprint, fullYear, iso, plan } from "./fixtures.js";
import { deepFreeze } from "./helpers.js";

const ids = ["p1", "p2", "p3", "p4", "gem"] as const;
const id = fc.constantFrom(...ids);
const date = fc.constantFrom("2026-11-01", "2027-01-19", "2027-03-01", "2027-06-01", "2027-11-25", "2027-12-15", "2028-03-01");
const kind = (participant: string) => (participant === "gem" ? "municipality" : "company");

const eventArbitrary: fc.Arbitrary<LifecycleEventInput> = fc.oneof(
  fc.record({ participant: id, date, late: fc.boolean() }).map(({ participant, date, late }) => ({
    type: "participant-registered", date, late, participant: { id: participant, name: participant, kind: kind(participant), fte: 10 },
  }) as LifecycleEventInput),
  fc.record({ participant: id, date }).map(({ participant, date }) => ({ type: "participant-withdrew", date, participantId: participant, reason: "stopt" }) as LifecycleEventInput),
  date.map((date) => ({ type: "kickoff-held", date, attendance: [], signedAgreements: [] }) as LifecycleEventInput),
  fc.record({ participant: id, date }).map(({ participant, date }) => ({ ...audit(participant), date }) as LifecycleEventInput),
  fc.record({ participant: id, date }).map(({ participant, date }) => ({ type: "results-meeting-held", date, participantId: participant }) as LifecycleEventInput),
  fc.record({ participant: id, date }).map(({ participant, date }) => ({ type: "vision-adopted", date, participantId: participant, text: "Visie" }) as LifecycleEventInput),
  fc.record({ participant: id, date }).map(({ participant, date }) => ({ ...plan(participant), date }) as LifecycleEventInput),
  fc.record({ participant: id, date, measure: fc.constantFrom("m1", "m2", "m3"), status: fc.constantFrom("planned", "in-progress", "done", "verified", "dropped") }).map(
    ({ participant, date, measure, status }) =>
      ({ type: "measure-status-changed", date, participantId: participant, measureId: measure, status, ...(status === "dropped" ? { reason: "te duur" } : {}) }) as LifecycleEventInput,
  ),
  date.map((date) => ({ type: "exchange-meeting-held", date, attendance: ["p1"], topics: [] }) as LifecycleEventInput),
  fc.record({ a: id, b: id, date }).filter(({ a, b }) => a !== b).map(({ a, b, date }) => ({ type: "collaboration-recorded", date, participantIds: [a, b], kind: "joint-project", description: "Samen" }) as LifecycleEventInput),
  fc.record({ participant: id, date }).map(({ participant, date }) => ({ type: "promotion-published", date, medium: "Krant", participantIds: [participant] }) as LifecycleEventInput),
  fc.record({ participant: id, date }).map(({ participant, date }) => ({ type: "communication-submitted", date, participantId: participant }) as LifecycleEventInput),
  fc.record({ participant: id, date, juror: fc.constantFrom("j1", "j2"), score: fc.integer({ min: 0, max: 10 }) }).map(
    ({ participant, date, juror, score }) => ({ type: "jury-scores-recorded", date, jurorId: juror, participantId: participant, scores: { pitch: score } }) as LifecycleEventInput,
  ),
  fc.record({ participant: id, date }).map(({ participant, date }) => ({ type: "final-measurement-recorded", date, participantId: participant, footprint: footprint(9000, 4000), iso26000: iso(2) }) as LifecycleEventInput),
  fc.record({ date, excused: fc.subarray([...ids]) }).map(({ date, excused }) => ({ type: "symposium-held", date, excused }) as LifecycleEventInput),
  fc.record({ participant: id, date, place: fc.integer({ min: 1, max: 3 }) }).map(({ participant, date, place }) => ({ type: "prize-awarded", date, participantId: participant, place }) as LifecycleEventInput),
  date.map((date) => ({ type: "cohort-closed", date }) as LifecycleEventInput),
  date.map((date) => ({ type: "network-activity-held", date, title: "Netwerk", attendance: [] }) as LifecycleEventInput),
);

const smallCohort = { ...cohortCreated, cohort: { ...cohortCreated.cohort, settings: { companies: { min: 2, max: 3 }, minExchangeMeetings: 1 } } };
const randomLogs = fc.array(eventArbitrary, { minLength: 1, maxLength: 120, size: "max" });
// A valid year with events dropped and random events slipped in: reaches the symposium, the prize and the closing.
const validYear = fullYear(3).slice(1);
const perturbedYears = fc
  .array(fc.record({ drop: fc.integer({ min: 0, max: 14 }).map((n) => n === 0), extra: fc.option(eventArbitrary, { freq: 3 }) }), {
    minLength: validYear.length,
    maxLength: validYear.length,
  })
  .map((steps) => steps.flatMap((step, index) => [...(step.extra === null ? [] : [step.extra]), ...(step.drop ? [] : validYear.slice(index, index + 1))]));
const logs = fc.oneof(randomLogs, perturbedYears);

interface Run {
  readonly states: CohortState[];
  readonly applied: LifecycleEventInput[];
}

function run(events: readonly LifecycleEventInput[]): Run {
  let state = applyEvent(undefined, smallCohort);
  const states = [state];
  const applied: LifecycleEventInput[] = [smallCohort];
  for (const event of events) {
    const before = JSON.stringify(deepFreeze(state));
    try {
      state = applyEvent(state, event);
      applied.push(event);
      states.push(state);
    } catch (error) {
      expect(isKoploperError(error) && error.code).toBe("INVALID_TRANSITION");
      expect(JSON.stringify(state)).toBe(before);
    }
  }
  return { states, applied };
}

function checkInvariants(state: CohortState): void {
  const { min, max } = state.cohort.settings.companies;
  const all = state.participantIds.map((participantId) => state.participants[participantId]);
  const companies = all.filter((participant) => participant?.participant.kind === "company" && participant.status !== "withdrawn");
  expect(state.companyCount).toBe(companies.length);
  expect(state.companyCount).toBeLessThanOrEqual(max);
  expect(state.belowMinimum).toBe(state.companyCount < min);
  if (state.prizes.length > 0) expect(state.symposium).toBeDefined();
  for (const prize of state.prizes) expect(prize.date >= (state.symposium?.date ?? "9999")).toBe(true);
  if (state.networkActivities.length > 0) expect(state.closedOn).toBeDefined();
  if (state.symposium !== undefined) expect(state.kickoff).toBeDefined();
  for (const participant of all) {
    if (participant?.actionPlan !== undefined) expect(participant.resultsMeetingOn).toBeDefined();
    if (participant?.vision !== undefined) expect(participant.resultsMeetingOn).toBeDefined();
    if (participant?.resultsMeetingOn !== undefined) expect(participant.audit).toBeDefined();
    if (participant?.audit !== undefined) expect(participant.audit.date >= (state.kickoff?.date ?? "9999")).toBe(true);
    if (participant?.status === "completed") expect(state.closedOn !== undefined && participant.actionPlan !== undefined).toBe(true);
    if (participant?.status === "registered") expect(state.kickoff).toBeUndefined();
  }
}

describe("lifecycle laws", () => {
  test.prop([logs], { numRuns: 100 })("applies or refuses every event, and a refused event leaves the state unchanged", (events) => {
    const { states } = run(events);
    expect(states.at(-1)?.eventCount).toBe(states.length);
  });

  test.prop([logs], { numRuns: 100 })("keeps the invariants in every reachable state", (events) => {
    for (const state of run(events).states) checkInvariants(state);
  });

  test.prop([logs], { numRuns: 60 })("replays the applied events to the same state, every time", (events) => {
    const { states, applied } = run(events);
    const once = JSON.stringify(replay(applied));
    expect(once).toBe(JSON.stringify(states.at(-1)));
    expect(JSON.stringify(replay(applied))).toBe(once);
  });
});
