import { describe, expect, it } from "vitest";
import {
  auditRecommendationSchema,
  calculateFootprint,
  koploperScan,
  nl2026,
  parseFootprintSummary,
  parseIso26000Summary,
  parseResponse,
  recommendationFor,
  scoreAssessment,
  summarizeAssessment,
  summarizeFootprint,
  toAuditRecommendation,
} from "../../src/index.js";
import { caught } from "../helpers.js";

const footprint = calculateFootprint(
  {
    year: 2026,
    activities: [
      { id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" },
      { id: "power", theme: "electricity", quantity: 10000, unit: "kWh", green: [{ quantity: 4000, source: "wind" }] },
      { id: "waste", theme: "waste", factor: "restafval", quantity: 2, unit: "t" },
      { id: "offset", theme: "offset", quantity: 5, unit: "t" },
    ],
  },
  { factors: nl2026 },
);

function scoreOf(answers: Record<string, unknown>) {
  return scoreAssessment(koploperScan, parseResponse(koploperScan, { questionnaire: "koploper-scan@2.0.0", answers }, { partial: true }));
}

describe("summarizeFootprint", () => {
  it("takes the scopes and totals of the footprint, which the summary schema accepts", () => {
    const summary = summarizeFootprint(footprint);
    expect(summary.scope1.toString()).toBe(footprint.scope1.toString());
    expect(summary.scope2.marketBased.toString()).toBe(footprint.scope2.marketBased.toString());
    expect(summary.scope2.locationBased.toString()).toBe(footprint.scope2.locationBased.toString());
    expect(summary.scope3.toString()).toBe(footprint.scope3.total.toString());
    expect(summary).toMatchObject({ year: 2026, factorSetId: "nl-2026" });
    expect(JSON.stringify(parseFootprintSummary(JSON.parse(JSON.stringify(summary))))).toBe(JSON.stringify(summary));
  });
});

describe("summarizeAssessment", () => {
  it("keeps the core subjects that have a level and leaves the others out", () => {
    const summary = summarizeAssessment(scoreOf({ env_co2_reduction: 2, gov_decisions: 3 }));
    expect(summary.coreSubjects["6.5"]?.toString()).toBe("2");
    expect(summary.coreSubjects["6.2"]?.toString()).toBe("3");
    expect("6.7" in summary.coreSubjects).toBe(false);
    expect(() => parseIso26000Summary(JSON.parse(JSON.stringify(summary)))).not.toThrow();
  });

  it("refuses an assessment in which nothing was scored", () => {
    const error = caught(() => summarizeAssessment(scoreOf({})));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues[0]?.path).toEqual(["overall", "level"]);
    expect(error.message).toMatchInlineSnapshot(`"the assessment has no overall level: no question was scored"`);
  });
});

describe("toAuditRecommendation", () => {
  it("keeps id, title, core subject and theme, with the text in the chosen language", () => {
    const recommendation = recommendationFor("6.5.5", 1);
    const nl = toAuditRecommendation(recommendation);
    expect(nl).toMatchObject({ id: "6.5.5:1-2", title: recommendation.title, coreSubject: "6.5", theme: recommendation.measure.theme });
    expect(nl.description).toBe(recommendation.text.nl);
    expect(toAuditRecommendation(recommendation, "en").description).toBe(recommendation.text.en);
    expect(auditRecommendationSchema.safeParse(nl).success).toBe(true);
  });
});
