// The lifecycle's lists of codes, without zod: the schemas build their enums from them, and logic
// (reports, the prize, summaries) imports them from here.

/**
 * The ISO 26000 core subject clauses, 6.2 (organizational governance) to 6.8 (community involvement
 * and development).
 *
 * @see ISO 26000:2010 clause 6
 * @example
 * ```ts
 * import { CORE_SUBJECT_CLAUSES } from "koploper/lifecycle";
 *
 * CORE_SUBJECT_CLAUSES.length; //=> 7
 * ```
 */
export const CORE_SUBJECT_CLAUSES = ["6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8"] as const;

/**
 * A core subject clause, "6.2" (organizational governance) to "6.8" (community involvement and
 * development).
 *
 * @see ISO 26000:2010 clause 6
 * @example
 * ```ts
 * import type { CoreSubjectClause } from "koploper/lifecycle";
 *
 * const environment: CoreSubjectClause = "6.5";
 * ```
 */
export type CoreSubjectClause = (typeof CORE_SUBJECT_CLAUSES)[number];

/**
 * The kinds of participant: a `company` counts toward the 3-15 range; the `municipality` and
 * `other` organisations (housing corporation, care institution, village hall) take part without
 * counting.
 *
 * @example
 * ```ts
 * import { PARTICIPANT_KINDS } from "koploper/lifecycle";
 *
 * PARTICIPANT_KINDS; //=> ["company", "municipality", "other"]
 * ```
 */
export const PARTICIPANT_KINDS = ["company", "municipality", "other"] as const;

/**
 * One of the {@link PARTICIPANT_KINDS}.
 *
 * @example
 * ```ts
 * import type { ParticipantKind } from "koploper/lifecycle";
 *
 * const kind: ParticipantKind = "municipality";
 * ```
 */
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/**
 * The statuses of a measure: `idea`, `planned`, `in-progress`, `done`, `verified`, `dropped` (with a
 * reason). `verified` and `dropped` are final.
 *
 * @example
 * ```ts
 * import { MEASURE_STATUSES } from "koploper/lifecycle";
 *
 * MEASURE_STATUSES.at(-1); //=> "dropped"
 * ```
 */
export const MEASURE_STATUSES = ["idea", "planned", "in-progress", "done", "verified", "dropped"] as const;

/**
 * One of the {@link MEASURE_STATUSES}.
 *
 * @example
 * ```ts
 * import type { MeasureStatus } from "koploper/lifecycle";
 *
 * const status: MeasureStatus = "in-progress";
 * ```
 */
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/**
 * The criteria `rankPrize` can weigh: `jury` (jury scores, normalised per juror and jury
 * criterion), `footprintReduction` (scope 1 + 2 market-based reduction from the audit to the final
 * measurement, per fte), `measuresDone` (share of the chosen measures done or verified),
 * `maturityGain` (ISO 26000 overall level, final minus audit) and `collaborations` (recorded with
 * other participants).
 *
 * @example
 * ```ts
 * import { PRIZE_CRITERIA } from "koploper/lifecycle";
 *
 * PRIZE_CRITERIA[0]; //=> "jury"
 * ```
 */
export const PRIZE_CRITERIA = ["jury", "footprintReduction", "measuresDone", "maturityGain", "collaborations"] as const;

/**
 * One of the {@link PRIZE_CRITERIA}.
 *
 * @example
 * ```ts
 * import type { PrizeCriterion } from "koploper/lifecycle";
 *
 * const criterion: PrizeCriterion = "measuresDone";
 * ```
 */
export type PrizeCriterion = (typeof PRIZE_CRITERIA)[number];

/** The kinds of collaboration between participants (or network members): a joint project or a business deal. */
export const COLLABORATION_KINDS = ["joint-project", "business-deal"] as const;

/** The levels of a promotion: of the whole `project`, or of its `participants`. */
export const PROMOTION_LEVELS = ["project", "participants"] as const;
