import { describe, expectTypeOf, it } from "vitest";
import type {
  AnswerValue,
  Answers,
  Clause,
  ClauseLevel,
  Condition,
  Question,
  QuestionType,
  Questionnaire,
  QuestionnaireInput,
  SurveyJsSurvey,
} from "../../src/iso26000/index.js";
import { fromSurveyJsResult, getClause, koploperScan, parseQuestionnaire, toSurveyJs } from "../../src/iso26000/index.js";

describe("ISO 26000 public types", () => {
  it("types the standard's entries", () => {
    expectTypeOf(getClause).returns.toEqualTypeOf<Clause>();
    expectTypeOf<Clause["level"]>().toEqualTypeOf<ClauseLevel>();
    expectTypeOf<Clause["parent"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Clause["nlStatus"]>().toEqualTypeOf<"seen" | "proposed">();
  });

  it("types questions as a union on their type", () => {
    expectTypeOf<QuestionType>().toEqualTypeOf<"single-choice" | "multiple-choice" | "yes-no" | "maturity" | "number" | "text">();
    expectTypeOf<Extract<Question, { type: "maturity" }>["levels"]>().toHaveProperty("4");
    expectTypeOf<Extract<Question, { type: "multiple-choice" }>["maxPoints"]>().toEqualTypeOf<number>();
    expectTypeOf<Question["measures"]>().toEqualTypeOf<{ clause: string; weight: number }[]>();
  });

  it("types conditions recursively and answers with their explicit states", () => {
    expectTypeOf<Extract<Condition, { op: "not" }>["condition"]>().toEqualTypeOf<Condition>();
    expectTypeOf<{ notApplicable: true }>().toExtend<AnswerValue>();
    expectTypeOf<{ unknown: true }>().toExtend<AnswerValue>();
    expectTypeOf<{ unknown: false }>().not.toExtend<AnswerValue>();
  });

  it("parses input into a questionnaire with defaults filled in", () => {
    expectTypeOf(parseQuestionnaire).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(koploperScan).toEqualTypeOf<Questionnaire>();
    expectTypeOf<QuestionnaireInput["defaultLocale"]>().toEqualTypeOf<"nl" | "en" | undefined>();
    expectTypeOf<Questionnaire["defaultLocale"]>().toEqualTypeOf<"nl" | "en">();
  });

  it("types the SurveyJS bridge", () => {
    expectTypeOf(toSurveyJs).returns.toEqualTypeOf<SurveyJsSurvey>();
    expectTypeOf(fromSurveyJsResult).returns.toEqualTypeOf<{ readonly questionnaire: string; readonly answers: Answers }>();
  });
});
