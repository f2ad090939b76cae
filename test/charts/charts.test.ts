import { describe, expect, it } from "vitest";
import {
  calculateFootprint,
  cohortChart,
  comparisonChart,
  footprintChart,
  iso26000ProfileChart,
  koploperScan,
  nl2026,
  parseFootprintSummary,
  parseResponse,
  scoreAssessment,
  toDecimal,
  type ActivityInput,
  type AssessmentScore,
  type CoreSubjectScore,
  type Footprint,
  type VegaLiteSpec,
} from "../../src/index.js";
import { caught, deepFreeze } from "../helpers.js";
import { isWellFormed, renderSvg, svgTexts } from "./render.js";

// Amounts from the 2026 list: gas 12000 Nm3 x 2.134 = 25608 kg (scope 1); power 40000 kWh x 0.483
// grey = 19320 kg market-based, x 0.244 grid mix = 9760 kg location-based (scope 2); diesel 3500 l x
// 3.251 = 11378.5 kg, train 52000 pkm x 0.03 = 1560 kg, residual waste 2400 kg x 0.038 = 91.2 kg (scope 3).
const activities: ActivityInput[] = [
  { id: "gas", theme: "fuel", factor: 135, quantity: 12000, unit: "Nm3" },
  { id: "power", theme: "electricity", quantity: 40000, unit: "kWh" },
  { id: "lease-cars", theme: "business-travel", factor: "diesel-b7", quantity: 3500, unit: "liter" },
  { id: "commuting", theme: "commuting", factor: 178, quantity: 52000, unit: "pkm" },
  { id: "waste", theme: "waste", factor: "restafval", quantity: 2400, unit: "kg" },
];
const footprint = calculateFootprint({ year: 2026, activities }, { factors: nl2026 });
const gas = (year: number, quantity: number): Footprint =>
  calculateFootprint({ year, activities: [{ id: "gas", theme: "fuel", factor: 135, quantity, unit: "Nm3" }] }, { factors: nl2026 });

async function texts(spec: VegaLiteSpec): Promise<string[]> {
  const svg = await renderSvg(spec);
  expect(isWellFormed(svg)).toBe(true);
  expect(svg.startsWith("<svg")).toBe(true);
  return svgTexts(svg);
}

function expectInvalid(action: () => unknown, path: readonly (string | number)[]): void {
  const error = caught(action);
  expect(error.code).toBe("INVALID_INPUT");
  expect(error.issues.map((issue) => issue.path)).toContainEqual(path);
}

describe("footprintChart", () => {
  it("is a Vega-Lite v6 specification that survives JSON unchanged", () => {
    const spec = footprintChart(footprint);
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v6.json");
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it("renders to well-formed SVG showing each scope's total in tonnes, in Dutch by default", async () => {
    const shown = await texts(footprintChart(footprint));
    expect(shown).toEqual(expect.arrayContaining(["25,6", "19,3", "13,0", "Scope 1", "Scope 2", "Scope 3", "Brandstoffen", "Elektriciteit", "Afval"]));
    expect(shown).toContain("Totaal: 58,0 t CO2-eq (marktgebaseerd) · 2026");
    expect(shown).toContain("t CO2-eq (marktgebaseerd)");
  });

  it("shows English labels and the location-based scope 2 when asked", async () => {
    const shown = await texts(footprintChart(footprint, { locale: "en", basis: "location" }));
    expect(shown).toEqual(expect.arrayContaining(["25.6", "9.8", "13.0", "Fuels", "Electricity", "Commuting"]));
    expect(shown).toContain("Total: 48.4 t CO2-eq (location-based) · 2026");
  });

  it("shows kilograms with Dutch thousands separators", async () => {
    const shown = await texts(footprintChart(footprint, { unit: "kg" }));
    expect(shown).toEqual(expect.arrayContaining(["25.608", "19.320", "13.030"]));
  });

  it("stacks the themes of a scope to the scope's total", () => {
    const spec = footprintChart(footprint, { unit: "kg" });
    const parts = (spec.datasets as { parts: { scope: string; amount: number }[] }).parts;
    const scope3 = parts.filter((part) => part.scope === "Scope 3").map((part) => part.amount);
    expect(scope3).toEqual([11378.5, 1560, 91.2]);
  });

  it("moves the chain part of fuels to scope 3 under strict GHG accounting", () => {
    const strict = calculateFootprint({ year: 2026, activities }, { factors: nl2026, accounting: "ghg-strict" });
    const totals = (footprintChart(strict, { unit: "kg" }).datasets as { totals: { label: string }[] }).totals.map((total) => total.label);
    // Combustion only: 12000 Nm3 x 1.779 (TTW) = 21348 kg.
    expect(totals[0]).toBe("21.348");
  });

  it("takes a title", () => {
    expect(footprintChart(footprint, { title: "Bakkerij Smit" }).title).toEqual({
      text: "Bakkerij Smit",
      subtitle: "Totaal: 58,0 t CO2-eq (marktgebaseerd) · 2026",
    });
  });

  it("refuses unknown options with their path", () => {
    expectInvalid(() => footprintChart(footprint, { locale: "de" as "nl" }), ["locale"]);
    expectInvalid(() => footprintChart(footprint, { unit: "Mt" as "t" }), ["unit"]);
    expectInvalid(() => footprintChart(footprint, { colour: "red" } as never), []);
  });

  it("does not mutate the footprint", () => {
    const frozen = deepFreeze(calculateFootprint({ year: 2026, activities }, { factors: nl2026 }));
    expect(() => footprintChart(frozen)).not.toThrow();
  });
});

describe("comparisonChart", () => {
  it("shows both years per scope and the relative change of the total", async () => {
    const spec = comparisonChart(gas(2025, 10000), gas(2026, 8000));
    const shown = await texts(spec);
    expect(shown).toEqual(expect.arrayContaining(["21,3", "17,1", "2025", "2026", "Totaal"]));
    expect(shown).toContain("Totaal: -20,0% (2025 → 2026)");
  });

  it("writes an increase with a plus sign", () => {
    expect(comparisonChart(gas(2025, 8000), gas(2026, 10000), { locale: "en" }).title).toEqual({
      text: "CO2 footprint: comparison",
      subtitle: "Total: +25.0% (2025 → 2026)",
    });
  });

  it("calls the change unknown when the base is zero", () => {
    expect(comparisonChart(gas(2025, 0), gas(2026, 10)).title).toEqual({ text: "CO2-footprint: vergelijking", subtitle: "Totaal: onbekend (2025 → 2026)" });
  });

  it("needs labels for two footprints of one year", async () => {
    expectInvalid(() => comparisonChart(gas(2026, 1), gas(2026, 2)), ["labels"]);
    const shown = await texts(comparisonChart(gas(2026, 1000), gas(2026, 500), { labels: { base: "nulmeting", current: "eindmeting" }, unit: "kg" }));
    expect(shown).toEqual(expect.arrayContaining(["nulmeting", "eindmeting", "2.134", "1.067"]));
  });

  it("refuses empty labels with their path", () => {
    expectInvalid(() => comparisonChart(gas(2025, 1), gas(2026, 2), { labels: { base: "", current: "x" } }), ["labels", "base"]);
  });
});

describe("cohortChart", () => {
  const summary = (scope1: number, scope3: number) =>
    parseFootprintSummary({
      year: 2026,
      factorSetId: "nl-2026",
      scope1,
      scope2: { marketBased: 1000, locationBased: 500 },
      scope3,
      total: { marketBased: scope1 + 1000 + scope3, locationBased: scope1 + 500 + scope3 },
    });

  it("shows every participant with its total, from footprints and lifecycle summaries alike", async () => {
    const spec = cohortChart([
      { name: "Bakkerij Smit", footprint: summary(12500, 2000) },
      { name: "Tuincentrum De Es", footprint: footprint },
    ]);
    const shown = await texts(spec);
    expect(shown).toEqual(expect.arrayContaining(["Bakkerij Smit", "Tuincentrum De Es", "15,5", "58,0", "Scope 1", "Scope 3"]));
    expect(shown).toContain("Totaal: 73,5 t CO2-eq (marktgebaseerd)");
  });

  it("keeps the participants in the order given", () => {
    const spec = cohortChart([
      { name: "Zuivel", footprint: summary(1, 0) },
      { name: "Appel", footprint: summary(2, 0) },
    ]);
    const totals = (spec.datasets as { totals: { participant: string }[] }).totals;
    expect(totals.map((total) => total.participant)).toEqual(["Zuivel", "Appel"]);
  });

  it("uses the location-based scope 2 when asked", () => {
    const spec = cohortChart([{ name: "A", footprint: summary(0, 0) }], { basis: "location", unit: "kg", locale: "en" });
    expect((spec.datasets as { totals: { label: string }[] }).totals[0]?.label).toBe("500");
  });

  it("refuses a duplicate name, a missing footprint and an empty name with their paths", () => {
    expectInvalid(
      () =>
        cohortChart([
          { name: "A", footprint },
          { name: "A", footprint },
        ]),
      [1, "name"],
    );
    expectInvalid(() => cohortChart([{ name: "A" } as never]), [0, "footprint"]);
    expectInvalid(() => cohortChart([{ name: "", footprint }]), [0, "name"]);
    expectInvalid(() => cohortChart("A" as never), []);
  });
});

describe("iso26000ProfileChart", () => {
  const subject = (clause: string, level: string | null, conclusive: boolean): CoreSubjectScore => ({
    clause,
    issues: [],
    level: level === null ? null : toDecimal(level),
    coverage: toDecimal(conclusive ? 1 : 0.2),
    conclusive,
    applicable: true,
  });
  const makeScore = (): AssessmentScore => ({
    questionnaire: "koploper-scan@1.0.0",
    threshold: toDecimal("0.5"),
    issues: {},
    principles: {},
    practices: {},
    coreSubjects: {
      "6.2": subject("6.2", "2.25", true),
      "6.4": subject("6.4", "1.5", false),
      "6.5": subject("6.5", "3", true),
    },
    overall: { level: toDecimal("2.25"), coverage: toDecimal("0.4"), conclusive: false, applicable: true },
  });
  const score = makeScore();

  it("shows every core subject with its level, or unknown, and the overall level", async () => {
    const shown = await texts(iso26000ProfileChart(score));
    expect(shown).toEqual(expect.arrayContaining(["6.2 Behoorlijk bestuur", "6.5 Milieu", "2,3", "1,5", "3,0", "onbekend", "conclusief", "indicatief"]));
    expect(shown.filter((text) => text === "onbekend").length).toBeGreaterThanOrEqual(4);
    expect(shown).toContain("Gemiddeld niveau: 2,3");
  });

  it("shows English names on the 0-4 scale", async () => {
    const shown = await texts(iso26000ProfileChart(score, { locale: "en" }));
    expect(shown).toEqual(expect.arrayContaining(["6.5 The environment", "0", "4", "Level (0-4)", "unknown", "conclusive"]));
  });

  it("charts a real assessment of the Koploper scan", () => {
    const response = parseResponse(koploperScan, { questionnaire: "koploper-scan@2.0.0", answers: {} }, { partial: true });
    const spec = iso26000ProfileChart(scoreAssessment(koploperScan, response));
    const values = (spec.datasets as { values: { clause: string; level: number | null }[] }).values;
    expect(values.map((value) => value.clause)).toEqual(["6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8"]);
    expect(values.every((value) => value.level === null)).toBe(true);
  });

  it("refuses something that is not a score, and bad options", () => {
    expectInvalid(() => iso26000ProfileChart({} as never), ["score", "coreSubjects"]);
    expectInvalid(() => iso26000ProfileChart(null as never), ["score"]);
    expectInvalid(() => iso26000ProfileChart(score, { title: "" }), ["title"]);
  });

  it("does not mutate the score", () => {
    expect(() => iso26000ProfileChart(deepFreeze(makeScore()))).not.toThrow();
  });
});
