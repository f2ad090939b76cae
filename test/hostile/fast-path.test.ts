import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { calculateFootprint, createFootprintAccumulator, isKoploperError, type Footprint } from "../../src/index.js";
import { fixture } from "../footprint/fixture.js";

// Issue 18, class 7: the accumulator's fast path and calculateFootprint give the same input the same
// verdict. The inputs: valid lines of every theme, each field replaced now and then by a hostile value.
const hostile = fc.constantFrom<unknown>(
  undefined,
  null,
  -1,
  "-1",
  Number.NaN,
  Number.POSITIVE_INFINITY,
  "abc",
  "",
  {},
  [],
  true,
  "1e400",
  "toString",
  1.5,
  16,
);
const maybe = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: hostile, weight: 1 });
const quantity = maybe(
  fc.oneof(
    fc.constant(null),
    fc.integer({ min: 0, max: 1e6 }).map((n) => n / 100),
    fc.constant("12.5"),
    fc.constant(1e-7),
  ),
);
const period = fc.oneof(
  fc.record({ year: fc.constantFrom(2026, 1989) }),
  fc.constant({ year: 2026, quarter: 2 }),
  fc.constant({ year: 2026, month: 13 }),
  fc.constant({ year: 2026, quarter: 1, month: 1 }),
);
const common = {
  quantity,
  estimated: maybe(fc.boolean()),
  vehicle: maybe(fc.constant("van")),
  location: maybe(fc.constant("a")),
  note: maybe(fc.constant("a note")),
  period: maybe(period),
};
const optional = <T extends Record<string, fc.Arbitrary<unknown>>>(record: T) => fc.record(record, { requiredKeys: ["quantity"] as never });

const line = fc.oneof(
  optional({
    ...common,
    theme: maybe(fc.constant("fuel")),
    factor: maybe(fc.constantFrom(135, "diesel-b7", 24)),
    unit: maybe(fc.constantFrom("Nm3", "l", "liter", "GJ")),
  }),
  optional({
    ...common,
    theme: fc.constant("electricity"),
    unit: fc.constantFrom("kWh", "MWh"),
    factor: maybe(fc.constantFrom(50, 51)),
    supplierFactor: maybe(fc.constant("0.3")),
    green: maybe(
      fc.array(
        fc.record({ quantity: maybe(fc.constant(1)), source: maybe(fc.constantFrom("wind", "solar")), origin: maybe(fc.constantFrom("guarantee", "own")) }),
        {
          maxLength: 2,
        },
      ),
    ),
  }),
  optional({
    ...common,
    theme: fc.constant("other"),
    unit: fc.constant("kg"),
    category: maybe(fc.integer({ min: 1, max: 15 })),
    factor: maybe(
      fc.record({ value: maybe(fc.constantFrom("0.5", 2)), unit: maybe(fc.constantFrom("kg", "t", "ton")), source: maybe(fc.constant("supplier")) }),
    ),
  }),
  optional({
    ...common,
    theme: fc.constant("waste"),
    factor: fc.constant(235),
    unit: fc.constant("t"),
    treatment: maybe(fc.constant("recycling")),
    hazardous: maybe(fc.boolean()),
  }),
  optional({ ...common, theme: fc.constant("offset"), unit: maybe(fc.constant("t")) }),
  hostile,
);

type Verdict = { refused: true } | { refused: false; footprint: Footprint };

function verdict(run: () => Footprint): Verdict {
  try {
    return { refused: false, footprint: run() };
  } catch (error) {
    if (isKoploperError(error)) return { refused: true };
    throw error;
  }
}

const totals = (fp: Footprint) => JSON.stringify([fp.scope1, fp.scope2, fp.scope3.total, fp.total, fp.memo, fp.energyGJ, fp.unknown.count, fp.estimated.count]);

describe("the accumulator's fast path", () => {
  test.prop([fc.array(line, { maxLength: 4 })], { numRuns: 300 })(
    "gives every input the verdict calculateFootprint gives it, and the same footprint",
    (lines) => {
      const fast = verdict(() =>
        createFootprintAccumulator({ factors: fixture, year: 2026 })
          .add(lines as never)
          .result(),
      );
      const activities = lines.map((typed, i) => (typeof typed === "object" && typed !== null && !Array.isArray(typed) ? { id: `l${i}`, ...typed } : typed));
      const full = verdict(() => calculateFootprint({ year: 2026, activities } as never, { factors: fixture }));
      expect(fast.refused).toBe(full.refused);
      if (!fast.refused && !full.refused) expect(totals(fast.footprint)).toBe(totals(full.footprint));
    },
  );

  test.prop([hostile])("refuses a chunk that is not a list, and a line that is not an object", (value) => {
    const acc = createFootprintAccumulator({ factors: fixture, year: 2026 });
    if (!Array.isArray(value)) expect(verdict(() => acc.add(value as never).result()).refused).toBe(true);
    const inChunk = verdict(() => acc.add([value] as never).result());
    expect(inChunk.refused).toBe(true);
    expect(acc.result().groups).toEqual([]);
  });
});
