import type { Decimal } from "decimal.js";
import type { Locale } from "./localized.js";

const SEPARATORS = {
  nl: { decimal: ",", thousands: "." },
  en: { decimal: ".", thousands: "," },
} as const satisfies Record<Locale, { readonly decimal: string; readonly thousands: string }>;

/**
 * An exact value as text with a fixed number of decimals (half up), thousands grouped and the
 * locale's decimal mark: `formatNumber(new D("1234.5"), 1, "nl")` gives "1.234,5", in "en"
 * "1,234.5". Linear in the number of digits.
 */
export function formatNumber(value: Decimal, places: number, locale: Locale): string {
  const fixed = value.toFixed(places, 4 /* ROUND_HALF_UP */);
  const negative = fixed.startsWith("-") && !value.toDecimalPlaces(places, 4).isZero();
  const [whole = "0", fraction] = fixed.replace("-", "").split(".");
  const { thousands, decimal } = SEPARATORS[locale];
  const head = whole.length % 3 || 3;
  const groups = [whole.slice(0, head)];
  for (let index = head; index < whole.length; index += 3) groups.push(whole.slice(index, index + 3));
  return `${negative ? "-" : ""}${groups.join(thousands)}${fraction === undefined ? "" : decimal + fraction}`;
}
