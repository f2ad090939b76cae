import type { Decimal } from "decimal.js";
import { describe, expectTypeOf, it } from "vitest";
import {
  analyzeGaps,
  compareAssessments,
  parseRelevance,
  parseResponse,
  recommendationFor,
  scoreAssessment,
  type AssessmentComparison,
  type AssessmentScore,
  type GapAnalysis,
  type IssueClass,
  type MeasureTheme,
  type QuestionnaireResponse,
  type QuestionnaireResponseInput,
  type Relevance,
  type RelevanceInput,
} from "../../src/iso26000/index.js";

describe("ISO 26000 scoring types", () => {
  it("types responses, scores, gaps and comparisons", () => {
    expectTypeOf(parseResponse).returns.toEqualTypeOf<QuestionnaireResponse>();
    expectTypeOf(scoreAssessment).returns.toEqualTypeOf<AssessmentScore>();
    expectTypeOf(analyzeGaps).returns.toEqualTypeOf<GapAnalysis>();
    expectTypeOf(compareAssessments).returns.toEqualTypeOf<AssessmentComparison>();
    expectTypeOf(parseRelevance).returns.toEqualTypeOf<Relevance>();
  });

  it("keeps levels and coverage exact Decimals, a level null when nothing was scored", () => {
    expectTypeOf<AssessmentScore["overall"]["level"]>().toEqualTypeOf<Decimal | null>();
    expectTypeOf<AssessmentScore["overall"]["coverage"]>().toEqualTypeOf<Decimal>();
  });

  it("takes explicit not applicable and unknown answers, and nothing else as an object", () => {
    expectTypeOf<{
      questionnaire: string;
      answers: { a: { notApplicable: true }; b: { unknown: true }; c: string[] };
    }>().toExtend<QuestionnaireResponseInput>();
    expectTypeOf<{ questionnaire: string; answers: { a: { skipped: true } } }>().not.toExtend<QuestionnaireResponseInput>();
  });

  it("requires a relevance and allows the rest to be left out of relevance input", () => {
    expectTypeOf<{ "6.5.5": { relevant: "no"; justification: string } }>().toExtend<RelevanceInput>();
    expectTypeOf<{ "6.5.5": { relevant: "maybe" } }>().not.toExtend<RelevanceInput>();
    expectTypeOf<IssueClass>().toEqualTypeOf<"notRelevant" | "relevant" | "significant" | "critical">();
  });

  it("suggests measures with one of the action-plan themes", () => {
    expectTypeOf(recommendationFor).returns.toHaveProperty("measure").toHaveProperty("theme").toEqualTypeOf<MeasureTheme>();
  });
});
