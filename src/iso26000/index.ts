/**
 * ISO 26000: the standard's structure as data, questionnaires, answers, scores, gap analysis and
 * recommendations.
 *
 * @module koploper/iso26000
 */
export { KoploperError, isKoploperError, type KoploperErrorCode, type KoploperIssue } from "../core/errors.js";
export type { SafeParseResult } from "../core/parse.js";
export {
  CLAUSE_LEVELS,
  ISO26000_CLAUSES,
  getClause,
  getClausesOfLevel,
  getCoreSubjectOfIssue,
  getIssuesOfCoreSubject,
  isClause,
  type Clause,
  type ClauseLevel,
  type DutchLabelStatus,
} from "./standard.js";
export {
  conditionSchema,
  questionTargetSchema,
  questionSchema,
  questionnaireTextSchema,
  sectionSchema,
  type Condition,
  type QuestionTarget,
  type Question,
  type QuestionType,
  type QuestionnaireText,
  type Section,
} from "./questionnaire-shape.schema.js";
export { parseQuestionnaire, questionnaireSchema, safeParseQuestionnaire, type Questionnaire, type QuestionnaireInput } from "./questionnaire.schema.js";
export { questionnaireRef } from "./questionnaire.js";
export { CRITICAL_FLAGS } from "./critical-flags.js";
export {
  issueRelevanceSchema,
  organisationProfileSchema,
  parseOrganisationProfile,
  parseRelevance,
  relevanceSchema,
  safeParseOrganisationProfile,
  safeParseRelevance,
  significanceSchema,
  type IssueRelevance,
  type OrganisationProfile,
  type Relevance,
  type RelevanceInput,
} from "./relevance.schema.js";
export { classifyIssue, defaultRelevance, significanceScore, type IssueClass } from "./relevance.js";
export {
  parseResponse,
  responseJsonSchema,
  responseSchema,
  safeParseResponse,
  type ParseResponseOptions,
  type QuestionnaireResponse,
  type QuestionnaireResponseInput,
} from "./response.schema.js";
export type { DroppedAnswer } from "./response.js";
export {
  scoreAssessment,
  type AnswerStatus,
  type AssessmentScore,
  type ClauseScore,
  type CoreSubjectScore,
  type Score,
  type ScoreOptions,
  type ScoredAnswer,
} from "./score.js";
export { assessmentScoreSchema, parseAssessmentScore, safeParseAssessmentScore } from "./score.schema.js";
export { gapOptionsSchema, type GapOptions } from "./gaps.schema.js";
export { analyzeGaps, type GapAnalysis, type IssueGap } from "./gaps.js";
export { recommendationFor, type Recommendation, type SuggestedMeasure } from "./recommendations.js";
export { LEGAL_DUTIES, type LegalDuty } from "./data/legal-duties.js";
export { MEASURE_THEMES, type MeasureTheme } from "../core/measure-themes.js";
export { compareAssessments, type AssessmentComparison, type LevelChange } from "./compare.js";
export { answerValueSchema, type AnswerValue, type Answers } from "./answer.schema.js";
export { evaluateCondition, getVisibleQuestionKeys } from "./conditions.js";
export { koploperScan } from "./data/koploper-scan.js";
export { koploperScanV1 } from "./data/koploper-scan-1.js";
export { toSurveyJs, type SurveyJsElement, type SurveyJsOptions, type SurveyJsPage, type SurveyJsSurvey } from "./surveyjs.js";
export { fromSurveyJsResult } from "./surveyjs-result.js";
export { questionnaireJsonSchema } from "./json-schema.js";
export { SDG_CROSSWALK, getSdgsOfCoreSubject, type SdgCrosswalk, type SdgLink } from "./sdg.js";
