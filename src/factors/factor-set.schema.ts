import * as z from "zod/v4";
import { decimalSchema, localizedSchema } from "../core/common.schema.js";

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

const plainDecimalString = /* @__PURE__ */ decimalSchema.transform((value) => value.toString());

/**
 * A factor's published values as plain decimal strings, each field optional (a section publishes
 * only some of them). Input accepts any {@link DecimalInput}; output is always a plain string.
 *
 * @example
 * ```ts
 * import { factorValuesSchema } from "koploper";
 *
 * factorValuesSchema.parse({ wtw: 3.251, ttw: "2.462" }); //=> { wtw: "3.251", ttw: "2.462" }
 * ```
 */
export const factorValuesSchema = /* @__PURE__ */ (() => z.partialRecord(z.enum(FACTOR_VALUE_FIELDS), plainDecimalString))();

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

/**
 * A factor's override for one organisation or one location: the values in `Factor.values` replace
 * the `published` ones, for lines at `location` only when a location is given. Every result that
 * uses an overridden value says so.
 */
const factorOverrideSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    reason: z.string().min(1),
    location: z.optional(z.string().min(1)),
    published: factorValuesSchema,
  }))();

/**
 * A location's layer over a factor: for lines at `location`, `values` replace the factor's values
 * (its organisation override's, or the published ones) field by field.
 */
const locationOverrideSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    location: z.string().min(1),
    reason: z.string().min(1),
    values: factorValuesSchema,
  }))();

/**
 * One emission factor with its provenance.
 *
 * @example
 * ```ts
 * import { factorSchema } from "koploper";
 *
 * const factor = factorSchema.parse({
 *   id: "aardgas-g-gas", sourceId: 135,
 *   sourceUrl: "https://co2emissiefactoren.nl/factoren/2026/27/135/brandstoffen-energieopwekking-gasvormige-brandstoffen-aardgas-g-gas/",
 *   name: { nl: "Aardgas (G-gas)", en: "Natural gas (G-gas)" },
 *   section: "energy-fuels", subsection: "Gasvormige brandstoffen", unit: "Nm3", status: "active",
 *   values: { wtw: "2.134", ttw: "1.779", wtt: "0.355", biogenic: "0", mjPerUnit: "31.65" },
 * });
 * ```
 */
export const factorSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a factor id is a lowercase slug"),
    sourceId: z.int().positive(),
    sourceUrl: z.url({ protocol: /^https?$/ }),
    name: localizedSchema,
    section: z.enum(FACTOR_SECTIONS),
    subsection: z.nullable(z.string().min(1)),
    unit: z.enum(UNIT_CODES),
    status: z.enum(["active", "withdrawn", "supplier-specific"]),
    values: factorValuesSchema,
    override: z.optional(factorOverrideSchema),
    locationOverrides: z.optional(z.array(locationOverrideSchema)),
  }))();

/** The IPCC assessment reports a factor set's GWP values can come from. */
export const gwpSetSchema = /* @__PURE__ */ z.enum(["AR4", "AR5", "AR6"]);

/**
 * A factor set: a whole list of factors (such as `nl2026`) with who published it and the GWP set
 * its gas values use.
 *
 * @example
 * ```ts
 * import { factorSetSchema } from "koploper";
 *
 * factorSetSchema.shape.gwp.options; //=> ["AR4", "AR5", "AR6"]
 * ```
 */
export const factorSetSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().min(1),
    year: z.int().min(1990).max(2100),
    publisher: z.string().min(1),
    source: z.url(),
    citation: z.string().min(1),
    gwp: gwpSetSchema,
    factors: z.array(factorSchema),
  }))();

/**
 * A factor's published values as plain decimal strings.
 *
 * @example
 * ```ts
 * import type { FactorValues } from "koploper";
 *
 * const values: FactorValues = { wtw: "3.251", ttw: "2.462", wtt: "0.788" };
 * ```
 */
export type FactorValues = z.output<typeof factorValuesSchema>;

/**
 * One emission factor (see {@link factorSchema}).
 *
 * @example
 * ```ts
 * import type { Factor } from "koploper";
 *
 * const describe = (factor: Factor) => `${factor.name.nl} per ${factor.unit}`;
 * ```
 */
export type Factor = z.output<typeof factorSchema>;

/**
 * A whole factor list (see {@link factorSetSchema}).
 *
 * @example
 * ```ts
 * import type { FactorSet } from "koploper";
 *
 * const label = (set: FactorSet) => `${set.publisher} ${set.year}`;
 * ```
 */
export type FactorSet = z.output<typeof factorSetSchema>;
