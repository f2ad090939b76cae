import type { Decimal } from "decimal.js";
import { toDecimal, type DecimalInput } from "./decimal.js";
import { invalidIssues } from "./errors.js";
import { LIMITS } from "./limits.js";
import type { KoploperIssue } from "./errors.js";
import type { Locale } from "./localized.js";

const SEPARATORS = {
  nl: { decimal: ",", thousands: "." },
  en: { decimal: ".", thousands: "," },
} as const satisfies Record<Locale, { readonly decimal: string; readonly thousands: string }>;

/**
 * An exact value as text with a fixed number of decimals (half up), thousands grouped and the
 * locale's decimal mark; unchecked, for the library's own decimals. Linear in the number of digits.
 * Internal: the public door is {@link formatNumber}.
 */
export function formatExact(value: Decimal, places: number, locale: Locale): string {
  const fixed = value.toFixed(places, 4 /* ROUND_HALF_UP */);
  const negative = fixed.startsWith("-") && !value.toDecimalPlaces(places, 4).isZero();
  const [whole = "0", fraction] = fixed.replace("-", "").split(".");
  const { thousands, decimal } = SEPARATORS[locale];
  const head = whole.length % 3 || 3;
  const groups = [whole.slice(0, head)];
  for (let index = head; index < whole.length; index += 3) groups.push(whole.slice(index, index + 3));
  return `${negative ? "-" : ""}${groups.join(thousands)}${fraction === undefined ? "" : decimal + fraction}`;
}

/**
 * A number as people read it: rounded half up to `places` decimals, the thousands grouped, with
 * the locale's decimal mark. Dutch writes a decimal comma and a thousands point (`25.608,0`),
 * English the other way round (`25,608.0`). Exact: a decimal string or a `Decimal` keeps all its
 * digits, and every amount in a result of `koploper` (a `Decimal`) can be passed as it is.
 *
 * @param value - a finite number, a decimal string with a dot or a `Decimal` (see {@link toDecimal})
 * @param places - how many decimals to show: a whole number from 0 to `LIMITS.decimalLength`
 * @param locale - `"nl"` or `"en"`
 * @returns the formatted number; a value that rounds to zero has no minus sign
 * @throws {@link KoploperError} `INVALID_NUMBER` for a value {@link toDecimal} refuses;
 *   `INVALID_INPUT` for other `places` or `locale`, each issue with its path
 *
 * @example
 * ```ts
 * import { calculateFootprint, formatNumber } from "koploper";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * formatNumber("25608", 1, "nl"); //=> "25.608,0"
 * formatNumber(25608, 1, "en"); //=> "25,608.0"
 * formatNumber("-1234567.891", 2, "nl"); //=> "-1.234.567,89"
 * formatNumber(0.125, 2, "en"); //=> "0.13"
 *
 * const footprint = calculateFootprint(
 *   { year: 2026, activities: [{ id: "gas", theme: "fuel", factor: "aardgas-g-gas", quantity: 12000, unit: "Nm3" }] },
 *   { factors: nl2026 },
 * );
 * `${formatNumber(footprint.scope1.div(1000), 1, "nl")} t CO2-eq`; //=> "25,6 t CO2-eq"
 * ```
 */
export function formatNumber(value: DecimalInput, places: number, locale: Locale): string {
  const issues: KoploperIssue[] = [];
  if (typeof places !== "number" || !Number.isInteger(places) || places < 0 || places > LIMITS.decimalLength) {
    const message = `places must be a whole number from 0 to ${LIMITS.decimalLength}`;
    issues.push({ path: ["places"], message, code: "invalid_value" });
  }
  if (locale !== "nl" && locale !== "en") issues.push({ path: ["locale"], message: 'locale must be "nl" or "en"', code: "invalid_value" });
  if (issues.length > 0) throw invalidIssues("number format", issues);
  return formatExact(toDecimal(value), places, locale);
}
