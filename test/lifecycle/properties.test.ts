import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { LIFECYCLE_RULES, applyEvent, isKoploperError, parseEvent, replay, type CohortState, type LifecycleEventInput } from "../../src/lifecycle/index.js";
import { audit, cohortCreated, footprint, fullYear, iso, plan } from "./fixtures.js";
import { deepFreeze } from "../helpers.js";

const ids = ["p1", "p2", "p3", "p4", "gem"] as const;
const id = fc.constantFrom(...ids);
const date = fc.constantFrom("2026-09-01", "2026-11-01", "2027-01-19", "2027-03-01", "2027-06-01", "2027-11-25", "2027-12-15", "2028-03-01");
const kind = (participant: string) => (participant === "gem" ? "municipality" : "company");

const eventArbitrary: fc.Arbitrary<LifecycleEventInput> = fc.oneof(
  fc.record({ participant: id, date, late: fc.boolean() }).map(
    ({ participant, date, late }) =>
      ({
        type: "participant-registered",
        date,
        late,
        participant: { id: participant, name: participant, kind: kind(participant), fte: 10 },
      }) as LifecycleEventInput,
  ),
  fc
    .record({ participant: id, date })
    .map(({ participant, date }) => ({ type: "participant-withdrew", date, participantId: participant, reason: "stopt" }) as LifecycleEventInput),
  date.map((date) => ({ type: "kickoff-held", date, attendance: [], signedAgreements: [] }) as LifecycleEventInput),
  fc.record({ participant: id, date }).map(({ participant, date }) => ({ ...audit(participant), date }) as LifecycleEventInput),
  fc
    .record({ participant: id, date })
    .map(({ participant, date }) => ({ type: "results-meeting-held", date, participantId: participant }) as LifecycleEventInput),
  fc
    .record({ participant: id, date })
    .map(({ participant, date }) => ({ type: "vision-adopted", date, participantId: participant, text: "Visie" }) as LifecycleEventInput),
  fc.record({ participant: id, date }).map(({ participant, date }) => ({ ...plan(participant), date }) as LifecycleEventInput),
  fc
    .record({
      participant: id,
      date,
      measure: fc.constantFrom("m1", "m2", "m3"),
      status: fc.constantFrom("planned", "in-progress", "done", "verified", "dropped"),
    })
    .map(
      ({ participant, date, measure, status }) =>
        ({
          type: "measure-status-changed",
          date,
          participantId: participant,
          measureId: measure,
          status,
          ...(status === "dropped" ? { reason: "te duur" } : {}),
        }) as LifecycleEventInput,
    ),
  date.map((date) => ({ type: "exchange-meeting-held", date, attendance: ["p1"], topics: [] }) as LifecycleEventInput),
  fc
    .record({ a: id, b: id, date })
    .filter(({ a, b }) => a !== b)
    .map(
      ({ a, b, date }) =>
        ({ type: "collaboration-recorded", date, participantIds: [a, b], kind: "joint-project", description: "Samen" }) as LifecycleEventInput,
    ),
  fc
    .record({ participant: id, date, level: fc.constantFrom("project", "participants") })
    .map(
      ({ participant, date, level }) => ({ type: "promotion-published", date, medium: "Krant", level, participantIds: [participant] }) as LifecycleEventInput,
    ),
  fc
    .record({ participant: id, date })
    .map(({ participant, date }) => ({ type: "communication-submitted", date, participantId: participant }) as LifecycleEventInput),
  fc
    .record({ participant: id, date, juror: fc.constantFrom("j1", "j2"), score: fc.integer({ min: 0, max: 10 }) })
    .map(
      ({ participant, date, juror, score }) =>
        ({ type: "jury-scores-recorded", date, jurorId: juror, participantId: participant, scores: { pitch: score } }) as LifecycleEventInput,
    ),
  fc
    .record({ participant: id, date })
    .map(
      ({ participant, date }) =>
        ({ type: "final-measurement-recorded", date, participantId: participant, footprint: footprint(9000, 4000), iso26000: iso(2) }) as LifecycleEventInput,
    ),
  fc.record({ date, excused: fc.subarray([...ids]) }).map(({ date, excused }) => ({ type: "symposium-held", date, excused }) as LifecycleEventInput),
  fc
    .record({ participant: id, date, place: fc.integer({ min: 1, max: 3 }) })
    .map(({ participant, date, place }) => ({ type: "prize-awarded", date, participantId: participant, place }) as LifecycleEventInput),
  fc
    .record({ date, excused: fc.option(fc.subarray([...ids]), { nil: undefined }) })
    .map(({ date, excused }) => ({ type: "cohort-closed", date, ...(excused === undefined ? {} : { excused }) }) as LifecycleEventInput),
  fc
    .record({ participant: id, date, hours: fc.integer({ min: 0, max: 60 }) })
    .map(({ participant, date, hours }) => ({ type: "effort-recorded", date, participantId: participant, hours }) as LifecycleEventInput),
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
// A valid year with some events moved to another date: out of order now and then.
const redatedYears = fc.array(fc.option(date, { freq: 4 }), { minLength: validYear.length, maxLength: validYear.length }).map((dates) =>
  validYear.map((event, index) => {
    const moved = dates[index];
    return moved === null || moved === undefined ? event : ({ ...event, date: moved } as LifecycleEventInput);
  }),
);
const logs = fc.oneof(randomLogs, perturbedYears, redatedYears);

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
      expect(LIFECYCLE_RULES).toContain(isKoploperError(error) ? error.issues[0]?.code : undefined);
      expect(JSON.stringify(state)).toBe(before);
    }
  }
  return { states, applied };
}

function checkInvariants(state: CohortState): void {
  const { min, max } = state.cohort.settings.companies;
  const all = state.participantIds.map((participantId) => state.participants[participantId]);
  const companies = all.filter(
    (participant) => participant?.participant.kind === "company" && participant.status !== "withdrawn" && participant.status !== "waiting",
  );
  // Nobody waits while a place is free before the kick-off.
  if (state.kickoff === undefined && state.companyCount < max) expect(all.some((participant) => participant?.status === "waiting")).toBe(false);
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
    if (participant?.status === "completed") {
      expect(state.closedOn).toBeDefined();
      expect(participant.completedByExcuse === true || (participant.actionPlan !== undefined && participant.vision !== undefined)).toBe(true);
    }
    if (participant?.status === "registered") expect(state.kickoff).toBeUndefined();
  }
}

type Dated = { readonly date: string };
const dateOf = (event: LifecycleEventInput): string => (event as unknown as Dated).date;

/**
 * The dates each accepted event depends on, computed from the applied events alone (not from the
 * state): the table of docs/lifecycle.md, "Dates that hold".
 */
function dependencyDates(applied: readonly LifecycleEventInput[]): { event: LifecycleEventInput; after: string[] }[] {
  let created = "";
  let kickoff: string | undefined;
  let symposium: string | undefined;
  let closed: string | undefined;
  const registered = new Map<string, string>();
  const audited = new Map<string, string>();
  const met = new Map<string, string>();
  const planned = new Map<string, string>();
  const withdrawn = new Set<string>();
  const exchanges: string[] = [];
  const reg = (ids: readonly string[]): string[] => ids.map((participant) => registered.get(participant) ?? "9999-12-31");
  const at = (map: ReadonlyMap<string, string>, participant: string): string[] => [map.get(participant) ?? "9999-12-31"];
  return applied.map((input) => {
    const event = parseEvent(input);
    const k = kickoff === undefined ? [] : [kickoff];
    let after: string[] = [];
    switch (event.type) {
      case "cohort-created":
        created = event.date;
        break;
      case "participant-registered":
        after = [created, ...k];
        registered.set(event.participant.id, event.date);
        break;
      case "participant-withdrew":
        after = reg([event.participantId]);
        withdrawn.add(event.participantId);
        break;
      case "kickoff-held":
        after = [...registered.values(), ...reg(event.attendance), ...reg(event.signedAgreements)];
        kickoff = event.date;
        break;
      case "audit-completed":
        after = [...k, ...reg([event.participantId])];
        audited.set(event.participantId, event.date);
        break;
      case "results-meeting-held":
        after = at(audited, event.participantId);
        met.set(event.participantId, event.date);
        break;
      case "vision-adopted":
        after = at(met, event.participantId);
        break;
      case "action-plan-adopted":
        after = at(met, event.participantId);
        planned.set(event.participantId, event.date);
        break;
      case "measure-status-changed":
        after = at(planned, event.participantId);
        break;
      case "final-measurement-recorded":
        after = at(audited, event.participantId);
        break;
      case "exchange-meeting-held":
        after = [...k, ...reg(event.attendance)];
        exchanges.push(event.date);
        break;
      case "collaboration-recorded":
        after = [...k, ...reg(event.participantIds)];
        break;
      case "promotion-published":
        after = [...(event.level === "project" ? [created] : k), ...reg(event.participantIds)];
        break;
      case "communication-submitted":
      case "jury-scores-recorded":
        after = [...k, ...reg([event.participantId])];
        break;
      case "symposium-held":
        after = [...k, ...exchanges, ...[...planned].filter(([participant]) => !withdrawn.has(participant)).map(([, date]) => date), ...reg(event.excused)];
        symposium = event.date;
        break;
      case "prize-awarded":
        after = [symposium ?? "9999-12-31"];
        break;
      case "effort-recorded":
        after = reg([event.participantId]);
        break;
      case "cohort-closed":
        after = [symposium ?? "9999-12-31", ...reg(event.excused ?? [])];
        closed = event.date;
        break;
      case "network-activity-held":
        after = [closed ?? "9999-12-31", ...reg(event.attendance)];
        break;
    }
    return { event: input, after };
  });
}

describe("lifecycle laws", () => {
  // Many runs, so that a moved exchange meeting or action plan meets a symposium now and then; no time limit.
  test.prop([logs], { numRuns: 300 })(
    "dates every accepted event on or after each event it depends on",
    (events) => {
      for (const { event, after } of dependencyDates(run(events).applied)) {
        for (const earlier of after) expect(dateOf(event) >= earlier, `${event.type} on ${dateOf(event)} depends on a step of ${earlier}`).toBe(true);
      }
    },
    0,
  );

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
