import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import { refuse } from "../core/errors.js";
import { parsePeriodOptions, type PeriodOptions } from "./periods.schema.js";
import type { DualAmount, Footprint, FootprintLine } from "./types.js";
import { footprintAt } from "./footprint.schema.js";

/**
 * The emissions of one period (or of the lines without one), in kg CO2-eq: scope 1, scope 2 both
 * ways, scope 3 and the total both ways, and how many lines (partly) fall in it.
 *
 * @example
 * ```ts
 * import type { PeriodAmounts } from "koploper";
 *
 * const share = (part: PeriodAmounts, whole: PeriodAmounts) => part.total.marketBased.div(whole.total.marketBased);
 * ```
 */
export interface PeriodAmounts {
  readonly scope1: Decimal;
  readonly scope2: DualAmount;
  readonly scope3: Decimal;
  readonly total: DualAmount;
  readonly lines: number;
}

/**
 * One period of a {@link FootprintByPeriod}: its label (`"2026-Q1"`, `"2026-H2"`, `"2026-03"`), its
 * year and its number within the year (1-12, 1-4 or 1-2), and its amounts.
 *
 * @example
 * ```ts
 * import type { PeriodFootprint } from "koploper";
 *
 * const label = (period: PeriodFootprint) => `${period.period}: ${period.total.marketBased.toString()} kg`;
 * ```
 */
export interface PeriodFootprint extends PeriodAmounts {
  readonly period: string;
  readonly year: number;
  readonly index: number;
}

/**
 * A footprint per month, quarter or half-year: every period of each year the lines name (the
 * footprint's own year always), in order, empty periods included; and `unassigned`, the lines whose
 * period is coarser than `by` (`null` when there are none, and always `null` with `split: true`).
 *
 * @example
 * ```ts
 * import type { FootprintByPeriod } from "koploper";
 *
 * const labels = (view: FootprintByPeriod) => view.periods.map((period) => period.period);
 * ```
 */
export interface FootprintByPeriod {
  readonly by: "month" | "quarter" | "half-year";
  readonly periods: readonly PeriodFootprint[];
  readonly unassigned: PeriodAmounts | null;
}

type Grain = FootprintByPeriod["by"];

/** How many months one period of each kind spans. */
const MONTHS: Readonly<Record<Grain, number>> = { month: 1, quarter: 3, "half-year": 6 };

/** The periods (numbers within the year, in `by`) a line's period covers. */
function covered(period: FootprintLine["period"], by: Grain): number[] {
  // A line's period as a range of months; a line without a period covers its footprint's year.
  const [first, last] =
    period?.month !== undefined ? [period.month, period.month] : period?.quarter !== undefined ? [3 * period.quarter - 2, 3 * period.quarter] : [1, 12];
  const size = MONTHS[by];
  const from = Math.ceil(first / size);
  return Array.from({ length: Math.ceil(last / size) - from + 1 }, (_, i) => from + i);
}

/** Part `i` of `kg` split in `n`: equal parts, the last one taking the remainder, so the parts add up to `kg`. */
function evenPart(kg: Decimal, n: number, i: number): Decimal {
  if (n === 1) return kg;
  const part = kg.div(n).toDecimalPlaces(kg.decimalPlaces() + 20, D.ROUND_DOWN);
  return i < n - 1 ? part : kg.minus(part.times(n - 1));
}

interface Totals {
  scope1: Decimal;
  market: Decimal;
  location: Decimal;
  scope3: Decimal;
  lines: number;
}

const empty = (): Totals => ({ scope1: new D(0), market: new D(0), location: new D(0), scope3: new D(0), lines: 0 });

/** Adds the emission parts of a line: all of each part's kg, or part `i` of `n` of it. */
function add(totals: Totals, line: FootprintLine, n = 1, i = 0): void {
  totals.lines += 1;
  for (const p of line.parts) {
    if (p.kind !== "emission") continue;
    const kg = evenPart(p.kg, n, i);
    if (p.scope === 1) totals.scope1 = totals.scope1.plus(kg);
    else if (p.scope === 3) totals.scope3 = totals.scope3.plus(kg);
    else {
      if (p.basis !== "location") totals.market = totals.market.plus(kg);
      if (p.basis !== "market") totals.location = totals.location.plus(kg);
    }
  }
}

function amounts(totals: Totals): PeriodAmounts {
  const { scope1, market, location, scope3, lines } = totals;
  return {
    scope1,
    scope2: { marketBased: market, locationBased: location },
    scope3,
    total: { marketBased: scope1.plus(market).plus(scope3), locationBased: scope1.plus(location).plus(scope3) },
    lines,
  };
}

function label(year: number, index: number, by: Grain): string {
  if (by === "month") return `${year}-${String(index).padStart(2, "0")}`;
  return `${year}-${by === "quarter" ? "Q" : "H"}${index}`;
}

/**
 * Shows a footprint per month, quarter or half-year, from the period on each line (its `period`:
 * a year, a quarter or a month; a line without one belongs to the footprint's year). A line falls
 * in the period that contains its own; a line whose period is coarser than `by` is kept in
 * `unassigned`, or, with `split: true`, spread evenly over the periods it covers. Amounts come from
 * the lines' parts, so the periods and `unassigned` add up exactly to the sum of the lines. Memo
 * items (biogenic CO2, avoided emissions, offsets) are not shown per period.
 *
 * @param footprint - a footprint with per-line detail (from {@link calculateFootprint}, or merged
 *   from such footprints)
 * @param options - `{ by, split? }` (see {@link periodOptionsSchema})
 * @returns the periods in order, and the unassigned lines
 * @throws {@link KoploperError} `INVALID_INPUT` for invalid options, or a footprint without line
 *   detail (an accumulator's result)
 *
 * @see https://www.milieubarometer.nl/envirometer-help/general-help/working-with-half-years-quarter-years/
 * @example
 * ```ts
 * import { calculateFootprint, footprintByPeriod } from "koploper";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * const footprint = calculateFootprint(
 *   {
 *     year: 2026,
 *     activities: [
 *       { id: "gas-q1", theme: "fuel", factor: 135, quantity: 600, unit: "Nm3", period: { year: 2026, quarter: 1 } },
 *       { id: "gas-q4", theme: "fuel", factor: 135, quantity: 400, unit: "Nm3", period: { year: 2026, quarter: 4 } },
 *     ],
 *   },
 *   { factors: nl2026 },
 * );
 * footprintByPeriod(footprint, { by: "half-year" }).periods.map((half) => half.scope1.toString()); //=> ["1280.4", "853.6"]
 * ```
 */
export function footprintByPeriod(footprint: Footprint, options: PeriodOptions): FootprintByPeriod {
  footprint = footprintAt(footprint, ["footprint"]);
  const { by, split = false } = parsePeriodOptions(options);
  if (footprint.detail !== "lines") {
    refuse("INVALID_INPUT", "invalid_value", "a period view needs per-line detail: this footprint has group totals only (an accumulator's result)", [
      "footprint",
      "detail",
    ]);
  }
  const buckets = new Map<string, Totals>();
  const bucket = (year: number, index: number): Totals => {
    const key = `${year}|${index}`;
    let totals = buckets.get(key);
    if (totals === undefined) {
      totals = empty();
      buckets.set(key, totals);
    }
    return totals;
  };
  const years = new Set([footprint.year]);
  let unassigned: Totals | null = null;
  for (const line of footprint.lines) {
    const year = line.period?.year ?? footprint.year;
    years.add(year);
    const indexes = covered(line.period, by);
    if (indexes.length === 1) add(bucket(year, indexes[0] as number), line);
    else if (!split) {
      unassigned ??= empty();
      add(unassigned, line);
    } else indexes.forEach((index, i) => add(bucket(year, index), line, indexes.length, i));
  }
  const periods = [...years]
    .sort((a, b) => a - b)
    .flatMap((year) =>
      Array.from(
        { length: 12 / MONTHS[by] },
        (_, i): PeriodFootprint => ({
          period: label(year, i + 1, by),
          year,
          index: i + 1,
          ...amounts(buckets.get(`${year}|${i + 1}`) ?? empty()),
        }),
      ),
    );
  return { by, periods, unassigned: unassigned === null ? null : amounts(unassigned) };
}
