// Hostile input for every public parser: arbitrary JSON values and mutated valid inputs. The
// result is always a valid value or a KoploperError with issues; never another exception, never
// NaN or Infinity in the output, never a polluted prototype, never a mutated input.
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import * as koploper from "../../src/index.js";
import { deepFreeze } from "../helpers.js";
import { hostileValue, mutate, parsers } from "./parsers.js";

function assertNoNonFinite(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  if (typeof (value as { isFinite?: unknown }).isFinite === "function") {
    expect((value as { isFinite: () => boolean }).isFinite()).toBe(true);
    return;
  }
  for (const inner of Object.values(value)) assertNoNonFinite(inner, seen);
}

function check(parse: (input: unknown) => unknown, input: unknown): void {
  const frozen = deepFreeze(input);
  const before = JSON.stringify(frozen);
  try {
    assertNoNonFinite(parse(frozen));
  } catch (error) {
    expect(koploper.isKoploperError(error), String(error)).toBe(true);
    if (koploper.isKoploperError(error) && error.code === "INVALID_INPUT") expect(error.issues.length).toBeGreaterThan(0);
  }
  expect(JSON.stringify(frozen)).toBe(before);
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty("polluted");
}

describe("hostile input", () => {
  it("covers every public parse function", () => {
    const exported = Object.keys(koploper)
      .filter((name) => /^parse[A-Z]/.test(name))
      .sort();
    expect(Object.keys(parsers).sort()).toEqual(exported);
  });

  for (const [name, { parse, valid }] of Object.entries(parsers)) {
    it(`${name} accepts its valid sample`, () => {
      expect(() => parse(valid)).not.toThrow();
    });

    test.prop([fc.jsonValue({ maxDepth: 4 })], { numRuns: 60 })(`${name} survives arbitrary JSON`, (input) => {
      check(parse, input);
    });

    test.prop([fc.context(), hostileValue, fc.nat()], { numRuns: 120 })(`${name} survives mutated valid input`, (ctx, bad, seed) => {
      const input = mutate(valid, bad, seed);
      ctx.log(JSON.stringify(input)?.slice(0, 300) ?? "undefined");
      check(parse, input);
    });

    it(`${name} is not polluted through __proto__ or constructor keys`, () => {
      check(parse, JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}'));
      check(parse, mutate(valid, JSON.parse('{"__proto__": {"polluted": 1}}'), 0));
    });
  }
});
