// Issue 18, class 6 (inherited keys) for units: a unit as written is looked up as an own key of the
// unit tables only. "constructor", "toString" or "__proto__" is an unknown unit at every door (the
// schema, parseActivities, calculateFootprint, the accumulator and convertUnit), never a function
// from Object.prototype.
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { calculateFootprint, convertUnit, createFootprintAccumulator, safeParseActivities, UNIT_ALIASES, UNIT_CODES, unitSchema } from "../../src/index.js";
import { nl2026 } from "../../src/factors/nl-2026/index.js";
import { caught } from "../helpers.js";

const inherited = Object.getOwnPropertyNames(Object.prototype);
const known = new Set<string>([...UNIT_CODES, ...Object.keys(UNIT_ALIASES)]);
// Inherited names, the known units and arbitrary strings, so both verdicts are exercised.
const unitText = fc.oneof(fc.constantFrom(...inherited), fc.constantFrom(...known), fc.string({ maxLength: 12 }));
const expected = (text: string) => (known.has(text) ? ((UNIT_CODES as readonly string[]).includes(text) ? text : UNIT_ALIASES[text]) : undefined);

describe("units are own keys only", () => {
  it("lists the inherited names the property test tries", () => {
    expect(inherited).toEqual(expect.arrayContaining(["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"]));
  });

  test.prop([unitText])("unitSchema gives a unit code for a known unit and refuses every other text", (text) => {
    const result = unitSchema.safeParse(text);
    const code = expected(text);
    if (code === undefined) expect(result.success).toBe(false);
    else expect(result).toEqual({ success: true, data: code });
  });

  test.prop([unitText, fc.constantFrom("fuel" as const, "offset" as const)])(
    "parseActivities refuses an inherited unit with its path, on the fast and the full path alike",
    (text, theme) => {
      const line = theme === "fuel" ? { id: "a", theme, factor: 135, quantity: 1, unit: text } : { id: "a", theme, quantity: 1, unit: text };
      const result = safeParseActivities([line]);
      const code = expected(text);
      if (code === undefined) {
        expect(result.success).toBe(false);
        if (!result.success) expect(result.error.issues.map((issue) => issue.path)).toEqual([[0, "unit"]]);
      } else {
        expect(result.success).toBe(true);
        if (result.success) expect(result.data[0]?.unit).toBe(code);
      }
    },
  );

  test.prop([fc.constantFrom(...inherited)])("calculateFootprint refuses an inherited unit as INVALID_INPUT at the line's unit", (text) => {
    const error = caught(() =>
      calculateFootprint({ year: 2026, activities: [{ id: "a", theme: "offset", quantity: 1, unit: text as "t" }] }, { factors: nl2026 }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => issue.path)).toEqual([["activities", 0, "unit"]]);
  });

  test.prop([fc.constantFrom(...inherited)])("the accumulator and convertUnit refuse an inherited unit as UNIT_MISMATCH", (text) => {
    const accumulator = createFootprintAccumulator({ factors: nl2026, year: 2026 });
    const added = caught(() => accumulator.add([{ theme: "offset", quantity: 1, unit: text as "t" }]));
    expect(added.code).toBe("UNIT_MISMATCH");
    expect(added.issues.map((issue) => issue.path)).toEqual([[0, "unit"]]);
    expect(caught(() => convertUnit(1, text as "t", "kg")).code).toBe("UNIT_MISMATCH");
    expect(caught(() => convertUnit(1, "kg", text as "t")).code).toBe("UNIT_MISMATCH");
    expect(accumulator.result().memo.offsets.toString()).toBe("0");
  });
});
