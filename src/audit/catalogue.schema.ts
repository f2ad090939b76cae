import type { Decimal } from "decimal.js";
import * as z from "zod/v4";
import type { DecimalInput } from "../core/decimal.js";
import { MEASURE_THEMES } from "../core/measure-themes.js";
import { createParser, type DeepReadonly, type SafeParseResult } from "../core/parse.js";
import { LIMITS, TEXT_LENGTH } from "../core/limits.js";
import { nestingDepth, ownProperty as own } from "../core/nesting.js";
import { decimalSchema, localizedSchema, nonEmptyText } from "../core/common.schema.js";
import { UNIT_CODES, type UnitCode } from "../factors/codes.js";
import { GREEN_SOURCES, THEMES, type Theme } from "../footprint/themes.js";
import { isClause, getClause } from "../iso26000/standard.js";
import { ENERGY_DUTIES, type EnergyDuty } from "./duty-codes.js";

const nonNegative = /* @__PURE__ */ decimalSchema.refine((value) => value.gte(0), "must be zero or more");
const url = /* @__PURE__ */ z.url({ protocol: /^https?$/ });
const id = /* @__PURE__ */ z
  .string()
  .max(TEXT_LENGTH)
  .regex(/^[a-z0-9][a-z0-9-]*$/, "use lower-case letters, digits and dashes")
  .max(80);
const level = /* @__PURE__ */ z.number().min(0).max(4);
const PROFILE_FIELDS = ["size", "offers", "customers", "market", "sector"] as const;

const selectorSchema = /* @__PURE__ */ z
  .strictObject({ theme: z.optional(z.enum(THEMES)), factors: z.optional(z.array(nonEmptyText).min(1)) })
  .refine((s) => s.theme !== undefined || s.factors !== undefined, "give a theme, factors or both");

/**
 * Which activity lines a rule or an effect is about: lines of a `theme`, lines on one of the
 * `factors` (factor ids of the factor set), or both.
 *
 * @example
 * ```ts
 * import type { LineSelector } from "koploper/audit";
 *
 * const gas: LineSelector = { theme: "fuel", factors: ["aardgas-g-gas"] };
 * ```
 */
export interface LineSelector {
  readonly theme?: Theme | undefined;
  readonly factors?: readonly string[] | undefined;
}

/**
 * When a measure applies, as data (never code): a tree of conditions over the footprint lines,
 * the organisation profile, the ISO 26000 scan and the duties that apply.
 * - `{ kind: "always" }`;
 * - `{ kind: "all" | "any", of: [...] }` and `{ kind: "not", rule }`;
 * - `{ kind: "profile", field, in }`: the profile's `size`, `offers`, `customers`, `market` or
 *   `sector` is one of `in`;
 * - `{ kind: "line", lines, atLeast? }`: a line that matches the selector with a known quantity
 *   above zero, or with `atLeast: { quantity, unit }` the matching lines together at least that;
 * - `{ kind: "issue", clause, below?, atLeast? }`: the scan's level of an ISO 26000 issue;
 * - `{ kind: "answer", key, below?, atLeast? }`: the score (0-4) of one scan answer;
 * - `{ kind: "duty", duty }`: that energy duty applies.
 * An unknown level or answer never meets a condition.
 *
 * @example
 * ```ts
 * import type { ApplicabilityRule } from "koploper/audit";
 *
 * const bakeryOvens: ApplicabilityRule = {
 *   kind: "all",
 *   of: [{ kind: "profile", field: "sector", in: ["manufacturing"] }, { kind: "line", lines: { factors: ["aardgas-g-gas"] } }],
 * };
 * ```
 */
export type ApplicabilityRule =
  | { readonly kind: "always" }
  | { readonly kind: "all" | "any"; readonly of: readonly ApplicabilityRule[] }
  | { readonly kind: "not"; readonly rule: ApplicabilityRule }
  | { readonly kind: "profile"; readonly field: "size" | "offers" | "customers" | "market" | "sector"; readonly in: readonly string[] }
  | { readonly kind: "line"; readonly lines: LineSelector; readonly atLeast?: { readonly quantity: DecimalInput; readonly unit: UnitCode } | undefined }
  | { readonly kind: "issue"; readonly clause: string; readonly below?: number | undefined; readonly atLeast?: number | undefined }
  | { readonly kind: "answer"; readonly key: string; readonly below?: number | undefined; readonly atLeast?: number | undefined }
  | { readonly kind: "duty"; readonly duty: EnergyDuty };

/**
 * A validated {@link ApplicabilityRule}: quantities are exact decimals.
 *
 * @example
 * ```ts
 * import { applicabilityRuleSchema, type CheckedApplicabilityRule } from "koploper/audit";
 *
 * const rule: CheckedApplicabilityRule = applicabilityRuleSchema.parse({ kind: "duty", duty: "informatieplicht" });
 * ```
 */
export type CheckedApplicabilityRule =
  | { readonly kind: "always" }
  | { readonly kind: "all" | "any"; readonly of: readonly CheckedApplicabilityRule[] }
  | { readonly kind: "not"; readonly rule: CheckedApplicabilityRule }
  | { readonly kind: "profile"; readonly field: "size" | "offers" | "customers" | "market" | "sector"; readonly in: readonly string[] }
  | { readonly kind: "line"; readonly lines: LineSelector; readonly atLeast?: { readonly quantity: Decimal; readonly unit: UnitCode } | undefined }
  | { readonly kind: "issue"; readonly clause: string; readonly below?: number | undefined; readonly atLeast?: number | undefined }
  | { readonly kind: "answer"; readonly key: string; readonly below?: number | undefined; readonly atLeast?: number | undefined }
  | { readonly kind: "duty"; readonly duty: EnergyDuty };

const bounds = { below: z.optional(level), atLeast: z.optional(level) };
const hasBound = (c: { below?: number | undefined; atLeast?: number | undefined }) => c.below !== undefined || c.atLeast !== undefined;

/**
 * The schema of an {@link ApplicabilityRule}.
 *
 * @example
 * ```ts
 * import { applicabilityRuleSchema } from "koploper/audit";
 *
 * applicabilityRuleSchema.safeParse({ kind: "issue", clause: "6.4.6", below: 2 }).success; //=> true
 * ```
 */
export const applicabilityRuleSchema: z.ZodType<CheckedApplicabilityRule, ApplicabilityRule> = /* @__PURE__ */ z.lazy(() =>
  z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("always") }),
    z.strictObject({ kind: z.enum(["all", "any"]), of: z.array(applicabilityRuleSchema).min(1) }),
    z.strictObject({ kind: z.literal("not"), rule: applicabilityRuleSchema }),
    z.strictObject({ kind: z.literal("profile"), field: z.enum(PROFILE_FIELDS), in: z.array(nonEmptyText).min(1) }),
    z.strictObject({
      kind: z.literal("line"),
      lines: selectorSchema,
      atLeast: z.optional(z.strictObject({ quantity: nonNegative, unit: z.enum(UNIT_CODES) })),
    }),
    z
      .strictObject({ kind: z.literal("issue"), clause: z.string().max(TEXT_LENGTH).refine(isIssue, "not an ISO 26000 issue clause"), ...bounds })
      .refine(hasBound, "give below, atLeast or both"),
    z.strictObject({ kind: z.literal("answer"), key: nonEmptyText, ...bounds }).refine(hasBound, "give below, atLeast or both"),
    z.strictObject({ kind: z.literal("duty"), duty: z.enum(ENERGY_DUTIES) }),
  ]),
);

function isIssue(clause: string): boolean {
  return isClause(clause) && getClause(clause).level === "issue";
}

const valueSchema = /* @__PURE__ */ z.union([nonNegative, z.strictObject({ parameter: nonEmptyText })]);

const changeSchema = /* @__PURE__ */ z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("reduce"), lines: selectorSchema, share: valueSchema }),
  z.strictObject({ kind: z.literal("shift"), lines: selectorSchema, share: valueSchema, to: nonEmptyText }),
  z.strictObject({ kind: z.literal("switch-factor"), from: nonEmptyText, to: nonEmptyText }),
  z.strictObject({ kind: z.literal("green-electricity"), share: valueSchema, source: z.enum(GREEN_SOURCES) }),
  z.strictObject({
    kind: z.literal("add"),
    line: z
      .string()
      .max(TEXT_LENGTH)
      .regex(/^[a-z0-9][a-z0-9-]*$/),
    theme: z.enum(["electricity", "fuel", "heat", "commuting", "business-travel", "visitor-travel", "freight", "waste"]),
    factor: z.optional(nonEmptyText),
    quantity: valueSchema,
    unit: z.enum(UNIT_CODES),
  }),
]);

const parameterSchema = /* @__PURE__ */ z.strictObject({
  id: z
    .string()
    .max(TEXT_LENGTH)
    .regex(/^[a-z][a-zA-Z0-9]*$/, "a parameter id is a camelCase word"),
  kind: z.enum(["share", "quantity"]),
  unit: z.optional(z.enum(UNIT_CODES)),
  label: localizedSchema,
  default: z.optional(z.strictObject({ value: nonNegative, source: url })),
});

const amountSchema = /* @__PURE__ */ z.discriminatedUnion("basis", [
  z.strictObject({ eur: decimalSchema, basis: z.literal("source"), source: url }),
  z.strictObject({ eur: decimalSchema, basis: z.literal("adviser-estimate") }),
]) satisfies z.ZodType<Amount, unknown>;

const measureSchema = /* @__PURE__ */ z
  .strictObject({
    id,
    title: localizedSchema,
    description: localizedSchema,
    theme: z.enum(MEASURE_THEMES),
    issues: z.array(z.string().max(TEXT_LENGTH).refine(isIssue, "not an ISO 26000 issue clause")).min(1),
    emlCategory: z.optional(
      z
        .string()
        .max(TEXT_LENGTH)
        .regex(/^[GFP][A-Z]$/, "a part and a category letter, e.g. FD"),
    ),
    emlCode: z.optional(
      z
        .string()
        .max(TEXT_LENGTH)
        .regex(/^[GFP][A-Z][0-9]+$/, "a measure code, e.g. GF4"),
    ),
    applies: applicabilityRuleSchema,
    effect: z.optional(z.strictObject({ parameters: z.array(parameterSchema), changes: z.array(changeSchema).min(1) })),
    investment: z.optional(amountSchema),
    annualSavings: z.optional(amountSchema),
    sources: z.optional(z.array(url).min(1)),
  })
  .superRefine((measure, ctx) => {
    if (measure.emlCode !== undefined && measure.emlCategory !== undefined && !measure.emlCode.startsWith(measure.emlCategory)) {
      ctx.addIssue({ code: "custom", path: ["emlCode"], message: `${measure.emlCode} is not in category ${measure.emlCategory}` });
    }
    if (measure.investment?.eur.isNegative() === true)
      ctx.addIssue({ code: "custom", path: ["investment", "eur"], message: "an investment must be zero or more" });
    const effect = measure.effect;
    if (effect === undefined) return;
    const declared = new Set<string>();
    effect.parameters.forEach((parameter, index) => {
      if (declared.has(parameter.id))
        ctx.addIssue({ code: "custom", path: ["effect", "parameters", index, "id"], message: `duplicate parameter "${parameter.id}"` });
      declared.add(parameter.id);
      if (parameter.kind === "share" && parameter.default?.value.gt(1) === true)
        ctx.addIssue({ code: "custom", path: ["effect", "parameters", index, "default", "value"], message: "a share is at most 1" });
    });
    effect.changes.forEach((change, index) => {
      const values = change.kind === "add" ? { quantity: change.quantity } : change.kind === "switch-factor" ? {} : { share: change.share };
      for (const [field, value] of Object.entries(values)) {
        if (typeof value === "object" && "parameter" in value) {
          if (!declared.has(value.parameter))
            ctx.addIssue({ code: "custom", path: ["effect", "changes", index, field, "parameter"], message: `unknown parameter "${value.parameter}"` });
        } else if (field === "share" && value.gt(1))
          ctx.addIssue({ code: "custom", path: ["effect", "changes", index, field], message: "a share is at most 1" });
      }
    });
  });

/**
 * How deep `all` / `any` / `not` nest in a raw rule, so that a hostile rule is refused before the
 * recursive schema reads it.
 */
const nesting = (rule: unknown): number => nestingDepth(rule, "of", "rule");

/**
 * A catalogue of measures an adviser proposes: its `id` and the `measures`. Each measure has an
 * `id`, a `title` and `description` (nl and en), a `theme`, the ISO 26000 `issues` it serves, the
 * EML `emlCategory` and `emlCode` where a source names one, when it `applies` (an
 * {@link ApplicabilityRule}), its `effect` on the participant's own lines (scenario changes with
 * `parameters`: `reduce` a share of lines, `shift` a share of lines to another factor,
 * `switch-factor`, `green-electricity`, `add` a line; a parameter has a `default` only with its
 * source), optional `investment` and `annualSavings` in EUR (each with its `source`, or marked as
 * an `adviser-estimate`) and `sources`. {@link parseMeasureCatalogue} refuses rules nested more
 * than `LIMITS.conditionDepth` (32) levels deep before it reads them; parse a catalogue with it
 * rather than this schema alone.
 *
 * @example
 * ```ts
 * import { measureCatalogue, measureCatalogueSchema } from "koploper/audit";
 *
 * measureCatalogueSchema.safeParse(measureCatalogue).success; //=> true
 * ```
 */
export const measureCatalogueSchema = /* @__PURE__ */ z
  .strictObject({ id: nonEmptyText, measures: z.array(measureSchema).min(1) })
  .superRefine((catalogue, ctx) => {
    const seen = new Set<string>();
    catalogue.measures.forEach((measure, index) => {
      if (seen.has(measure.id)) ctx.addIssue({ code: "custom", path: ["measures", index, "id"], message: `duplicate measure id "${measure.id}"` });
      seen.add(measure.id);
    });
  });

/** Refuses rules nested deeper than `LIMITS.conditionDepth` before the catalogue schema reads them. */
const shallowRules = /* @__PURE__ */ z
  .custom<z.input<typeof measureCatalogueSchema>>(() => true)
  .superRefine((input, ctx) => {
    const measures = own(input, "measures");
    if (!Array.isArray(measures)) return;
    measures.forEach((measure, index) => {
      if (nesting(own(measure, "applies")) > LIMITS.conditionDepth) {
        ctx.addIssue({ code: "custom", path: ["measures", index, "applies"], message: `Rules nest at most ${LIMITS.conditionDepth} levels deep` });
      }
    });
  });

/** The catalogue schema behind the rule-depth check: what `parseMeasureCatalogue` and the audit options use. */
export const checkedCatalogueSchema = /* @__PURE__ */ shallowRules.pipe(measureCatalogueSchema);

/**
 * A measure catalogue as an app writes it (see {@link measureCatalogueSchema}).
 *
 * @example
 * ```ts
 * import { measureCatalogue, type MeasureCatalogueInput } from "koploper/audit";
 *
 * const mine: MeasureCatalogueInput = { id: "mine", measures: measureCatalogue.measures.slice(0, 3) };
 * ```
 */
export type MeasureCatalogueInput = DeepReadonly<z.input<typeof measureCatalogueSchema>>;

/**
 * A validated measure catalogue (see {@link measureCatalogueSchema}).
 *
 * @example
 * ```ts
 * import { measureCatalogue, parseMeasureCatalogue, type MeasureCatalogue } from "koploper/audit";
 *
 * const catalogue: MeasureCatalogue = parseMeasureCatalogue(measureCatalogue);
 * ```
 */
export type MeasureCatalogue = z.output<typeof measureCatalogueSchema>;

/**
 * One validated measure of a {@link MeasureCatalogue}.
 *
 * @example
 * ```ts
 * import type { CatalogueMeasure } from "koploper/audit";
 *
 * const hasEffect = (measure: CatalogueMeasure) => measure.effect !== undefined;
 * ```
 */
export type CatalogueMeasure = MeasureCatalogue["measures"][number];

/**
 * An amount in EUR with where it comes from: a `source` URL, or the adviser's estimate.
 *
 * @example
 * ```ts
 * import type { Amount } from "koploper/audit";
 *
 * const label = (amount: Amount) => (amount.basis === "adviser-estimate" ? "estimate" : amount.source);
 * ```
 */
export type Amount =
  | { readonly eur: Decimal; readonly basis: "source"; readonly source: string }
  | { readonly eur: Decimal; readonly basis: "adviser-estimate" };

/** Validates a catalogue, throwing `KoploperError` `INVALID_INPUT` with every issue. */
export const catalogueParser = /* @__PURE__ */ createParser(checkedCatalogueSchema, "measure catalogue");

/**
 * Validates a measure catalogue, for example an adviser's own measures.
 *
 * @param input - anything
 * @returns the catalogue with exact decimals
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue and its path
 *
 * @example
 * ```ts
 * import { measureCatalogue, parseMeasureCatalogue } from "koploper/audit";
 *
 * parseMeasureCatalogue(measureCatalogue).measures.length >= 40; //=> true
 * ```
 */
export function parseMeasureCatalogue(input: unknown): MeasureCatalogue {
  return catalogueParser.parse(input);
}

/**
 * Like {@link parseMeasureCatalogue}, but returns the error instead of throwing it.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseMeasureCatalogue } from "koploper/audit";
 *
 * safeParseMeasureCatalogue({ id: "x", measures: [] }).success; //=> false
 * ```
 */
export function safeParseMeasureCatalogue(input: unknown): SafeParseResult<MeasureCatalogue> {
  return catalogueParser.safeParse(input);
}
