import { expect } from "vitest";
import { applyEvent, type CohortState, type KoploperError, type LifecycleEventInput, type LifecycleRule } from "../../src/lifecycle/index.js";
import { caught, deepFreeze } from "../helpers.js";

/** Asserts the event is refused by `rule` and the (deep-frozen) state is left as it was. */
export function expectRefused(state: CohortState | undefined, event: LifecycleEventInput, rule: LifecycleRule): KoploperError {
  const before = JSON.stringify(state);
  deepFreeze(state);
  const error = caught(() => applyEvent(state, event));
  expect(error.code).toBe("INVALID_TRANSITION");
  expect(error.issues[0]?.code).toBe(rule);
  expect(error.message).toContain(rule);
  expect(JSON.stringify(state)).toBe(before);
  return error;
}

/** The events of a log before the first one of `type`. */
export function upTo(events: readonly LifecycleEventInput[], type: LifecycleEventInput["type"]): LifecycleEventInput[] {
  const index = events.findIndex((event) => event.type === type);
  if (index < 0) throw new Error(`no ${type} event in the log`);
  return events.slice(0, index);
}
