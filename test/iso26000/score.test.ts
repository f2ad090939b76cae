import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  getClausesOfLevel,
  getVisibleQuestionKeys,
  koploperScan,
  parseQuestionnaire,
  parseResponse,
  scoreAssessment,
  type AssessmentScore,
  type Questionnaire,
} from "../../src/iso26000/index.js";
import { answerArbitrary, answersArbitrary, fullScanAnswers, mini, questionsOf, SCAN_REF } from "./fixtures.js";
import { caught, deepFreeze } from "../helpers.js";

const scoreMini = (answers: Record<string, unknown>, options = {}): AssessmentScore =>
  scoreAssessment(mini, parseResponse(mini, { questionnaire: "mini@1.0.0", answers: { name: "Bakker", ...answers } }), options);

const scoreScan = (questionnaire: Questionnaire, answers: Record<string, unknown>): AssessmentScore =>
  scoreAssessment(questionnaire, parseResponse(questionnaire, { questionnaire: `${questionnaire.id}@${questionnaire.version}`, answers }, { partial: true }));

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("scoreAssessment", () => {
  it("takes the weighted mean of the scored answers per issue", () => {
    const issue = scoreMini({ climate: 3, energy: "all" }).issues["6.5.5"];
    // (3 x 1 + 4 x 2) / 3
    expect(issue?.level?.toFixed(10)).toBe("3.6666666667");
    expect(issue?.coverage.toString()).toBe("1");
    expect(issue?.conclusive).toBe(true);
    expect(issue?.answers.map((answer) => [answer.key, answer.weight.toString(), answer.status, answer.score?.toString()])).toEqual([
      ["climate", "1", "scored", "3"],
      ["energy", "2", "scored", "4"],
    ]);
  });

  it("lowers the coverage for unknown, never counting it as 0", () => {
    const issue = scoreMini({ climate: 3, energy: { unknown: true } }).issues["6.5.5"];
    expect(issue?.level?.toString()).toBe("3");
    expect(issue?.coverage.toFixed(4)).toBe("0.3333");
    expect(issue?.conclusive).toBe(false);
  });

  it("counts an option without a score like unknown", () => {
    expect(plain(scoreMini({ climate: 3, energy: "dont-know" }).issues["6.5.5"]?.coverage)).toBe(
      plain(scoreMini({ climate: 3, energy: { unknown: true } }).issues["6.5.5"]?.coverage),
    );
    expect(scoreMini({ climate: 3, energy: "dont-know" }).issues["6.5.5"]?.answers[1]?.status).toBe("unknown");
  });

  it("lowers the coverage for unanswered questions", () => {
    const issue = scoreMini({ energy: "none" }).issues["6.5.5"];
    expect(issue?.level?.toString()).toBe("0");
    expect(issue?.coverage.toFixed(4)).toBe("0.6667");
    expect(issue?.answers[0]?.status).toBe("unanswered");
  });

  it("leaves not applicable out of the denominator", () => {
    const issue = scoreMini({ climate: 3, energy: { notApplicable: true } }).issues["6.5.5"];
    expect(issue?.level?.toString()).toBe("3");
    expect(issue?.coverage.toString()).toBe("1");
  });

  it("marks an issue whose every question is not applicable as not applicable, without a level", () => {
    const issue = scoreMini({ climate: { notApplicable: true }, energy: { notApplicable: true } }).issues["6.5.5"];
    expect(issue).toMatchObject({ level: null, applicable: false, conclusive: false });
    expect(issue?.coverage.toString()).toBe("0");
  });

  it("rescales multiple-choice points to 0-4, capped at maxPoints", () => {
    expect(scoreMini({ waste: ["paper"] }).issues["6.5.3"]?.level?.toString()).toBe("2");
    expect(scoreMini({ waste: ["paper", "glass", "plastic"] }).issues["6.5.3"]?.level?.toString()).toBe("4");
    expect(scoreMini({ waste: [] }).issues["6.5.3"]?.level?.toString()).toBe("0");
  });

  it("scores principles and practices measured by the questionnaire, leaving hidden questions out", () => {
    const shown = scoreMini({ report: true, review: 2 });
    expect(Object.keys(shown.principles)).toEqual(["4.2"]);
    expect(shown.principles["4.2"]?.level?.toString()).toBe("4");
    expect(shown.practices["7.7"]?.level?.toString()).toBe("2");
    const hidden = scoreMini({ report: false });
    expect(hidden.practices["7.7"]).toMatchObject({ level: null, applicable: false });
    expect(hidden.practices["7.7"]?.answers[0]?.status).toBe("hidden");
  });

  it("scores a core subject as the mean of its issues and overall as the mean of the core subjects", () => {
    const score = scoreMini({ climate: 3, energy: "none", waste: ["paper"] });
    // 6.5.5: (3 + 0 x 2) / 3 = 1; 6.5.3: 2
    expect(score.coreSubjects["6.5"]?.level?.toString()).toBe("1.5");
    expect(score.coreSubjects["6.5"]?.issues).toEqual(["6.5.3", "6.5.4", "6.5.5", "6.5.6"]);
    expect(score.coreSubjects["6.5"]?.coverage.toString()).toBe("1");
    expect(score.coreSubjects["6.4"]).toMatchObject({ level: null, applicable: false });
    expect(score.overall.level?.toString()).toBe("1.5");
  });

  it("lists all 37 issues and all 7 core subjects", () => {
    const score = scoreMini({});
    expect(Object.keys(score.issues)).toEqual(getClausesOfLevel("issue").map((entry) => entry.clause));
    expect(Object.keys(score.coreSubjects)).toEqual(getClausesOfLevel("core-subject").map((entry) => entry.clause));
  });

  it("takes the conclusive threshold as an option", () => {
    const answers = { climate: 3, energy: { unknown: true } };
    expect(scoreMini(answers, { conclusiveFrom: "0.3" }).issues["6.5.5"]?.conclusive).toBe(true);
    expect(scoreMini(answers, { conclusiveFrom: 0.5 }).issues["6.5.5"]?.conclusive).toBe(false);
    expect(scoreMini(answers).threshold.toString()).toBe("0.5");
  });

  it("scores a complete Koploper scan with full coverage on every issue", () => {
    const score = scoreScan(koploperScan, fullScanAnswers(3));
    for (const issue of Object.values(score.issues)) {
      expect(issue.level).not.toBeNull();
      expect(issue.coverage.toString()).toBe("1");
    }
    expect(score.overall.conclusive).toBe(true);
    expect(Object.keys(score.principles)).toEqual(["4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8"]);
    expect(Object.keys(score.practices)).toContain("5.3");
  });

  it("serialises levels and coverage as plain decimal strings", () => {
    const json = plain(scoreMini({ climate: 3, energy: { unknown: true } }).issues["6.5.5"]) as { level: string; coverage: string };
    expect(json.level).toBe("3");
    expect(json.coverage).toMatch(/^0\.3333+$/);
  });

  it("scores a questionnaire object that is not frozen as it is at each call", () => {
    const open = structuredClone(mini) as { sections: { questions: { key: string; measures: { clause: string; weight: number }[] }[] }[] } & Questionnaire;
    const response = parseResponse(mini, { questionnaire: "mini@1.0.0", answers: { name: "x", climate: 2 } });
    expect(scoreAssessment(open, response).issues["6.5.5"]?.level?.toString()).toBe("2");
    const climate = open.sections[0]?.questions.find((question) => question.key === "climate");
    if (climate !== undefined) climate.measures = [{ clause: "6.5.6", weight: 1 }];
    expect(scoreAssessment(open, response).issues["6.5.5"]?.level).toBeNull();
    expect(scoreAssessment(open, response).issues["6.5.6"]?.level?.toString()).toBe("2");
  });

  it("does not mutate its input", () => {
    const response = deepFreeze(parseResponse(mini, { questionnaire: "mini@1.0.0", answers: { name: "x", climate: 2 } }));
    expect(scoreAssessment(mini, response).issues["6.5.5"]?.level?.toString()).toBe("2");
  });

  it("counts an answer that does not fit its question, in a response that skipped parseResponse, as unknown", () => {
    const unchecked = { questionnaire: "mini@1.0.0", answers: { climate: "high", energy: 3, waste: "paper", report: true, review: "x" }, dropped: [] };
    const score = scoreAssessment(mini, unchecked);
    expect(score.issues["6.5.5"]?.answers.map((answer) => answer.status)).toEqual(["unknown", "unknown"]);
    expect(score.issues["6.5.3"]?.answers[0]?.status).toBe("unknown");
    expect(score.practices["7.7"]?.answers[0]?.status).toBe("unknown");
  });

  it.each([["1.5"], [-0.1], ["abc"]])("rejects the threshold %s", (conclusiveFrom) => {
    const error = caught(() => scoreMini({}, { conclusiveFrom }));
    expect(error.code === "INVALID_INPUT" && error.issues[0]?.path[0] === "conclusiveFrom").toBe(true);
  });

  it("rejects a response to another questionnaire", () => {
    const response = parseResponse(koploperScan, { questionnaire: SCAN_REF, answers: {} }, { partial: true });
    expect(() => scoreAssessment(mini, response)).toThrow(/answers "koploper-scan@2.0.0", not "mini@1.0.0"/);
  });

  it("tells users what is wrong in messages pinned here", () => {
    const response = parseResponse(koploperScan, { questionnaire: SCAN_REF, answers: {} }, { partial: true });
    const wrong = caught(() => scoreAssessment(mini, response));
    expect([wrong.message, wrong.issues]).toMatchInlineSnapshot(`
      [
        "the response answers "koploper-scan@2.0.0", not "mini@1.0.0"",
        [
          {
            "code": "wrong_questionnaire",
            "message": "the response answers "koploper-scan@2.0.0", not "mini@1.0.0"",
            "path": [
              "questionnaire",
            ],
          },
        ],
      ]
    `);
    expect(caught(() => scoreMini({}, { conclusiveFrom: "1.5" })).message).toMatchInlineSnapshot(
      `"conclusiveFrom must be a coverage between 0 and 1, not 1.5"`,
    );
  });
});

/** Every text in a questionnaire replaced, as a translation would. */
function translated(questionnaire: Questionnaire): Questionnaire {
  const walk = (value: unknown, key = ""): unknown => {
    if (Array.isArray(value)) return value.map((inner) => walk(inner));
    if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([k, inner]) => [k, walk(inner, k)]));
    return typeof value === "string" && (key === "nl" || key === "en") ? `[${key}] ${value.split("").reverse().join("")}` : value;
  };
  return parseQuestionnaire(walk(questionnaire));
}

const scanQuestions = questionsOf(koploperScan);

describe("scoreAssessment laws", () => {
  test.prop([answersArbitrary(koploperScan)])("keeps every level within 0-4 and every coverage within 0-1", (answers) => {
    const score = scoreScan(koploperScan, answers);
    const all = [
      ...Object.values(score.issues),
      ...Object.values(score.coreSubjects),
      ...Object.values(score.principles),
      ...Object.values(score.practices),
      score.overall,
    ];
    for (const entry of all) {
      if (entry.level !== null) expect(entry.level.greaterThanOrEqualTo(0) && entry.level.lessThanOrEqualTo(4)).toBe(true);
      expect(entry.coverage.greaterThanOrEqualTo(0) && entry.coverage.lessThanOrEqualTo(1)).toBe(true);
    }
  });

  test.prop([answersArbitrary(koploperScan), fc.nat()])("never changes a level when a not applicable answer is added", (answers, index) => {
    const open = scanQuestions.filter((question) => question.allowNotApplicable && !Object.hasOwn(answers, question.key));
    fc.pre(open.length > 0);
    const question = open[index % open.length];
    if (question === undefined) return;
    const levels = (score: AssessmentScore) =>
      plain([score.issues, score.principles, score.practices].map((group) => Object.values(group).map((entry) => entry.level)));
    const before = scoreScan(koploperScan, answers);
    const after = scoreScan(koploperScan, { ...answers, [question.key]: { notApplicable: true } });
    expect(levels(after)).toEqual(levels(before));
  });

  const scanInOtherWords = translated(koploperScan);
  test.prop([answersArbitrary(koploperScan)])("changes no score when every label is translated", (answers) => {
    const original = scoreScan(koploperScan, answers);
    const other = scoreScan(scanInOtherWords, answers);
    expect(plain(other)).toEqual(plain(original));
  });

  test.prop([answersArbitrary(koploperScan), fc.infiniteStream(fc.nat())])("changes nothing when a hidden question is answered", (answers, picks) => {
    const visible = new Set(getVisibleQuestionKeys(koploperScan, answers));
    const hidden = scanQuestions.filter((question) => !visible.has(question.key));
    fc.pre(hidden.length > 0);
    const extra = Object.fromEntries(
      hidden.map((question) => [question.key, fc.sample(answerArbitrary(question), { numRuns: 1, seed: picks.next().value })[0]]),
    );
    expect(plain(scoreScan(koploperScan, { ...answers, ...extra }))).toEqual(plain(scoreScan(koploperScan, answers)));
  });
});
