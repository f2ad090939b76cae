import type { Decimal } from "decimal.js";
import { problem, refuse } from "../core/errors.js";
import { localeOption } from "../core/options.js";
import type { Footprint } from "../footprint/types.js";
import { footprintAt } from "../footprint/footprint.schema.js";
import type { Recommendation } from "../iso26000/recommendations.js";
import type { AssessmentScore } from "../iso26000/score.js";
import { assessmentScoreAt } from "../iso26000/score.schema.js";
import { CORE_SUBJECT_CLAUSES, type CoreSubjectClause } from "./constants.js";
import { auditRecommendationParser, type AuditRecommendation, type FootprintSummary, type Iso26000Summary } from "./summaries.schema.js";

/**
 * The footprint summary an audit or final measurement carries, taken from a footprint
 * (`calculateFootprint`): scope 1, scope 2 both ways, scope 3 (all categories) and the totals,
 * in kg CO2-eq, with the footprint year and factor set id.
 *
 * @param footprint - a footprint from `calculateFootprint`, the accumulator or `mergeFootprints`
 * @returns the summary, ready for an `audit-completed` or `final-measurement-recorded` event
 *
 * @example
 * ```ts
 * import { calculateFootprint, nl2026, summarizeFootprint } from "koploper";
 *
 * const footprint = calculateFootprint(
 *   { year: 2026, activities: [{ id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" }] },
 *   { factors: nl2026 },
 * );
 * summarizeFootprint(footprint).scope1.toString(); //=> "2134"
 * ```
 */
export function summarizeFootprint(footprint: Footprint): FootprintSummary {
  footprint = footprintAt(footprint);
  return {
    year: footprint.year,
    factorSetId: footprint.factorSet.id,
    scope1: footprint.scope1,
    scope2: { marketBased: footprint.scope2.marketBased, locationBased: footprint.scope2.locationBased },
    scope3: footprint.scope3.total,
    total: { marketBased: footprint.total.marketBased, locationBased: footprint.total.locationBased },
  };
}

/**
 * The ISO 26000 summary an audit or final measurement carries, taken from a score
 * (`scoreAssessment`): the overall level, the level of every core subject that has one (a core
 * subject without a level is left out: unknown is never 0) and the overall coverage.
 *
 * @param score - a score from `scoreAssessment`
 * @returns the summary
 * @throws {@link KoploperError} `INVALID_INPUT` when the assessment has no overall level (nothing was scored)
 *
 * @example
 * ```ts
 * import { koploperScan, parseResponse, scoreAssessment, summarizeAssessment } from "koploper";
 *
 * const response = parseResponse(koploperScan, { questionnaire: "koploper-scan@2.0.0", answers: { env_co2_reduction: 2 } }, { partial: true });
 * summarizeAssessment(scoreAssessment(koploperScan, response)).coreSubjects["6.5"]?.toString(); //=> "2"
 * ```
 */
export function summarizeAssessment(score: AssessmentScore): Iso26000Summary {
  score = assessmentScoreAt(score);
  const overall = score.overall.level;
  if (overall === null) {
    throw problem("INVALID_INPUT", "not-scored", "the assessment has no overall level: no question was scored", ["overall", "level"]);
  }
  const coreSubjects: Partial<Record<CoreSubjectClause, Decimal>> = {};
  for (const clause of CORE_SUBJECT_CLAUSES) {
    const level = score.coreSubjects[clause]?.level;
    if (level !== null && level !== undefined) coreSubjects[clause] = level;
  }
  return { overall, coreSubjects, coverage: score.overall.coverage };
}

/**
 * A recommendation from the gap analysis (`analyzeGaps`) as the audit records it: its id,
 * title, core subject, theme and text (in Dutch and English; the audit keeps the Dutch text as its
 * description when `locale` is "nl", the English one for "en").
 *
 * @param recommendation - one of `analyzeGaps(...).recommendations`
 * @param locale - the language of the description; Dutch by default
 * @returns the audit recommendation
 *
 * @example
 * ```ts
 * import { recommendationFor, toAuditRecommendation } from "koploper";
 *
 * toAuditRecommendation(recommendationFor("6.5.5", 1)).id; //=> "6.5.5:1-2"
 * ```
 */
export function toAuditRecommendation(recommendation: Recommendation, locale: "nl" | "en" = "nl"): AuditRecommendation {
  if (localeOption(locale) !== null) refuse("INVALID_INPUT", "invalid_value", 'locale must be "nl" or "en"', ["locale"]);
  const { measure, text } = (typeof recommendation === "object" && recommendation !== null ? recommendation : {}) as Partial<Recommendation>;
  if (typeof measure !== "object" || measure === null || typeof text !== "object" || text === null) {
    refuse("INVALID_INPUT", "invalid_type", "expected a recommendation of recommendationFor", ["recommendation"]);
  }
  const coreSubject = CORE_SUBJECT_CLAUSES.find((clause) => clause === recommendation.coreSubject);
  return auditRecommendationParser.parse({
    id: recommendation.id,
    title: recommendation.title,
    theme: measure.theme,
    description: Object.hasOwn(text, locale) ? text[locale] : undefined,
    ...(coreSubject === undefined ? {} : { coreSubject }),
  });
}
