import { parseEvent, type LifecycleEvent, type LifecycleEventInput } from "./events.schema.js";
import { ineligibility, refuse, requireActive, requireKickoff, requireKnown, requireNotBefore } from "./guards.js";
import type { IsoDate } from "./dates.js";
import type { LifecycleRule } from "./rules.js";
import { meetingWarnings } from "./warnings.js";
import {
  actionPlan,
  audit,
  communication,
  effort,
  finalMeasurement,
  measureStatus,
  resultsMeeting,
  vision,
  withParticipant,
  type EventOf,
} from "./participant-steps.js";
import { participantOf, participantsOf, type CohortState, type ParticipantState } from "./state.js";
import { cohortStateAt } from "./state.schema.js";

function without<T extends { type: string }>(event: T): Omit<T, "type"> {
  const { type: _type, ...rest } = event;
  return rest;
}

function counted(state: CohortState, companyCount: number): Pick<CohortState, "companyCount" | "belowMinimum"> {
  return { companyCount, belowMinimum: companyCount < state.cohort.settings.companies.min };
}

function create(event: EventOf<"cohort-created">): CohortState {
  return {
    cohort: event.cohort,
    createdOn: event.date,
    participantIds: [],
    participants: {},
    companyCount: 0,
    belowMinimum: true,
    exchangeMeetings: [],
    collaborations: [],
    promotions: [],
    juryScores: [],
    prizes: [],
    networkActivities: [],
    warnings: [],
    eventCount: 0,
  };
}

function register(state: CohortState, event: EventOf<"participant-registered">): CohortState {
  const { participant } = event;
  requireNotBefore(event.date, state.createdOn, "date-before-creation", "the cohort was created");
  if (participantOf(state, participant.id) !== undefined) {
    refuse("participant-already-registered", `participant "${participant.id}" is already registered`, ["participant", "id"]);
  }
  if (state.kickoff !== undefined && !event.late) {
    refuse("registration-after-kickoff", "registration closed at the kick-off; set late: true to admit a late entry", ["late"]);
  }
  if (state.kickoff !== undefined) requireNotBefore(event.date, state.kickoff.date, "date-before-kickoff", "the kick-off (a late entry registers after it)");
  const isCompany = participant.kind === "company";
  const { max } = state.cohort.settings.companies;
  const full = isCompany && state.companyCount >= max;
  if (full && state.kickoff !== undefined) {
    refuse("too-many-companies", `the group already has ${state.companyCount} companies, the maximum is ${max}`, ["participant"]);
  }
  const record: ParticipantState = {
    participant,
    status: full ? "waiting" : state.kickoff === undefined ? "registered" : "active",
    registeredOn: event.date,
    lateEntry: state.kickoff !== undefined,
  };
  return {
    ...withParticipant(state, record),
    participantIds: [...state.participantIds, participant.id],
    ...counted(state, state.companyCount + (isCompany && !full ? 1 : 0)),
  };
}

function withdraw(state: CohortState, event: EventOf<"participant-withdrew">): CohortState {
  const participant = requireKnown(state, event.participantId, ["participantId"]);
  if (participant.status === "withdrawn") refuse("participant-already-withdrawn", `participant "${event.participantId}" already withdrew`, ["participantId"]);
  requireNotBefore(event.date, participant.registeredOn, "date-before-registration", "the registration");
  const left = withParticipant(state, { ...participant, status: "withdrawn", withdrawal: { date: event.date, reason: event.reason } });
  if (participant.participant.kind !== "company" || participant.status === "waiting") return left;
  // A place frees: before the kick-off the first company on the waiting list moves up.
  const next = state.kickoff === undefined ? participantsOf(state).find((candidate) => candidate.status === "waiting") : undefined;
  if (next === undefined) return { ...left, ...counted(state, state.companyCount - 1) };
  return withParticipant(left, { ...next, status: "registered", movedUpOn: event.date });
}

/** Every id names a participant registered on or before `date`. */
function requireAll(state: CohortState, ids: readonly string[], field: string, date: IsoDate): void {
  ids.forEach((id, index) => requireKnown(state, id, [field, index], date));
}

/** Refuses (`rule`) a cohort event dated before the latest of `dates` (the steps it needs). */
function requireAfterAll(date: IsoDate, dates: readonly IsoDate[], rule: LifecycleRule, what: string): void {
  const latest = dates.reduce<IsoDate | undefined>((max, item) => (max === undefined || item > max ? item : max), undefined);
  if (latest !== undefined) requireNotBefore(date, latest, rule, what);
}

function kickoff(state: CohortState, event: EventOf<"kickoff-held">): CohortState {
  if (state.kickoff !== undefined) refuse("kickoff-already-held", `the kick-off was held on ${state.kickoff.date}`);
  const { min } = state.cohort.settings.companies;
  if (state.companyCount < min) {
    refuse("kickoff-too-few-companies", `the kick-off needs at least ${min} companies, ${state.companyCount} registered`);
  }
  requireAll(state, event.attendance, "attendance", event.date);
  requireAll(state, event.signedAgreements, "signedAgreements", event.date);
  requireAfterAll(
    event.date,
    participantsOf(state).map((participant) => participant.registeredOn),
    "kickoff-dated-before-registration",
    "the last registration",
  );
  const participants: Record<string, ParticipantState> = { ...state.participants };
  for (const id of state.participantIds) {
    const participant = participants[id];
    if (participant?.status === "registered") participants[id] = { ...participant, status: "active" };
  }
  return { ...state, participants, kickoff: without(event), warnings: [...state.warnings, ...meetingWarnings(event.type, event.date)] };
}

function exchangeMeeting(state: CohortState, event: EventOf<"exchange-meeting-held">): CohortState {
  requireKickoff(state, event.date);
  if (state.symposium !== undefined) refuse("symposium-already-held", "exchange meetings are held before the symposium");
  requireAll(state, event.attendance, "attendance", event.date);
  return { ...state, exchangeMeetings: [...state.exchangeMeetings, without(event)], warnings: [...state.warnings, ...meetingWarnings(event.type, event.date)] };
}

function collaboration(state: CohortState, event: EventOf<"collaboration-recorded">): CohortState {
  requireKickoff(state, event.date);
  event.participantIds.forEach((id, index) => requireActive(state, id, ["participantIds", index], event.date));
  return { ...state, collaborations: [...state.collaborations, without(event)] };
}

function promotion(state: CohortState, event: EventOf<"promotion-published">): CohortState {
  if (event.level === "participants") requireKickoff(state, event.date);
  requireNotBefore(event.date, state.createdOn, "date-before-creation", "the cohort was created");
  requireAll(state, event.participantIds, "participantIds", event.date);
  return { ...state, promotions: [...state.promotions, without(event)] };
}

function juryScores(state: CohortState, event: EventOf<"jury-scores-recorded">): CohortState {
  requireKickoff(state, event.date);
  requireActive(state, event.participantId, ["participantId"], event.date);
  if (state.prizes.length > 0) refuse("prize-already-awarded", "jury scores come before the prize is awarded");
  if (state.juryScores.some((score) => score.jurorId === event.jurorId && score.participantId === event.participantId)) {
    refuse("jury-scores-already-recorded", `juror "${event.jurorId}" already scored "${event.participantId}"`, ["jurorId"]);
  }
  return { ...state, juryScores: [...state.juryScores, without(event)] };
}

function symposium(state: CohortState, event: EventOf<"symposium-held">): CohortState {
  requireKickoff(state, event.date);
  if (state.symposium !== undefined) refuse("symposium-already-held", `the symposium was held on ${state.symposium.date}`);
  requireAll(state, event.excused, "excused", event.date);
  (event.pitches ?? []).forEach((id, index) => requireActive(state, id, ["pitches", index], event.date));
  const excused = new Set(event.excused);
  const missing = state.participantIds.filter((id) => {
    const participant = participantOf(state, id);
    return participant?.status === "active" && participant.actionPlan === undefined && !excused.has(id);
  });
  if (missing.length > 0) {
    refuse("symposium-missing-action-plans", `every active participant needs an action plan or an excuse; missing: ${missing.join(", ")}`, ["excused"]);
  }
  const needed = state.cohort.settings.minExchangeMeetings;
  if (state.exchangeMeetings.length < needed) {
    refuse("symposium-too-few-exchange-meetings", `the symposium needs ${needed} exchange meetings first, ${state.exchangeMeetings.length} were held`);
  }
  requireAfterAll(
    event.date,
    state.exchangeMeetings.map((meeting) => meeting.date),
    "symposium-dated-before-exchange-meeting",
    "the last exchange meeting",
  );
  const plans = participantsOf(state).flatMap((participant) =>
    participant.status === "active" && participant.actionPlan !== undefined ? [participant.actionPlan.adoptedOn] : [],
  );
  requireAfterAll(event.date, plans, "symposium-dated-before-action-plan", "the last action plan");
  return { ...state, symposium: without(event), warnings: [...state.warnings, ...meetingWarnings(event.type, event.date)] };
}

function prize(state: CohortState, event: EventOf<"prize-awarded">): CohortState {
  if (state.symposium === undefined) refuse("prize-before-symposium", "prizes are awarded at or after the symposium");
  requireNotBefore(event.date, state.symposium.date, "date-before-symposium", "the symposium");
  const participant = requireKnown(state, event.participantId, ["participantId"]);
  const reason = ineligibility(participant, state.cohort.settings.prizeEligibleKinds);
  if (reason !== undefined) refuse("prize-not-eligible", `participant "${event.participantId}" may not win the prize: ${reason}`, ["participantId"]);
  if (state.prizes.some((awarded) => awarded.place === event.place)) refuse("prize-place-taken", `place ${event.place} was already awarded`, ["place"]);
  if (state.prizes.some((awarded) => awarded.participantId === event.participantId)) {
    refuse("prize-already-awarded", `participant "${event.participantId}" already won a prize`, ["participantId"]);
  }
  return { ...state, prizes: [...state.prizes, without(event)] };
}

/** Whether a participant has what the cohort's completion rule asks. */
function meetsCompletion(participant: ParticipantState, requires: readonly ("vision" | "action-plan")[]): boolean {
  return requires.every((requirement) => (requirement === "vision" ? participant.vision !== undefined : participant.actionPlan !== undefined));
}

function close(state: CohortState, event: EventOf<"cohort-closed">): CohortState {
  if (state.symposium === undefined) refuse("close-before-symposium", "the cohort closes after the symposium");
  requireNotBefore(event.date, state.symposium.date, "date-before-symposium", "the symposium");
  const excused = new Set(event.excused);
  (event.excused ?? []).forEach((id, index) => requireActive(state, id, ["excused", index], event.date));
  const participants: Record<string, ParticipantState> = { ...state.participants };
  for (const id of state.participantIds) {
    const participant = participants[id];
    if (participant?.status !== "active") continue;
    if (meetsCompletion(participant, state.cohort.settings.completionRequires)) {
      participants[id] = { ...participant, status: "completed", completedOn: event.date };
    } else if (excused.has(id)) {
      participants[id] = { ...participant, status: "completed", completedOn: event.date, completedByExcuse: true };
    }
  }
  return { ...state, participants, closedOn: event.date };
}

function networkActivity(state: CohortState, event: EventOf<"network-activity-held">): CohortState {
  if (state.closedOn === undefined) refuse("network-before-close", "network activities start after the cohort closed");
  requireNotBefore(event.date, state.closedOn, "date-before-close", "the closing");
  requireAll(state, event.attendance, "attendance", event.date);
  return { ...state, networkActivities: [...state.networkActivities, without(event)] };
}

function transition(state: CohortState, event: LifecycleEvent): CohortState {
  if (event.type === "network-activity-held") return networkActivity(state, event);
  if (state.closedOn !== undefined) refuse("cohort-closed", `the cohort closed on ${state.closedOn}; only network activities follow`, ["type"]);
  switch (event.type) {
    case "cohort-created":
      return refuse("cohort-already-created", "the cohort exists; a log has one cohort-created event, the first", ["type"]);
    case "participant-registered":
      return register(state, event);
    case "participant-withdrew":
      return withdraw(state, event);
    case "kickoff-held":
      return kickoff(state, event);
    case "audit-completed":
      return audit(state, event);
    case "results-meeting-held":
      return resultsMeeting(state, event);
    case "vision-adopted":
      return vision(state, event);
    case "action-plan-adopted":
      return actionPlan(state, event);
    case "measure-status-changed":
      return measureStatus(state, event);
    case "exchange-meeting-held":
      return exchangeMeeting(state, event);
    case "collaboration-recorded":
      return collaboration(state, event);
    case "promotion-published":
      return promotion(state, event);
    case "communication-submitted":
      return communication(state, event);
    case "jury-scores-recorded":
      return juryScores(state, event);
    case "final-measurement-recorded":
      return finalMeasurement(state, event);
    case "symposium-held":
      return symposium(state, event);
    case "prize-awarded":
      return prize(state, event);
    case "effort-recorded":
      return effort(state, event);
    case "cohort-closed":
      return close(state, event);
  }
}

/**
 * Applies one event to a cohort: validates it (as {@link parseEvent} does) and returns the new
 * state, or refuses it. The given state is never changed, also not when the event is refused.
 * Each event costs time in proportion to the cohort's size at most, never to the log's length.
 *
 * Start with `undefined` and a `cohort-created` event. The rules, by the `code` of the refusal's
 * issue (every code is in {@link LIFECYCLE_RULES}): `cohort-not-created`, `cohort-already-created`, `cohort-closed` (after closing only network
 * activities), `participant-already-registered`, `registration-after-kickoff` (unless `late: true`),
 * `too-many-companies`, `unknown-participant`, `participant-not-active`,
 * `participant-already-withdrawn`, `kickoff-already-held`, `kickoff-too-few-companies`,
 * `kickoff-not-held`, `unknown-adviser`, `audit-already-completed`, `results-meeting-before-audit`,
 * `results-meeting-already-held`, `vision-before-results-meeting`, `vision-already-adopted`,
 * `action-plan-before-results-meeting`, `action-plan-already-adopted`, `unknown-recommendation`,
 * `measure-before-action-plan`, `unknown-measure`, `measure-status-final`,
 * `measure-status-unchanged`, `measure-verified-before-done`, `symposium-already-held`,
 * `communication-already-submitted`, `jury-scores-already-recorded`, `prize-already-awarded`,
 * `final-measurement-before-audit`, `symposium-missing-action-plans`,
 * `symposium-too-few-exchange-meetings`, `prize-before-symposium`, `prize-not-eligible`,
 * `prize-place-taken`, `close-before-symposium`, `network-before-close`, and the date rules (a
 * step dated before a step it depends on): `date-before-creation` (a registration),
 * `date-before-registration` (an event naming a participant, dated before it registered),
 * `date-before-kickoff`, `date-before-audit`, `date-before-results-meeting`,
 * `date-before-action-plan`, `date-before-symposium`, `date-before-close`,
 * `kickoff-dated-before-registration` (a kick-off before the last registration),
 * `symposium-dated-before-exchange-meeting` and `symposium-dated-before-action-plan` (a symposium
 * before the last exchange meeting or an active participant's action plan).
 *
 * A kick-off, exchange meeting or symposium on a weekend or a Dutch public holiday is accepted
 * with a warning in the state's `warnings`.
 *
 * A company that registers before the kick-off when the group is full is not refused: it waits
 * (status `waiting`, not counted) and moves up, in registration order, when a counted company
 * withdraws before the kick-off (`movedUpOn`); after the kick-off a full group refuses a late entry
 * (`too-many-companies`). A withdrawal is allowed at any time before closing; when it leaves fewer
 * companies than the minimum, `belowMinimum` is `true`. When the cohort closes, every active participant that meets
 * the cohort's `completionRequires` (by default an adopted MVO vision and an action plan) or is
 * listed in the closing's `excused` becomes `completed`; an excused participant must be active.
 * `effort-recorded` adds hours to a registered participant (also a withdrawn one).
 *
 * @param state - the current state, or `undefined` before the `cohort-created` event
 * @param event - the event, validated here
 * @returns the new state
 * @throws {@link KoploperError} `INVALID_INPUT` for a malformed event, `INVALID_TRANSITION` (the
 *   rule in `issues[0].code`) for an event the state does not allow
 * @example
 * ```ts
 * import { applyEvent } from "koploper/lifecycle";
 *
 * const state = applyEvent(undefined, {
 *   type: "cohort-created", date: "2026-10-01",
 *   cohort: { id: "c1", name: "Koplopers Leek", municipalities: ["Leek"], coordinator: "DZyzzion",
 *     advisers: [{ id: "a1", name: "Adviseur" }], plannedKickoff: "2027-01-19" },
 * });
 * applyEvent(state, { type: "participant-registered", date: "2026-11-02",
 *   participant: { id: "p1", name: "Bakkerij Smit", kind: "company" } }).companyCount; //=> 1
 * ```
 */
export function applyEvent(state: CohortState | undefined, event: LifecycleEventInput): CohortState {
  return applyToState(state === undefined ? undefined : cohortStateAt(state, ["state"]), event);
}

/** {@link applyEvent} on a state this library just built, as `replay` folds its log; internal. */
export function applyToState(state: CohortState | undefined, event: LifecycleEventInput): CohortState {
  const parsed = parseEvent(event);
  if (state === undefined) {
    if (parsed.type !== "cohort-created") refuse("cohort-not-created", "a log starts with a cohort-created event", ["type"]);
    return { ...create(parsed), eventCount: 1 };
  }
  return { ...transition(state, parsed), eventCount: state.eventCount + 1 };
}
