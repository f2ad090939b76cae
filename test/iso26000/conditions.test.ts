import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { evaluateCondition, getVisibleQuestionKeys, koploperScan, parseQuestionnaire, type Answers, type Condition } from "../../src/iso26000/index.js";

describe("evaluateCondition", () => {
  const answers: Answers = {
    sector: "retail",
    staff: 8,
    has_staff: false,
    energy: ["led", "solar"],
    none_chosen: [],
    na: { notApplicable: true },
    unknown: { unknown: true },
  };

  it.each<[Condition, boolean]>([
    [{ op: "equals", question: "sector", value: "retail" }, true],
    [{ op: "equals", question: "sector", value: "care" }, false],
    [{ op: "equals", question: "staff", value: 8 }, true],
    [{ op: "equals", question: "staff", value: "8" }, false],
    [{ op: "equals", question: "has_staff", value: false }, true],
    [{ op: "equals", question: "energy", value: "solar" }, true],
    [{ op: "equals", question: "energy", value: "green_power" }, false],
    [{ op: "in", question: "sector", values: ["care", "retail"] }, true],
    [{ op: "in", question: "energy", values: ["water", "led"] }, true],
    [{ op: "in", question: "energy", values: ["water"] }, false],
    [{ op: "answered", question: "sector" }, true],
    [{ op: "answered", question: "none_chosen" }, true],
    [{ op: "answered", question: "missing" }, false],
    [{ op: "answered", question: "na" }, false],
    [{ op: "answered", question: "unknown" }, false],
    [{ op: "equals", question: "na", value: "notApplicable" }, false],
    [{ op: "answered", question: "constructor" }, false],
    [
      {
        op: "and",
        conditions: [
          { op: "answered", question: "sector" },
          { op: "equals", question: "staff", value: 8 },
        ],
      },
      true,
    ],
    [
      {
        op: "and",
        conditions: [
          { op: "answered", question: "sector" },
          { op: "equals", question: "staff", value: 9 },
        ],
      },
      false,
    ],
    [
      {
        op: "or",
        conditions: [
          { op: "answered", question: "na" },
          { op: "equals", question: "staff", value: 8 },
        ],
      },
      true,
    ],
    [
      {
        op: "or",
        conditions: [
          { op: "answered", question: "na" },
          { op: "answered", question: "unknown" },
        ],
      },
      false,
    ],
    [{ op: "not", condition: { op: "answered", question: "na" } }, true],
  ])("evaluates %j to %s", (condition, expected) => {
    expect(evaluateCondition(condition, answers)).toBe(expected);
  });

  const leaf = fc.oneof(
    fc.record({ op: fc.constant("equals" as const), question: fc.constantFrom("a", "b"), value: fc.constantFrom("x", "y", 1, true) }),
    fc.record({ op: fc.constant("answered" as const), question: fc.constantFrom("a", "b") }),
  );
  const answerSets = fc.record({
    a: fc.constantFrom<Answers[string]>("x", "y", 1, true, { unknown: true }),
    b: fc.constantFrom<Answers[string]>("x", ["x"], { notApplicable: true }),
  });

  test.prop([leaf, leaf, answerSets])("follows the laws of logic: double negation, De Morgan", (left, right, given) => {
    const l = evaluateCondition(left, given);
    const r = evaluateCondition(right, given);
    expect(evaluateCondition({ op: "not", condition: { op: "not", condition: left } }, given)).toBe(l);
    expect(evaluateCondition({ op: "not", condition: { op: "and", conditions: [left, right] } }, given)).toBe(
      evaluateCondition(
        {
          op: "or",
          conditions: [
            { op: "not", condition: left },
            { op: "not", condition: right },
          ],
        },
        given,
      ),
    );
    expect(evaluateCondition({ op: "and", conditions: [left, right] }, given)).toBe(l && r);
  });
});

describe("getVisibleQuestionKeys", () => {
  const questionnaire = parseQuestionnaire({
    id: "chain",
    version: "1.0.0",
    title: { nl: "Keten" },
    sections: [
      {
        key: "s",
        title: { nl: "S" },
        questions: [
          { key: "a", type: "yes-no", title: { nl: "A" } },
          { key: "b", type: "yes-no", title: { nl: "B" }, visibleIf: { op: "equals", question: "a", value: true } },
          { key: "c", type: "text", title: { nl: "C" }, visibleIf: { op: "equals", question: "b", value: true } },
        ],
      },
    ],
  });

  it("shows follow-up questions when their condition holds", () => {
    expect(getVisibleQuestionKeys(questionnaire, { a: true, b: true })).toEqual(["a", "b", "c"]);
    expect(getVisibleQuestionKeys(questionnaire, { a: true, b: false })).toEqual(["a", "b"]);
  });

  it("cascades: the answer to a hidden question does not count", () => {
    expect(getVisibleQuestionKeys(questionnaire, { a: false, b: true })).toEqual(["a"]);
  });

  it("hides the questions about employees in the Koploper scan for an organisation without employees", () => {
    const without = getVisibleQuestionKeys(koploperScan, { has_employees: false });
    const withStaff = getVisibleQuestionKeys(koploperScan, { has_employees: true });
    expect(withStaff.filter((key) => !without.includes(key))).toEqual([
      "hr_equal_treatment",
      "hr_free_opinion",
      ...["lab_job_security", "lab_conditions", "lab_dialogue", "lab_healthy_work", "lab_risk_assessment", "lab_training"],
      "int_staff_ideas",
    ]);
  });
});
