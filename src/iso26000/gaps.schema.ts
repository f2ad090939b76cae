import * as z from "zod/v4";
import { createParser, type DeepReadonly } from "../core/parse.js";

const level = /* @__PURE__ */ z.number().int().min(0).max(4);

/**
 * Options of `analyzeGaps`: `top`, how many recommendations (default 5); `significantFrom`, the sum
 * of the four significance criteria (0-12) from which an issue is significant (default 6);
 * `targets`, the target level of a relevant (default 2), significant (default 3) and critical
 * (default 3, never below 3) issue.
 *
 * @see ISO 26000:2010 7.3.2.2, 7.3.4
 * @example
 * ```ts
 * import { gapOptionsSchema } from "koploper/iso26000";
 *
 * gapOptionsSchema.parse({ top: 3 }).targets; //=> { relevant: 2, significant: 3, critical: 3 }
 * ```
 */
export const gapOptionsSchema = /* @__PURE__ */ z.strictObject({
  top: /* @__PURE__ */ z.number().int().positive().default(5),
  significantFrom: /* @__PURE__ */ z.number().int().min(0).max(12).default(6),
  targets: z
    .strictObject({
      relevant: level.default(2),
      significant: level.default(3),
      critical: level.min(3, "A critical issue's target is at least 3").default(3),
    })
    .default({ relevant: 2, significant: 3, critical: 3 }),
});

/**
 * Options of `analyzeGaps` as a caller writes them (every field optional).
 *
 * @example
 * ```ts
 * import type { GapOptions } from "koploper/iso26000";
 *
 * const options: GapOptions = { top: 3, targets: { relevant: 1 } };
 * ```
 */
export type GapOptions = DeepReadonly<z.input<typeof gapOptionsSchema>>;

/** Gap options with every default filled in. */
export type ResolvedGapOptions = z.output<typeof gapOptionsSchema>;

/** Validates gap options, throwing `KoploperError` `INVALID_INPUT`. */
export const gapOptionsParser = /* @__PURE__ */ createParser(gapOptionsSchema, "gap options");
