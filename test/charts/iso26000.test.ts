import { describe, expect, it } from "vitest";
import { iso26000ProfileChart, koploperScan, parseResponse, scoreAssessment, toDecimal, type AssessmentScore, type CoreSubjectScore } from "../../src/index.js";
import { deepFreeze } from "../helpers.js";
import { expectInvalid, texts } from "./render.js";

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
