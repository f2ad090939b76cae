import { isKoploperError, type KoploperError } from "../../src/index.js";

/** Runs `fn` and returns the KoploperError it throws (fails the test when it throws nothing else). */
export function caught(fn: () => unknown): KoploperError {
  try {
    fn();
  } catch (error) {
    if (isKoploperError(error)) return error;
    throw error;
  }
  throw new Error("expected a KoploperError, nothing was thrown");
}

/** Freezes a value and everything in it, so a test can prove a function does not mutate it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A JSON round trip: Decimals become their plain strings, so results compare by value. */
export const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
