import * as z from "zod/v4";
import { ID_LENGTH, TEXT_LENGTH } from "../core/limits.js";
import { createParser, type DeepReadonly } from "../core/parse.js";
import { boundedText, decimalSchema, nonEmptyText } from "../core/common.schema.js";
import type { FactorSet } from "../factors/factor-set.schema.js";
import { footprintInputSchema } from "../footprint/activity.schema.js";
import { organisationProfileSchema } from "../iso26000/relevance.schema.js";
import { assessmentScoreSchema } from "../iso26000/score.schema.js";
import { isoDateSchema } from "../lifecycle/common.schema.js";
import { checkedCatalogueSchema } from "./catalogue.schema.js";
import { energyDutyRuleSetSchema, siteSchema } from "./duties.schema.js";

const nonNegative = /* @__PURE__ */ decimalSchema.refine((value) => value.gte(0), "must be zero or more");
const count = /* @__PURE__ */ z.int().min(0).max(1000);

/**
 * What the audit looks at for one participant: its `footprint` input (the year's activity lines, as
 * for `calculateFootprint`), its organisation `profile` (as for `defaultRelevance`) and optionally
 * its ISO 26000 scan: the `score` from `scoreAssessment` and the `relevance` per issue.
 *
 * @example
 * ```ts
 * import { auditInputSchema } from "koploper/audit";
 *
 * auditInputSchema.safeParse({
 *   footprint: { year: 2026, activities: [{ id: "power", theme: "electricity", quantity: 62000, unit: "kWh" }] },
 *   profile: { size: "small", offers: "products", customers: "consumers", market: "local", sector: "manufacturing" },
 * }).success; //=> true
 * ```
 */
export const auditInputSchema = /* @__PURE__ */ z.strictObject({
  footprint: footprintInputSchema,
  profile: organisationProfileSchema,
  iso26000: z.optional(
    z.strictObject({
      score: assessmentScoreSchema,
      relevance: z.record(boundedText, z.unknown()),
    }),
  ),
});

/**
 * The audit's input as an app writes it (see {@link auditInputSchema}).
 *
 * @example
 * ```ts
 * import type { AuditInput } from "koploper/audit";
 *
 * const bakery: AuditInput = {
 *   footprint: { year: 2026, activities: [{ id: "gas", theme: "fuel", factor: "aardgas-g-gas", quantity: 18000, unit: "Nm3" }] },
 *   profile: { size: "small", offers: "products", customers: "consumers", market: "local", sector: "manufacturing" },
 * };
 * ```
 */
export type AuditInput = DeepReadonly<z.input<typeof auditInputSchema>>;

/**
 * The options of `auditRecommendations`:
 * - `date` of the audit (for the duties in force; never the clock) and `factors`, the factor set
 *   of the lines (with optional `accounting`);
 * - `rules`, `site`, `location`: as for `energyDuties`;
 * - `catalogue`: the measures to consider (default the bundled `measureCatalogue`);
 * - `estimates`: the adviser's figures per measure id: `parameters` (by parameter id), a one-off
 *   `investment` and `annualSavings` in EUR; all marked as the adviser's estimate in the result;
 * - `top`: the length of the whole list; `topPerSource`: the most `duties`, `measures` (default
 *   10) and `iso26000` items (default 5).
 *
 * @example
 * ```ts
 * import { auditOptionsSchema } from "koploper/audit";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * auditOptionsSchema.safeParse({ date: "2026-06-01", factors: nl2026, top: 8 }).success; //=> true
 * ```
 */
export const auditOptionsSchema = /* @__PURE__ */ z.strictObject({
  date: isoDateSchema,
  factors: z.custom<FactorSet>(
    (value) => typeof value === "object" && value !== null && Array.isArray((value as { factors?: unknown }).factors),
    "expected a FactorSet (for example nl2026)",
  ),
  accounting: z.optional(z.enum(["wtw", "ghg-strict"])),
  rules: z.optional(energyDutyRuleSetSchema),
  site: z.optional(siteSchema),
  location: z.optional(nonEmptyText),
  catalogue: z.optional(checkedCatalogueSchema),
  estimates: z.optional(
    z.record(
      boundedText,
      z.strictObject({
        parameters: z.optional(z.record(boundedText, nonNegative)),
        investment: z.optional(nonNegative),
        annualSavings: z.optional(decimalSchema),
      }),
    ),
  ),
  top: z.optional(z.int().positive().max(1000)),
  topPerSource: z.optional(z.strictObject({ duties: z.optional(count), measures: z.optional(count), iso26000: z.optional(count) })),
});

/**
 * The options of `auditRecommendations` as an app writes them (see {@link auditOptionsSchema}).
 *
 * @example
 * ```ts
 * import type { AuditOptions } from "koploper/audit";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * const options: AuditOptions = { date: "2026-06-01", factors: nl2026, estimates: { "led-lighting": { parameters: { share: 0.1 }, investment: 3000 } } };
 * ```
 */
export type AuditOptions = DeepReadonly<z.input<typeof auditOptionsSchema>>;

/** Audit input as {@link auditInputParser} returns it. */
export type CheckedAuditInput = z.output<typeof auditInputSchema>;

/** Audit options as {@link auditOptionsParser} returns them. */
export type CheckedAuditOptions = z.output<typeof auditOptionsSchema>;

export const auditInputParser = /* @__PURE__ */ createParser(auditInputSchema, "audit input");
export const auditOptionsParser = /* @__PURE__ */ createParser(auditOptionsSchema, "audit options");

/**
 * The options of `itemToMeasure`: the action-plan measure's `id`, and optionally its `owner`,
 * `plannedStart`, `deadline`, `status` and the `locale` of its title and description (Dutch by
 * default).
 *
 * @example
 * ```ts
 * import { measureOptionsSchema } from "koploper/audit";
 *
 * measureOptionsSchema.safeParse({ id: "m1", owner: "Bedrijfsleider", deadline: "2027-10-31" }).success; //=> true
 * ```
 */
export const measureOptionsSchema = /* @__PURE__ */ z.strictObject({
  id: z.string().min(1).max(ID_LENGTH),
  owner: z.optional(z.string().max(TEXT_LENGTH).trim().min(1)),
  plannedStart: z.optional(isoDateSchema),
  deadline: z.optional(isoDateSchema),
  status: z.optional(z.enum(["idea", "planned", "in-progress", "done", "verified"])),
  locale: z.optional(z.enum(["nl", "en"])),
});

/**
 * The options of `itemToMeasure` as an app writes them (see {@link measureOptionsSchema}).
 *
 * @example
 * ```ts
 * import type { MeasureOptions } from "koploper/audit";
 *
 * const options: MeasureOptions = { id: "m1", owner: "Bedrijfsleider", locale: "en" };
 * ```
 */
export type MeasureOptions = DeepReadonly<z.input<typeof measureOptionsSchema>>;

export const measureOptionsParser = /* @__PURE__ */ createParser(measureOptionsSchema, "measure options");
