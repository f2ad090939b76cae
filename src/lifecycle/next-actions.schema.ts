import * as z from "zod/v4";
import { invalidInput, type DeepReadonly } from "../core/parse.js";
import { isoDateSchema } from "./common.schema.js";
import { checkWindowsFit, phaseWindowOverridesSchema } from "./windows.schema.js";

/**
 * The options of `nextActions`: `windows` overrides the planned window of a phase, in the same
 * form as `planTimeline`'s `windows`: per phase id (`audit`, `results-meeting`, `vision-and-plan`,
 * `exchange`, `communication`, `symposium`) the programme months `{ from, to }`, 1-based (month 1
 * starts on the kick-off day); a window may not end after the cohort's last month.
 *
 * @example
 * ```ts
 * import { nextActionsOptionsSchema } from "koploper/lifecycle";
 *
 * nextActionsOptionsSchema.parse({ windows: { audit: { from: 1, to: 2 } } }).windows.audit; //=> { from: 1, to: 2 }
 * ```
 */
export const nextActionsOptionsSchema = /* @__PURE__ */ z.strictObject({ windows: phaseWindowOverridesSchema }).prefault({});

/**
 * The options of `nextActions` as callers write them (see {@link nextActionsOptionsSchema}).
 *
 * @example
 * ```ts
 * import type { NextActionsOptions } from "koploper/lifecycle";
 *
 * const options: NextActionsOptions = { windows: { symposium: { from: 10, to: 12 } } };
 * ```
 */
export type NextActionsOptions = DeepReadonly<z.input<typeof nextActionsOptionsSchema>>;

const argumentsSchema = /* @__PURE__ */ z.strictObject({ now: isoDateSchema, options: nextActionsOptionsSchema });

/** Validates the arguments of `nextActions` for a cohort of `months` months; throws `INVALID_INPUT` with every issue. */
export function parseNextActionsArguments(now: unknown, options: unknown, months: number): z.output<typeof argumentsSchema> {
  const result = argumentsSchema
    .superRefine((input, ctx) => checkWindowsFit(input.options.windows, months, ["options", "windows"], (issue) => ctx.addIssue(issue)))
    .safeParse({ now, options });
  if (!result.success) throw invalidInput("nextActions arguments", result.error);
  return result.data;
}
