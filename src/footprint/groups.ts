import type { Decimal } from "decimal.js";
import { isKoploperError, refuse } from "../core/errors.js";
import type { UnitCode } from "../factors/codes.js";
import type { Factor, FactorSet, FactorValues } from "../factors/factor-set.schema.js";
import { factorValue, type FactorRef } from "./factor-index.js";
import type { GwpChoice, PartSpec } from "./parts.js";
import { emptySum, type Sum } from "./sum.js";
import type { Theme } from "./themes.js";
import type { Accounting, FootprintGroup, GreenSource, OverrideLayer, TypedActivity } from "./types.js";
import { conversion, type Conversion } from "./units.js";
import { wideZero } from "./exact.js";

/** What the engine needs from the options, already validated. */
export interface EngineOptions {
  readonly factors: FactorSet;
  readonly accounting?: Accounting | undefined;
  readonly gwp?: GwpChoice["report"] | undefined;
  readonly allowWithdrawn?: boolean | undefined;
  readonly electricity?:
    | {
        readonly grey?: FactorRef | undefined;
        readonly gridMix?: FactorRef | undefined;
        readonly green?: { readonly [S in GreenSource]?: FactorRef | undefined } | undefined;
      }
    | undefined;
}

/** What a group is about: everything of its {@link FootprintGroup} but the sums. */
export type GroupTemplate = Omit<FootprintGroup, "lineQuantity" | "quantity" | "lines" | "energyGJ" | "parts"> & {
  readonly parts: readonly PartSpec[];
};

/** One aggregation bucket: the exact sum of the quantities of every line with the same route. */
export interface Group extends Sum {
  readonly template: GroupTemplate;
}

/** The groups an electricity line's kWh go into besides the grid mix: the market-based ones. */
export interface ElectricityGroups {
  readonly grid: Group;
  readonly market: Group;
  readonly green: Readonly<Record<GreenSource, () => Group>>;
}

/** Where the lines of one theme, factor, unit and location go: found once, then cached. */
export interface Route {
  readonly theme: Theme;
  readonly factor: TypedActivity["factor"];
  readonly unit: UnitCode;
  readonly location: string | undefined;
  readonly anyLocation: boolean;
  readonly group: Group;
  readonly electricity: ElectricityGroups | null;
  readonly vehicleKind: "fuel" | "distance" | null;
  /** The next route of lines with the same factor (another theme, unit or location). */
  next: Route | undefined;
}

/** Lines counted per theme (unknown or estimated lines). */
export type ThemeCounts = Partial<Record<Theme, number>>;

/** The whole mutable state of one calculation or accumulator. Never leaves the library. */
export interface EngineState {
  readonly options: EngineOptions;
  readonly set: FactorSet;
  readonly accounting: Accounting;
  readonly gwp: GwpChoice;
  readonly groups: Map<string, Group>;
  /** The routes of lines by their factor reference: each a chain of routes (see {@link Route.next}). */
  readonly routes: Map<TypedActivity["factor"], Route>;
  readonly electricityRoutes: Map<string, Route>;
  unknown: ThemeCounts;
  estimated: ThemeCounts;
  unknownGreenKWh: Decimal;
  vehicles: Map<string, { fuel: boolean; distance: boolean }>;
  epoch: number;
}

/** Creates an empty engine state for one factor set and accounting. */
export function createState(options: EngineOptions): EngineState {
  const set = options.factors;
  return {
    options,
    set,
    accounting: options.accounting ?? "wtw",
    gwp: { report: options.gwp ?? set.gwp, setReport: set.gwp, setId: set.id },
    groups: new Map(),
    routes: new Map(),
    electricityRoutes: new Map(),
    unknown: {},
    estimated: {},
    unknownGreenKWh: wideZero(),
    vehicles: new Map(),
    epoch: 0,
  };
}

/** The values a line at `location` takes from a factor, and the layer that gave them. */
export function effective(factor: Factor, location: string | undefined): { values: FactorValues; layer: OverrideLayer } {
  const override = factor.override;
  const base: { values: FactorValues; layer: OverrideLayer } =
    override === undefined
      ? { values: factor.values, layer: "published" }
      : override.location === undefined
        ? { values: factor.values, layer: "organisation" }
        : override.location === location
          ? { values: factor.values, layer: "location" }
          : { values: override.published, layer: "published" };
  const at = location === undefined ? undefined : factor.locationOverrides?.find((layer) => layer.location === location);
  return at === undefined ? base : { values: { ...base.values, ...at.values }, layer: "location" };
}

/** Whether a factor gives every location the same values. */
export function locationFree(factor: Factor): boolean {
  return factor.override?.location === undefined && factor.locationOverrides === undefined;
}

/** Refuses a withdrawn factor (unless allowed) and a supplier-specific one without the supplier's value. */
export function checkStatus(state: EngineState, factor: Factor, supplierValue: boolean): void {
  if (factor.status === "withdrawn" && state.options.allowWithdrawn !== true) {
    refuse("WITHDRAWN_FACTOR", "withdrawn", `factor ${factor.id} (${factor.name.nl}) is withdrawn in ${state.set.id}; pass allowWithdrawn: true to use it`, [
      "factor",
    ]);
  }
  if (factor.status === "supplier-specific" && !supplierValue) {
    refuse(
      "SUPPLIER_VALUE_REQUIRED",
      "supplier_value_required",
      `factor ${factor.id} (${factor.name.nl}) needs the supplier's own value: give supplierFactor`,
      ["factor"],
    );
  }
}

function groupFor(state: EngineState, key: string, make: () => GroupTemplate): Group {
  let group = state.groups.get(key);
  if (group === undefined) {
    group = emptySum(make());
    state.groups.set(key, group);
  }
  return group;
}

/** The conversion from the line's unit to the factor's, or `UNIT_MISMATCH` saying `why` the factor applies. */
function conversionFor(from: UnitCode, to: UnitCode, mjPerUnit: string | undefined, why: string): Conversion {
  try {
    return conversion(from, to, mjPerUnit);
  } catch (error) {
    /* v8 ignore next */
    if (!isKoploperError(error)) throw error;
    return refuse("UNIT_MISMATCH", "unit_mismatch", `${error.message}: ${why}`, ["unit"]);
  }
}

/** What a group of lines on one listed factor is about. */
export interface ListedUse {
  readonly theme: Theme;
  readonly factor: Factor;
  readonly unit: UnitCode;
  readonly location: string | undefined;
  /** Tells groups of one factor apart (`"grid"`, `"market"`, a supplier value, ...). */
  readonly tag: string;
  /** Why the line uses this factor, for a unit mismatch. */
  readonly why: string;
  /** Whether the group counts for the energy total. */
  readonly energy: boolean;
}

/** The group of lines of one theme, unit and layer on a listed factor; `parts` gives its parts for the layer's values. */
export function listedGroup(state: EngineState, use: ListedUse, parts: (values: FactorValues) => PartSpec[]): Group {
  const { theme, factor, unit, location, tag } = use;
  const { values, layer } = effective(factor, location);
  const key = `${theme}|${tag}|${factor.id}|${unit}|${layer === "published" ? "" : layer === "organisation" ? "o:" : `o:${location ?? ""}`}`;
  return groupFor(state, key, () => ({
    key,
    theme,
    factorId: factor.id,
    overridden: layer !== "published",
    layer,
    lineUnit: unit,
    unit: factor.unit,
    conversion: conversionFor(
      unit,
      factor.unit,
      values.mjPerUnit,
      `the line resolved to factor ${factor.id} (${factor.name.nl}, in ${factor.unit}), ${use.why}`,
    ),
    mjPerUnit: use.energy ? (factorValue(values, "mjPerUnit") ?? null) : null,
    parts: parts(values),
  }));
}

/** The group of lines of one theme and unit with a factor of their own (or none): `tag` tells the factors apart. */
export function customGroup(state: EngineState, theme: Theme, lineUnit: UnitCode, tag: string, factorId: string, unit: UnitCode, part: PartSpec | null): Group {
  const key = `${theme}|${tag}|${lineUnit}`;
  return groupFor(state, key, () => ({
    key,
    theme,
    factorId,
    overridden: false,
    layer: "published",
    lineUnit,
    unit,
    conversion: conversionFor(lineUnit, unit, undefined, `the factor given on the line is in ${unit}`),
    mjPerUnit: null,
    parts: part === null ? [] : [part],
  }));
}
