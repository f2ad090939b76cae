import * as z from "zod/v4";
import { nonEmptyText } from "../core/common.schema.js";

import { createParser, type DeepReadonly } from "../core/parse.js";
import { footprintSchema } from "../footprint/footprint.schema.js";
import { footprintSummarySchema } from "../lifecycle/summaries.schema.js";

const common = {
  locale: z.enum(["nl", "en"]).default("nl"),
  title: z.optional(nonEmptyText),
};

const amounts = {
  ...common,
  basis: z.enum(["market", "location"]).default("market"),
  unit: z.enum(["t", "kg"]).default("t"),
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

// A cohort chart's participant has a footprint (it has groups) or a footprint summary; each is checked in full.
const footprintOrSummary = /* @__PURE__ */ (() =>
  z.unknown().transform((value, ctx) => {
    const result = (isObject(value) && "groups" in value ? footprintSchema : footprintSummarySchema).safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path, input: value });
    return z.NEVER;
  }))();

/**
 * The options every chart takes (see {@link ChartOptions}).
 *
 * @example
 * ```ts
 * import { chartOptionsSchema } from "koploper";
 *
 * chartOptionsSchema.parse({}); //=> { locale: "nl" }
 * ```
 */
export const chartOptionsSchema = /* @__PURE__ */ z.strictObject(common);

/**
 * The options of the footprint charts (see {@link FootprintChartOptions}).
 *
 * @example
 * ```ts
 * import { footprintChartOptionsSchema } from "koploper";
 *
 * footprintChartOptionsSchema.parse({ locale: "en" }); //=> { locale: "en", basis: "market", unit: "t" }
 * ```
 */
export const footprintChartOptionsSchema = /* @__PURE__ */ z.strictObject(amounts);

/**
 * The options of {@link comparisonChart} (see {@link ComparisonChartOptions}).
 *
 * @example
 * ```ts
 * import { comparisonChartOptionsSchema } from "koploper";
 *
 * comparisonChartOptionsSchema.safeParse({ labels: { base: "2025" } }).success; //=> false
 * ```
 */
export const comparisonChartOptionsSchema = /* @__PURE__ */ z.strictObject({
  ...amounts,
  labels: z.optional(z.strictObject({ base: nonEmptyText, current: nonEmptyText })),
});

const cohortParticipantsSchema = /* @__PURE__ */ z
  .array(z.strictObject({ name: nonEmptyText, footprint: footprintOrSummary }))
  .superRefine((participants, ctx) => {
    const seen = new Set<string>();
    participants.forEach(({ name }, index) => {
      if (seen.has(name)) ctx.addIssue({ code: "custom", path: [index, "name"], message: `duplicate participant name "${name}"` });
      seen.add(name);
    });
  });

/**
 * Options of every chart: `locale` of the labels (`"nl"`, the default, or `"en"`) and a `title`
 * instead of the default one.
 *
 * @example
 * ```ts
 * import type { ChartOptions } from "koploper";
 *
 * const options: ChartOptions = { locale: "en", title: "Bakery Smit" };
 * ```
 */
export type ChartOptions = DeepReadonly<z.input<typeof chartOptionsSchema>>;

/**
 * Options of the footprint charts: those of {@link ChartOptions}, the scope 2 `basis` (`"market"`,
 * the default, or `"location"`) and the `unit` (`"t"`, the default, or `"kg"` CO2-eq).
 *
 * @see GHG Protocol Scope 2 Guidance (2015), chapter 7 (dual reporting)
 * @example
 * ```ts
 * import type { FootprintChartOptions } from "koploper";
 *
 * const options: FootprintChartOptions = { basis: "location", unit: "kg" };
 * ```
 */
export type FootprintChartOptions = DeepReadonly<z.input<typeof footprintChartOptionsSchema>>;

/**
 * Options of {@link comparisonChart}: those of {@link FootprintChartOptions} and `labels` for the
 * two footprints (their years by default; required when both have the same year).
 *
 * @example
 * ```ts
 * import type { ComparisonChartOptions } from "koploper";
 *
 * const options: ComparisonChartOptions = { labels: { base: "nulmeting", current: "eindmeting" } };
 * ```
 */
export type ComparisonChartOptions = DeepReadonly<z.input<typeof comparisonChartOptionsSchema>>;

export const chartOptions = /* @__PURE__ */ createParser(chartOptionsSchema, "chart options");
export const footprintChartOptions = /* @__PURE__ */ createParser(footprintChartOptionsSchema, "chart options");
export const comparisonChartOptions = /* @__PURE__ */ createParser(comparisonChartOptionsSchema, "chart options");
export const cohortParticipants = /* @__PURE__ */ createParser(cohortParticipantsSchema, "cohort chart participants");
