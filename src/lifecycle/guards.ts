import { problem, type IssuePath } from "../core/errors.js";
import type { IsoDate } from "./dates.js";
import type { LifecycleRule } from "./rules.js";
import type { ParticipantKind } from "./constants.js";
import { participantOf, type CohortState, type ParticipantState } from "./state.js";

/**
 * Throws the `INVALID_TRANSITION` error for a refused event: core's `problem` with the rule
 * (typed: one of the {@link LifecycleRule}s) as the issue's `code`, named at the end of the message.
 */
export function refuse(rule: LifecycleRule, message: string, path: IssuePath = []): never {
  throw problem("INVALID_TRANSITION", rule, `${message} (rule ${rule})`, path);
}

/**
 * The participant with this id, or a refusal (`unknown-participant`); with `date`, also a refusal
 * (`date-before-registration`) when the event is dated before the participant registered.
 */
export function requireKnown(state: CohortState, id: string, path: IssuePath, date?: IsoDate): ParticipantState {
  const participant = participantOf(state, id) ?? refuse("unknown-participant", `no participant "${id}" is registered`, path);
  if (date !== undefined) requireNotBefore(date, participant.registeredOn, "date-before-registration", `the registration of "${id}"`);
  return participant;
}

/** The active participant with this id, or a refusal (`unknown-participant`, `participant-not-active`, `date-before-registration` with `date`). */
export function requireActive(state: CohortState, id: string, path: IssuePath = ["participantId"], date?: IsoDate): ParticipantState {
  const participant = requireKnown(state, id, path, date);
  if (participant.status !== "active") {
    refuse("participant-not-active", `participant "${id}" is ${participant.status}, not active`, path);
  }
  return participant;
}

/** Refuses (`rule`) an event dated before an earlier step it depends on. */
export function requireNotBefore(date: IsoDate, earliest: IsoDate, rule: LifecycleRule, what: string): void {
  if (date < earliest) refuse(rule, `the date ${date} is before ${what} (${earliest})`, ["date"]);
}

/** The kick-off, or a refusal (`kickoff-not-held`). */
export function requireKickoff(state: CohortState, date: IsoDate): void {
  if (state.kickoff === undefined) refuse("kickoff-not-held", "the kick-off has not been held yet");
  requireNotBefore(date, state.kickoff.date, "date-before-kickoff", "the kick-off");
}

/**
 * Why a participant may not win the prize, or `undefined` when it may: it must not have withdrawn,
 * must have an action plan and must be of an eligible kind.
 */
export function ineligibility(
  participant: ParticipantState,
  kinds: readonly ParticipantKind[],
): "withdrawn" | "no-action-plan" | "kind-not-eligible" | undefined {
  if (participant.status === "withdrawn") return "withdrawn";
  if (!kinds.includes(participant.participant.kind)) return "kind-not-eligible";
  if (participant.actionPlan === undefined) return "no-action-plan";
  return undefined;
}
