import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { calculateFootprint, createFootprintAccumulator, mergeFootprints, type ActivityInput, type Footprint } from "../../src/index.js";
import { fixture } from "../footprint/fixture.js";

// Issue 18, class 10: inside the exact domain (quantities below 1e400 with at most 400 decimals),
// merge and the accumulator give the same digits in any grouping.
const quantity = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: -360, max: 360 })).map(([digits, exponent]) => `${digits}e${exponent}`);
const template = fc.constantFrom(
  { theme: "fuel" as const, factor: 135, unit: "Nm3" as const },
  { theme: "fuel" as const, factor: 135, unit: "GJ" as const },
  { theme: "electricity" as const, unit: "kWh" as const },
  { theme: "waste" as const, factor: 235, unit: "kg" as const },
);
const lines = fc
  .array(fc.tuple(template, quantity), { minLength: 1, maxLength: 8 })
  .map((rows) => rows.map(([base, q], i): ActivityInput => ({ ...base, id: `l${i}`, quantity: q })));

const digits = (fp: Footprint) =>
  JSON.stringify([fp.scope1, fp.scope2, fp.scope3, fp.total, fp.themes, fp.memo, fp.energyGJ, fp.groups.map((g) => [g.key, g.lineQuantity, g.quantity])]);
const whole = (activities: readonly ActivityInput[]) => calculateFootprint({ year: 2026, activities }, { factors: fixture });

describe("exact in any grouping", () => {
  test.prop([lines, fc.array(fc.nat(8), { maxLength: 3 })])("whole, merged in parts and accumulated in chunks give the same digits", (list, cuts) => {
    const points = [...new Set([0, ...cuts.map((c) => Math.min(c, list.length)), list.length])].sort((a, b) => a - b);
    const parts = points.slice(1).map((end, i) => list.slice(points[i], end));
    const merged = parts.map(whole).reduce((a, b) => mergeFootprints(a, b));
    const acc = createFootprintAccumulator({ factors: fixture, year: 2026 });
    for (const part of parts) acc.add(part.map(({ id: _id, ...line }) => line) as never);
    const expected = digits(whole(list));
    expect(digits(merged)).toBe(expected);
    expect(digits(acc.result())).toBe(expected);
  });

  it("keeps 1e40 + 6e-24 + 6e-24 exact, whole and merged", () => {
    const list: ActivityInput[] = ["1e40", "6e-24", "6e-24"].map((q, i) => ({ id: `l${i}`, theme: "fuel", factor: 135, quantity: q, unit: "Nm3" }));
    const merged = mergeFootprints(mergeFootprints(whole(list.slice(0, 1)), whole(list.slice(1, 2))), whole(list.slice(2)));
    expect(merged.scope1.toFixed()).toBe(whole(list).scope1.toFixed());
    expect(merged.scope1.toFixed()).toBe("21340000000000000000000000000000000000000.000000000000000000000025608");
  });
});
