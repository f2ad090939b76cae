import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { koploperScanV1, parseQuestionnaire, parseResponse, questionnaireRef, scoreAssessment } from "../../src/iso26000/index.js";
import { questionsOf, valueFor } from "./fixtures.js";

// The definition of koploper-scan@1.0.0 as it was published (JSON of the export before 2.0.0).
const published: unknown = JSON.parse(readFileSync(new URL("koploper-scan-1.0.0.json", import.meta.url), "utf8"));

describe("koploperScanV1", () => {
  it("is the published 1.0.0, unchanged", () => {
    expect(questionnaireRef(koploperScanV1)).toBe("koploper-scan@1.0.0");
    expect(JSON.parse(JSON.stringify(koploperScanV1))).toEqual(published);
    expect(parseQuestionnaire(published)).toEqual(koploperScanV1);
  });

  it("still parses and scores a 1.0.0 response, with the keys that 2.0.0 dropped", () => {
    const answers = { has_employees: true, env_climate: 3, hr_risk_situations: "dont_know", pr_rule_of_law: "not_sure", int_initiatives: true };
    const response = parseResponse(koploperScanV1, { questionnaire: "koploper-scan@1.0.0", answers }, { partial: true });
    const score = scoreAssessment(koploperScanV1, response);
    expect(score.questionnaire).toBe("koploper-scan@1.0.0");
    expect(score.issues["6.5.5"]?.level?.toString()).toBe("3");
    // "Dat weet ik niet" scored 0 in 1.0.0, and still does: a published scale never changes.
    expect(score.issues["6.3.4"]?.level?.toString()).toBe("0");
    expect(score.principles["4.6"]?.level?.toString()).toBe("0");
  });

  it("scores a complete 1.0.0 response on every issue", () => {
    const answers = Object.fromEntries(
      questionsOf(koploperScanV1).map((question) => [question.key, question.key === "has_employees" ? true : valueFor(question, 2)]),
    );
    const score = scoreAssessment(
      koploperScanV1,
      parseResponse(koploperScanV1, { questionnaire: "koploper-scan@1.0.0", answers: { ...answers, sh_identify: true } }),
    );
    expect(Object.values(score.issues).filter((issue) => issue.level === null)).toEqual([]);
  });
});
