// Helpers shared by the test suites.
import { isKoploperError, type KoploperError } from "../src/index.js";

/** Runs `run` and returns the KoploperError it throws (fails the test when it throws anything else or nothing). */
export function caught(run: () => unknown): KoploperError {
  try {
    run();
  } catch (error) {
    if (isKoploperError(error)) return error;
    throw error;
  }
  throw new Error("expected a KoploperError, nothing was thrown");
}

/** Freezes a value and everything reachable from it, so a test can prove a function does not mutate it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
