import type { Decimal } from "decimal.js";
import { D, toDecimal, type DecimalInput } from "../core/decimal.js";
import { refuse } from "../core/errors.js";
import { readOptions } from "../core/options.js";
import { questionnaireRef, questionsOf } from "./questionnaire.js";
import type { Question } from "./questionnaire-shape.schema.js";
import type { Questionnaire } from "./questionnaire.schema.js";
import type { AnswerValue, Answers } from "./answer.schema.js";
import { getVisibleQuestionKeys } from "./conditions.js";
import type { QuestionnaireResponse } from "./response.schema.js";
import { getClausesOfLevel, getIssuesOfCoreSubject, ISO26000_CLAUSES } from "./standard.js";

/**
 * How one question's answer counts for a clause: `scored` (it has a score 0-4), `unknown`
 * (answered "unknown", or with an option that has no score: lowers coverage, never counts as 0),
 * `unanswered` (lowers coverage), `notApplicable` and `hidden` (left out of the denominator).
 *
 * @example
 * ```ts
 * import type { AnswerStatus } from "koploper/iso26000";
 *
 * const counted: AnswerStatus[] = ["scored", "unknown", "unanswered"];
 * ```
 */
export type AnswerStatus = "scored" | "unknown" | "unanswered" | "notApplicable" | "hidden";

/**
 * One question's part in a clause's score: its key, its weight for the clause, how it counts and
 * its score 0-4 (`null` unless `scored`).
 *
 * @example
 * ```ts
 * import type { ScoredAnswer } from "koploper/iso26000";
 *
 * const explain = (answer: ScoredAnswer): string => `${answer.key}: ${answer.status} ${answer.score?.toString() ?? ""}`;
 * ```
 */
export interface ScoredAnswer {
  readonly key: string;
  readonly weight: Decimal;
  readonly status: AnswerStatus;
  readonly score: Decimal | null;
}

/**
 * A score on the 0-4 maturity scale with its coverage:
 * - `level`: 0-4, `null` when nothing was scored;
 * - `coverage`: 0-1, the share (by weight) of the applicable questions that were scored;
 * - `conclusive`: coverage at least the threshold;
 * - `applicable`: at least one question counts (not all not applicable or hidden).
 *
 * @example
 * ```ts
 * import type { Score } from "koploper/iso26000";
 *
 * const show = (score: Score): string => (score.level === null ? "-" : `${score.level.toFixed(1)}${score.conclusive ? "" : "?"}`);
 * ```
 */
export interface Score {
  readonly level: Decimal | null;
  readonly coverage: Decimal;
  readonly conclusive: boolean;
  readonly applicable: boolean;
}

/**
 * The score of one issue, principle or practice, with the answers that made it.
 *
 * @example
 * ```ts
 * import type { ClauseScore } from "koploper/iso26000";
 *
 * const scoredKeys = (score: ClauseScore): string[] => score.answers.filter((a) => a.status === "scored").map((a) => a.key);
 * ```
 */
export interface ClauseScore extends Score {
  readonly clause: string;
  readonly answers: readonly ScoredAnswer[];
}

/**
 * The score of one core subject: the mean level of its issues that have one, and the mean
 * coverage of its applicable issues.
 *
 * @example
 * ```ts
 * import type { CoreSubjectScore } from "koploper/iso26000";
 *
 * const label = (score: CoreSubjectScore): string => `${score.clause}: ${score.level?.toString() ?? "-"}`;
 * ```
 */
export interface CoreSubjectScore extends Score {
  readonly clause: string;
  readonly issues: readonly string[];
}

/**
 * What {@link scoreAssessment} returns: the `questionnaire` (`id@version`) scored, the
 * `threshold` for conclusive, a score per issue (all 37), per core subject (all 7), per principle
 * and per practice (those the questionnaire measures), and `overall` (the mean of the core
 * subjects).
 *
 * @example
 * ```ts
 * import type { AssessmentScore } from "koploper/iso26000";
 *
 * const climate = (score: AssessmentScore) => score.issues["6.5.5"]?.level;
 * ```
 */
export interface AssessmentScore {
  readonly questionnaire: string;
  readonly threshold: Decimal;
  readonly issues: Readonly<Record<string, ClauseScore>>;
  readonly coreSubjects: Readonly<Record<string, CoreSubjectScore>>;
  readonly principles: Readonly<Record<string, ClauseScore>>;
  readonly practices: Readonly<Record<string, ClauseScore>>;
  readonly overall: Score;
}

/**
 * Options of {@link scoreAssessment}: `conclusiveFrom`, the coverage (0-1) from which a score is
 * conclusive (default 0.5).
 *
 * @example
 * ```ts
 * import type { ScoreOptions } from "koploper/iso26000";
 *
 * const strict: ScoreOptions = { conclusiveFrom: "0.8" };
 * ```
 */
export interface ScoreOptions {
  readonly conclusiveFrom?: DecimalInput;
}

type Scorer = (answer: AnswerValue) => Outcome;

interface Part {
  readonly question: Question;
  readonly score: Scorer;
  readonly weight: Decimal;
}

interface Plan {
  /** Per measured clause, in question order, the questions that measure it. */
  readonly parts: ReadonlyMap<string, readonly Part[]>;
  /** The principles measured, in the order of the standard. */
  readonly principles: readonly string[];
  /** The fundamental and integration practices measured, in the order of the standard. */
  readonly practices: readonly string[];
}

/** Per core subject, its issue clauses, in the order of the standard. */
const CORE_SUBJECTS: readonly (readonly [string, readonly string[]])[] = /* @__PURE__ */ getClausesOfLevel("core-subject").map(
  ({ clause }) => [clause, getIssuesOfCoreSubject(clause).map((issue) => issue.clause)] as const,
);

const FOUR = /* @__PURE__ */ new D(4);
const ZERO = /* @__PURE__ */ new D(0);
const ONE = /* @__PURE__ */ new D(1);
const HALF = /* @__PURE__ */ new D("0.5");
const plans = /* @__PURE__ */ new WeakMap<Questionnaire, Plan>();

/**
 * The questionnaire's measures grouped per clause. Kept for a frozen questionnaire (what
 * `parseQuestionnaire` returns, and `koploperScan`), which cannot change; made anew for any other.
 */
function planOf(questionnaire: Questionnaire): Plan {
  const cached = plans.get(questionnaire);
  if (cached !== undefined) return cached;
  const questions = questionsOf(questionnaire);
  const parts = new Map<string, Part[]>();
  for (const question of questions) {
    const score = scorerOf(question);
    for (const measure of question.measures) {
      const list = parts.get(measure.clause) ?? [];
      list.push({ question, score, weight: new D(measure.weight) });
      parts.set(measure.clause, list);
    }
  }
  const measured = ISO26000_CLAUSES.filter((entry) => parts.has(entry.clause));
  const plan = {
    parts,
    principles: measured.filter((entry) => entry.level === "principle").map((entry) => entry.clause),
    practices: measured.filter((entry) => entry.level === "practice" || entry.level === "fundamental-practice").map((entry) => entry.clause),
  };
  if (Object.isFrozen(questionnaire)) plans.set(questionnaire, plan);
  return plan;
}

type Outcome = { readonly status: Exclude<AnswerStatus, "scored">; readonly score: null } | { readonly status: "scored"; readonly score: Decimal };

const UNKNOWN: Outcome = { status: "unknown", score: null };
const HIDDEN: Outcome = { status: "hidden", score: null };
const UNANSWERED: Outcome = { status: "unanswered", score: null };
const NOT_APPLICABLE: Outcome = { status: "notApplicable", score: null };
const LEVELS: readonly Outcome[] = /* @__PURE__ */ [0, 1, 2, 3, 4].map(scored);

function scored(score: Decimal.Value): Outcome {
  return { status: "scored", score: new D(score) };
}

/**
 * How a question turns a value answer into a 0-4 score, from option codes and levels only (never
 * from labels); the outcomes of choices are made once per questionnaire.
 */
function scorerOf(question: Question): Scorer {
  switch (question.type) {
    case "single-choice": {
      const outcomes = new Map(question.options.map((option) => [option.code, option.score === undefined ? UNKNOWN : scored(option.score)]));
      return (answer) => (typeof answer === "string" ? outcomes.get(answer) : undefined) ?? UNKNOWN;
    }
    case "multiple-choice": {
      const { options, maxPoints } = question;
      return (answer) => {
        if (!Array.isArray(answer)) return UNKNOWN;
        const points = options.reduce((sum, option) => (answer.includes(option.code) ? sum.plus(option.points) : sum), ZERO);
        return scored(D.min(points, maxPoints).div(maxPoints).times(FOUR));
      };
    }
    case "yes-no": {
      const { scores } = question;
      if (scores === undefined) return () => UNKNOWN;
      const yes = scored(scores.yes);
      const no = scored(scores.no);
      return (answer) => (answer === true ? yes : no);
    }
    case "maturity":
      return (answer) => (typeof answer === "number" ? (LEVELS[answer] ?? UNKNOWN) : UNKNOWN);
    default:
      return () => UNKNOWN;
  }
}

function outcomeOf({ question, score }: Part, answers: Answers, visible: ReadonlySet<string>): Outcome {
  if (!visible.has(question.key)) return HIDDEN;
  const answer = Object.hasOwn(answers, question.key) ? answers[question.key] : undefined;
  if (answer === undefined) return UNANSWERED;
  if (typeof answer === "object" && !Array.isArray(answer)) return "notApplicable" in answer ? NOT_APPLICABLE : UNKNOWN;
  return score(answer);
}

function clauseScore(clause: string, parts: readonly Part[], outcomeFor: (part: Part) => Outcome, threshold: Decimal): ClauseScore {
  let applicableWeight = ZERO;
  let scoredWeight = ZERO;
  let sum = ZERO;
  let applicable = false;
  let anyScored = false;
  const answers = parts.map((part): ScoredAnswer => {
    const { question, weight } = part;
    const outcome = outcomeFor(part);
    if (outcome.status !== "hidden" && outcome.status !== "notApplicable") {
      applicable = true;
      applicableWeight = applicableWeight.plus(weight);
    }
    if (outcome.status === "scored") {
      anyScored = true;
      scoredWeight = scoredWeight.plus(weight);
      sum = sum.plus(outcome.score.times(weight));
    }
    return { key: question.key, weight, status: outcome.status, score: outcome.score };
  });
  const coverage = !applicable ? ZERO : scoredWeight.eq(applicableWeight) ? ONE : scoredWeight.div(applicableWeight);
  const level = anyScored ? sum.div(scoredWeight) : null;
  return { clause, level, coverage, conclusive: applicable && coverage.greaterThanOrEqualTo(threshold), applicable, answers };
}

function mean(values: readonly Decimal[]): Decimal | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum.plus(value), ZERO).div(values.length);
}

/** Combines scores with equal weight: the mean level of those with one, the mean coverage of the applicable ones. */
function combine(scores: readonly Score[], threshold: Decimal): Score {
  const applicable = scores.filter((score) => score.applicable);
  const coverage = mean(applicable.map((score) => score.coverage)) ?? ZERO;
  const level = mean(scores.flatMap((score) => (score.level === null ? [] : [score.level])));
  return { level, coverage, conclusive: applicable.length > 0 && coverage.greaterThanOrEqualTo(threshold), applicable: applicable.length > 0 };
}

function readThreshold(input: DecimalInput | undefined): Decimal {
  if (input === undefined) return HALF;
  let threshold: Decimal | undefined;
  try {
    threshold = toDecimal(input);
  } catch {
    threshold = undefined;
  }
  if (threshold === undefined || threshold.lessThan(0) || threshold.greaterThan(1)) {
    refuse("INVALID_INPUT", "out_of_range", `conclusiveFrom must be a coverage between 0 and 1, not ${String(input)}`, ["conclusiveFrom"]);
  }
  return threshold;
}

/**
 * Scores a response on the 0-4 maturity scale per issue, principle and practice, then per core
 * subject and overall. A question's score comes from its answer's option code, level or yes/no
 * (never from a label or locale): single choice the option's score, multiple choice its points
 * (capped at `maxPoints`) rescaled to 0-4, yes/no its scores, maturity the level. Per clause the
 * level is the weighted mean of the scored answers; "not applicable" and hidden questions leave the
 * denominator; "unknown", unscored options and unanswered questions lower the coverage and never
 * count as 0. A core subject is the mean of its issues, overall the mean of the core subjects
 * (equal weights). Exact decimal arithmetic throughout.
 *
 * @param questionnaire - the questionnaire (from `parseQuestionnaire`, or `koploperScan`)
 * @param response - the response checked by {@link parseResponse} against that questionnaire
 * @param options - `conclusiveFrom`: the coverage from which a score is conclusive (default 0.5)
 * @returns the scores, with the answers that made each clause's score
 * @throws {@link KoploperError} `INVALID_INPUT` when the response answers another questionnaire or
 *   `conclusiveFrom` is not within 0-1
 * @see ISO 26000:2010 7.3.4 (current performance as the base for priorities)
 *
 * @example
 * ```ts
 * import { koploperScan, parseResponse, scoreAssessment } from "koploper/iso26000";
 *
 * const response = parseResponse(koploperScan, { questionnaire: "koploper-scan@2.0.0", answers: {} }, { partial: true });
 * const score = scoreAssessment(koploperScan, response);
 * score.overall.level; //=> null
 * score.issues["6.5.5"]?.conclusive; //=> false
 * ```
 */
export function scoreAssessment(questionnaire: Questionnaire, response: QuestionnaireResponse, options: ScoreOptions = {}): AssessmentScore {
  const threshold = readThreshold(readOptions(options, "score options", { conclusiveFrom: () => null }).conclusiveFrom as DecimalInput | undefined);
  const expected = questionnaireRef(questionnaire);
  if (response.questionnaire !== expected) {
    refuse("INVALID_INPUT", "wrong_questionnaire", `the response answers "${response.questionnaire}", not "${expected}"`, ["questionnaire"]);
  }
  const plan = planOf(questionnaire);
  const visible = new Set(getVisibleQuestionKeys(questionnaire, response.answers));
  // A question that measures several clauses is looked at once.
  const outcomes = new Map<Question, Outcome>();
  const outcomeFor = (part: Part): Outcome => {
    const known = outcomes.get(part.question);
    if (known !== undefined) return known;
    const outcome = outcomeOf(part, response.answers, visible);
    outcomes.set(part.question, outcome);
    return outcome;
  };
  const scoreOfClause = (clause: string): ClauseScore => clauseScore(clause, plan.parts.get(clause) ?? [], outcomeFor, threshold);

  const issues: Record<string, ClauseScore> = {};
  const coreSubjects: Record<string, CoreSubjectScore> = {};
  for (const [clause, own] of CORE_SUBJECTS) {
    const scores = own.map(scoreOfClause);
    for (const score of scores) issues[score.clause] = score;
    coreSubjects[clause] = { clause, issues: own, ...combine(scores, threshold) };
  }
  const scoresOf = (clauses: readonly string[]): Record<string, ClauseScore> => Object.fromEntries(clauses.map((clause) => [clause, scoreOfClause(clause)]));
  return {
    questionnaire: expected,
    threshold,
    issues,
    coreSubjects,
    principles: scoresOf(plan.principles),
    practices: scoresOf(plan.practices),
    overall: combine(Object.values(coreSubjects), threshold),
  };
}
