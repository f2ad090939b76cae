/**
 * The locales every label in `koploper` exists in. Dutch (`nl`) is the default.
 *
 * @example
 * ```ts
 * import type { Locale } from "koploper";
 *
 * const locale: Locale = "en";
 * ```
 */
export type Locale = "nl" | "en";

/**
 * A text a person reads, in Dutch and English.
 *
 * @example
 * ```ts
 * import type { Localized } from "koploper";
 *
 * const title: Localized = { nl: "Startbijeenkomst", en: "Kick-off meeting" };
 * ```
 */
export interface Localized {
  readonly nl: string;
  readonly en: string;
}

/**
 * Picks the text for a locale, falling back to Dutch when the requested translation is empty.
 *
 * @param text - the text in both locales
 * @param locale - the locale to show; Dutch by default
 * @returns the text in that locale
 *
 * @example
 * ```ts
 * import { localize } from "koploper";
 *
 * localize({ nl: "Afval", en: "Waste" }); //=> "Afval"
 * localize({ nl: "Afval", en: "Waste" }, "en"); //=> "Waste"
 * ```
 */
export function localize(text: Localized, locale: Locale = "nl"): string {
  const value = text[locale];
  return value === "" ? text.nl : value;
}
