import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import type { Locale } from "../core/localized.js";
import { compareFootprints } from "../footprint/analysis.js";
import { THEMES, type Theme } from "../footprint/themes.js";
import type { Footprint } from "../footprint/types.js";
import type { FootprintSummary } from "../lifecycle/summaries.schema.js";
import { THEME_LABELS, amountTitle, scopeLabel, word } from "./labels.js";
import {
  comparisonChartOptions,
  cohortParticipants,
  footprintChartOptions,
  type ComparisonChartOptions,
  type FootprintChartOptions,
} from "./options.schema.js";
import { formatExact as formatNumber } from "../core/format.js";
import { chartNumber, chartSpec, formatAmount, type JsonValue, type VegaLiteSpec } from "./spec.js";
import { refuse } from "../core/errors.js";
import { footprintAt } from "../footprint/footprint.schema.js";

type Basis = "market" | "location";
type Unit = "t" | "kg";
type Scopes = readonly [Decimal, Decimal, Decimal];

const SCOPES = [1, 2, 3] as const;

/** Scope 1, 2 (in the basis) and 3 of a footprint or a lifecycle footprint summary, in kg. */
function scopesOf(footprint: Footprint | FootprintSummary, basis: Basis): Scopes {
  const scope2 = basis === "market" ? footprint.scope2.marketBased : footprint.scope2.locationBased;
  const scope3 = "total" in footprint.scope3 ? footprint.scope3.total : footprint.scope3;
  return [footprint.scope1, scope2, scope3];
}

const sum = (amounts: readonly Decimal[]): Decimal => amounts.reduce((total, kg) => total.plus(kg), new D(0));

/** Emissions per scope and theme, summed exactly from the groups the way the footprint sums its scopes. */
function byScopeAndTheme(footprint: Footprint, basis: Basis): Map<string, { scope: 1 | 2 | 3; theme: Theme; kg: Decimal }> {
  const cells = new Map<string, { scope: 1 | 2 | 3; theme: Theme; kg: Decimal }>();
  for (const group of footprint.groups) {
    for (const part of group.parts) {
      if (part.kind !== "emission" || part.scope === null) continue;
      if (part.scope === 2 && part.basis !== "both" && part.basis !== basis) continue;
      const key = `${part.scope}|${group.theme}`;
      const cell = cells.get(key);
      cells.set(key, { scope: part.scope, theme: group.theme, kg: cell === undefined ? part.kg : cell.kg.plus(part.kg) });
    }
  }
  return cells;
}

function amount(kg: Decimal, unit: Unit, locale: Locale): { amount: number; label: string } {
  return { amount: chartNumber(kg, unit), label: formatAmount(kg, unit, locale) };
}

function totalLine(kg: Decimal, unit: Unit, basis: Basis, locale: Locale): string {
  return `${word("total", locale)}: ${formatAmount(kg, unit, locale)} ${amountTitle(unit, basis, locale)}`;
}

/**
 * A stacked bar chart of a footprint: one bar per scope (1, 2 and 3), stacked by theme, with each
 * scope's total written above its bar and the total in the subtitle. Scope 2 is market-based unless
 * `basis: "location"`. Amounts are in tonnes CO2-eq (or kg with `unit: "kg"`): the exact decimals
 * become JavaScript numbers only in the chart data (rounded to 3 decimals), the labels are
 * formatted from the exact values (tonnes with 1 decimal, kg without, half up, Dutch or English
 * number format).
 *
 * @param footprint - a footprint from {@link calculateFootprint} (or the accumulator)
 * @param options - `locale` (`"nl"` default), `basis`, `unit`, `title` (see {@link FootprintChartOptions})
 * @returns a Vega-Lite v6 specification with the datasets `parts` (scope, theme, amount, label) and
 *   `totals` (scope, amount, label)
 * @throws {@link KoploperError} `INVALID_INPUT` for invalid options
 * @see GHG Protocol Corporate Standard, chapter 4 (scopes); Scope 2 Guidance, chapter 7
 * @example
 * ```ts
 * import { calculateFootprint, footprintChart, nl2026 } from "koploper";
 *
 * const footprint = calculateFootprint(
 *   { year: 2026, activities: [{ id: "gas", theme: "fuel", factor: 135, quantity: 12000, unit: "Nm3" }] },
 *   { factors: nl2026 },
 * );
 * const spec = footprintChart(footprint, { locale: "en" });
 * spec.$schema; //=> "https://vega.github.io/schema/vega-lite/v6.json"
 * spec.datasets; //=> { parts: [{ scope: "Scope 1", theme: "Fuels", amount: 25.608, label: "25.6" }], totals: [{ scope: "Scope 1", amount: 25.608, label: "25.6" }, { scope: "Scope 2", amount: 0, label: "0.0" }, { scope: "Scope 3", amount: 0, label: "0.0" }] }
 * ```
 */
export function footprintChart(footprint: Footprint, options: FootprintChartOptions = {}): VegaLiteSpec {
  footprint = footprintAt(footprint, ["footprint"]);
  const { locale, basis, unit, title } = footprintChartOptions.parse(options);
  const cells = byScopeAndTheme(footprint, basis);
  const parts: JsonValue[] = [];
  for (const scope of SCOPES) {
    for (const theme of THEMES) {
      const cell = cells.get(`${scope}|${theme}`);
      if (cell !== undefined && !cell.kg.isZero())
        parts.push({ scope: scopeLabel(scope, locale), theme: THEME_LABELS[theme][locale], ...amount(cell.kg, unit, locale) });
    }
  }
  const scopes = scopesOf(footprint, basis);
  const totals = SCOPES.map((scope, index) => ({ scope: scopeLabel(scope, locale), ...amount(scopes[index] ?? new D(0), unit, locale) }));
  const scopeAxis = { field: "scope", type: "nominal", title: null, sort: SCOPES.map((scope) => scopeLabel(scope, locale)), axis: { labelAngle: 0 } };
  const yAxis = { field: "amount", type: "quantitative", title: amountTitle(unit, basis, locale) };
  const subtitle = `${totalLine(sum(scopes), unit, basis, locale)} · ${footprint.year}`;
  return chartSpec(
    locale,
    { text: title ?? word("footprintTitle", locale), subtitle },
    { parts, totals },
    {
      width: 360,
      height: 280,
      layer: [
        {
          data: { name: "parts" },
          mark: { type: "bar" },
          encoding: {
            x: scopeAxis,
            y: yAxis,
            color: { field: "theme", type: "nominal", title: word("theme", locale), sort: THEMES.map((theme) => THEME_LABELS[theme][locale]) },
            tooltip: [{ field: "scope" }, { field: "theme" }, { field: "label", title: amountTitle(unit, basis, locale) }],
          },
        },
        { data: { name: "totals" }, mark: { type: "text", dy: -8, fontWeight: "bold" }, encoding: { x: scopeAxis, y: yAxis, text: { field: "label" } } },
      ],
    },
  );
}

/**
 * A grouped bar chart of two footprints (for example the audit year and a later year): per scope
 * and for the total, the base and the current amount side by side with their values written above
 * them; the subtitle gives the relative change of the total (from {@link compareFootprints}).
 * Numbers as in {@link footprintChart}.
 *
 * @param base - the footprint compared against (for example the baseline year)
 * @param current - the footprint compared
 * @param options - see {@link ComparisonChartOptions}; `labels` default to the footprints' years
 * @returns a Vega-Lite v6 specification with the dataset `values` (scope, period, order of the
 *   period, amount, label)
 * @throws {@link KoploperError} `INVALID_INPUT` for invalid options, or when both footprints have
 *   the same year and no `labels` tell them apart
 * @example
 * ```ts
 * import { calculateFootprint, comparisonChart, nl2026 } from "koploper";
 *
 * const gas = (year: number, quantity: number) =>
 *   calculateFootprint({ year, activities: [{ id: "gas", theme: "fuel", factor: 135, quantity, unit: "Nm3" }] }, { factors: nl2026 });
 * const spec = comparisonChart(gas(2025, 10000), gas(2026, 8000), { locale: "en" });
 * spec.title; //=> { text: "CO2 footprint: comparison", subtitle: "Total: -20.0% (2025 → 2026)" }
 * ```
 */
export function comparisonChart(base: Footprint, current: Footprint, options: ComparisonChartOptions = {}): VegaLiteSpec {
  base = footprintAt(base, ["base"]);
  current = footprintAt(current, ["current"]);
  const { locale, basis, unit, title, labels } = comparisonChartOptions.parse(options);
  if (labels === undefined && base.year === current.year) {
    refuse("INVALID_INPUT", "same_year", `both footprints are of ${base.year}: give labels ({ base, current }) to tell them apart`, ["labels"]);
  }
  const periods = [labels?.base ?? String(base.year), labels?.current ?? String(current.year)] as const;
  const groups = [...SCOPES.map((scope) => scopeLabel(scope, locale)), word("total", locale)];
  const values = [base, current].flatMap((footprint, index) => {
    const scopes = scopesOf(footprint, basis);
    return [...scopes, sum(scopes)].map((kg, group) => ({
      scope: groups[group] ?? "",
      period: periods[index] ?? "",
      order: index,
      ...amount(kg, unit, locale),
    }));
  });
  // Periods sort by a number, not by a list of labels (see cohortChart).
  const byPeriod = { field: "order", op: "min" };
  const relative = compareFootprints(base, current).total[basis === "market" ? "marketBased" : "locationBased"].relative;
  const change =
    relative === null ? word("unknown", locale) : `${relative.isPositive() && !relative.isZero() ? "+" : ""}${formatNumber(relative.times(100), 1, locale)}%`;
  const encoding = {
    x: { field: "scope", type: "nominal", title: null, sort: groups, axis: { labelAngle: 0 } },
    xOffset: { field: "period", type: "nominal", sort: byPeriod },
    y: { field: "amount", type: "quantitative", title: amountTitle(unit, basis, locale) },
  };
  const subtitle = `${word("total", locale)}: ${change} (${periods[0]} → ${periods[1]})`;
  return chartSpec(
    locale,
    { text: title ?? word("comparisonTitle", locale), subtitle },
    { values },
    {
      width: 420,
      height: 280,
      data: { name: "values" },
      layer: [
        {
          mark: { type: "bar" },
          encoding: {
            ...encoding,
            color: { field: "period", type: "nominal", title: word("period", locale), sort: byPeriod },
            tooltip: [{ field: "scope" }, { field: "period" }, { field: "label", title: amountTitle(unit, basis, locale) }],
          },
        },
        { mark: { type: "text", dy: -8, fontSize: 10 }, encoding: { ...encoding, text: { field: "label" } } },
      ],
    },
  );
}

/**
 * One participant in a {@link cohortChart}: its `name` (unique in the chart) and its footprint,
 * either a {@link Footprint} from {@link calculateFootprint} or the {@link FootprintSummary} the
 * lifecycle keeps of an audit (`state.participants[id].audit.footprint`).
 *
 * @example
 * ```ts
 * import type { CohortChartParticipant } from "koploper";
 *
 * const row = (name: string, footprint: CohortChartParticipant["footprint"]): CohortChartParticipant => ({ name, footprint });
 * ```
 */
export interface CohortChartParticipant {
  readonly name: string;
  readonly footprint: Footprint | FootprintSummary;
}

/**
 * A horizontal stacked bar chart of a cohort: one bar per participant (in the order given),
 * stacked by scope, with each participant's total written after its bar and the cohort total in
 * the subtitle. Numbers as in {@link footprintChart}.
 *
 * @param participants - the participants, each `{ name, footprint }` (see {@link CohortChartParticipant})
 * @param options - see {@link FootprintChartOptions}
 * @returns a Vega-Lite v6 specification with the datasets `parts` (participant, scope, amount,
 *   label) and `totals` (participant, amount, label)
 * @throws {@link KoploperError} `INVALID_INPUT` for invalid options, a missing name or footprint,
 *   or a name that occurs twice (with the path of the participant)
 * @remarks Any name is written as data, so the specification parses in vega whatever the name
 *   holds (quotes, line separators, control characters). Vega itself, though, cannot show a text
 *   that is the name of a member of `Object.prototype` (`"constructor"`, `"toString"`, ...): it
 *   fails to render it, in a name or a title alike.
 * @example
 * ```ts
 * import { cohortChart, parseFootprintSummary } from "koploper";
 *
 * const summary = (scope1: number) =>
 *   parseFootprintSummary({ year: 2026, factorSetId: "nl-2026", scope1, scope2: { marketBased: 0, locationBased: 0 }, scope3: 0, total: { marketBased: scope1, locationBased: scope1 } });
 * const spec = cohortChart([
 *   { name: "Bakkerij Smit", footprint: summary(12500) },
 *   { name: "Tuincentrum De Es", footprint: summary(30000) },
 * ]);
 * spec.title; //=> { text: "CO2-footprint per deelnemer", subtitle: "Totaal: 42,5 t CO2-eq (marktgebaseerd)" }
 * ```
 */
export function cohortChart(participants: readonly CohortChartParticipant[], options: FootprintChartOptions = {}): VegaLiteSpec {
  participants = cohortParticipants.parse(participants);
  const { locale, basis, unit, title } = footprintChartOptions.parse(options);
  const scopes = participants.map((participant) => scopesOf(participant.footprint, basis));
  const parts = participants.flatMap(({ name }, index) =>
    SCOPES.map((scope, i) => ({ participant: name, order: index, scope: scopeLabel(scope, locale), ...amount(scopes[index]?.[i] ?? new D(0), unit, locale) })),
  );
  const totals = participants.map(({ name }, index) => ({ participant: name, order: index, ...amount(sum(scopes[index] ?? []), unit, locale) }));
  // Sorted by a number, not by the list of names: Vega compiles a sort list into an expression,
  // which a name with a line separator (U+2028) or a quote would break.
  const participantAxis = { field: "participant", type: "nominal", title: null, sort: { field: "order", op: "min" } };
  const xAxis = { field: "amount", type: "quantitative", title: amountTitle(unit, basis, locale) };
  const subtitle = totalLine(sum(scopes.flat()), unit, basis, locale);
  return chartSpec(
    locale,
    { text: title ?? word("cohortTitle", locale), subtitle },
    { parts, totals },
    {
      width: 420,
      height: { step: 28 },
      layer: [
        {
          data: { name: "parts" },
          mark: { type: "bar" },
          encoding: {
            y: participantAxis,
            x: xAxis,
            color: { field: "scope", type: "nominal", title: word("scope", locale), sort: SCOPES.map((scope) => scopeLabel(scope, locale)) },
            tooltip: [{ field: "participant" }, { field: "scope" }, { field: "label", title: amountTitle(unit, basis, locale) }],
          },
        },
        {
          data: { name: "totals" },
          mark: { type: "text", align: "left", dx: 4, fontWeight: "bold" },
          encoding: { y: participantAxis, x: xAxis, text: { field: "label" } },
        },
      ],
    },
  );
}
