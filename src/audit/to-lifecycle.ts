import { refuse } from "../core/errors.js";
import type { Locale } from "../core/localized.js";
import { parseMeasure, type Measure } from "../lifecycle/measure.schema.js";
import { CORE_SUBJECT_CLAUSES } from "../lifecycle/constants.js";
import { auditRecommendationParser, type AuditRecommendation } from "../lifecycle/summaries.schema.js";
import type { AuditItem } from "./audit-item.js";
import { measureOptionsParser, type MeasureOptions } from "./recommend.schema.js";

// From an audit item to what the lifecycle records: an action-plan measure, or the recommendation
// of an audit-completed event.

/**
 * Turns an audit item into an action-plan measure that carries the item's id as its
 * `recommendationId`, so the lifecycle links the measure to the recommendation: title and
 * description in the chosen locale, theme, core subject, investment, annual savings in EUR and
 * the annual CO2 reduction (market-based) where the item has them.
 *
 * @param item - one of `auditRecommendations(...).items`
 * @param options - the measure's `id`, and optionally `owner`, `plannedStart`, `deadline`,
 *   `status`, `locale` (see {@link measureOptionsSchema})
 * @returns the validated measure
 * @throws {@link KoploperError} `INVALID_INPUT` for invalid options or an item that is not one
 *
 * @example
 * ```ts
 * import { auditRecommendations, itemToMeasure } from "koploper/audit";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * const { items } = auditRecommendations(
 *   { footprint: { year: 2026, activities: [{ id: "power", theme: "electricity", quantity: 10000, unit: "kWh" }] },
 *     profile: { size: "micro", offers: "services", customers: "businesses", market: "local", sector: "services" } },
 *   { date: "2026-06-01", factors: nl2026 },
 * );
 * const measure = itemToMeasure(items[0]!, { id: "m1", owner: "Directie" });
 * measure.recommendationId; //=> "measure:green-electricity"
 * measure.annualCo2ReductionKg?.toString(); //=> "4830"
 * ```
 */
export function itemToMeasure(item: AuditItem, options: MeasureOptions): Measure {
  const parsed = measureOptionsParser.parse(options);
  if (typeof item !== "object" || item === null || typeof item.id !== "string" || typeof item.title !== "object" || typeof item.text !== "object") {
    refuse("INVALID_INPUT", "invalid_type", "expected an item of auditRecommendations", ["item"]);
  }
  const locale: Locale = parsed.locale ?? "nl";
  const coreSubject = CORE_SUBJECT_CLAUSES.find((clause) => clause === item.coreSubject);
  const savings = item.annualSavings?.eur;
  return parseMeasure({
    id: parsed.id,
    title: item.title[locale],
    description: item.text[locale],
    theme: item.theme,
    ...(coreSubject === undefined ? {} : { coreSubject }),
    recommendationId: item.id,
    ...(parsed.owner === undefined ? {} : { owner: parsed.owner }),
    ...(parsed.plannedStart === undefined ? {} : { plannedStart: parsed.plannedStart }),
    ...(parsed.deadline === undefined ? {} : { deadline: parsed.deadline }),
    ...(parsed.status === undefined ? {} : { status: parsed.status }),
    ...(item.investment === null ? {} : { investment: item.investment.eur }),
    ...(savings === undefined ? {} : { annualSavings: { eur: savings } }),
    ...(item.co2ReductionKg === null ? {} : { annualCo2ReductionKg: item.co2ReductionKg.marketBased }),
  });
}

/**
 * Turns an audit item into the recommendation an `audit-completed` event records: the item's id,
 * title, theme, core subject and its text in the chosen locale as the description.
 *
 * @param item - one of `auditRecommendations(...).items`
 * @param locale - the language of the description; Dutch by default
 * @returns the audit recommendation
 * @throws {@link KoploperError} `INVALID_INPUT` for a locale other than "nl" or "en"
 *
 * @example
 * ```ts
 * import { auditRecommendations, itemToAuditRecommendation } from "koploper/audit";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * const { items } = auditRecommendations(
 *   { footprint: { year: 2026, activities: [{ id: "power", theme: "electricity", quantity: 10000, unit: "kWh" }] },
 *     profile: { size: "micro", offers: "services", customers: "businesses", market: "local", sector: "services" } },
 *   { date: "2026-06-01", factors: nl2026 },
 * );
 * itemToAuditRecommendation(items[0]!).id; //=> "measure:green-electricity"
 * ```
 */
export function itemToAuditRecommendation(item: AuditItem, locale: Locale = "nl"): AuditRecommendation {
  if (locale !== "nl" && locale !== "en") {
    refuse("INVALID_INPUT", "invalid_value", `the locale is "nl" or "en", not ${JSON.stringify(locale)}`, ["locale"]);
  }
  if (typeof item !== "object" || item === null || typeof item.text !== "object" || item.text === null) {
    refuse("INVALID_INPUT", "invalid_type", "expected an item of auditRecommendations", ["item"]);
  }
  const coreSubject = CORE_SUBJECT_CLAUSES.find((clause) => clause === item.coreSubject);
  const description = Object.hasOwn(item.text, locale) ? item.text[locale] : undefined;
  return auditRecommendationParser.parse({
    id: item.id,
    title: item.title,
    theme: item.theme,
    description,
    ...(coreSubject === undefined ? {} : { coreSubject }),
  });
}
