import * as z from "zod/v4";
import { createParser, type DeepReadonly } from "../core/parse.js";

/**
 * The options of {@link footprintByPeriod}: `by` the period to show (`"month"`, `"quarter"` or
 * `"half-year"`), and `split: true` to spread lines whose period is coarser than that (a whole year,
 * or a quarter in a monthly view) evenly over the periods they cover, as the Milieubarometer does
 * when asked to; without it such lines are kept apart in `unassigned`.
 *
 * @example
 * ```ts
 * import { periodOptionsSchema } from "koploper";
 *
 * periodOptionsSchema.shape.by.options; //=> ["month", "quarter", "half-year"]
 * ```
 */
export const periodOptionsSchema = /* @__PURE__ */ z.strictObject({
  by: z.enum(["month", "quarter", "half-year"]),
  split: z.optional(z.boolean()),
});

/**
 * The options of {@link footprintByPeriod} as a caller writes them.
 *
 * @example
 * ```ts
 * import type { PeriodOptions } from "koploper";
 *
 * const quarters: PeriodOptions = { by: "quarter", split: true };
 * ```
 */
export type PeriodOptions = DeepReadonly<z.input<typeof periodOptionsSchema>>;

/** The options of {@link footprintByPeriod}, validated. */
export type ResolvedPeriodOptions = z.output<typeof periodOptionsSchema>;

const optionsParser = /* @__PURE__ */ createParser(periodOptionsSchema, "period options");

/** Validates the options of {@link footprintByPeriod}; internal. */
export function parsePeriodOptions(input: unknown): ResolvedPeriodOptions {
  return optionsParser.parse(input);
}
