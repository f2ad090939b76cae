import type { Decimal } from "decimal.js";
import * as z from "zod/v4";
import { TEXT_LENGTH } from "../core/limits.js";
import type { FactorSet } from "../factors/factor-set.schema.js";
import { footprintInputSchema } from "../footprint/activity.schema.js";
import { createParser, type DeepReadonly } from "../core/parse.js";
import { decimalSchema, localizedSchema, nonEmptyText } from "../core/common.schema.js";
import { isoDateSchema } from "../lifecycle/common.schema.js";
import { EML_PARTS, ENERGY_DUTIES } from "./duty-codes.js";

const nonNegative = /* @__PURE__ */ decimalSchema.refine((value) => value.gte(0), "must be zero or more");
const share = /* @__PURE__ */ decimalSchema.refine((value) => value.gte(0) && value.lte(1), "must be between 0 and 1");
const url = /* @__PURE__ */ z.url({ protocol: /^https?$/ });
const id = /* @__PURE__ */ z
  .string()
  .max(TEXT_LENGTH)
  .regex(/^[a-z0-9][a-z0-9.-]*$/, "use lower-case letters, digits, dots and dashes")
  .max(100);

const energyUseTrigger = /* @__PURE__ */ z
  .strictObject({
    kind: z.literal("energy-use"),
    electricityKWh: z.optional(nonNegative),
    gasM3Equivalent: z.optional(nonNegative),
    requiresRijkActivity: z.optional(z.boolean()),
  })
  .refine((t) => t.electricityKWh !== undefined || t.gasM3Equivalent !== undefined, "give an electricity or a gas threshold");

const officeTrigger = /* @__PURE__ */ z.strictObject({
  kind: z.literal("office"),
  aboveOfficeAreaM2: nonNegative,
  minOfficeShare: share,
});

const ruleSchema = /* @__PURE__ */ z
  .strictObject({
    id,
    duty: z.enum(ENERGY_DUTIES),
    status: z.enum(["in-force", "announced"]),
    validFrom: z.nullable(isoDateSchema),
    validTo: z.nullable(isoDateSchema),
    title: localizedSchema,
    text: localizedSchema,
    trigger: z.discriminatedUnion("kind", [energyUseTrigger, officeTrigger]),
    deadlines: z.array(isoDateSchema),
    emlParts: z.array(z.enum(EML_PARTS)),
    sources: z.array(url).min(1),
  })
  .superRefine((rule, ctx) => {
    if (rule.status === "in-force" && rule.validFrom === null)
      ctx.addIssue({ code: "custom", path: ["validFrom"], message: "a rule in force needs the date it came into force" });
    if (rule.validFrom !== null && rule.validTo !== null && rule.validTo < rule.validFrom)
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "validTo must not be before validFrom" });
    rule.deadlines.forEach((deadline, index) => {
      const before = rule.deadlines[index - 1];
      if (before !== undefined && before >= deadline)
        ctx.addIssue({ code: "custom", path: ["deadlines", index], message: "deadlines must be in increasing order" });
    });
  });

const emlCategorySchema = /* @__PURE__ */ z.strictObject({
  code: z
    .string()
    .max(TEXT_LENGTH)
    .regex(/^[GFP][A-Z]$/, "a category code is a part letter and a category letter, e.g. FD"),
  name: localizedSchema,
  measures: z.array(
    z.strictObject({
      code: z
        .string()
        .max(TEXT_LENGTH)
        .regex(/^[GFP][A-Z][0-9]+$/, "a measure code is part, category and number, e.g. GF4"),
      name: localizedSchema,
    }),
  ),
});

/**
 * A dated set of energy-duty rules: its `id` and `title`, the structure of the Erkende
 * Maatregelenlijst it refers to (`eml`: the parts G, F and P with their categories and the measure
 * codes the sources name, and whether a part always applies) and the `rules`. Each rule has an
 * `id`, the `duty`, a `status` (`in-force`, or `announced`: shown as an outlook, never applied),
 * `validFrom` and `validTo` (ISO dates, `null` when open; an announced rule may have no date yet),
 * `title` and `text`, the `trigger` (energy use at or above a threshold, optionally only for
 * activities the Rijk regulates; or office use above an area and share), the reporting
 * `deadlines`, the EML parts it covers and its `sources` (URLs).
 *
 * @example
 * ```ts
 * import { energyDutyRuleSetSchema, nlEnergyDuties } from "koploper/audit";
 *
 * energyDutyRuleSetSchema.safeParse(nlEnergyDuties).success; //=> true
 * ```
 */
export const energyDutyRuleSetSchema = /* @__PURE__ */ z
  .strictObject({
    id,
    title: localizedSchema,
    eml: z.strictObject({
      parts: z.array(z.strictObject({ code: z.enum(EML_PARTS), name: localizedSchema, alwaysApplies: z.boolean(), categories: z.array(emlCategorySchema) })),
      note: z.optional(localizedSchema),
      sources: z.array(url).min(1),
    }),
    rules: z.array(ruleSchema).min(1),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.rules.forEach((rule, index) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: "custom", path: ["rules", index, "id"], message: `duplicate rule id "${rule.id}"` });
      seen.add(rule.id);
    });
    set.eml.parts.forEach((part, p) =>
      part.categories.forEach((category, c) => {
        if (!category.code.startsWith(part.code))
          ctx.addIssue({
            code: "custom",
            path: ["eml", "parts", p, "categories", c, "code"],
            message: `category ${category.code} is not in part ${part.code}`,
          });
        category.measures.forEach((measure, m) => {
          if (!measure.code.startsWith(category.code)) {
            ctx.addIssue({
              code: "custom",
              path: ["eml", "parts", p, "categories", c, "measures", m, "code"],
              message: `measure ${measure.code} is not in category ${category.code}`,
            });
          }
        });
      }),
    );
  });

/**
 * An energy-duty rule set as an app writes it (see {@link energyDutyRuleSetSchema}).
 *
 * @example
 * ```ts
 * import { nlEnergyDuties, type EnergyDutyRuleSetInput } from "koploper/audit";
 *
 * const mine: EnergyDutyRuleSetInput = { ...nlEnergyDuties, id: "my-rules-2027" };
 * ```
 */
export type EnergyDutyRuleSetInput = DeepReadonly<z.input<typeof energyDutyRuleSetSchema>>;

/**
 * A validated energy-duty rule set (see {@link energyDutyRuleSetSchema}): thresholds are exact
 * decimals and dates ISO dates.
 *
 * @example
 * ```ts
 * import { parseEnergyDutyRules, nlEnergyDuties, type EnergyDutyRuleSet } from "koploper/audit";
 *
 * const rules: EnergyDutyRuleSet = parseEnergyDutyRules(nlEnergyDuties);
 * ```
 */
export type EnergyDutyRuleSet = z.output<typeof energyDutyRuleSetSchema>;

/**
 * One validated rule of an {@link EnergyDutyRuleSet}.
 *
 * @example
 * ```ts
 * import type { EnergyDutyRule } from "koploper/audit";
 *
 * const announced = (rule: EnergyDutyRule) => rule.status === "announced";
 * ```
 */
export type EnergyDutyRule = EnergyDutyRuleSet["rules"][number];

/** Validates a rule set, throwing `KoploperError` `INVALID_INPUT` with every issue. */
export const ruleSetParser = /* @__PURE__ */ createParser(energyDutyRuleSetSchema, "energy-duty rules");

/**
 * Validates an energy-duty rule set, for example the rules an app brings once a change is in force.
 *
 * @param input - anything
 * @returns the rule set with exact thresholds and ISO dates
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue and its path
 *
 * @example
 * ```ts
 * import { nlEnergyDuties, parseEnergyDutyRules } from "koploper/audit";
 *
 * parseEnergyDutyRules(nlEnergyDuties).rules.length; //=> 5
 * ```
 */
export function parseEnergyDutyRules(input: unknown): EnergyDutyRuleSet {
  return ruleSetParser.parse(input);
}

/**
 * One location's energy use a year, as an app knows it: `electricityKWh` bought, `generatedKWh` of
 * own generation, `resoldKWh` delivered back or sold (not counted), `naturalGasM3` and
 * `otherGasEquivalentM3` (other fuels and heat already converted to m3 natural gas). A figure left
 * out is unknown, never zero.
 *
 * @example
 * ```ts
 * import { energyUsageSchema } from "koploper/audit";
 *
 * energyUsageSchema.parse({ electricityKWh: 62000, naturalGasM3: 18000 }).electricityKWh?.toString(); //=> "62000"
 * ```
 */
export const energyUsageSchema = /* @__PURE__ */ z
  .strictObject({
    electricityKWh: z.optional(nonNegative),
    generatedKWh: z.optional(nonNegative),
    resoldKWh: z.optional(nonNegative),
    naturalGasM3: z.optional(nonNegative),
    otherGasEquivalentM3: z.optional(nonNegative),
  })
  .superRefine((usage, ctx) => {
    const used = [usage.electricityKWh, usage.generatedKWh].reduce((sum, part) => (part === undefined ? sum : part.plus(sum)), 0 as Decimal | number);
    if (usage.resoldKWh?.gt(used) === true) {
      ctx.addIssue({ code: "custom", path: ["resoldKWh"], message: "resold kWh must not exceed the kWh bought and generated" });
    }
  });

/**
 * A location's energy use as an app writes it (see {@link energyUsageSchema}).
 *
 * @example
 * ```ts
 * import type { EnergyUsageInput } from "koploper/audit";
 *
 * const bakery: EnergyUsageInput = { electricityKWh: 62000, naturalGasM3: 18000 };
 * ```
 */
export type EnergyUsageInput = DeepReadonly<z.input<typeof energyUsageSchema>>;

/**
 * What a duty check needs to know about the location beyond its energy use: whether its
 * activities are ones whose environmental rules the Rijk sets (`rijkActivity`, for the
 * onderzoeksplicht), its office floor area and the office share of the building (for energielabel
 * C), and the EML categories of parts F and P that the location has (`emlCategories`, e.g. `["FD",
 * "FF"]`). Unknown fields stay out.
 *
 * @example
 * ```ts
 * import { siteSchema } from "koploper/audit";
 *
 * siteSchema.parse({ officeAreaM2: 240, officeShare: 0.8 }).officeShare?.toString(); //=> "0.8"
 * ```
 */
export const siteSchema = /* @__PURE__ */ z.strictObject({
  rijkActivity: z.optional(z.boolean()),
  officeAreaM2: z.optional(nonNegative),
  officeShare: z.optional(share),
  emlCategories: z.optional(
    z.array(
      z
        .string()
        .max(TEXT_LENGTH)
        .regex(/^[FP][A-Z]$/, "an F or P category code, e.g. FD"),
    ),
  ),
});

/**
 * A site as an app writes it (see {@link siteSchema}).
 *
 * @example
 * ```ts
 * import type { SiteInput } from "koploper/audit";
 *
 * const site: SiteInput = { rijkActivity: false, emlCategories: ["FD", "FF"] };
 * ```
 */
export type SiteInput = DeepReadonly<z.input<typeof siteSchema>>;

/** A site as {@link siteSchema} returns it. */
export type CheckedSite = z.output<typeof siteSchema>;

const factorRef = /* @__PURE__ */ z.union([nonEmptyText, z.int().positive()]);

/**
 * The options of `energyDuties`: the `date` of the check (an ISO date or a `Date`; never the
 * clock), the `rules` (default: {@link nlEnergyDuties}), the `site`, and for a footprint input the
 * `factors` (a factor set), the `location` to check (required when the lines name several) and
 * the `naturalGas` factor (default `"aardgas-g-gas"`) whose energy content converts other fuels
 * and heat into m3 natural gas equivalent.
 *
 * @example
 * ```ts
 * import { dutyOptionsSchema } from "koploper/audit";
 *
 * dutyOptionsSchema.safeParse({ date: "2026-06-01" }).success; //=> true
 * ```
 */
export const dutyOptionsSchema = /* @__PURE__ */ z.strictObject({
  date: isoDateSchema,
  rules: z.optional(energyDutyRuleSetSchema),
  site: z.optional(siteSchema),
  factors: z.optional(
    z.custom<FactorSet>(
      (value) => typeof value === "object" && value !== null && Array.isArray((value as { factors?: unknown }).factors),
      "expected a FactorSet",
    ),
  ),
  location: z.optional(nonEmptyText),
  naturalGas: z.optional(factorRef),
});

/**
 * The options of `energyDuties` as an app writes them (see {@link dutyOptionsSchema}).
 *
 * @example
 * ```ts
 * import type { DutyOptions } from "koploper/audit";
 *
 * const options: DutyOptions = { date: "2026-06-01", site: { officeAreaM2: 80 } };
 * ```
 */
export type DutyOptions = DeepReadonly<z.input<typeof dutyOptionsSchema>>;

/** Validates duty options, throwing `KoploperError` `INVALID_INPUT` with every issue. */
export const dutyOptionsParser = /* @__PURE__ */ createParser(dutyOptionsSchema, "energy-duty options");

/** Validates a location's energy use. */
export const usageParser = /* @__PURE__ */ createParser(energyUsageSchema, "energy usage");

/** Validates the footprint input a duty check counts. */
export const footprintInputParser = /* @__PURE__ */ createParser(footprintInputSchema, "footprint input");
