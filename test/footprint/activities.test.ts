// The fast path of the activity lines (src/footprint/activities.ts) against the zod schema it
// stands in for: on every input it either gives up or gives exactly what activitiesSchema gives
// (the same values, Decimals with the same digits, the same keys in the same order), and it never
// accepts what the schema refuses. The errors themselves always come from the schema.
import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { activitiesSchema, calculateFootprint, nl2026, parseActivities, safeParseActivities } from "../../src/index.js";
import { fastActivities } from "../../src/footprint/activities.js";
import { deepFreeze } from "../helpers.js";

const internals = (value: Decimal) => ({ ...(value as unknown as { s: number; e: number; d: number[] }) });

const THEMES = ["electricity", "heat", "fuel", "mobile-machinery", "refrigerant", "business-travel", "commuting", "visitor-travel"];
const MORE_THEMES = ["freight", "waste", "wastewater", "water", "paper", "solvents", "other", "offset", "bogus", "toString"];
const number = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100),
  fc.double({ noNaN: false }),
  fc.constantFrom(0, -0, -1, 1e300, 5e-324),
);
const quantity = fc.oneof(number, fc.constantFrom(null, "12.5", " 7 ", "1,5", "", "abc", "-3", "1e999", undefined, true, {}), fc.constant(new Decimal("2.25")));
const unit = fc.constantFrom("kWh", "Nm3", "l", "kg", "t", "GJ", "pkm", "vkm", "tkm", "VE", "m3", "liter", "ton", "kg ds", "km", "constructor", "__proto__", 3);
const factor = fc.oneof(
  fc.constantFrom(135, 67, "diesel-b7", "restafval", "", 0, -4, 1.5, null, undefined),
  fc.record({ value: quantity, unit, source: fc.constantFrom("LCA", "") }, { requiredKeys: [] }),
);
const period = fc.oneof(
  fc.record({ year: fc.constantFrom(2026, 1989, 2026.5, "2026"), quarter: fc.constantFrom(1, 4, 5), month: fc.constantFrom(1, 12, 13) }, { requiredKeys: [] }),
  fc.constantFrom(null, [], "2026"),
);
const greenPart = fc.record(
  { quantity, source: fc.constantFrom("wind", "solar", "hydro", "biomass", "coal"), origin: fc.constantFrom("guarantee", "own", "other") },
  { requiredKeys: [] },
);
const line = fc.oneof(
  fc.record(
    {
      id: fc.constantFrom("a", "b", "c", "", 7),
      theme: fc.constantFrom(...THEMES, ...MORE_THEMES),
      factor,
      quantity,
      unit,
      period,
      location: fc.constantFrom("site", "", 1),
      estimated: fc.constantFrom(true, false, "yes"),
      note: fc.constantFrom("", "x", 0),
      vehicle: fc.constantFrom("van", ""),
      green: fc.oneof(fc.array(greenPart, { maxLength: 3 }), fc.constant("wind")),
      supplierFactor: quantity,
      renewable: fc.constantFrom(true, false, 1),
      hazardous: fc.constantFrom(true, false, "no"),
      treatment: fc.constantFrom("recycling", "disposal", "burning"),
      category: fc.constantFrom(1, 15, 16, 2.5),
      extra: fc.constant(1),
    },
    { requiredKeys: [] },
  ),
  fc.constantFrom(null, 1, "line", [], new Date(0)),
);
// Mostly plain valid lines, so the fast path is taken as well as refused.
const validLine = fc.record({
  id: fc.constantFrom("a", "b", "c", "d", "e"),
  theme: fc.constantFrom("fuel", "heat", "mobile-machinery"),
  factor: fc.constantFrom(135, "diesel-b7"),
  quantity: fc.oneof(number, fc.constantFrom("12.5", null)),
  unit: fc.constantFrom("Nm3", "l", "liter", "GJ"),
});

/** JSON with every Decimal as its digits: equal text means equal values and equal key order. */
const text = (value: unknown) => JSON.stringify(value, (_key, inner: unknown) => (Decimal.isDecimal(inner) ? `D(${inner.toString()})` : inner));

describe("fastActivities", () => {
  test.prop([fc.oneof(fc.array(line, { maxLength: 4 }), fc.array(validLine, { maxLength: 4 }), line)], { numRuns: 2000 })(
    "gives up or gives exactly what activitiesSchema gives, and never accepts what it refuses",
    (input) => {
      const fast = fastActivities(input);
      const full = activitiesSchema.safeParse(input);
      if (fast === undefined) return;
      expect(full.success).toBe(true);
      if (!full.success) return;
      expect(text(fast)).toBe(text(full.data));
      expect(fast).toEqual(full.data);
      fast.forEach((parsed, index) => {
        const expected = full.data[index];
        if (parsed.quantity !== null && expected?.quantity) expect(internals(parsed.quantity)).toEqual(internals(expected.quantity));
      });
    },
  );

  it("is taken for many of the generated inputs, so the law above compares both paths", () => {
    const samples = fc.sample(fc.array(validLine, { minLength: 1, maxLength: 4 }), { numRuns: 300, seed: 17 });
    const taken = samples.filter((input) => fastActivities(input) !== undefined).length;
    expect(taken).toBeGreaterThan(50);
    expect(taken).toBeLessThan(300);
  });

  it("takes plain lines of every theme, with periods, green parts and own factors", () => {
    const lines = [
      {
        id: "e",
        theme: "electricity",
        quantity: 42000,
        unit: "kWh",
        green: [{ quantity: 12000, source: "wind", origin: "own" }],
        period: { year: 2026, quarter: 1 },
      },
      { id: "g", theme: "fuel", factor: 135, quantity: "12000.5", unit: "Nm3", estimated: true, location: "hq", note: "meter", vehicle: "boiler" },
      { id: "w", theme: "waste", factor: "restafval", quantity: 2.4, unit: "ton", hazardous: false, treatment: "disposal" },
      { id: "p", theme: "paper", quantity: 10, unit: "kg", factor: { value: 1.1, unit: "kg", source: "supplier" } },
      { id: "o", theme: "other", category: 2, factor: { value: 250, unit: "kg", source: "LCA" }, quantity: 40, unit: "kg" },
      { id: "x", theme: "offset", quantity: null, unit: "t" },
    ];
    const fast = fastActivities(lines);
    expect(fast).toBeDefined();
    expect(text(fast)).toBe(text(activitiesSchema.parse(lines)));
  });

  it("leaves every refusal to the schema: the same error, every issue with its path", () => {
    const lines = [
      { id: "a", theme: "fuel", factor: 135, quantity: -1, unit: "Nm3" },
      { id: "a", theme: "fuel", factor: 135, quantity: 1, unit: "constructor" },
    ];
    expect(fastActivities(lines)).toBeUndefined();
    const result = safeParseActivities(lines);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues.map((issue) => issue.path)).toEqual([
        [0, "quantity"],
        [1, "unit"],
        [1, "id"],
      ]);
    expect(() => parseActivities(lines)).toThrow(result.success ? "" : result.error.message);
  });

  const fuel = (id: string) => ({ id, theme: "fuel", factor: 135, quantity: 1, unit: "Nm3" });
  test.prop([fc.array(fc.constantFrom("a", "b", "l9", "l10", "l11", "line-2", "ab"), { maxLength: 8 })])(
    "takes ids in any order when they are all different, and gives up on any repeated id",
    (ids) => {
      const fast = fastActivities(ids.map(fuel));
      expect(fast !== undefined).toBe(new Set(ids).size === ids.length);
    },
  );

  it("takes numbered ids in order (shorter first) and still finds a repeat after them", () => {
    const numbered = Array.from({ length: 120 }, (_, i) => `line-${i}`);
    expect(fastActivities(numbered.map(fuel))?.length).toBe(120);
    expect(fastActivities([...numbered, "line-7"].map(fuel))).toBeUndefined();
    expect(fastActivities([...numbered.slice(0, 60), "line-200", ...numbered.slice(60)].map(fuel))?.length).toBe(121);
  });

  it("gives up on an input whose getter throws, and zod reports what it reports", () => {
    const line = {
      id: "a",
      theme: "offset",
      unit: "t",
      get quantity(): number {
        throw new Error("boom");
      },
    };
    expect(fastActivities([line])).toBeUndefined();
  });
});

describe("per-line detail on first read", () => {
  const input = {
    year: 2026,
    activities: [
      { id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" },
      { id: "km", theme: "business-travel", factor: 147, quantity: "12.5", unit: "vkm", estimated: true },
    ],
  } as const;

  it("gives the same lines on every read, as an enumerable key in its place, also when frozen", () => {
    const footprint = calculateFootprint(input, { factors: nl2026 });
    const keys = Object.keys(footprint);
    expect(keys.indexOf("lines")).toBe(keys.indexOf("groups") + 1);
    const first = footprint.lines;
    expect(footprint.lines).toBe(first);
    expect(first.map((line) => [line.id, line.quantity?.toString(), line.parts.length > 0])).toEqual([
      ["gas", "1000", true],
      ["km", "12.5", true],
    ]);
    const frozen = deepFreeze(calculateFootprint(input, { factors: nl2026 }));
    expect(text(frozen)).toBe(text(footprint));
    expect(text({ ...footprint })).toBe(text(footprint));
  });

  it("does not depend on the input once calculated: changing the input afterwards changes no line", () => {
    const activities = input.activities.map((line) => ({ ...line }));
    const footprint = calculateFootprint({ year: 2026, activities }, { factors: nl2026 });
    (activities[0] as { quantity: number }).quantity = 5;
    expect(footprint.lines[0]?.quantity?.toString()).toBe("1000");
    expect(footprint.lines[0]?.activity.quantity?.toString()).toBe("1000");
  });
});
