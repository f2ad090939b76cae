// The codes of factor sets, as constants: zod-free, so logic imports them from here and the schema
// (factor-set.schema.ts) builds its enums from them.

/**
 * The unit codes `koploper` knows. Energy: `kWh`, `MWh`, `MJ`, `GJ`; liquid volume: `l`, `m3`;
 * gas volume: `Nm3`; mass: `kg`, `t`, `kg-ds` (kg dry matter); transport: `vkm` (vehicle-km),
 * `pkm` (passenger-km), `tkm` (tonne-km); wastewater: `VE` (vervuilingseenheid).
 *
 * @example
 * ```ts
 * import { UNIT_CODES } from "koploper";
 *
 * UNIT_CODES.includes("Nm3"); //=> true
 * ```
 */
export const UNIT_CODES = ["kWh", "MWh", "MJ", "GJ", "l", "m3", "Nm3", "kg", "t", "kg-ds", "vkm", "pkm", "tkm", "VE"] as const;

/**
 * One of the {@link UNIT_CODES}.
 *
 * @example
 * ```ts
 * import type { UnitCode } from "koploper";
 *
 * const unit: UnitCode = "kWh";
 * ```
 */
export type UnitCode = (typeof UNIT_CODES)[number];

/**
 * The sections of the Dutch factor list, as stable codes. In the list (Dutch):
 * `vehicle-fuels` Brandstoffen voertuigen en schepen, `energy-fuels` Brandstoffen energieopwekking,
 * `electricity` Elektriciteit, `heat` Warmtelevering, `refrigerants` Koudemiddelen,
 * `other-emissions` Overige Emissies, `passenger-transport` Personenvervoer,
 * `freight-transport` Goederenvervoer, `waste` Afval.
 *
 * @example
 * ```ts
 * import { FACTOR_SECTIONS } from "koploper";
 *
 * FACTOR_SECTIONS.length; //=> 9
 * ```
 */
export const FACTOR_SECTIONS = [
  "vehicle-fuels",
  "energy-fuels",
  "electricity",
  "heat",
  "refrigerants",
  "other-emissions",
  "passenger-transport",
  "freight-transport",
  "waste",
] as const;

/**
 * One of the {@link FACTOR_SECTIONS}.
 *
 * @example
 * ```ts
 * import type { FactorSection } from "koploper";
 *
 * const section: FactorSection = "waste";
 * ```
 */
export type FactorSection = (typeof FACTOR_SECTIONS)[number];

/**
 * The named values a factor can publish, all in kg CO2-eq per unit of the factor (GWP values in
 * kg CO2-eq per kg of gas; `mjPerUnit` is an energy content, not an emission):
 * fuels and transport `wtw`, `ttw`, `wtt`, `biogenic`, `mjPerUnit`; electricity `total`,
 * `production`, `chain`, `infrastructure`, `mjPerUnit`; heat `total`, `production`, `chain`,
 * `mjPerUnit`; gases `gwp100`, `ar4`; waste `ghgProtocol`, `transport`, `processing`, `avoided`;
 * wastewater `total`, `co2`, `ch4`, `n2o`.
 *
 * @example
 * ```ts
 * import { FACTOR_VALUE_FIELDS } from "koploper";
 *
 * FACTOR_VALUE_FIELDS.includes("wtw"); //=> true
 * ```
 */
export const FACTOR_VALUE_FIELDS = [
  "wtw",
  "ttw",
  "wtt",
  "biogenic",
  "mjPerUnit",
  "total",
  "production",
  "chain",
  "infrastructure",
  "gwp100",
  "ar4",
  "ghgProtocol",
  "transport",
  "processing",
  "avoided",
  "co2",
  "ch4",
  "n2o",
] as const;

/**
 * One of the {@link FACTOR_VALUE_FIELDS}.
 *
 * @example
 * ```ts
 * import type { FactorValueField } from "koploper";
 *
 * const column: FactorValueField = "ttw";
 * ```
 */
export type FactorValueField = (typeof FACTOR_VALUE_FIELDS)[number];

/**
 * The status of a factor in its list: `active`; `withdrawn` (published as `Vervallen`, no emission
 * values; an energy content `mjPerUnit` may remain);
 * `supplier-specific` (published as `Variabel`, for example the stroometiket: the supplier's own
 * figure must be given).
 *
 * @example
 * ```ts
 * import type { FactorStatus } from "koploper";
 *
 * const status: FactorStatus = "withdrawn";
 * ```
 */
export type FactorStatus = "active" | "withdrawn" | "supplier-specific";

/** The statuses a factor can have in its list (see {@link FactorStatus}). */
export const FACTOR_STATUSES = ["active", "withdrawn", "supplier-specific"] as const satisfies readonly FactorStatus[];

/** The IPCC assessment reports a factor set's GWP values can come from (see {@link GwpSet}). */
export const GWP_SETS = ["AR4", "AR5", "AR6"] as const satisfies readonly GwpSet[];

/**
 * The IPCC assessment report whose 100-year global warming potentials a factor set uses: `AR4`
 * (2007; EU F-gas thresholds, the list's "Montreal Protocol (AR4)" column), `AR5` (2013), `AR6`
 * (2021; the 2026 Dutch list).
 *
 * @example
 * ```ts
 * import type { GwpSet } from "koploper";
 *
 * const set: GwpSet = "AR6";
 * ```
 */
export type GwpSet = "AR4" | "AR5" | "AR6";

/**
 * The roles an electricity factor can play in a footprint, as a factor set marks them (a factor's
 * `electricityRole`): `grey` (market-based scope 2 for kWh without guarantees of origin),
 * `grid-mix` (location-based scope 2 for every kWh) and `green-wind`, `green-solar`, `green-hydro`,
 * `green-biomass` (market-based scope 2 for kWh backed by Dutch guarantees of origin from that
 * source). `options.electricity` can name other factors for any role.
 *
 * @see GHG Protocol Scope 2 Guidance (2015), chapters 6 and 7
 * @example
 * ```ts
 * import { ELECTRICITY_ROLES } from "koploper";
 *
 * ELECTRICITY_ROLES.includes("grid-mix"); //=> true
 * ```
 */
export const ELECTRICITY_ROLES = ["grey", "grid-mix", "green-wind", "green-solar", "green-hydro", "green-biomass"] as const;

/**
 * One of the {@link ELECTRICITY_ROLES}.
 *
 * @example
 * ```ts
 * import type { ElectricityRole } from "koploper";
 *
 * const role: ElectricityRole = "grey";
 * ```
 */
export type ElectricityRole = (typeof ELECTRICITY_ROLES)[number];
