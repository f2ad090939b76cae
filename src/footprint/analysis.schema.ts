import * as z from "zod/v4";
import type { DeepReadonly } from "../core/parse.js";
import { decimalSchema } from "../core/common.schema.js";
import { activitySchema } from "./activity.schema.js";
import { GREEN_SOURCES, THEMES } from "./themes.js";

const share = /* @__PURE__ */ decimalSchema.refine((value) => value.gte(0) && value.lte(1), "must be between 0 and 1");
const nonNegative = /* @__PURE__ */ decimalSchema.refine((value) => value.gte(0), "must be zero or more");
const year = /* @__PURE__ */ z.int().min(1990).max(2100);
const factorRef = /* @__PURE__ */ z.union([z.string().min(1), z.int().positive()]);

/**
 * A linear reduction path: from `baseEmissions` (kg CO2-eq) in `baseYear` to `reduction` (a fraction,
 * 0.55 for 55%) less by `targetYear`, or at `annualRate` (a fraction of the base year's emissions per
 * year, 0.042 for SBTi's 4.2%). Give `reduction` or `annualRate`, not both.
 *
 * @example
 * ```ts
 * import { reductionPathSchema } from "koploper";
 *
 * reductionPathSchema.safeParse({ baseYear: 2019, baseEmissions: 100000, targetYear: 2030, reduction: 0.55 }).success; //=> true
 * ```
 */
export const reductionPathSchema = /* @__PURE__ */ z
  .strictObject({
    baseYear: year,
    baseEmissions: nonNegative,
    targetYear: year,
    reduction: z.optional(share),
    annualRate: z.optional(share),
  })
  .refine((p) => p.targetYear > p.baseYear, { message: "the target year must come after the base year", path: ["targetYear"] })
  .refine((p) => (p.reduction === undefined) !== (p.annualRate === undefined), { message: "give reduction or annualRate, not both", path: ["reduction"] });

/**
 * One change of a scenario, applied to the activity lines in order:
 * - `green-electricity`: `share` (0-1) of every known electricity line becomes green from `source`;
 * - `scale`: multiply the quantity of one `line`, or of every line of a `theme`, `by` a factor;
 * - `switch-factor`: lines on factor `from` use factor `to` (for example diesel to HVO);
 * - `remove`: drop one `line`; `add`: add an `activity`.
 *
 * @example
 * ```ts
 * import { scenarioChangeSchema } from "koploper";
 *
 * scenarioChangeSchema.parse({ kind: "green-electricity", share: 1, source: "wind" }).kind; //=> "green-electricity"
 * ```
 */
export const scenarioChangeSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("green-electricity"), share, source: z.enum(GREEN_SOURCES) }),
    z
      .strictObject({
        kind: z.literal("scale"),
        by: nonNegative,
        line: z.optional(z.string().min(1)),
        theme: z.optional(z.enum(THEMES)),
      })
      .refine((c) => (c.line === undefined) !== (c.theme === undefined), "give a line or a theme, not both"),
    z.strictObject({ kind: z.literal("switch-factor"), from: factorRef, to: factorRef }),
    z.strictObject({ kind: z.literal("remove"), line: z.string().min(1) }),
    z.strictObject({ kind: z.literal("add"), activity: activitySchema }),
  ]))();

/**
 * A reduction path as a caller writes it (see {@link reductionPathSchema}).
 *
 * @example
 * ```ts
 * import type { ReductionPathInput } from "koploper";
 *
 * const sbti: ReductionPathInput = { baseYear: 2022, baseEmissions: "84000", targetYear: 2030, annualRate: 0.042 };
 * ```
 */
export type ReductionPathInput = DeepReadonly<z.input<typeof reductionPathSchema>>;

/**
 * A scenario change as a caller writes it (see {@link scenarioChangeSchema}).
 *
 * @example
 * ```ts
 * import type { ScenarioChange } from "koploper";
 *
 * const wind: ScenarioChange = { kind: "green-electricity", share: 1, source: "wind" };
 * ```
 */
export type ScenarioChange = DeepReadonly<z.input<typeof scenarioChangeSchema>>;
