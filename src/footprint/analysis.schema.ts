import * as z from "zod/v4";

import { createResultParser, parseAt, type DeepReadonly, type SafeParseResult } from "../core/parse.js";
import { decimalSchema, nonEmptyText } from "../core/common.schema.js";
import { refuse } from "../core/errors.js";
import { booleanOption, readOptions } from "../core/options.js";
import { activitySchema } from "./activity.schema.js";
import { footprintAt } from "./footprint.schema.js";
import type { Footprint } from "./types.js";
import { GREEN_SOURCES, THEMES } from "./themes.js";

const share = /* @__PURE__ */ decimalSchema.refine((value) => value.gte(0) && value.lte(1), "must be between 0 and 1");
const nonNegative = /* @__PURE__ */ decimalSchema.refine((value) => value.gte(0), "must be zero or more");
const year = /* @__PURE__ */ z.int().min(1990).max(2100);
const factorRef = /* @__PURE__ */ z.union([nonEmptyText, z.int().positive()]);

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
        line: z.optional(nonEmptyText),
        theme: z.optional(z.enum(THEMES)),
      })
      .refine((c) => (c.line === undefined) !== (c.theme === undefined), "give a line or a theme, not both"),
    z.strictObject({ kind: z.literal("switch-factor"), from: factorRef, to: factorRef }),
    z.strictObject({ kind: z.literal("remove"), line: nonEmptyText }),
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

/**
 * A {@link ReductionPath} as `reductionPath` made it, or its JSON form (amounts as decimal
 * strings): the target year after the base year, a rate from 0 to 1, and one point per year from
 * the base year to the target year, each target zero or more.
 *
 * @example
 * ```ts
 * import { reductionPath, reductionPathResultSchema } from "koploper";
 *
 * const path = reductionPath({ baseYear: 2020, baseEmissions: 2500, targetYear: 2030, reduction: 0.5 });
 * reductionPathResultSchema.parse(JSON.parse(JSON.stringify(path))).annualRate.toString(); //=> "0.05"
 * ```
 */
export const reductionPathResultSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      baseYear: year,
      targetYear: year,
      baseEmissions: nonNegative,
      annualRate: share,
      points: z.array(z.strictObject({ year, target: nonNegative })),
    })
    .refine((p) => p.targetYear > p.baseYear, { message: "the target year must come after the base year", path: ["targetYear"] })
    .refine((p) => p.points.length === p.targetYear - p.baseYear + 1 && p.points.every((point, index) => point.year === p.baseYear + index), {
      message: "the path has one point per year from the base year to the target year",
      path: ["points"],
    }))();

const reductionPathParser = /* @__PURE__ */ createResultParser(reductionPathResultSchema, "reduction path");

/**
 * Loads a stored reduction path (the value `reductionPath` returned, or its JSON form), checked by
 * {@link reductionPathResultSchema}, with every amount an exact `Decimal` again.
 *
 * @param input - a reduction path, or what `JSON.parse` made of one
 * @returns the reduction path
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue and its path
 *
 * @example
 * ```ts
 * import { parseReductionPath, reductionPath } from "koploper";
 *
 * const stored = JSON.stringify(reductionPath({ baseYear: 2020, baseEmissions: 2500, targetYear: 2030, reduction: 0.5 }));
 * parseReductionPath(JSON.parse(stored)).points[10]?.target.toString(); //=> "1250"
 * ```
 */
export function parseReductionPath(input: unknown): z.output<typeof reductionPathResultSchema> {
  return reductionPathParser.parse(input);
}

/**
 * Like {@link parseReductionPath}, but returns the error instead of throwing it.
 *
 * @param input - a reduction path, or what `JSON.parse` made of one
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseReductionPath } from "koploper";
 *
 * safeParseReductionPath({ baseYear: 2030, targetYear: 2020 }).success; //=> false
 * ```
 */
export function safeParseReductionPath(input: unknown): SafeParseResult<z.output<typeof reductionPathResultSchema>> {
  return reductionPathParser.safeParse(input);
}

/** The door check of `checkReductionPath`'s path; internal. */
export function reductionPathAt(input: unknown, path: readonly (string | number)[]): z.output<typeof reductionPathResultSchema> {
  return parseAt(reductionPathParser.safeParse, input, path);
}

/** The door check of `compareFootprints`: both footprints, and its options read as input (own keys only); internal. */
export function comparisonInput(
  base: unknown,
  current: unknown,
  options: unknown,
): { base: Footprint; current: Footprint; options: { readonly normalizeBy?: "fte" | "revenue"; readonly acrossFactorSets?: boolean } } {
  const normalizeBy = (value: unknown) => (value === "fte" || value === "revenue" ? null : 'normalizeBy must be "fte" or "revenue"');
  const read = readOptions(options, "comparison options", { normalizeBy, acrossFactorSets: booleanOption });
  return {
    base: footprintAt(base, ["base"]),
    current: footprintAt(current, ["current"]),
    options: read as { normalizeBy?: "fte" | "revenue"; acrossFactorSets?: boolean },
  };
}

/** The door check of `checkReductionPath`: the path, every footprint and the basis; internal. */
export function pathCheckInput<P>(
  path: P,
  footprints: unknown,
  basis: unknown,
): { path: P; footprints: readonly Footprint[]; basis: "marketBased" | "locationBased" } {
  if (!Array.isArray(footprints)) refuse("INVALID_INPUT", "invalid_type", "footprints must be an array of footprints", ["footprints"]);
  if (basis !== "marketBased" && basis !== "locationBased")
    refuse("INVALID_INPUT", "invalid_value", 'basis must be "marketBased" or "locationBased"', ["basis"]);
  return { path: reductionPathAt(path, ["path"]) as P, footprints: footprints.map((footprint, index) => footprintAt(footprint, ["footprints", index])), basis };
}

/** The door check of `keyFigures`: its footprint (issues under `footprint`); internal. */
export function keyFiguresInput(footprint: unknown): Footprint {
  return footprintAt(footprint, ["footprint"]);
}
