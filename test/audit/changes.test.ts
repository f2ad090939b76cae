import { describe, expect, it } from "vitest";
import { auditRecommendations } from "../../src/audit/index.js";
import { applyScenario, nl2026 } from "../../src/index.js";
import { bakery } from "./fixtures.js";

const OPTIONS = { date: "2026-06-01", factors: nl2026, topPerSource: { measures: 60 } } as const;

describe("an audit item's changes", () => {
  const input = bakery();
  const { items } = auditRecommendations(input, OPTIONS);

  it("are the measure's effect: applied to the participant's lines they give its co2ReductionKg", () => {
    const measured = items.filter((item) => item.co2ReductionKg !== null);
    expect(measured.length).toBeGreaterThan(1);
    for (const item of measured) {
      const { before, after } = applyScenario(input.footprint, item.changes, { factors: nl2026 });
      expect(before.total.marketBased.minus(after.total.marketBased).toString()).toBe(item.co2ReductionKg?.marketBased.toString());
      expect(before.total.locationBased.minus(after.total.locationBased).toString()).toBe(item.co2ReductionKg?.locationBased.toString());
    }
  });

  it("are empty for duties, ISO 26000 steps and measures without a known effect", () => {
    for (const item of items.filter((i) => i.co2ReductionKg === null)) expect(item.changes).toEqual([]);
    expect(items.some((item) => item.source === "duty")).toBe(true);
  });
});
