import { calculateFootprint } from "../footprint/calculate.js";
import type { FootprintInput } from "../footprint/activity.schema.js";
import type { FootprintOptions } from "../footprint/options.schema.js";
import type { RuleContext } from "./applicability.js";
import type { AuditResult, Draft } from "./audit-item.js";
import { catalogueParser, type MeasureCatalogue } from "./catalogue.schema.js";
import { measureCatalogue } from "./data/catalogue.js";
import { energyDuties } from "./duties.js";
import type { EnergyDuty } from "./duty-codes.js";
import { dutyItems, isoItems } from "./items.js";
import { byReduction, checkEstimates, measureItem, resolveLines } from "./measure-items.js";
import { auditInputParser, auditOptionsParser, type AuditInput, type AuditOptions } from "./recommend.schema.js";

/** The bundled catalogue, validated once. */
let bundled: MeasureCatalogue | undefined;

/**
 * The adviser's audit list for one participant, from three sources in one prioritised list:
 * 1. the legal energy duties that apply on `options.date` (each with the figure that triggers it
 *    and its next deadline), in the order of the rule set;
 * 2. the catalogue measures whose rule applies, ranked by CO2 reduction (market-based, exact, kg)
 *    computed with `applyScenario` on the participant's own lines, then by payback when costs are
 *    known; a measure waiting for a parameter comes after those with a known reduction;
 * 3. the ISO 26000 gaps, as `analyzeGaps` ranks them (critical first, then significance x gap).
 * Every item names its triggers and what it serves. The result is deterministic and does not
 * depend on the order of the lines or of the answers.
 *
 * @param input - the participant: `footprint` input, organisation `profile`, optional `iso26000`
 *   score and relevance (see {@link auditInputSchema})
 * @param options - `date`, `factors` and the rest (see {@link auditOptionsSchema})
 * @returns the footprint, the duty check and the items, ranked
 * @throws {@link KoploperError} `INVALID_INPUT` for invalid input or options (every issue with its
 *   path, also for an estimate of an unknown measure or parameter); as `calculateFootprint` for lines
 *   it cannot calculate
 *
 * @example
 * ```ts
 * import { auditRecommendations } from "koploper/audit";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * const result = auditRecommendations(
 *   {
 *     footprint: { year: 2026, activities: [
 *       { id: "power", theme: "electricity", quantity: 62000, unit: "kWh" },
 *       { id: "gas", theme: "fuel", factor: "aardgas-g-gas", quantity: 18000, unit: "Nm3" },
 *     ] },
 *     profile: { size: "small", offers: "products", customers: "consumers", market: "local", sector: "manufacturing" },
 *   },
 *   { date: "2026-06-01", factors: nl2026, topPerSource: { measures: 3 } },
 * );
 * result.items.map((item) => item.id); //=> ["duty:energiebesparingsplicht-2023", "duty:informatieplicht-2023", "measure:green-electricity", "measure:heating-timer", "measure:weather-compensation"]
 * result.items[2]?.co2ReductionKg?.marketBased.toString(); //=> "29946"
 * ```
 */
export function auditRecommendations(input: AuditInput, options: AuditOptions): AuditResult {
  const participant = auditInputParser.parse(input);
  const parsed = auditOptionsParser.parse(options);
  bundled ??= parsed.catalogue === undefined ? catalogueParser.parse(measureCatalogue) : undefined;
  const catalogue = parsed.catalogue ?? (bundled as MeasureCatalogue);
  checkEstimates(catalogue, parsed.estimates);
  const footprintOptions: FootprintOptions = { factors: parsed.factors, ...(parsed.accounting === undefined ? {} : { accounting: parsed.accounting }) };
  const footprintInput = participant.footprint as FootprintInput;
  const footprint = calculateFootprint(footprintInput, footprintOptions);
  const duties = energyDuties(footprintInput, {
    date: parsed.date,
    factors: parsed.factors,
    ...(options.rules === undefined ? {} : { rules: options.rules }),
    ...(options.site === undefined ? {} : { site: options.site }),
    ...(parsed.location === undefined ? {} : { location: parsed.location }),
  });
  const applying = new Map<EnergyDuty, string>();
  for (const duty of duties.duties) if (duty.applies === true && !applying.has(duty.duty)) applying.set(duty.duty, duty.ruleId);
  const context: RuleContext = {
    lines: resolveLines(participant.footprint.activities, parsed.factors),
    profile: participant.profile,
    score: participant.iso26000?.score ?? null,
    duties: applying,
  };
  const per = parsed.topPerSource ?? {};
  const measures = catalogue.measures
    .map((measure, order) => ({ item: measureItem(measure, context, { input: footprintInput, options: footprintOptions }, parsed, duties), order }))
    .filter((entry): entry is { item: Draft; order: number } => entry.item !== null)
    .sort(byReduction)
    .map((entry) => entry.item)
    .slice(0, per.measures ?? 10);
  const iso = participant.iso26000 === undefined ? [] : isoItems(participant.iso26000, per.iso26000 ?? 5);
  const all = [...dutyItems(duties).slice(0, per.duties ?? 1000), ...measures, ...iso].slice(0, parsed.top ?? 3000);
  return { date: parsed.date, footprint, duties, items: all.map((item, index) => ({ ...item, rank: index + 1 })) };
}
