import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { nl2026 } from "../../src/factors/nl-2026/index.js";
import { calculateFootprint, createFootprintAccumulator, isKoploperError, LIMITS, parseQuestionnaire, planTimeline, toICalendar } from "../../src/index.js";
import { caught } from "../helpers.js";

// Issue 18, class 1: ids and texts have documented lengths (LIMITS.idLength, LIMITS.textLength);
// beyond them every door refuses with INVALID_INPUT at the field's path before doing any work, and
// the one-shot calculation and the accumulator give the same verdict.

const line = (fields: Record<string, unknown>) => ({ id: "gas", theme: "fuel", factor: "aardgas-g-gas", quantity: 10, unit: "Nm3", ...fields });

function verdict(run: () => unknown): string {
  try {
    run();
    return "accepted";
  } catch (error) {
    if (isKoploperError(error)) return error.code;
    throw error;
  }
}

describe("texts and ids at their limits", () => {
  test.prop([fc.constantFrom("id", "location", "vehicle", "note"), fc.integer({ min: -3, max: 3 })])(
    "an activity line's id-like fields and its note are accepted up to their limit and refused beyond, on both paths",
    (field, delta) => {
      const limit = field === "note" ? LIMITS.textLength : LIMITS.idLength;
      const activity = line({ [field]: "x".repeat(limit + delta) });
      const once = verdict(() => calculateFootprint({ year: 2026, activities: [activity as never] }, { factors: nl2026 }));
      const accumulated = verdict(() => createFootprintAccumulator({ factors: nl2026, year: 2026 }).add([activity as never]));
      expect(once).toBe(delta > 0 ? "INVALID_INPUT" : "accepted");
      expect(accumulated).toBe(once);
    },
  );

  it("refuses a name longer than LIMITS.textLength for a calendar, at its path, before writing anything", () => {
    const plan = planTimeline({ kickoff: "2027-01-19" });
    const error = caught(() => toICalendar(plan, { cohortName: "K".repeat(LIMITS.textLength + 1) }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => issue.path)).toEqual([["cohortName"]]);
    expect(error.message.length).toBeLessThan(1000);
  });

  it("refuses a questionnaire text longer than LIMITS.textLength with its path", () => {
    const error = caught(() =>
      parseQuestionnaire({
        id: "long",
        version: "1.0.0",
        title: { nl: "T".repeat(LIMITS.textLength + 1) },
        sections: [],
      }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.some((issue) => issue.path.join(".") === "title.nl")).toBe(true);
  });
});
