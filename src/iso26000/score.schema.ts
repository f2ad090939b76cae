import * as z from "zod/v4";

import { decimalSchema, nonEmptyText } from "../core/common.schema.js";
import { createResultParser, parseAt, type SafeParseResult } from "../core/parse.js";
import type { AssessmentScore } from "./score.js";

// A stored assessment score is checked as strictly as any other input: its shape, its own keys, the
// ranges of its levels and shares, and that every clause score sits under its own clause number.
/**
 * An {@link AssessmentScore} as `scoreAssessment` made it, or its JSON form
 * (`JSON.parse(JSON.stringify(score))`, levels and shares as decimal strings): the shape, its own
 * keys, levels from 0 to 4, coverage and threshold from 0 to 1, and every clause score under its own
 * clause number. Every function that takes a score runs it at its door.
 *
 * @example
 * ```ts
 * import { assessmentScoreSchema } from "koploper";
 *
 * assessmentScoreSchema.safeParse({ questionnaire: "scan@1" }).success; //=> false
 * ```
 */
export const assessmentScoreSchema = /* @__PURE__ */ (() => {
  const range = (min: number, max: number) => decimalSchema.refine((value) => value.gte(min) && value.lte(max), `must be from ${min} to ${max}`);
  const level = range(0, 4);
  const share = range(0, 1);
  const scoreShape = {
    level: z.union([level, z.null()]),
    coverage: share,
    conclusive: z.boolean(),
    applicable: z.boolean(),
  };
  const clause = nonEmptyText;
  const clauseScore = z.strictObject({
    ...scoreShape,
    clause,
    answers: z.array(
      z.strictObject({
        key: nonEmptyText,
        weight: decimalSchema.refine((value) => !value.isNegative(), "must be zero or more"),
        status: z.enum(["scored", "unknown", "unanswered", "notApplicable", "hidden"]),
        score: z.union([level, z.null()]),
      }),
    ),
  });
  const coreSubjectScore = z.strictObject({ ...scoreShape, clause, issues: z.array(clause) });
  const byClause = <T extends z.ZodType<{ clause: string }>>(entry: T) =>
    z.record(clause, entry).check((ctx) => {
      for (const [key, value] of Object.entries(ctx.value)) {
        if (value.clause !== key)
          ctx.issues.push({ code: "custom", message: `the score of clause ${value.clause} is filed under ${key}`, path: [key, "clause"], input: value });
      }
    });
  return z
    .strictObject({
      questionnaire: nonEmptyText,
      threshold: share,
      issues: byClause(clauseScore),
      coreSubjects: byClause(coreSubjectScore),
      principles: byClause(clauseScore),
      practices: byClause(clauseScore),
      overall: z.strictObject(scoreShape),
    })
    .transform((score): AssessmentScore => score);
})();

const scoreParser = /* @__PURE__ */ createResultParser(assessmentScoreSchema, "assessment score");

/**
 * Loads a stored {@link AssessmentScore}: the value `scoreAssessment` returned, or its JSON form,
 * checked by {@link assessmentScoreSchema}, with every level and share an exact `Decimal` again.
 *
 * @param input - a score, or what `JSON.parse` made of one
 * @returns the score
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue and its path
 *
 * @example
 * ```ts
 * import { koploperScan, parseAssessmentScore, parseResponse, scoreAssessment } from "koploper";
 *
 * const response = parseResponse(koploperScan, { questionnaire: `${koploperScan.id}@${koploperScan.version}`, answers: { pr_ethics: 3 } }, { partial: true });
 * const stored = JSON.stringify(scoreAssessment(koploperScan, response));
 * parseAssessmentScore(JSON.parse(stored)).threshold.toString(); //=> "0.5"
 * ```
 */
export function parseAssessmentScore(input: unknown): AssessmentScore {
  return scoreParser.parse(input);
}

/**
 * Like {@link parseAssessmentScore}, but returns the error instead of throwing it.
 *
 * @param input - a score, or what `JSON.parse` made of one
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseAssessmentScore } from "koploper";
 *
 * safeParseAssessmentScore(null).success; //=> false
 * ```
 */
export function safeParseAssessmentScore(input: unknown): SafeParseResult<AssessmentScore> {
  return scoreParser.safeParse(input);
}

/** The door check of every function that takes a score: {@link parseAssessmentScore}, its issues under `path`. Internal. */
export function assessmentScoreAt(input: unknown, path: readonly (string | number)[] = []): AssessmentScore {
  return parseAt(scoreParser.safeParse, input, path);
}
