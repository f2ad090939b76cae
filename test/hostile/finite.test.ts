import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { describe, expect } from "vitest";
import { calculateFootprint, createFootprintAccumulator, mergeFootprints, type ActivityInput, type TypedActivity } from "../../src/index.js";
import { fixture } from "../footprint/fixture.js";

// Any quantity a caller may give: zero, tiny, huge, numbers and decimal strings, or unknown.
const quantity = fc.oneof(
  fc.constant(0),
  fc.constant(null),
  fc.double({ min: 0, max: 1e15, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  fc.constantFrom("0.000000001", "1e-20", "123456789012345678901234.5", "1e20", "-0"),
);

// Valid lines of every theme over the fixture's factors.
const line: fc.Arbitrary<Omit<ActivityInput, "id">> = fc.oneof(
  fc.record({ theme: fc.constant("electricity" as const), quantity, unit: fc.constantFrom("kWh" as const, "MWh" as const) }),
  fc.record({
    theme: fc.constant("fuel" as const),
    factor: fc.constantFrom(135, "diesel-b7", "biodiesel-hvo", "houtpellets-reststroom"),
    quantity: fc.constant(1),
    unit: fc.constant("GJ" as const),
  }),
  fc.record({
    theme: fc.constant("fuel" as const),
    factor: fc.constant(67),
    quantity,
    unit: fc.constant("l" as const),
    vehicle: fc.constantFrom("van", "truck"),
  }),
  fc.record({ theme: fc.constant("heat" as const), factor: fc.constant(48), quantity, unit: fc.constantFrom("GJ" as const, "MJ" as const) }),
  fc.record({ theme: fc.constant("refrigerant" as const), factor: fc.constantFrom("r410a", 27), quantity, unit: fc.constant("kg" as const) }),
  fc.record({
    theme: fc.constantFrom("business-travel" as const, "commuting" as const, "visitor-travel" as const),
    factor: fc.constant(178),
    quantity,
    unit: fc.constant("pkm" as const),
  }),
  fc.record({
    theme: fc.constant("business-travel" as const),
    factor: fc.constant(147),
    quantity,
    unit: fc.constant("vkm" as const),
    vehicle: fc.constantFrom("van", "truck"),
  }),
  fc.record({ theme: fc.constant("freight" as const), factor: fc.constant(80), quantity, unit: fc.constant("tkm" as const) }),
  fc.record({ theme: fc.constant("waste" as const), factor: fc.constantFrom(235, 225), quantity, unit: fc.constantFrom("kg" as const, "t" as const) }),
  fc.record({ theme: fc.constant("wastewater" as const), factor: fc.constant(226), quantity, unit: fc.constant("VE" as const), estimated: fc.boolean() }),
  fc.record({
    theme: fc.constant("other" as const),
    category: fc.integer({ min: 1, max: 15 }),
    factor: fc.record({ value: fc.constantFrom(0, "0.5", 1e9), unit: fc.constant("kg" as const), source: fc.constant("supplier") }),
    quantity,
    unit: fc.constant("kg" as const),
  }),
  fc.record({ theme: fc.constant("offset" as const), quantity, unit: fc.constantFrom("t" as const, "kg" as const) }),
);
const lines = fc.array(line, { maxLength: 40 }).map((list) => list.map((entry, index) => ({ ...entry, id: `l${index}` }) as ActivityInput));
const organisation = fc.record(
  {
    fte: fc.constantFrom(0, 1, 25),
    floorAreaM2: fc.constantFrom(0, 800),
    revenueEur: fc.constantFrom(0, "2500000"),
    waterM3: fc.constantFrom(0, 300),
    services: fc.boolean(),
  },
  { requiredKeys: [] },
);

// The accumulator takes the same lines, typed: the generators above only produce valid unit codes.
const typed = (list: readonly ActivityInput[]) => list as unknown as readonly TypedActivity[];

/** Every number and Decimal anywhere in a value that is not finite, with its path. */
function nonFinite(value: unknown, path = "$", seen = new Set<unknown>()): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Decimal.isDecimal(value)) return (value as Decimal).isFinite() ? [] : [`${path} = ${String(value)}`];
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, inner]) => nonFinite(inner, `${path}.${key}`, seen));
}

describe("footprints of random valid activity lists", () => {
  test.prop([lines, organisation])("contain no NaN or Infinity anywhere", (activities, org) => {
    const footprint = calculateFootprint({ year: 2026, activities, organisation: org }, { factors: fixture });
    expect(nonFinite(footprint)).toEqual([]);
    expect(JSON.stringify(footprint)).not.toMatch(/NaN|Infinity/);
  });

  test.prop([lines, lines])("contain no NaN or Infinity when merged or accumulated", (a, b) => {
    const second = b.map((entry) => ({ ...entry, id: `b-${entry.id}` }));
    const merged = mergeFootprints(
      calculateFootprint({ year: 2026, activities: a }, { factors: fixture }),
      calculateFootprint({ year: 2026, activities: second }, { factors: fixture }),
    );
    const accumulated = createFootprintAccumulator({ factors: fixture, year: 2026 }).add(typed(a)).add(typed(second)).result();
    expect(nonFinite(merged)).toEqual([]);
    expect(nonFinite(accumulated)).toEqual([]);
    expect(JSON.stringify([merged, accumulated])).not.toMatch(/NaN|Infinity/);
  });
});
