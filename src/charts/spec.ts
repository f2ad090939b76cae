import type { Decimal } from "decimal.js";
import { refuse } from "../core/errors.js";
import { formatExact as formatNumber } from "../core/format.js";
import type { Locale } from "../core/localized.js";

/**
 * A JSON value: what a chart specification is made of, so it survives `JSON.stringify` unchanged.
 *
 * @example
 * ```ts
 * import type { JsonValue } from "koploper";
 *
 * const value: JsonValue = { values: [1, "a", null, true] };
 * ```
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * A Vega-Lite v6 specification as plain JSON data: render it with `vega-embed` in a browser, or
 * with `vega` + `vega-lite` anywhere (`vega.parse(compile(spec).spec)`). Its `datasets` hold the
 * chart's numbers (converted from exact decimals at this presentation edge) and ready-made labels.
 *
 * @see https://vega.github.io/vega-lite/docs/spec.html
 * @example
 * ```ts
 * import type { VegaLiteSpec } from "koploper";
 *
 * const toJson = (spec: VegaLiteSpec) => JSON.stringify(spec, null, 2);
 * ```
 */
export interface VegaLiteSpec {
  readonly $schema: "https://vega.github.io/schema/vega-lite/v6.json";
  /** The chart's title and a subtitle with its headline figure. */
  readonly title: { readonly text: string; readonly subtitle: string };
  /** The chart's data by name: one object per mark, numbers and ready-made labels. */
  readonly datasets: { readonly [name: string]: readonly JsonValue[] };
  readonly [key: string]: JsonValue;
}

/** Number formats of the renderer (axis labels), per locale. */
const NUMBER_LOCALES = {
  nl: { decimal: ",", thousands: ".", grouping: [3], currency: ["€ ", ""] },
  en: { decimal: ".", thousands: ",", grouping: [3], currency: ["€", ""] },
} as const;

/** The parts every chart shares: schema, title, a white background and the locale's number format. */
export function chartSpec(
  locale: Locale,
  title: { readonly text: string; readonly subtitle: string },
  datasets: { readonly [name: string]: readonly JsonValue[] },
  body: { readonly [key: string]: JsonValue },
): VegaLiteSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title,
    datasets,
    background: "white",
    config: { locale: { number: NUMBER_LOCALES[locale] }, view: { stroke: null } },
    ...body,
  };
}

// Far inside the doubles (about 1.8e308), so that a renderer's own sums of stacked bars stay finite.
const MAX_CHART_NUMBER = "1e300";

/**
 * An exact amount as a chart number: kg converted to the chart's unit, rounded to 3 decimals (grams
 * or kilograms), then to a JavaScript number. This is the only place exact decimals become floats,
 * and only for drawing: labels are formatted from the exact value (see {@link formatAmount}).
 */
export function chartNumber(kg: Decimal, unit: "t" | "kg"): number {
  const value = (unit === "t" ? kg.div(1000) : kg).toDecimalPlaces(3);
  if (value.abs().gte(MAX_CHART_NUMBER)) {
    refuse("INVALID_INPUT", "too_large", `${value.toExponential(3)} ${unit} is too large to draw: a chart takes amounts below 1e300`);
  }
  return value.toNumber();
}

/** An amount in kg as a label in the chart's unit: tonnes with 1 decimal, kg without decimals. */
export function formatAmount(kg: Decimal, unit: "t" | "kg", locale: Locale): string {
  return unit === "t" ? formatNumber(kg.div(1000), 1, locale) : formatNumber(kg, 0, locale);
}
