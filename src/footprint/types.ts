import type { Decimal } from "decimal.js";
import type { DecimalInput } from "../core/decimal.js";
import type { GwpSet } from "../factors/codes.js";
import type { UnitCode } from "../factors/codes.js";
import type { Activity, Organisation } from "./activity.schema.js";
import type { GREEN_SOURCES, Scope3Category, Theme } from "./themes.js";
import type { Conversion } from "./units.js";

/**
 * How emissions are put in scopes: `"wtw"` (Dutch practice, the default) puts a line's whole
 * well-to-wheel value in the line's scope; `"ghg-strict"` puts only combustion (TTW; production for
 * electricity and heat) in scopes 1 and 2 and the chain part (WTT) in scope 3 category 3.
 *
 * @see GHG Protocol Scope 3 Standard, category 3
 * @example
 * ```ts
 * import type { Accounting } from "koploper";
 *
 * const accounting: Accounting = "ghg-strict";
 * ```
 */
export type Accounting = "wtw" | "ghg-strict";

/**
 * A renewable source of electricity backed by Dutch guarantees of origin.
 *
 * @example
 * ```ts
 * import type { GreenSource } from "koploper";
 *
 * const source: GreenSource = "solar";
 * ```
 */
export type GreenSource = (typeof GREEN_SOURCES)[number];

/**
 * A validated value as the fast path takes it: every `Decimal` in it may be any {@link DecimalInput}
 * (a number, a decimal string or a `Decimal`), everything read-only.
 *
 * @example
 * ```ts
 * import type { Decimal } from "decimal.js";
 * import type { WithDecimalInputs } from "koploper";
 *
 * const own: WithDecimalInputs<{ value: Decimal; source: string }> = { value: 0.5, source: "supplier" };
 * ```
 */
export type WithDecimalInputs<T> = T extends Decimal
  ? DecimalInput
  : T extends readonly (infer U)[]
    ? readonly WithDecimalInputs<U>[]
    : T extends object
      ? { readonly [K in keyof T]: WithDecimalInputs<T[K]> }
      : T;

/**
 * One kind of {@link Activity} line as a typed line for the fast path: its fields with
 * {@link WithDecimalInputs}, the `id` optional, and `factor` absent where the theme has none.
 *
 * @example
 * ```ts
 * import type { Activity, TypedLine } from "koploper";
 *
 * const offset: TypedLine<Extract<Activity, { theme: "offset" }>> = { theme: "offset", quantity: 2, unit: "t" };
 * ```
 */
export type TypedLine<A> = A extends unknown
  ? { readonly [K in keyof A as K extends "id" ? never : K]: WithDecimalInputs<A[K]> } & { readonly id?: string | undefined } & ("factor" extends keyof A
        ? unknown
        : { readonly factor?: undefined })
  : never;

/**
 * An activity line for the fast path ({@link createFootprintAccumulator}): the shape of a parsed
 * {@link Activity} (a union on `theme`, derived from {@link activitySchema}), but quantities may be
 * plain numbers (or any {@link DecimalInput}), the `id` may be left out, and lines are not run
 * through zod. Numbers with at most 6 decimals (up to 4e9) are summed exactly without decimal.js.
 * Every field the calculation reads is checked as {@link calculateFootprint} checks it; keys the
 * schema does not know are ignored, and ids are not checked for uniqueness.
 *
 * @example
 * ```ts
 * import type { TypedActivity } from "koploper";
 *
 * const line: TypedActivity = { theme: "fuel", factor: 135, quantity: 1250.5, unit: "Nm3" };
 * ```
 */
export type TypedActivity = TypedLine<Activity>;

/**
 * One value a group or line contributes: an `emission` into a scope (and scope 3 category), or a
 * memo item (`biogenic` CO2, `avoided` emissions as published (negative), an `offset`). `column` is
 * the factor column used, `value` the factor value, `basis` whether it counts for market-based,
 * location-based or both totals.
 *
 * @example
 * ```ts
 * import type { GroupPart } from "koploper";
 *
 * const scope1 = (part: GroupPart) => part.kind === "emission" && part.scope === 1;
 * ```
 */
export interface GroupPart {
  readonly kind: "emission" | "biogenic" | "avoided" | "offset";
  readonly column: string;
  readonly value: Decimal;
  readonly kg: Decimal;
  readonly scope: 1 | 2 | 3 | null;
  readonly category: Scope3Category | null;
  readonly basis: "both" | "market" | "location";
}

/**
 * Which layer of a factor gave a value: the `published` list, the `organisation`'s override, or the
 * line's `location`'s override (see `overrideFactors`).
 *
 * @example
 * ```ts
 * import type { OverrideLayer } from "koploper";
 *
 * const own = (layer: OverrideLayer) => layer !== "published";
 * ```
 */
export type OverrideLayer = "published" | "organisation" | "location";

/**
 * All lines with the same theme, factor (with or without its override), unit and role, summed
 * exactly: the provenance every footprint keeps, also from the accumulator. `lineQuantity` is the
 * sum in the lines' unit, `quantity` that sum in the factor's unit, and each part's `kg` is
 * `quantity x value`.
 *
 * @example
 * ```ts
 * import type { FootprintGroup } from "koploper";
 *
 * const label = (group: FootprintGroup) => `${group.factorId}: ${group.quantity.toString()} ${group.unit}`;
 * ```
 */
export interface FootprintGroup {
  readonly key: string;
  readonly theme: Theme;
  readonly factorId: string;
  readonly overridden: boolean;
  readonly layer: OverrideLayer;
  readonly lineUnit: UnitCode;
  readonly lineQuantity: Decimal;
  readonly unit: UnitCode;
  readonly quantity: Decimal;
  readonly conversion: Conversion;
  readonly mjPerUnit: Decimal | null;
  readonly energyGJ: Decimal;
  readonly lines: number;
  readonly parts: readonly GroupPart[];
}

/**
 * One activity line in a footprint: its own quantity and, per part, the factor, column, value, the
 * quantity in the factor's unit and the kg. Unknown lines have `quantity: null` and no parts.
 *
 * @example
 * ```ts
 * import type { FootprintLine } from "koploper";
 *
 * const kg = (line: FootprintLine) => line.parts.map((part) => part.kg.toString());
 * ```
 */
export interface FootprintLine {
  readonly id: string;
  readonly theme: Theme;
  readonly quantity: Decimal | null;
  readonly unit: UnitCode;
  readonly estimated: boolean;
  readonly location?: string;
  readonly period?: { readonly year: number; readonly quarter?: number | undefined; readonly month?: number | undefined };
  readonly note?: string;
  /** The validated activity line itself, so the footprint can be recalculated on another factor set. */
  readonly activity: Activity;
  /** How the library read the line's unit, when it read it as another one (`m3` as Nm3). */
  readonly unitNote?: string;
  readonly parts: readonly (GroupPart & {
    readonly factorId: string;
    readonly overridden: boolean;
    readonly layer: OverrideLayer;
    readonly quantity: Decimal;
    readonly unit: UnitCode;
  })[];
}

/**
 * Lines counted per theme (unknown or estimated lines), with their ids when the footprint has line
 * detail.
 *
 * @example
 * ```ts
 * import type { LineCounts } from "koploper";
 *
 * const none = (counts: LineCounts) => counts.count === 0;
 * ```
 */
export interface LineCounts {
  readonly count: number;
  readonly byTheme: Partial<Record<Theme, number>>;
  readonly ids: readonly string[];
}

/**
 * The codes of the plausibility warnings (warnings, never errors), after the Milieubarometer's
 * checklist: `GREEN_ABOVE_TOTAL` (green kWh above the known total), `FUEL_AND_DISTANCE` (litres and
 * km for one vehicle), `BUILDING_VOLUME` (volume outside 3-5 x floor area), `REVENUE_PER_FTE`
 * (service company outside EUR 50,000-100,000 per fte), `WASTEWATER_VE` (VE outside half to twice
 * 2.5% of the water m3), `FACTOR_YEAR` (factor list year differs from the footprint year),
 * `TTW_ONLY` (a factor without a WTW value, its TTW used in `wtw` accounting).
 *
 * @example
 * ```ts
 * import type { WarningCode } from "koploper";
 *
 * const code: WarningCode = "BUILDING_VOLUME";
 * ```
 */
export type WarningCode = "GREEN_ABOVE_TOTAL" | "FUEL_AND_DISTANCE" | "BUILDING_VOLUME" | "REVENUE_PER_FTE" | "WASTEWATER_VE" | "FACTOR_YEAR" | "TTW_ONLY";

/**
 * A plausibility warning: its code, a sentence, and what it is about (vehicles, factor ids).
 *
 * @example
 * ```ts
 * import type { PlausibilityWarning } from "koploper";
 *
 * const codes = (warnings: readonly PlausibilityWarning[]) => warnings.map((w) => w.code);
 * ```
 */
export interface PlausibilityWarning {
  readonly code: WarningCode;
  readonly message: string;
  readonly subjects: readonly string[];
}

/**
 * A market-based and a location-based amount (kg CO2-eq).
 *
 * @see GHG Protocol Scope 2 Guidance (2015), chapter 7 (dual reporting)
 * @example
 * ```ts
 * import type { DualAmount } from "koploper";
 *
 * const gap = (amount: DualAmount) => amount.locationBased.minus(amount.marketBased);
 * ```
 */
export interface DualAmount {
  readonly marketBased: Decimal;
  readonly locationBased: Decimal;
}

/**
 * A CO2 footprint: every amount in kg CO2-eq as an exact `Decimal`.
 * - `scope1`, `scope2` (both ways), `scope3` (total and categories 1-15), `total` (both ways);
 * - `themes`: per theme, both ways; `groups`: per factor, column and scope; `lines`: per line
 *   (empty when `detail` is `"groups"`, as from the accumulator);
 * - `memo`: biogenic CO2, avoided emissions (negative, as published) and offsets, never netted;
 * - `energyGJ`: the energy of every line whose factor gives MJ per unit;
 * - `unknown` and `estimated` lines, `warnings`, and the `factorSet` used.
 *
 * @example
 * ```ts
 * import type { Footprint } from "koploper";
 *
 * const headline = (fp: Footprint) => `${fp.total.marketBased.div(1000).toFixed(1)} t CO2-eq`;
 * ```
 */
export interface Footprint {
  readonly year: number;
  readonly factorSet: { readonly id: string; readonly year: number; readonly accounting: Accounting; readonly gwp: GwpSet };
  /** The factor set the footprint was first calculated on, when `recalculateFootprint` made it. */
  readonly recalculatedFrom?: { readonly id: string; readonly year: number; readonly accounting: Accounting; readonly gwp: GwpSet };
  readonly organisation?: Organisation;
  readonly detail: "lines" | "groups";
  readonly scope1: Decimal;
  readonly scope2: DualAmount;
  readonly scope3: { readonly total: Decimal; readonly categories: Readonly<Record<Scope3Category, Decimal>> };
  readonly total: DualAmount;
  readonly themes: Readonly<Record<Theme, DualAmount>>;
  readonly memo: { readonly biogenic: Decimal; readonly avoided: Decimal; readonly offsets: Decimal };
  readonly energyGJ: Decimal;
  readonly groups: readonly FootprintGroup[];
  readonly lines: readonly FootprintLine[];
  readonly unknown: LineCounts;
  readonly estimated: LineCounts;
  /** Inputs of the plausibility checks that line totals cannot give, kept so footprints merge. */
  readonly checks: {
    readonly unknownGreenKWh: Decimal;
    readonly vehicles: Readonly<Record<string, { readonly fuel: boolean; readonly distance: boolean }>>;
  };
  readonly warnings: readonly PlausibilityWarning[];
}
