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
  parseQuestionnaire,
  questionSchema,
  questionnaireRef,
  questionnaireSchema,
  questionnaireTextSchema,
  safeParseQuestionnaire,
  sectionSchema,
  type Condition,
  type QuestionTarget,
  type Question,
  type QuestionType,
  type Questionnaire,
  type QuestionnaireInput,
  type QuestionnaireText,
  type Section,
} from "./questionnaire-schema.js";
export { answerValueSchema, type AnswerValue, type Answers } from "./answer-schema.js";
export { evaluateCondition, getVisibleQuestionKeys } from "./conditions.js";
export { koploperScan } from "./koploper-scan.js";
export { toSurveyJs, type SurveyJsElement, type SurveyJsOptions, type SurveyJsPage, type SurveyJsSurvey } from "./surveyjs.js";
export { fromSurveyJsResult } from "./surveyjs-result.js";
export { questionnaireJsonSchema } from "./json-schema.js";
export { SDG_CROSSWALK, getSdgsOfCoreSubject, type SdgCrosswalk, type SdgLink } from "./sdg.js";
