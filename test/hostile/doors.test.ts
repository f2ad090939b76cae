import { describe, expect, it } from "vitest";
import { Model } from "survey-core";
import {
  koploperScan,
  LIMITS,
  parseQuestionnaire,
  parseResponse,
  safeParseQuestionnaire,
  safeParseResponse,
  scoreAssessment,
  toSurveyJs,
  type QuestionnaireInput,
} from "../../src/index.js";
import { caught } from "../helpers.js";
import { miniInput } from "../iso26000/fixtures.js";

// Issue 18, classes 1, 6, 8 and 9 for the ISO 26000 doors: nesting is bounded, options are parsed
// like any other input (own keys only), and what toSurveyJs writes parses in survey-core.

function withCondition(visibleIf: unknown, on = 4): QuestionnaireInput {
  const input = structuredClone(miniInput) as unknown as { sections: { questions: Record<string, unknown>[] }[] };
  const question = input.sections[0]?.questions[on];
  if (question === undefined) throw new Error("fixture changed");
  question["visibleIf"] = visibleIf;
  return input as unknown as QuestionnaireInput;
}

function nested(depth: number): unknown {
  let condition: unknown = { op: "equals", question: "report", value: true };
  for (let level = 1; level < depth; level++) condition = level % 2 === 0 ? { op: "not", condition } : { op: "and", conditions: [condition] };
  return condition;
}

describe("questionnaire conditions", () => {
  it(`accept ${LIMITS.conditionDepth} levels of nesting and refuse one more with the path, without exhausting the stack`, () => {
    expect(safeParseQuestionnaire(withCondition(nested(LIMITS.conditionDepth))).success).toBe(true);
    for (const depth of [LIMITS.conditionDepth + 1, 1_000, 100_000]) {
      const result = safeParseQuestionnaire(withCondition(nested(depth)));
      expect(result.success).toBe(false);
      if (result.success) continue;
      expect(result.error.code).toBe("INVALID_INPUT");
      expect(result.error.issues.map((issue) => issue.path.join("."))).toContain("sections.0.questions.4.visibleIf");
    }
  });
});

describe("options", () => {
  const response = parseResponse(koploperScan, { questionnaire: `${koploperScan.id}@${koploperScan.version}`, answers: {} }, { partial: true });

  it("are refused when they are not an object, name an option the function lacks, or hold a wrong value", () => {
    for (const options of [null, [], "en", 1]) {
      expect(caught(() => toSurveyJs(koploperScan, options as never)).code).toBe("INVALID_INPUT");
      expect(caught(() => scoreAssessment(koploperScan, response, options as never)).code).toBe("INVALID_INPUT");
      expect(safeParseResponse(koploperScan, { questionnaire: "x@1.0.0", answers: {} }, options as never).success).toBe(false);
    }
    expect(caught(() => toSurveyJs(koploperScan, { locale: "toString" } as never)).issues).toEqual([expect.objectContaining({ path: ["locale"] })]);
    expect(caught(() => toSurveyJs(koploperScan, { language: "en" } as never)).issues).toEqual([
      expect.objectContaining({ path: ["language"], code: "unrecognized_keys" }),
    ]);
    expect(caught(() => parseResponse(koploperScan, { questionnaire: "x", answers: {} }, { partial: "yes" } as never)).issues[0]?.path).toEqual(["partial"]);
  });

  it("never read inherited keys", () => {
    const inherited = Object.create({ locale: "en" }) as object;
    expect(toSurveyJs(koploperScan, inherited).locale).toBe(koploperScan.defaultLocale);
  });
});

describe("toSurveyJs", () => {
  it("writes numbers in visibleIf as plain decimals that survey-core reads", () => {
    const input = withCondition({ op: "in", question: "staff", values: [1e-7, 1e21] }, 6) as unknown as {
      sections: { questions: Record<string, unknown>[] }[];
    };
    Object.assign(input.sections[0]?.questions[5] ?? {}, { integer: false, max: 1e22 });
    const survey = toSurveyJs(parseQuestionnaire(input));
    const name = survey.pages[0]?.elements.find((element) => element.name === "name");
    expect(name?.visibleIf).toBe("({staff} = 0.0000001 or {staff} = 1000000000000000000000)");
    const model = new Model(survey);
    model.setValue("staff", 0);
    expect(model.getQuestionByName("name").isVisible).toBe(false);
    model.setValue("staff", 1e-7);
    expect(model.getQuestionByName("name").isVisible).toBe(true);
  });
});
