import * as z from "zod/v4";
import { nonEmptyText, boundedText } from "../core/common.schema.js";

import { createParser, type SafeParseResult, type DeepReadonly } from "../core/parse.js";
import { FACTOR_SECTIONS, UNIT_CODES } from "./codes.js";
import { factorSetSchema, factorValuesSchema, gwpSetSchema, type Factor, type FactorSet } from "./factor-set.schema.js";

/** The value fields that are not emissions: a factor with only these has no emission value. */
const NON_EMISSION_FIELDS: ReadonlySet<string> = new Set(["mjPerUnit"]);
/** The headline value a supplier-specific factor leaves to the supplier. */
const HEADLINE_FIELDS = ["wtw", "ttw", "total", "gwp100", "ghgProtocol"] as const;

function emissionFields(factor: Factor): string[] {
  return Object.keys(factor.override?.published ?? factor.values).filter((field) => !NON_EMISSION_FIELDS.has(field));
}

function setRuleIssue(factor: Factor): string | undefined {
  const fields = emissionFields(factor);
  if (factor.status === "active" && fields.length === 0) return `active factor "${factor.id}" has no emission value`;
  if (factor.status === "withdrawn" && fields.length > 0) return `withdrawn factor "${factor.id}" has emission values (${fields.join(", ")})`;
  const headline = HEADLINE_FIELDS.filter((field) => fields.includes(field));
  if (factor.status === "supplier-specific" && headline.length > 0) {
    return `supplier-specific factor "${factor.id}" has a published headline value (${headline.join(", ")})`;
  }
  return undefined;
}

/** The sections whose factors are gases (with a GWP), and so may name their `gas`. */
const GAS_SECTIONS: ReadonlySet<string> = new Set(["refrigerants", "other-emissions"]);

function columnIssue(factor: Factor): { field: "gas" | "electricityRole"; message: string } | undefined {
  if (factor.gas !== undefined && !GAS_SECTIONS.has(factor.section)) {
    return { field: "gas", message: `factor "${factor.id}" names a gas but is not a refrigerant or other-emission factor (${factor.section})` };
  }
  if (factor.electricityRole !== undefined && factor.section !== "electricity") {
    return { field: "electricityRole", message: `factor "${factor.id}" has an electricity role but is not an electricity factor (${factor.section})` };
  }
  return undefined;
}

function checkRoles(ctx: z.core.$RefinementCtx, factors: readonly Factor[]): void {
  const seen = new Set<string>();
  factors.forEach((factor, index) => {
    const role = factor.electricityRole;
    if (role === undefined) return;
    if (seen.has(role))
      ctx.addIssue({ code: "custom", message: `two factors play the electricity role "${role}"`, path: ["factors", index, "electricityRole"] });
    seen.add(role);
  });
}

function checkUnique(ctx: z.core.$RefinementCtx, factors: readonly Factor[], key: "id" | "sourceId"): void {
  const seen = new Set<string | number>();
  factors.forEach((factor, index) => {
    if (seen.has(factor[key])) {
      ctx.addIssue({
        code: "custom",
        message: `duplicate ${key} ${JSON.stringify(factor[key])}`,
        path: ["factors", index, key],
        params: { rule: `unique_${key}` },
      });
    }
    seen.add(factor[key]);
  });
}

/**
 * A {@link FactorSet} with the set-level rules on top of {@link factorSetSchema}: ids and source ids
 * are unique; an active factor has at least one emission value; a withdrawn factor has none (an
 * energy content `mjPerUnit` may stay); a supplier-specific factor has no headline value (`wtw`,
 * `ttw`, `total`, `gwp100`, `ghgProtocol`), which the supplier gives; only refrigerant and
 * other-emission factors name a `gas`, only electricity factors have an `electricityRole`, and no
 * two factors play the same role. For an overridden factor the rules apply to its published values.
 *
 * @example
 * ```ts
 * import { checkedFactorSetSchema, nl2026 } from "koploper";
 *
 * checkedFactorSetSchema.safeParse(nl2026).success; //=> true
 * ```
 */
export const checkedFactorSetSchema = /* @__PURE__ */ factorSetSchema.superRefine((set, ctx) => {
  checkUnique(ctx, set.factors, "id");
  checkUnique(ctx, set.factors, "sourceId");
  checkRoles(ctx, set.factors);
  set.factors.forEach((factor, index) => {
    const message = setRuleIssue(factor);
    if (message !== undefined) ctx.addIssue({ code: "custom", message, path: ["factors", index, "values"] });
    const column = columnIssue(factor);
    if (column !== undefined) ctx.addIssue({ code: "custom", message: column.message, path: ["factors", index, column.field] });
  });
});

const factorSetParser = /* @__PURE__ */ createParser(checkedFactorSetSchema, "factor set");

/**
 * Validates an untrusted factor set (for example one loaded from JSON) against
 * {@link checkedFactorSetSchema}. Values come out as plain decimal strings.
 *
 * @param input - anything
 * @returns the factor set
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue and its path
 *
 * @example
 * ```ts
 * import { parseFactorSet, nl2026 } from "koploper";
 *
 * parseFactorSet(JSON.parse(JSON.stringify(nl2026))).factors.length; //=> 229
 * ```
 */
export function parseFactorSet(input: unknown): FactorSet {
  return factorSetParser.parse(input);
}

/**
 * Like {@link parseFactorSet}, but returns the error instead of throwing it.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseFactorSet } from "koploper";
 *
 * safeParseFactorSet({ id: "x" }).success; //=> false
 * ```
 */
export function safeParseFactorSet(input: unknown): SafeParseResult<FactorSet> {
  return factorSetParser.safeParse(input);
}

/**
 * The query of {@link findFactors}: every given criterion must match. `text` is found in the Dutch
 * or English name (case and accents ignored, so `"olien"` finds "Overige Oliën").
 *
 * @example
 * ```ts
 * import { factorQuerySchema } from "koploper";
 *
 * factorQuerySchema.parse({ text: "trein", unit: "tkm" }); //=> { text: "trein", unit: "tkm" }
 * ```
 */
export const factorQuerySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    text: z.optional(boundedText),
    section: z.optional(z.enum(FACTOR_SECTIONS)),
    unit: z.optional(z.enum(UNIT_CODES)),
    status: z.optional(z.enum(["active", "withdrawn", "supplier-specific"])),
  }))();

/**
 * A {@link findFactors} query (see {@link factorQuerySchema}).
 *
 * @example
 * ```ts
 * import type { FactorQuery } from "koploper";
 *
 * const query: FactorQuery = { section: "electricity", status: "active" };
 * ```
 */
export type FactorQuery = DeepReadonly<z.input<typeof factorQuerySchema>>;

const factorQueryParser = /* @__PURE__ */ createParser(factorQuerySchema, "factor query");

/** Parses a {@link FactorQuery}. */
export function parseFactorQuery(input: unknown): z.output<typeof factorQuerySchema> {
  return factorQueryParser.parse(input);
}

/**
 * One override: the factor (id, or source id as number or numeric string), the values that replace
 * the published ones (any {@link DecimalInput}; fields not given keep their published value), why,
 * and optionally the one location it applies to.
 *
 * @example
 * ```ts
 * import { factorOverrideInputSchema } from "koploper";
 *
 * factorOverrideInputSchema.parse({ factor: 50, values: { total: "0.12" }, reason: "Stroometiket Eneco 2026" });
 * ```
 */
export const factorOverrideInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    factor: z.union([nonEmptyText, z.int().positive()]),
    values: factorValuesSchema.refine((values) => Object.keys(values).length > 0, "an override gives at least one value"),
    reason: nonEmptyText,
    location: z.optional(nonEmptyText),
  }))();

/**
 * One override as callers give it (see {@link factorOverrideInputSchema}).
 *
 * @example
 * ```ts
 * import type { FactorOverrideInput } from "koploper";
 *
 * const override: FactorOverrideInput = { factor: "aardgas-g-gas", values: { wtw: "2.1" }, reason: "Meetrapport 2026", location: "Utrecht" };
 * ```
 */
export type FactorOverrideInput = DeepReadonly<z.input<typeof factorOverrideInputSchema>>;

/**
 * The options of {@link overrideFactors}: `id`, the id of the new set (default: the id of the set
 * it overlays), for example `"nl-2026+acme"`.
 *
 * @example
 * ```ts
 * import { overrideOptionsSchema } from "koploper";
 *
 * overrideOptionsSchema.parse({ id: "nl-2026+acme" }); //=> { id: "nl-2026+acme" }
 * ```
 */
export const overrideOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ id: z.optional(nonEmptyText) }))();

/**
 * The options of {@link overrideFactors} (see {@link overrideOptionsSchema}).
 *
 * @example
 * ```ts
 * import type { OverrideOptions } from "koploper";
 *
 * const options: OverrideOptions = { id: "nl-2026+acme" };
 * ```
 */
export type OverrideOptions = DeepReadonly<z.input<typeof overrideOptionsSchema>>;

const overridesSchema = /* @__PURE__ */ (() => z.strictObject({ overrides: z.array(factorOverrideInputSchema), options: overrideOptionsSchema }))();

/** The overrides and options of {@link overrideFactors}, validated. */
export type ParsedOverrides = z.output<typeof overridesSchema>;

const overridesParser = /* @__PURE__ */ createParser(overridesSchema, "factor overrides");

/** Parses the overrides and options of {@link overrideFactors}. */
export function parseOverrides(input: unknown): ParsedOverrides {
  return overridesParser.parse(input);
}

const gwpSetParser = /* @__PURE__ */ (() => createParser(gwpSetSchema, "GWP set"))();

/** Parses the IPCC report of a GWP look-up: `AR4`, `AR5` or `AR6`. */
export function parseGwpSet(input: unknown): FactorSet["gwp"] {
  return gwpSetParser.parse(input);
}
