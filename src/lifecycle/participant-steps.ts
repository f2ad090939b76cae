// The steps of one participant, from the audit to the final measurement: each checks the event
// against the state (refusing it by a rule) and returns the new state. Used by applyEvent.
import { D } from "../core/decimal.js";
import type { LifecycleEvent } from "./events.schema.js";
import { refuse, requireActive, requireKickoff, requireKnown, requireNotBefore } from "./guards.js";
import type { Measure } from "./measure.schema.js";
import type { CohortState, ParticipantState } from "./state.js";

const ZERO = /* @__PURE__ */ new D(0);

/** The event of one type. */
export type EventOf<T extends LifecycleEvent["type"]> = Extract<LifecycleEvent, { type: T }>;

/** The state with one participant's record replaced. */
export function withParticipant(state: CohortState, participant: ParticipantState): CohortState {
  return { ...state, participants: { ...state.participants, [participant.participant.id]: participant } };
}

export function audit(state: CohortState, event: EventOf<"audit-completed">): CohortState {
  requireKickoff(state, event.date);
  const participant = requireActive(state, event.participantId, ["participantId"], event.date);
  if (participant.audit !== undefined)
    refuse("audit-already-completed", `participant "${event.participantId}" was audited on ${participant.audit.date}`, ["participantId"]);
  if (!state.cohort.advisers.some((adviser) => adviser.id === event.adviserId)) {
    refuse("unknown-adviser", `"${event.adviserId}" is not an adviser of this cohort`, ["adviserId"]);
  }
  const { type: _type, participantId: _id, ...record } = event;
  return withParticipant(state, { ...participant, audit: record });
}

export function resultsMeeting(state: CohortState, event: EventOf<"results-meeting-held">): CohortState {
  const participant = requireActive(state, event.participantId);
  if (participant.audit === undefined) refuse("results-meeting-before-audit", `participant "${event.participantId}" has not been audited`, ["participantId"]);
  if (participant.resultsMeetingOn !== undefined)
    refuse("results-meeting-already-held", `the results meeting with "${event.participantId}" was held on ${participant.resultsMeetingOn}`, ["participantId"]);
  requireNotBefore(event.date, participant.audit.date, "date-before-audit", "the audit");
  return withParticipant(state, { ...participant, resultsMeetingOn: event.date });
}

function afterResultsMeeting(
  state: CohortState,
  participantId: string,
  date: string,
  what: "vision" | "action-plan",
): ParticipantState & { resultsMeetingOn: string } {
  const participant = requireActive(state, participantId);
  const { resultsMeetingOn } = participant;
  if (resultsMeetingOn === undefined) refuse(`${what}-before-results-meeting`, `participant "${participantId}" has had no results meeting`, ["participantId"]);
  requireNotBefore(date, resultsMeetingOn, "date-before-results-meeting", "the results meeting");
  return { ...participant, resultsMeetingOn };
}

export function vision(state: CohortState, event: EventOf<"vision-adopted">): CohortState {
  const participant = afterResultsMeeting(state, event.participantId, event.date, "vision");
  if (participant.vision !== undefined)
    refuse("vision-already-adopted", `participant "${event.participantId}" adopted its vision on ${participant.vision.date}`, ["participantId"]);
  return withParticipant(state, { ...participant, vision: { date: event.date, text: event.text } });
}

export function actionPlan(state: CohortState, event: EventOf<"action-plan-adopted">): CohortState {
  const participant = afterResultsMeeting(state, event.participantId, event.date, "action-plan");
  if (participant.actionPlan !== undefined)
    refuse("action-plan-already-adopted", `participant "${event.participantId}" adopted its action plan on ${participant.actionPlan.adoptedOn}`, [
      "participantId",
    ]);
  const known = new Set(participant.audit?.recommendations.map((recommendation) => recommendation.id));
  event.measures.forEach((measure, index) => {
    if (measure.recommendationId !== undefined && !known.has(measure.recommendationId)) {
      refuse(
        "unknown-recommendation",
        `measure "${measure.id}" answers "${measure.recommendationId}", which is not a recommendation of this participant's audit`,
        ["measures", index, "recommendationId"],
      );
    }
  });
  return withParticipant(state, { ...participant, actionPlan: { adoptedOn: event.date, measures: event.measures } });
}

function changeStatus(measure: Measure, event: EventOf<"measure-status-changed">): Measure {
  if (measure.status === "verified" || measure.status === "dropped") {
    refuse("measure-status-final", `measure "${measure.id}" is ${measure.status}; that status is final`, ["status"]);
  }
  if (measure.status === event.status) refuse("measure-status-unchanged", `measure "${measure.id}" is already ${measure.status}`, ["status"]);
  if (event.status === "verified" && measure.status !== "done") {
    refuse("measure-verified-before-done", `measure "${measure.id}" must be done before it is verified`, ["status"]);
  }
  const { droppedReason: _reason, ...rest } = measure;
  return event.reason === undefined ? { ...rest, status: event.status } : { ...rest, status: event.status, droppedReason: event.reason };
}

export function measureStatus(state: CohortState, event: EventOf<"measure-status-changed">): CohortState {
  const participant = requireActive(state, event.participantId);
  const plan = participant.actionPlan;
  if (plan === undefined) refuse("measure-before-action-plan", `participant "${event.participantId}" has no action plan`, ["participantId"]);
  const index = plan.measures.findIndex((measure) => measure.id === event.measureId);
  const measure = plan.measures[index];
  if (measure === undefined) refuse("unknown-measure", `participant "${event.participantId}" has no measure "${event.measureId}"`, ["measureId"]);
  requireNotBefore(event.date, plan.adoptedOn, "date-before-action-plan", "the action plan");
  const changed = changeStatus(measure, event);
  const measures = plan.measures.map((item, position) => (position === index ? changed : item));
  return withParticipant(state, { ...participant, actionPlan: { ...plan, measures } });
}

export function communication(state: CohortState, event: EventOf<"communication-submitted">): CohortState {
  requireKickoff(state, event.date);
  const participant = requireActive(state, event.participantId, ["participantId"], event.date);
  if (participant.communication !== undefined)
    refuse(
      "communication-already-submitted",
      `participant "${event.participantId}" submitted its communication assignment on ${participant.communication.date}`,
      ["participantId"],
    );
  const { type: _type, participantId: _id, ...record } = event;
  return withParticipant(state, { ...participant, communication: record });
}

export function finalMeasurement(state: CohortState, event: EventOf<"final-measurement-recorded">): CohortState {
  const participant = requireActive(state, event.participantId);
  if (participant.audit === undefined)
    refuse("final-measurement-before-audit", `participant "${event.participantId}" has no baseline audit`, ["participantId"]);
  requireNotBefore(event.date, participant.audit.date, "date-before-audit", "the audit");
  const { type: _type, participantId: _id, ...record } = event;
  return withParticipant(state, { ...participant, finalMeasurement: record });
}

export function effort(state: CohortState, event: EventOf<"effort-recorded">): CohortState {
  const participant = requireKnown(state, event.participantId, ["participantId"], event.date);
  return withParticipant(state, { ...participant, effortHours: (participant.effortHours ?? ZERO).plus(event.hours) });
}
