import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  compareAssessments,
  koploperScan,
  koploperScanV1,
  parseQuestionnaire,
  parseResponse,
  scoreAssessment,
  type AssessmentScore,
  type Questionnaire,
} from "../../src/iso26000/index.js";
import { answersArbitrary, fullScanAnswers, mini, miniInput, questionsOf } from "./fixtures.js";
import { caught, deepFreeze } from "../helpers.js";

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
    const error = caught(() => compareAssessments(scoreOf(mini, {}), scoreOf(koploperScan, {})));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toContain('"mini@1.0.0" and "koploper-scan@2.0.0"');
  });

  it("compares a 1.0.0 baseline with a 2.0.0 final scan", () => {
    const before = scoreOf(koploperScanV1, { has_employees: true, env_climate: 1, lab_conditions: 1, cons_privacy: "basic", int_initiatives: true });
    const after = scoreOf(koploperScan, {
      has_employees: true,
      env_footprint: "calculated",
      env_co2_reduction: 3,
      env_climate_adaptation: 1,
      lab_conditions: 3,
      cons_privacy: "secured",
      int_other_initiatives: false,
    });
    const comparison = compareAssessments(before, after);
    expect([comparison.before, comparison.after]).toEqual(["koploper-scan@1.0.0", "koploper-scan@2.0.0"]);
    // Only the keys both versions score: env_climate and int_initiatives were split or replaced in 2.0.0.
    expect(Object.keys(comparison.questions).sort()).toEqual(["cons_privacy", "lab_conditions"]);
    expect(comparison.questions["lab_conditions"]?.change?.toString()).toBe("2");
    expect(comparison.questions["cons_privacy"]?.change?.toString()).toBe("2");
    // 6.5.5 matches by clause: before env_climate 1; after the three questions that replaced it, (2 + 3 + 1) / 3 = 2.
    expect(comparison.issues["6.5.5"]?.change?.toString()).toBe("1");
  });
});

describe("compareAssessments, laws", () => {
  test.prop([answersArbitrary(koploperScan)], { numRuns: 30 })("shows no change when a 2.0.0 scan is compared with itself", (answers) => {
    const score = scoreOf(koploperScan, { has_employees: true, ...answers });
    const comparison = compareAssessments(score, score);
    for (const change of [...Object.values(comparison.issues), ...Object.values(comparison.questions), comparison.overall]) {
      expect(change.change === null || change.change.isZero()).toBe(true);
      expect(change.change === null).toBe(change.before === null);
    }
  });

  const keysOf = (questionnaire: Questionnaire) => new Set(questionsOf(questionnaire).map((question) => question.key));
  const shared = new Set([...keysOf(koploperScanV1)].filter((key) => keysOf(koploperScan).has(key)));
  test.prop([answersArbitrary(koploperScanV1), answersArbitrary(koploperScan)], { numRuns: 30 })(
    "compares a 1.0.0 and a 2.0.0 scan only on keys both versions have",
    (v1, v2) => {
      const comparison = compareAssessments(scoreOf(koploperScanV1, v1), scoreOf(koploperScan, v2));
      for (const key of Object.keys(comparison.questions)) expect(shared.has(key)).toBe(true);
      expect(Object.keys(comparison.issues).length).toBeGreaterThan(0);
    },
  );
});
