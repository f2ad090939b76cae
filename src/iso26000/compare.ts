import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import { refuse } from "../core/errors.js";
import type { AssessmentScore, Score } from "./score.js";
import { assessmentScoreAt } from "./score.schema.js";

/**
 * How one level moved between two assessments: `before`, `after` and `change` (after - before;
 * `null` when either level is missing), with both coverages.
 *
 * @example
 * ```ts
 * import type { LevelChange } from "koploper/iso26000";
 *
 * const improved = (change: LevelChange): boolean => change.change?.greaterThan(0) ?? false;
 * ```
 */
export interface LevelChange {
  readonly before: Decimal | null;
  readonly after: Decimal | null;
  readonly change: Decimal | null;
  readonly coverageBefore: Decimal;
  readonly coverageAfter: Decimal;
}

/**
 * What {@link compareAssessments} returns: both questionnaire references and the change per issue
 * and core subject (by clause), per question (by its stable key, for keys scored in both) and
 * overall.
 *
 * @example
 * ```ts
 * import type { AssessmentComparison } from "koploper/iso26000";
 *
 * const climate = (comparison: AssessmentComparison) => comparison.issues["6.5.5"]?.change;
 * ```
 */
export interface AssessmentComparison {
  readonly before: string;
  readonly after: string;
  readonly issues: Readonly<Record<string, LevelChange>>;
  readonly coreSubjects: Readonly<Record<string, LevelChange>>;
  readonly questions: Readonly<Record<string, LevelChange>>;
  readonly overall: LevelChange;
}

function changeOf(before: Score, after: Score): LevelChange {
  const from = before.level;
  const to = after.level;
  return {
    before: from,
    after: to,
    change: from === null || to === null ? null : to.minus(from),
    coverageBefore: before.coverage,
    coverageAfter: after.coverage,
  };
}

/** The change for every key that both assessments have. */
function changes(before: Readonly<Record<string, Score>>, after: Readonly<Record<string, Score>>): Record<string, LevelChange> {
  // Object.fromEntries defines own properties, so that no key (not even "__proto__") is lost.
  return Object.fromEntries(
    Object.entries(before).flatMap(([key, score]) => {
      const later = Object.hasOwn(after, key) ? after[key] : undefined;
      return later === undefined ? [] : [[key, changeOf(score, later)] as const];
    }),
  );
}

const FULL = /* @__PURE__ */ new D(1);

/** Each question key's score (0-4) in an assessment, as a fully covered score. */
function questionScores(score: AssessmentScore): Record<string, Score> {
  const scores = new Map<string, Score>();
  for (const clause of [...Object.values(score.issues), ...Object.values(score.principles), ...Object.values(score.practices)]) {
    for (const answer of clause.answers) {
      if (answer.score !== null) scores.set(answer.key, { level: answer.score, coverage: FULL, conclusive: true, applicable: true });
    }
  }
  return Object.fromEntries(scores);
}

function idOf(reference: string): string {
  return reference.slice(0, reference.indexOf("@"));
}

/**
 * Shows the progress between two assessments of the same questionnaire, for example the baseline
 * and the year-end re-assessment. The versions may differ: issues and core subjects match by
 * clause, questions by their stable key (only keys scored in both are compared).
 *
 * @param before - the earlier score (from {@link scoreAssessment})
 * @param after - the later score
 * @returns the change per issue, core subject, question and overall
 * @throws {@link KoploperError} `INVALID_INPUT` when the two scores come from different questionnaires
 * @see ISO 26000:2010 7.7.3
 *
 * @example
 * ```ts
 * import { compareAssessments, koploperScan, parseResponse, scoreAssessment } from "koploper/iso26000";
 *
 * const score = scoreAssessment(koploperScan, parseResponse(koploperScan, { questionnaire: "koploper-scan@2.0.0", answers: {} }, { partial: true }));
 * compareAssessments(score, score).overall.change; //=> null
 * ```
 */
export function compareAssessments(before: AssessmentScore, after: AssessmentScore): AssessmentComparison {
  before = assessmentScoreAt(before, ["before"]);
  after = assessmentScoreAt(after, ["after"]);
  if (idOf(before.questionnaire) !== idOf(after.questionnaire)) {
    const message = `cannot compare assessments of different questionnaires ("${before.questionnaire}" and "${after.questionnaire}")`;
    refuse("INVALID_INPUT", "different_questionnaires", message);
  }
  return {
    before: before.questionnaire,
    after: after.questionnaire,
    issues: changes(before.issues, after.issues),
    coreSubjects: changes(before.coreSubjects, after.coreSubjects),
    questions: changes(questionScores(before), questionScores(after)),
    overall: changeOf(before.overall, after.overall),
  };
}
