import type { Decimal } from "decimal.js";
import * as z from "zod/v4";
import { createParser, type DeepReadonly, type SafeParseResult } from "../core/parse.js";
import { D } from "../core/decimal.js";
import { participantKindsSchema } from "./cohort.schema.js";
import { PRIZE_CRITERIA, type PrizeCriterion } from "./constants.js";
import { rangeSchema } from "./common.schema.js";

const weight = /* @__PURE__ */ rangeSchema(0, 1).optional();

/**
 * How `rankPrize` weighs: a weight from 0 to 1 per criterion (a criterion left out weighs 0); the
 * weights must sum to exactly 1. `eligibleKinds` overrides the cohort's setting of who may win.
 *
 * @example
 * ```ts
 * import { prizeCriteriaSchema } from "koploper/lifecycle";
 *
 * prizeCriteriaSchema.safeParse({ weights: { jury: "0.5", measuresDone: "0.5" } }).success; //=> true
 * prizeCriteriaSchema.safeParse({ weights: { jury: 0.5, measuresDone: 0.4 } }).success; //=> false
 * ```
 */
export const prizeCriteriaSchema = /* @__PURE__ */ z.strictObject({
  weights: /* @__PURE__ */ z
    .strictObject(Object.fromEntries(PRIZE_CRITERIA.map((criterion) => [criterion, weight])) as Record<PrizeCriterion, typeof weight>)
    .refine(
      (weights) =>
        Object.values(weights)
          .reduce((sum: Decimal, value) => (value === undefined ? sum : sum.plus(value)), new D(0))
          .eq(1),
      "The weights must sum to exactly 1",
    ),
  eligibleKinds: /* @__PURE__ */ participantKindsSchema.optional(),
});

/**
 * Prize criteria after validation (see {@link prizeCriteriaSchema}).
 *
 * @example
 * ```ts
 * import type { PrizeCriteria } from "koploper/lifecycle";
 *
 * const juryWeight = (c: PrizeCriteria) => c.weights.jury?.toString() ?? "0";
 * ```
 */
export type PrizeCriteria = z.output<typeof prizeCriteriaSchema>;

/**
 * Prize criteria as callers write them (weights as numbers, strings or Decimals).
 *
 * @example
 * ```ts
 * import type { PrizeCriteriaInput } from "koploper/lifecycle";
 *
 * const criteria: PrizeCriteriaInput = { weights: { jury: 0.6, measuresDone: 0.2, footprintReduction: 0.2 } };
 * ```
 */
export type PrizeCriteriaInput = DeepReadonly<z.input<typeof prizeCriteriaSchema>>;

const criteriaParser = /* @__PURE__ */ createParser(prizeCriteriaSchema, "prize criteria");

/**
 * Validates prize criteria.
 *
 * @param input - anything
 * @returns the criteria with exact weights
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue
 * @example
 * ```ts
 * import { parsePrizeCriteria } from "koploper/lifecycle";
 *
 * parsePrizeCriteria({ weights: { jury: 1 } }).weights.jury?.toString(); //=> "1"
 * ```
 */
export function parsePrizeCriteria(input: unknown): PrizeCriteria {
  return criteriaParser.parse(input);
}

/**
 * Like {@link parsePrizeCriteria}, but returns the error instead of throwing it.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParsePrizeCriteria } from "koploper/lifecycle";
 *
 * safeParsePrizeCriteria({ weights: { jury: 0.3 } }).success; //=> false
 * ```
 */
export function safeParsePrizeCriteria(input: unknown): SafeParseResult<PrizeCriteria> {
  return criteriaParser.safeParse(input);
}
