import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { addDecimal, addScaled, commit, emptySum, rollback, scaled, type Sum } from "../../src/footprint/sum.js";

// The reference: decimal.js with precision to spare.
const Exact = Decimal.clone({ precision: 500 });

// Quantities of every kind the engine sums: fast-lane numbers (at most 6 decimals, up to 4e9, and
// the largest ones, which make the integer sum flush), other numbers, and wide decimal strings.
const quantity = fc.oneof(
  fc.integer({ min: 0, max: 4e9 }).map((n) => n / 1e6),
  fc.integer({ min: 0, max: 4000 }).map((n) => n * 1e6),
  fc.constant(4e9),
  fc.double({ min: 0, max: 1e12, noNaN: true }),
  fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.integer({ min: 0, max: 60 })).map(([n, places]) => new Decimal(`${n}e-${places}`)),
);

/** Adds a chunk as the engine does: the fast lane when it can take a quantity, decimal.js otherwise. */
function addChunk(sum: Sum, chunk: readonly (number | Decimal)[], epoch: number): Sum[] {
  const touched: Sum[] = [];
  for (const q of chunk) {
    const n = scaled(q);
    if (n >= 0) addScaled(sum, n, epoch, touched);
    else addDecimal(sum, new Exact(q), epoch, touched);
  }
  return touched;
}

describe("the exact sum", () => {
  test.prop([fc.array(fc.tuple(fc.array(quantity, { maxLength: 40 }), fc.boolean()), { maxLength: 12 })])(
    "equals a decimal.js sum of the committed chunks, whatever the lanes, flushes and rollbacks",
    (chunks) => {
      const sum = emptySum(null);
      let reference = new Exact(0);
      let lines = 0;
      chunks.forEach(([chunk, keep], i) => {
        const touched = addChunk(sum, chunk, i + 1);
        if (keep) {
          commit(touched);
          reference = chunk.reduce<Decimal>((total, q) => total.plus(new Exact(q)), reference);
          lines += chunk.length;
        } else rollback(touched);
      });
      expect(sum.sum.eq(reference)).toBe(true);
      expect(sum.lines).toBe(lines);
      expect(sum.epoch).toBe(0);
    },
  );

  it("takes numbers from 0 to 4e9 with at most 6 decimals into the fast lane, and nothing else", () => {
    expect([0, 0.1, 1250.5, 0.000001, 4e9].map(scaled)).toEqual([0, 100000, 1250500000, 1, 4e15]);
    expect([0.0000001, 4e9 + 1, -1, Number.NaN, Number.POSITIVE_INFINITY, "1", null, new Decimal(1)].map(scaled)).toEqual([-1, -1, -1, -1, -1, -1, -1, -1]);
  });

  it("a rolled back chunk leaves the sum as it was, and the next chunk starts clean", () => {
    const sum = emptySum(null);
    commit(addChunk(sum, [1.5, new Decimal("0.25")], 1));
    rollback(addChunk(sum, [100, new Decimal("7")], 2));
    commit(addChunk(sum, [2], 3));
    expect([sum.sum.toString(), sum.lines]).toEqual(["3.75", 3]);
  });
});
