/**
 * The Koploper programme: cohort, one-year timeline, audit, vision, action plan, exchange,
 * symposium and prize, network.
 *
 * An event log is the source of truth: start it with a `cohort-created` event, fold it with
 * `replay` (or `applyEvent` one at a time), then ask `nextActions`, `rankPrize`, `certificates` and
 * `cohortReport`.
 *
 * @module koploper/lifecycle
 */
export { KoploperError, isKoploperError, type KoploperErrorCode, type KoploperIssue } from "../core/errors.js";
export * from "./timeline/index.js";
export type { IsoDate } from "./dates.js";
export { MEASURE_THEMES, type MeasureTheme } from "../core/measure-themes.js";
export { isoDateSchema } from "./common.schema.js";
export {
  CORE_SUBJECT_CLAUSES,
  MEASURE_STATUSES,
  PARTICIPANT_KINDS,
  PRIZE_CRITERIA,
  type CoreSubjectClause,
  type MeasureStatus,
  type ParticipantKind,
  type PrizeCriterion,
} from "./constants.js";
export {
  cohortSchema,
  cohortSettingsSchema,
  participantSchema,
  parseCohort,
  safeParseCohort,
  type Cohort,
  type CohortInput,
  type CohortSettings,
  type Participant,
} from "./cohort.schema.js";
export {
  footprintSummarySchema,
  iso26000SummarySchema,
  auditRecommendationSchema,
  parseFootprintSummary,
  safeParseFootprintSummary,
  parseIso26000Summary,
  safeParseIso26000Summary,
  type FootprintSummary,
  type Iso26000Summary,
  type AuditRecommendation,
} from "./summaries.schema.js";
export {
  measureSchema,
  parseMeasure,
  safeParseMeasure,
  type Measure,
  type MeasureInput,
} from "./measure.schema.js";
export {
  lifecycleEventSchema,
  parseEvent,
  safeParseEvent,
  type LifecycleEvent,
  type LifecycleEventInput,
  type LifecycleEventType,
} from "./events.schema.js";
export { nextActionsOptionsSchema, type NextActionsOptions } from "./next-actions.schema.js";
export {
  prizeCriteriaSchema,
  parsePrizeCriteria,
  safeParsePrizeCriteria,
  type PrizeCriteria,
  type PrizeCriteriaInput,
} from "./prize.schema.js";
export type { CohortState, ParticipantState, ParticipantStatus } from "./state.js";
export { cohortStateSchema, parseCohortState, safeParseCohortState } from "./state.schema.js";
export type { LifecycleWarning } from "./warnings.js";
export { applyEvent } from "./apply.js";
export { LIFECYCLE_RULES, type LifecycleRule } from "./rules.js";
export { replay } from "./replay.js";
export { nextActions, type NextAction, type NextActionKind } from "./next-actions.js";
export { measurePayback, checkSmart, type SmartCheck, type SmartGap } from "./measures.js";
export { rankPrize, type CriterionScore, type PrizeEntry, type PrizeExclusion, type PrizeRanking } from "./prize.js";
export { certificates, type Certificate } from "./certificates.js";
export { cohortReport, type CohortReport, type Co2Figures, type Progress } from "./report.js";
export { roundsReport, type Round, type RoundsReport } from "./rounds.js";
export {
  inactiveMembersOptionsSchema,
  networkEventSchema,
  parseNetworkEvent,
  type InactiveMembersOptions,
  type NetworkEvent,
  type NetworkEventInput,
} from "./network.schema.js";
export {
  applyNetworkEvent,
  inactiveMembers,
  replayNetwork,
  type InactiveMember,
  type NetworkMember,
  type NetworkState,
} from "./network.js";
export { summarizeAssessment, summarizeFootprint, toAuditRecommendation } from "./summarize.js";
