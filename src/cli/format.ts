// How the command line writes numbers and picks its language: one locale at a time, Dutch by
// default, with a decimal comma and a thousands point in Dutch.
import type { Locale } from "../index.js";

/** Something with exact fixed-point output: a Decimal. */
interface Fixed {
  readonly toFixed: (decimals: number) => string;
}

const SEPARATORS: Readonly<Record<Locale, { readonly group: string; readonly decimal: string }>> = {
  nl: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/**
 * A number for people in `locale`: `decimals` places (exact, from `toFixed`), thousands grouped:
 * `25.608,0` in Dutch, `25,608.0` in English.
 */
export function formatNumber(value: Fixed | number, decimals: number, locale: Locale): string {
  const text = value.toFixed(decimals);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) return text;
  const [, sign = "", whole = "", fraction] = match;
  const { group, decimal } = SEPARATORS[locale];
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  return `${sign}${grouped}${fraction === undefined ? "" : `${decimal}${fraction}`}`;
}

/** A plain decimal string (a factor value) in `locale`, with all its places: `2,134` in Dutch. */
export function formatDecimalString(value: string, locale: Locale): string {
  const places = value.split(".")[1]?.length ?? 0;
  return formatNumber({ toFixed: () => value }, places, locale);
}

/** An amount of euros: `€ 727.000` in Dutch, `EUR 727,000` in English. */
export function formatEuro(value: Fixed, locale: Locale): string {
  return `${locale === "nl" ? "€" : "EUR"} ${formatNumber(value, 0, locale)}`;
}
