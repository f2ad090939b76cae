import { isKoploperError, rewrap } from "../core/errors.js";
import { applyToState } from "./apply.js";
import { refuse } from "./guards.js";
import type { LifecycleEventInput } from "./events.schema.js";
import type { CohortState } from "./state.js";

/**
 * Folds a whole event log into the cohort's state, event by event with {@link applyEvent}. The
 * cohort definition enters the log as its first event, `cohort-created`; so a log is
 * self-contained and the same log always gives the same state.
 *
 * @param events - the log, oldest first; the first event must be `cohort-created`
 * @returns the state after the last event
 * @throws {@link KoploperError} the first refusal (`INVALID_INPUT` or `INVALID_TRANSITION`), its
 *   message naming the event's index and every issue's path starting with that index; an empty log
 *   or one that is not an array is refused with rule `cohort-not-created`
 * @example
 * ```ts
 * import { replay } from "koploper/lifecycle";
 *
 * const state = replay([
 *   { type: "cohort-created", date: "2026-10-01", cohort: { id: "c1", name: "Koplopers Leek",
 *     municipalities: ["Leek"], coordinator: "DZyzzion", advisers: [{ id: "a1", name: "Adviseur" }],
 *     plannedKickoff: "2027-01-19" } },
 *   { type: "participant-registered", date: "2026-11-02", participant: { id: "p1", name: "Smit", kind: "company" } },
 * ]);
 * state.participantIds; //=> ["p1"]
 * ```
 */
export function replay(events: readonly LifecycleEventInput[]): CohortState {
  return foldLog(events, applyToState, () => refuse("cohort-not-created", "a log starts with a cohort-created event"));
}

/**
 * Folds a non-empty log with `apply`; a refusal is re-thrown with the event's index in its message
 * and in front of every issue's path. An empty log or a non-array calls `empty` (which throws).
 */
export function foldLog<S, E>(events: readonly E[], apply: (state: S | undefined, event: E) => S, empty: () => never): S {
  if (!Array.isArray(events) || events.length === 0) empty();
  let state: S | undefined;
  for (const [index, event] of events.entries()) {
    try {
      state = apply(state, event);
    } catch (error) {
      if (!isKoploperError(error)) throw error;
      throw rewrap(error, [index], `event ${index}`);
    }
  }
  return state as S;
}
