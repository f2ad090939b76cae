import * as z from "zod/v4";
import { TEXT_LENGTH } from "../core/limits.js";
import { decimalSchema, localizedSchema, nonEmptyText } from "../core/common.schema.js";
import { ELECTRICITY_ROLES, FACTOR_SECTIONS, FACTOR_STATUSES, FACTOR_VALUE_FIELDS, GWP_SETS, UNIT_CODES } from "./codes.js";
import { GAS_CODES } from "./gases.js";

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
 * A factor's override for one organisation or one location: the values in `Factor.values` replace
 * the `published` ones, for lines at `location` only when a location is given. Every result that
 * uses an overridden value says so.
 */
const factorOverrideSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    reason: nonEmptyText,
    location: z.optional(nonEmptyText),
    published: factorValuesSchema,
  }))();

/**
 * A location's layer over a factor: for lines at `location`, `values` replace the factor's values
 * (its organisation override's, or the published ones) field by field.
 */
const locationOverrideSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    location: nonEmptyText,
    reason: nonEmptyText,
    values: factorValuesSchema,
  }))();

/**
 * One emission factor with its provenance. A refrigerant or other-emission factor may name its `gas`
 * (a {@link GasCode}), an electricity factor its `electricityRole` (see {@link ELECTRICITY_ROLES}); sets
 * without these fields work, but then the engine cannot look up an IPCC GWP for the gas, nor find
 * the electricity roles unless `options.electricity` names them.
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
    id: z
      .string()
      .max(TEXT_LENGTH)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a factor id is a lowercase slug"),
    sourceId: z.int().positive(),
    sourceUrl: z.url({ protocol: /^https?$/ }),
    name: localizedSchema,
    section: z.enum(FACTOR_SECTIONS),
    subsection: z.nullable(nonEmptyText),
    unit: z.enum(UNIT_CODES),
    status: z.enum(FACTOR_STATUSES),
    /** The gas or blend of a refrigerant or other-emission factor: its GWP when the set publishes none for the report asked. */
    gas: z.optional(z.enum(GAS_CODES)),
    /** The role an electricity factor plays when a line or `options.electricity` names none. */
    electricityRole: z.optional(z.enum(ELECTRICITY_ROLES)),
    values: factorValuesSchema,
    override: z.optional(factorOverrideSchema),
    locationOverrides: z.optional(z.array(locationOverrideSchema)),
  }))();

/** The IPCC assessment reports a factor set's GWP values can come from. */
export const gwpSetSchema = /* @__PURE__ */ z.enum(GWP_SETS);

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
    id: nonEmptyText,
    year: z.int().min(1990).max(2100),
    publisher: nonEmptyText,
    source: z.url(),
    citation: nonEmptyText,
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
