// Helpers shared by the test suites.
import { isKoploperError, type KoploperError } from "../src/index.js";

/** Runs `run` and returns whatever it throws (fails the test when nothing is thrown). */
export function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error, nothing was thrown");
}

/** Runs `run` and returns the KoploperError it throws (fails the test when it throws anything else or nothing). */
export function caught(run: () => unknown): KoploperError {
  const error = thrownBy(run);
  if (isKoploperError(error)) return error;
  throw error;
}

/** Freezes a value and everything reachable from it, so a test can prove a function does not mutate it. */
export { deepFreeze } from "../src/core/freeze.js";
