import { describe, expect, it } from "vitest";
import { checkSmart, measurePayback, parseMeasure, type MeasureInput } from "../../src/lifecycle/index.js";
import { caught, deepFreeze } from "../helpers.js";

const led: MeasureInput = {
  id: "m1",
  title: "LED-verlichting",
  theme: "energy",
  recommendationId: "r1",
  owner: "Facilitair",
  deadline: "2027-09-30",
  investment: 4000,
  annualSavings: { eur: 1600, kWh: 8000 },
  annualCo2ReductionKg: 3200,
};

describe("measurePayback", () => {
  it("divides the investment by the annual savings, exactly", () => {
    expect(measurePayback(led)?.toString()).toBe("2.5");
    expect(measurePayback({ ...led, investment: "590000", annualSavings: { eur: "252300" } })?.toFixed(1)).toBe("2.3");
    expect(measurePayback({ ...led, investment: "0.1", annualSavings: { eur: "0.8" } })?.toString()).toBe("0.125");
  });

  it("ignores the subsidy and accepts an already parsed measure", () => {
    expect(measurePayback(parseMeasure({ ...led, subsidy: 1000 }))?.toString()).toBe("2.5");
  });

  it("is null without investment, without savings or when the measure saves no money", () => {
    expect(measurePayback({ ...led, investment: undefined } as MeasureInput)).toBeNull();
    expect(measurePayback({ ...led, annualSavings: { kWh: 100 } })).toBeNull();
    expect(measurePayback({ ...led, annualSavings: { eur: 0 } })).toBeNull();
    expect(measurePayback({ ...led, annualSavings: { eur: -10 } })).toBeNull();
  });

  it("rejects a malformed measure", () => {
    expect(caught(() => measurePayback({ ...led, investment: "veel" })).code).toBe("INVALID_INPUT");
  });
});

describe("checkSmart", () => {
  it("passes a measure with owner, measurable target and deadline", () => {
    expect(checkSmart(led)).toEqual({ smart: true, missing: [], messages: [] });
  });

  it("names every missing part with a message in Dutch and English", () => {
    const check = checkSmart({ id: "m2", title: "Fietsplan", theme: "mobility", noRecommendationReason: "eigen idee" });
    expect(check.smart).toBe(false);
    expect(check.missing).toEqual(["owner", "measurable-target", "deadline"]);
    expect(check.messages[2]).toEqual({ nl: "Wanneer is het klaar? Geef een deadline.", en: "When is it finished? Give a deadline." });
  });

  it("counts any non-zero saving or CO2 reduction as a measurable target, zero as none", () => {
    const base = { id: "m", title: "Regenton", theme: "water", noRecommendationReason: "eigen idee", owner: "A", deadline: "2027-06-01" } as const;
    expect(checkSmart({ ...base, annualSavings: { m3Water: 40 } }).smart).toBe(true);
    expect(checkSmart({ ...base, annualCo2ReductionKg: "12.5" }).smart).toBe(true);
    expect(checkSmart({ ...base, annualSavings: { eur: 0, km: 0 }, annualCo2ReductionKg: 0 }).missing).toEqual(["measurable-target"]);
  });

  it("does not mutate the measure", () => {
    const measure = deepFreeze({ ...led, annualSavings: { eur: 1600 } });
    checkSmart(measure);
    measurePayback(measure);
    expect(measure.annualSavings).toEqual({ eur: 1600 });
  });
});
