import type { Decimal } from "decimal.js";
import type { Localized } from "../core/localized.js";
import { parseMeasure, type Measure, type MeasureInput } from "./measure.schema.js";

/**
 * Simple payback of a measure in years: investment / annual savings in EUR. Computed, never
 * stored; `null` when the investment or the savings are not given, or the savings are not above 0
 * (such a measure never pays back). The subsidy is not subtracted.
 *
 * @param measure - the measure (validated here)
 * @returns the payback in years, exact, or `null`
 * @throws {@link KoploperError} `INVALID_INPUT` for a malformed measure
 * @example
 * ```ts
 * import { measurePayback } from "koploper/lifecycle";
 *
 * measurePayback({ id: "m1", title: "LED", theme: "energy", noRecommendationReason: "own idea",
 *   investment: 4000, annualSavings: { eur: 1600 } })?.toString(); //=> "2.5"
 * ```
 */
export function measurePayback(measure: MeasureInput | Measure): Decimal | null {
  return paybackOf(parseMeasure(measure));
}

/** The payback of an already validated measure (see {@link measurePayback}). */
export function paybackOf(measure: Measure): Decimal | null {
  const savings = measure.annualSavings?.eur;
  if (measure.investment === undefined || savings === undefined || !savings.gt(0)) return null;
  return measure.investment.div(savings);
}

/**
 * What a SMART measure needs and this one lacks: an `owner` (who), a `measurable-target` (an
 * annual saving in EUR or a physical unit, or a CO2 reduction, other than zero) and a `deadline`
 * (when).
 *
 * @example
 * ```ts
 * import type { SmartGap } from "koploper/lifecycle";
 *
 * const gap: SmartGap = "deadline";
 * ```
 */
export type SmartGap = "owner" | "measurable-target" | "deadline";

/**
 * The result of {@link checkSmart}: `smart` when nothing is missing, the `missing` parts and a
 * sentence per part an adviser can show.
 *
 * @example
 * ```ts
 * import type { SmartCheck } from "koploper/lifecycle";
 *
 * const summary = (check: SmartCheck) => (check.smart ? "SMART" : check.missing.join(", "));
 * ```
 */
export interface SmartCheck {
  readonly smart: boolean;
  readonly missing: readonly SmartGap[];
  readonly messages: readonly Localized[];
}

const MESSAGES: Readonly<Record<SmartGap, Localized>> = {
  owner: { nl: "Wie is verantwoordelijk? Geef een eigenaar.", en: "Who is responsible? Name an owner." },
  "measurable-target": {
    nl: "Wat levert het op? Geef een jaarlijkse besparing (EUR, kWh, m3, kg, km) of CO2-reductie.",
    en: "What does it achieve? Give an annual saving (EUR, kWh, m3, kg, km) or CO2 reduction.",
  },
  deadline: { nl: "Wanneer is het klaar? Geef een deadline.", en: "When is it finished? Give a deadline." },
};

function hasMeasurableTarget(measure: Measure): boolean {
  const amounts = [...Object.values(measure.annualSavings ?? {}), measure.annualCo2ReductionKg];
  return amounts.some((amount) => amount !== undefined && !amount.isZero());
}

/**
 * Checks a measure against SMART: does it name an owner, a measurable target and a deadline?
 *
 * @param measure - the measure (validated here)
 * @returns what is missing, with a message per gap in Dutch and English
 * @throws {@link KoploperError} `INVALID_INPUT` for a malformed measure
 * @see https://www.kcbr.nl/beleid-en-regelgeving-ontwikkelen/integraal-afwegingskader-voor-beleid-en-regelgeving/4-wat-het-doel/41-duidelijke-doelstellingen
 * @example
 * ```ts
 * import { checkSmart } from "koploper/lifecycle";
 *
 * checkSmart({ id: "m1", title: "Zonnepanelen", theme: "energy", noRecommendationReason: "own idea", owner: "Directie" }).missing;
 * //=> ["measurable-target", "deadline"]
 * ```
 */
export function checkSmart(measure: MeasureInput | Measure): SmartCheck {
  const parsed = parseMeasure(measure);
  const missing: SmartGap[] = [];
  if (parsed.owner === undefined) missing.push("owner");
  if (!hasMeasurableTarget(parsed)) missing.push("measurable-target");
  if (parsed.deadline === undefined) missing.push("deadline");
  return { smart: missing.length === 0, missing, messages: missing.map((gap) => MESSAGES[gap]) };
}
