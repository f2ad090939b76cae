import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { describe, expect } from "vitest";
import { calculateFootprint, createFootprintAccumulator } from "../../src/index.js";
import { fixture } from "../footprint/fixture.js";

// The reference: decimal.js with far more digits than any sum here needs, line by line.
const Exact = Decimal.clone({ precision: 200 });
const FACTORS = { "diesel-b7": new Exact("3.251"), "aardgas-g-gas": new Exact("2.134") } as const;
const UNITS = { "diesel-b7": "l", "aardgas-g-gas": "Nm3" } as const;
type FactorId = keyof typeof FACTORS;

/** A fuel line: valid both as an activity for calculateFootprint and as a typed line for the accumulator. */
interface FuelLine {
  readonly id: string;
  readonly theme: "fuel";
  readonly factor: FactorId;
  readonly quantity: number | string;
  readonly unit: (typeof UNITS)[FactorId];
}

// Small quantities: numbers and strings with up to 9 decimals, including the fast path's 6.
const small = fc.oneof(
  fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1e6),
  fc.integer({ min: 0, max: 999 }).map((n) => n / 1000),
  fc.integer({ min: 1, max: 999_999_999 }).map((n) => `0.${String(n).padStart(9, "0")}`),
);
// Huge quantities: beyond 2^53 as numbers (exactly what they print as) and as long decimal strings.
const huge = fc.oneof(
  // biome-ignore lint/correctness/noPrecisionLoss: the point is a number that prints with fewer digits than it holds
  fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 1e15 + 0.5, 9e15, 1e21, 1.2345678901234567e25),
  fc.integer({ min: 1e12, max: Number.MAX_SAFE_INTEGER }),
  fc.bigInt({ min: 10n ** 18n, max: 10n ** 24n }).map((n) => `${n}.123456789`),
);
const quantities = fc
  .tuple(fc.array(small, { minLength: 50, maxLength: 400 }), fc.array(huge, { minLength: 1, maxLength: 4 }))
  .chain(([many, few]) => fc.shuffledSubarray([...many, ...few], { minLength: many.length + few.length }));

function lineOf(quantity: number | string, index: number): FuelLine {
  const factor: FactorId = index % 3 === 0 ? "aardgas-g-gas" : "diesel-b7";
  return { id: `l${index}`, theme: "fuel", factor, quantity, unit: UNITS[factor] };
}

function reference(lines: readonly FuelLine[]): string {
  return lines.reduce((sum, line) => sum.plus(new Exact(String(line.quantity)).times(FACTORS[line.factor])), new Exact(0)).toFixed();
}

describe("sums of many small and a few huge quantities", () => {
  test.prop([quantities], { numRuns: 60 })("stay exact through calculateFootprint", (values) => {
    const lines = values.map(lineOf);
    const footprint = calculateFootprint({ year: 2026, activities: lines }, { factors: fixture });
    expect(footprint.scope1.toString()).toBe(reference(lines));
    expect(footprint.total.marketBased.toString()).toBe(reference(lines));
  });

  test.prop([quantities, fc.integer({ min: 1, max: 50 })], { numRuns: 60 })("stay exact through the accumulator, in chunks of any size", (values, size) => {
    const lines = values.map(lineOf);
    const accumulator = createFootprintAccumulator({ factors: fixture, year: 2026 });
    for (let start = 0; start < lines.length; start += size) accumulator.add(lines.slice(start, start + size).map(({ id: _id, ...line }) => line));
    expect(accumulator.result().scope1.toString()).toBe(reference(lines));
  });
});
