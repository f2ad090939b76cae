import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import { refuse } from "../core/errors.js";
import type * as z from "zod/v4";
import { createParser } from "../core/parse.js";
import { reductionPathSchema, scenarioChangeSchema, type ReductionPathInput, type ScenarioChange } from "./analysis.schema.js";
import { comparisonInput, keyFiguresInput, pathCheckInput } from "./analysis.schema.js";
import { calculateFootprint } from "./calculate.js";
import { footprintInputSchema, organisationSchema, type Activity, type FootprintInput, type OrganisationInput } from "./activity.schema.js";
import { productionUnits } from "./organisation.js";
import type { FootprintOptions } from "./options.schema.js";
import { THEMES, type Theme } from "./themes.js";
import type { DualAmount, Footprint } from "./types.js";

/**
 * A footprint amount divided by one company figure: for the total and for scope 1+2, both ways.
 *
 * @example
 * ```ts
 * import type { KeyFigure } from "koploper";
 *
 * const perFte = (figure: KeyFigure) => figure.total.marketBased.toFixed(0);
 * ```
 */
export interface KeyFigure {
  readonly total: DualAmount;
  readonly scope12: DualAmount;
}

/**
 * Key figures (kengetallen): kg CO2-eq per fte, per m2 floor area, per 1,000 EUR revenue and per
 * production unit (`perProductionUnit` for the first, `perProductionUnits` for each of up to three);
 * `null` where the company figure is missing or zero.
 *
 * @example
 * ```ts
 * import type { KeyFigures } from "koploper";
 *
 * const hasFte = (figures: KeyFigures) => figures.perFte !== null;
 * ```
 */
export interface KeyFigures {
  readonly perFte: KeyFigure | null;
  readonly perM2: KeyFigure | null;
  readonly perThousandEur: KeyFigure | null;
  readonly perProductionUnit: (KeyFigure & { readonly unit: string }) | null;
  /** Per each production unit the organisation gives (up to three), in its order; zero ones left out. */
  readonly perProductionUnits: readonly (KeyFigure & { readonly unit: string })[];
}

const organisationParser = /* @__PURE__ */ createParser(organisationSchema, "organisation");

function divided(footprint: Footprint, by: Decimal | undefined): KeyFigure | null {
  if (by === undefined || by.isZero()) return null;
  const scope12 = (basis: keyof DualAmount) => footprint.scope1.plus(footprint.scope2[basis]);
  return {
    total: { marketBased: footprint.total.marketBased.div(by), locationBased: footprint.total.locationBased.div(by) },
    scope12: { marketBased: scope12("marketBased").div(by), locationBased: scope12("locationBased").div(by) },
  };
}

/**
 * Computes the key figures of a footprint for an organisation.
 *
 * @param footprint - a footprint
 * @param organisation - fte, floor area, revenue and production (see {@link organisationSchema})
 * @returns the key figures, each `null` when its company figure is missing or zero
 * @throws {@link KoploperError} `INVALID_INPUT` for an invalid organisation
 *
 * @example
 * ```ts
 * import { calculateFootprint, keyFigures } from "koploper";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * const fp = calculateFootprint({ year: 2026, activities: [{ id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" }] }, { factors: nl2026 });
 * keyFigures(fp, { fte: 4 }).perFte?.total.marketBased.toString(); //=> "533.5"
 * ```
 */
export function keyFigures(footprint: Footprint, organisation: OrganisationInput): KeyFigures {
  footprint = keyFiguresInput(footprint);
  const org = organisationParser.parse(organisation);
  const perUnit = productionUnits(org).map(({ quantity, unit }) => {
    const figure = divided(footprint, quantity);
    return figure === null ? null : { ...figure, unit };
  });
  return {
    perFte: divided(footprint, org.fte),
    perM2: divided(footprint, org.floorAreaM2),
    perThousandEur: divided(footprint, org.revenueEur?.div(1000)),
    perProductionUnit: perUnit[0] ?? null,
    perProductionUnits: perUnit.filter((figure) => figure !== null),
  };
}

/**
 * The change of one amount: `absolute` = current - base, `relative` = absolute / base (`null` when
 * base is zero).
 *
 * @example
 * ```ts
 * import type { Change } from "koploper";
 *
 * const percent = (change: Change) => change.relative?.times(100).toFixed(1);
 * ```
 */
export interface Change {
  readonly base: Decimal;
  readonly current: Decimal;
  readonly absolute: Decimal;
  readonly relative: Decimal | null;
}

/**
 * The comparison of two footprints per scope and theme; with `normalizedBy` set, every amount is
 * per fte or per EUR of revenue (corrected for growth).
 *
 * @example
 * ```ts
 * import type { FootprintComparison } from "koploper";
 *
 * const down = (c: FootprintComparison) => c.total.marketBased.absolute.isNegative();
 * ```
 */
export interface FootprintComparison {
  readonly normalizedBy: "fte" | "revenue" | null;
  /**
   * `true` when the two footprints were calculated on different factor sets and the caller opted in
   * (`acrossFactorSets: true`): part of each change may then be a factor update, not a reduction.
   */
  readonly acrossFactorSets: boolean;
  readonly scope1: Change;
  readonly scope2: { readonly marketBased: Change; readonly locationBased: Change };
  readonly scope3: Change;
  readonly total: { readonly marketBased: Change; readonly locationBased: Change };
  readonly themes: Readonly<Record<Theme, { readonly marketBased: Change; readonly locationBased: Change }>>;
}

function change(base: Decimal, current: Decimal): Change {
  const absolute = current.minus(base);
  return { base, current, absolute, relative: base.isZero() ? null : absolute.div(base) };
}

function normalizer(footprint: Footprint, by: "fte" | "revenue" | undefined, which: string): Decimal {
  if (by === undefined) return new D(1);
  const field = by === "fte" ? "fte" : "revenueEur";
  const value = footprint.organisation?.[field];
  if (value === undefined || value.isZero()) {
    refuse("INVALID_INPUT", "missing_normalizer", `the ${which} footprint has no organisation.${field} to normalise by`, [which, "organisation", field]);
  }
  return value;
}

/** Whether two footprints were calculated on one factor set, accounting and GWP set. */
function sameFactorSet(a: Footprint["factorSet"], b: Footprint["factorSet"]): boolean {
  return a.id === b.id && a.year === b.year && a.accounting === b.accounting && a.gwp === b.gwp;
}

/**
 * Compares a footprint with a base (for example last year's): absolute and relative change per scope
 * and theme, optionally corrected for growth by dividing each footprint by its own fte or revenue.
 *
 * @param base - the footprint to compare against
 * @param current - the footprint compared
 * @param options - `normalizeBy: "fte" | "revenue"` to compare per fte or per EUR of revenue;
 *   `acrossFactorSets: true` to compare footprints of different factor sets anyway (the result says so)
 * @returns the changes
 * @throws {@link KoploperError} `INVALID_INPUT` when normalising and a footprint lacks the figure;
 *   `INCOMPATIBLE_FOOTPRINTS` when the footprints were calculated on different factor sets (id, year,
 *   accounting or GWP set) and `acrossFactorSets` is not set: recalculate the base on the current
 *   set with {@link recalculateFootprint}, because a factor update is not a reduction
 *
 * @example
 * ```ts
 * import { calculateFootprint, compareFootprints } from "koploper";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * const gas = (quantity: number) =>
 *   calculateFootprint({ year: 2026, activities: [{ id: "gas", theme: "fuel", factor: 135, quantity, unit: "Nm3" }] }, { factors: nl2026 });
 * compareFootprints(gas(1000), gas(800)).scope1.relative?.toString(); //=> "-0.2"
 * ```
 */
export function compareFootprints(
  base: Footprint,
  current: Footprint,
  options: { readonly normalizeBy?: "fte" | "revenue"; readonly acrossFactorSets?: boolean } = {},
): FootprintComparison {
  ({ base, current, options } = comparisonInput(base, current, options));
  const across = !sameFactorSet(base.factorSet, current.factorSet);
  if (across && options.acrossFactorSets !== true) {
    const name = (set: Footprint["factorSet"]) => `${set.id} (${set.year}, ${set.accounting}, ${set.gwp})`;
    const message = `the base was calculated on ${name(base.factorSet)} and the current footprint on ${name(current.factorSet)}: a factor update is not a reduction; recalculate the base with recalculateFootprint, or pass acrossFactorSets: true`;
    refuse("INCOMPATIBLE_FOOTPRINTS", "factor_set_mismatch", message, ["base", "factorSet"]);
  }
  const by = options.normalizeBy;
  const nb = normalizer(base, by, "base");
  const nc = normalizer(current, by, "current");
  const diff = (b: Decimal, c: Decimal) => change(b.div(nb), c.div(nc));
  const dual = (b: DualAmount, c: DualAmount) => ({ marketBased: diff(b.marketBased, c.marketBased), locationBased: diff(b.locationBased, c.locationBased) });
  return {
    normalizedBy: by ?? null,
    acrossFactorSets: across,
    scope1: diff(base.scope1, current.scope1),
    scope2: dual(base.scope2, current.scope2),
    scope3: diff(base.scope3.total, current.scope3.total),
    total: dual(base.total, current.total),
    themes: Object.fromEntries(THEMES.map((theme) => [theme, dual(base.themes[theme], current.themes[theme])])) as FootprintComparison["themes"],
  };
}

/**
 * A linear reduction path with its target per year (kg CO2-eq).
 *
 * @example
 * ```ts
 * import type { ReductionPath } from "koploper";
 *
 * const last = (path: ReductionPath) => path.points.at(-1)?.target.toString();
 * ```
 */
export interface ReductionPath {
  readonly baseYear: number;
  readonly targetYear: number;
  readonly baseEmissions: Decimal;
  readonly annualRate: Decimal;
  readonly points: readonly { readonly year: number; readonly target: Decimal }[];
}

const pathParser = /* @__PURE__ */ createParser(reductionPathSchema, "reduction path");

function targetIn(path: Pick<ReductionPath, "baseYear" | "targetYear" | "baseEmissions" | "annualRate">, year: number): Decimal {
  const years = Math.min(year, path.targetYear) - path.baseYear;
  const left = new D(1).minus(path.annualRate.times(years));
  return path.baseEmissions.times(left.isNegative() ? 0 : left);
}

/**
 * Builds a linear reduction path from a base year: each year the target drops by the same share of
 * the base year's emissions (the rate applies to the base year, not to the year you start).
 *
 * @param input - `{ baseYear, baseEmissions, targetYear, reduction | annualRate }` (see {@link reductionPathSchema})
 * @returns the path with a target for every year from base to target year
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue
 *
 * @example
 * ```ts
 * import { reductionPath } from "koploper";
 *
 * const path = reductionPath({ baseYear: 2020, baseEmissions: 100000, targetYear: 2030, reduction: 0.55 });
 * path.annualRate.toString(); //=> "0.055"
 * path.points.at(-1)?.target.toString(); //=> "45000"
 * ```
 */
export function reductionPath(input: ReductionPathInput): ReductionPath {
  const data = pathParser.parse(input);
  const span = data.targetYear - data.baseYear;
  const annualRate = data.annualRate ?? (data.reduction ?? new D(0)).div(span);
  const path = { baseYear: data.baseYear, targetYear: data.targetYear, baseEmissions: data.baseEmissions, annualRate };
  return { ...path, points: Array.from({ length: span + 1 }, (_, i) => ({ year: data.baseYear + i, target: targetIn(path, data.baseYear + i) })) };
}

/**
 * How one footprint stands against a reduction path.
 *
 * @example
 * ```ts
 * import type { PathCheck } from "koploper";
 *
 * const late = (check: PathCheck) => !check.onTrack;
 * ```
 */
export interface PathCheck {
  readonly year: number;
  readonly target: Decimal;
  readonly actual: Decimal;
  /** actual - target: positive means above the path. */
  readonly gap: Decimal;
  readonly onTrack: boolean;
}

/**
 * Checks footprints against a reduction path: per footprint, its target (flat after the target
 * year), its total and whether it is at or below the path.
 *
 * @param path - a path from {@link reductionPath}
 * @param footprints - footprints of years from the base year on
 * @param basis - which total to check, market-based (the default) or location-based
 * @returns one check per footprint, in the order given
 * @throws {@link KoploperError} `INVALID_INPUT` for a footprint before the base year
 *
 * @example
 * ```ts
 * import { calculateFootprint, checkReductionPath, reductionPath } from "koploper";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * const path = reductionPath({ baseYear: 2020, baseEmissions: 2500, targetYear: 2030, reduction: 0.5 });
 * const fp = calculateFootprint({ year: 2026, activities: [{ id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" }] }, { factors: nl2026 });
 * checkReductionPath(path, [fp])[0]?.onTrack; //=> false
 * ```
 */
export function checkReductionPath(path: ReductionPath, footprints: readonly Footprint[], basis: keyof DualAmount = "marketBased"): PathCheck[] {
  ({ path, footprints, basis } = pathCheckInput(path, footprints, basis));
  return footprints.map((footprint, index) => {
    if (footprint.year < path.baseYear) {
      refuse("INVALID_INPUT", "before_base_year", `footprint ${footprint.year} is before the base year ${path.baseYear}`, [index, "year"]);
    }
    const target = targetIn(path, footprint.year);
    const actual = footprint.total[basis];
    const gap = actual.minus(target);
    return { year: footprint.year, target, actual, gap, onTrack: gap.lte(0) };
  });
}

/**
 * A scenario's outcome: the changed activities, the footprints before and after, and the change.
 *
 * @example
 * ```ts
 * import type { ScenarioResult } from "koploper";
 *
 * const saved = (result: ScenarioResult) => result.change.total.marketBased.absolute.negated();
 * ```
 */
export interface ScenarioResult {
  readonly activities: readonly Activity[];
  readonly before: Footprint;
  readonly after: Footprint;
  readonly change: FootprintComparison;
}

const inputParser = /* @__PURE__ */ createParser(footprintInputSchema, "footprint input");
const changesSchema = /* @__PURE__ */ (() => scenarioChangeSchema.array())();
const changesParser = /* @__PURE__ */ createParser(changesSchema, "scenario changes");

function applyChange(lines: Activity[], change: z.output<typeof changesSchema>[number]): Activity[] {
  switch (change.kind) {
    case "green-electricity":
      return lines.map((line) =>
        line.theme === "electricity" && line.quantity !== null
          ? { ...line, green: [{ quantity: line.quantity.times(change.share), source: change.source }] }
          : line,
      );
    case "scale":
      return lines.map((line) =>
        (line.id === change.line || line.theme === change.theme) && line.quantity !== null
          ? { ...line, quantity: line.quantity.times(change.by), ...scaledGreen(line, change.by) }
          : line,
      );
    case "switch-factor":
      return lines.map((line) =>
        line.theme !== "other" && line.theme !== "offset" && line.factor === change.from ? { ...line, factor: change.to } : line,
      ) as Activity[];
    case "remove":
      return lines.filter((line) => line.id !== change.line);
    case "add":
      return [...lines, change.activity];
  }
}

function scaledGreen(line: Activity, by: Decimal): { green?: { quantity: Decimal; source: "wind" | "solar" | "hydro" | "biomass" }[] } {
  return line.theme === "electricity" && line.green !== undefined ? { green: line.green.map((part) => ({ ...part, quantity: part.quantity.times(by) })) } : {};
}

/**
 * Applies a measure to the activities and gives the footprint difference: for example 100% Dutch
 * wind power lowers market-based scope 2 and leaves location-based scope 2 as it was.
 *
 * @param input - the footprint input, as for {@link calculateFootprint}
 * @param changes - the changes, applied in order (see {@link scenarioChangeSchema})
 * @param options - the calculation options
 * @returns the changed activities, both footprints and the change
 * @throws {@link KoploperError} as {@link calculateFootprint}; `INVALID_INPUT` for invalid changes
 *
 * @example
 * ```ts
 * import { applyScenario } from "koploper";
 * import { nl2026 } from "koploper/factors/nl-2026";
 *
 * const result = applyScenario(
 *   { year: 2026, activities: [{ id: "power", theme: "electricity", quantity: 10000, unit: "kWh" }] },
 *   [{ kind: "green-electricity", share: 1, source: "wind" }],
 *   { factors: nl2026 },
 * );
 * result.change.scope2.marketBased.absolute.toString(); //=> "-4830"
 * result.change.scope2.locationBased.absolute.toString(); //=> "0"
 * ```
 */
export function applyScenario(input: FootprintInput, changes: readonly ScenarioChange[], options: FootprintOptions): ScenarioResult {
  const data = inputParser.parse(input);
  const parsed = changesParser.parse(changes);
  const activities = parsed.reduce(applyChange, data.activities);
  const before = calculateFootprint(data, options);
  const after = calculateFootprint({ ...data, activities }, options);
  return { activities, before, after, change: compareFootprints(before, after) };
}
