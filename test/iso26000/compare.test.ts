import { describe, expect, it } from "vitest";
import {
  compareAssessments,
  isKoploperError,
  koploperScan,
  parseQuestionnaire,
  parseResponse,
  scoreAssessment,
  type AssessmentScore,
  type Questionnaire,
} from "../../src/iso26000/index.js";
import { deepFreeze, fullScanAnswers, mini, miniInput } from "./fixtures.js";

const scoreOf = (questionnaire: Questionnaire, answers: Record<string, unknown>): AssessmentScore =>
  scoreAssessment(questionnaire, parseResponse(questionnaire, { questionnaire: `${questionnaire.id}@${questionnaire.version}`, answers }, { partial: true }));

// Version 1.1.0 drops the "energy" question and adds "solar".
const miniNext = parseQuestionnaire({
  ...miniInput,
  version: "1.1.0",
  sections: miniInput.sections.map((section) => ({
    ...section,
    questions: [
      ...section.questions.filter((question) => question.key !== "energy"),
      { key: "solar", type: "yes-no", title: { nl: "Zonnepanelen?" }, scores: { yes: 4, no: 0 }, measures: [{ clause: "6.5.5" }] },
    ],
  })),
});

describe("compareAssessments", () => {
  it("shows the progress per issue, core subject and overall", () => {
    const before = scoreOf(mini, { climate: 1, waste: ["paper"] });
    const after = scoreOf(mini, { climate: 3, waste: ["paper"] });
    const comparison = compareAssessments(before, after);
    expect(comparison.issues["6.5.5"]?.change?.toString()).toBe("2");
    expect(comparison.issues["6.5.3"]?.change?.toString()).toBe("0");
    expect(comparison.coreSubjects["6.5"]?.change?.toString()).toBe("1");
    expect(comparison.overall.change?.toString()).toBe("1");
    expect(comparison.questions["climate"]).toMatchObject({ before: expect.anything(), after: expect.anything() });
    expect(comparison.questions["climate"]?.change?.toString()).toBe("2");
  });

  it("has no change where either assessment has no level", () => {
    const comparison = compareAssessments(scoreOf(mini, {}), scoreOf(mini, { climate: 2 }));
    expect(comparison.issues["6.5.5"]).toMatchObject({ before: null, change: null });
    expect(comparison.issues["6.5.5"]?.after?.toString()).toBe("2");
    expect(comparison.issues["6.5.5"]?.coverageBefore?.toFixed(4)).toBe("0.0000");
  });

  it("compares across versions through the stable question keys", () => {
    const before = scoreOf(mini, { climate: 1, energy: "none" });
    const after = scoreOf(miniNext, { climate: 2, solar: true });
    const comparison = compareAssessments(before, after);
    expect([comparison.before, comparison.after]).toEqual(["mini@1.0.0", "mini@1.1.0"]);
    expect(Object.keys(comparison.questions)).toEqual(["climate"]);
    // before (1 + 0 x 2) / 3 = 1/3, after (2 + 4) / 2 = 3
    expect(comparison.issues["6.5.5"]?.change?.toFixed(4)).toBe("2.6667");
  });

  it("shows a year of progress on the Koploper scan", () => {
    const comparison = compareAssessments(scoreOf(koploperScan, fullScanAnswers(1)), scoreOf(koploperScan, fullScanAnswers(3)));
    expect(comparison.overall.change?.greaterThan(0)).toBe(true);
  });

  it("does not mutate its input", () => {
    const before = deepFreeze(scoreOf(mini, { climate: 1 }));
    expect(compareAssessments(before, before).issues["6.5.5"]?.change?.toString()).toBe("0");
  });

  it("rejects assessments of different questionnaires", () => {
    let caught: unknown;
    try {
      compareAssessments(scoreOf(mini, {}), scoreOf(koploperScan, {}));
    } catch (error) {
      caught = error;
    }
    expect(isKoploperError(caught) && caught.code).toBe("INVALID_INPUT");
    expect(isKoploperError(caught) && caught.message).toContain('"mini@1.0.0" and "koploper-scan@1.0.0"');
  });
});
