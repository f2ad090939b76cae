import { Decimal } from "decimal.js";
import * as z from "zod/v4";
import type { DeepReadonly } from "../core/parse.js";
import { boundedText, decimalSchema, nonEmptyText } from "../core/common.schema.js";
import { ID_LENGTH } from "../core/limits.js";
import { UNIT_CODES, type UnitCode } from "../factors/codes.js";
import { outsideDomain, wideZero } from "./exact.js";
import { GREEN_SOURCES } from "./themes.js";
import { unitCodeOf, unknownUnit } from "./units.js";

const quantity = /* @__PURE__ */ decimalSchema.check((ctx) => {
  const outside = outsideDomain(ctx.value);
  if (outside !== null)
    ctx.issues.push({ code: "custom", message: ctx.value.isNegative() ? "must be zero or more" : outside, input: ctx.value, continue: true });
});

/**
 * A unit: one of the `UNIT_CODES`, or one of the list's own spellings in {@link UNIT_ALIASES}
 * (`liter`, `ton`, `reizigerskilometer`, ...). The output is always the unit code.
 *
 * @example
 * ```ts
 * import { unitSchema } from "koploper";
 *
 * unitSchema.parse("tonkilometer"); //=> "tkm"
 * ```
 */
export const unitSchema = /* @__PURE__ */ z
  .string()
  .max(ID_LENGTH)
  .transform((text, ctx): UnitCode => {
    const code = unitCodeOf(text);
    if (code !== undefined) return code;
    ctx.addIssue({ code: "custom", message: `${unknownUnit(text)}; use one of ${UNIT_CODES.join(", ")}` });
    return z.NEVER;
  });

export const factorRef = /* @__PURE__ */ z.union([z.string().min(1).max(ID_LENGTH), z.int().positive()]);

const period = /* @__PURE__ */ z
  .strictObject({
    /** The year the line is about (1990-2100). */
    year: z.int().min(1990).max(2100),
    /** The quarter (1-4), when the line covers one quarter; not together with `month`. */
    quarter: z.optional(z.int().min(1).max(4)),
    /** The month (1-12), when the line covers one month; not together with `quarter`. */
    month: z.optional(z.int().min(1).max(12)),
  })
  .refine((p) => p.quarter === undefined || p.month === undefined, "give a quarter or a month, not both");

const common = {
  /** The line's own id, unique in the input: errors, warnings and results name lines by it. */
  id: z.string().min(1).max(ID_LENGTH),
  /** How much, in `unit` (zero or more; a number or a decimal string); `null` when unknown: counted as unknown, never as zero. */
  quantity: z.nullable(quantity),
  /** The unit of `quantity`: a unit code (`kWh`, `Nm3`, `l`, `km`, ...) or a common alias of one. */
  unit: unitSchema,
  /** The period the line covers (a year, a quarter or a month), for the footprint per period. */
  period: z.optional(period),
  /** Where the activity took place (a site): a factor override for a location applies only to its lines. */
  location: z.optional(z.string().min(1).max(ID_LENGTH)),
  /** Whether the quantity is an estimate: the footprint lists estimated lines. */
  estimated: z.optional(z.boolean()),
  /** A free note, kept with the line. */
  note: z.optional(boundedText),
  /** The vehicle the line is about, so that fuel and distance for one vehicle are caught (a warning). */
  vehicle: z.optional(z.string().min(1).max(ID_LENGTH)),
};

const electricityLine = /* @__PURE__ */ z.strictObject({
  ...common,
  /** The theme: electricity (scope 2, market- and location-based). */
  theme: z.literal("electricity"),
  /** The electricity factor, by id or source id; none: grey (market-based) and grid mix (location-based). */
  factor: z.optional(factorRef),
  green: z.optional(z.array(z.strictObject({ quantity, source: z.enum(GREEN_SOURCES), origin: z.optional(z.enum(["guarantee", "own"])) }))),
  supplierFactor: z.optional(quantity),
});

const listedLine = /* @__PURE__ */ z.strictObject({
  ...common,
  theme: z.enum(["refrigerant", "business-travel", "commuting", "visitor-travel", "freight", "wastewater"]),
  factor: factorRef,
});

const energyLine = /* @__PURE__ */ z.strictObject({
  ...common,
  theme: z.enum(["heat", "fuel", "mobile-machinery"]),
  factor: factorRef,
  renewable: z.optional(z.boolean()),
});

const wasteLine = /* @__PURE__ */ z.strictObject({
  ...common,
  theme: z.literal("waste"),
  factor: factorRef,
  hazardous: z.optional(z.boolean()),
  treatment: z.optional(z.enum(["recycling", "disposal"])),
});

const ownFactor = /* @__PURE__ */ z.strictObject({
  value: quantity,
  unit: unitSchema,
  source: nonEmptyText,
});

const physicalLine = /* @__PURE__ */ z.strictObject({
  ...common,
  theme: z.enum(["water", "paper", "solvents"]),
  factor: z.optional(ownFactor),
});

const otherLine = /* @__PURE__ */ z.strictObject({
  ...common,
  /** The theme: another scope 3 emission, with its own factor. */
  theme: z.literal("other"),
  /** The GHG Protocol scope 3 category (1-15) the line belongs to. */
  category: z.int().min(1).max(15),
  factor: ownFactor,
});

const offsetLine = /* @__PURE__ */ z.strictObject({
  ...common,
  /** The theme: offsets bought (kg CO2-eq), a memo item outside the totals. */
  theme: z.literal("offset"),
});

/**
 * One activity line. Every line has a unique `id`, a `theme`, a `quantity` (a number >= 0, or `null`
 * for unknown: never counted as zero) in a `unit`, and optionally a `period` (year, quarter or
 * month), a `location`, an `estimated` flag, a `note` and a `vehicle` (used to warn about fuel and
 * km for the same vehicle). By theme:
 * - `electricity`: no factor needed (the set's grey and grid-mix factors are used); `green` lists the
 *   renewable kWh per source, backed by Dutch guarantees of origin (`origin: "guarantee"`, the
 *   default) or generated on site (`origin: "own"`); `factor` + `supplierFactor` use a supplier's
 *   stroometiket figure (kg CO2-eq per kWh from generation) instead of grey;
 * - `heat`, `fuel`, `mobile-machinery`, `refrigerant`, `business-travel`, `commuting`,
 *   `visitor-travel`, `freight`, `waste`, `wastewater`: `factor` is a factor id or source id from the
 *   factor set; `heat`, `fuel` and `mobile-machinery` lines may say `renewable` (wins over the factor
 *   list), `waste` lines may say `hazardous` and `treatment` (`"recycling"` or `"disposal"`);
 * - `water` (m3), `paper` (kg) and `solvents` (l): physical quantities for the environmental
 *   performance, with CO2 only when the line gives `factor: { value, unit, source }`;
 * - `other`: `factor: { value, unit, source }` given on the line and the scope 3 `category`;
 * - `offset`: a quantity of CO2 in `t` or `kg`, a memo item that is never subtracted.
 *
 * @example
 * ```ts
 * import { activitySchema } from "koploper";
 *
 * activitySchema.parse({ id: "gas", theme: "fuel", factor: 135, quantity: 12000, unit: "Nm3" }).quantity?.toString(); //=> "12000"
 * ```
 */
export const activitySchema = /* @__PURE__ */ z.discriminatedUnion("theme", [
  electricityLine,
  listedLine,
  energyLine,
  wasteLine,
  physicalLine,
  otherLine,
  offsetLine,
]);

/**
 * A list of activity lines: each line valid, ids unique, and no electricity line with more green
 * kWh than its total.
 *
 * @example
 * ```ts
 * import { activitiesSchema } from "koploper";
 *
 * activitiesSchema.safeParse([{ id: "a", theme: "offset", quantity: 1, unit: "t" }]).success; //=> true
 * ```
 */
export const activitiesSchema = /* @__PURE__ */ z.array(activitySchema).check(
  // Runs even when some lines have shape problems (`when`), so one error reports every problem; a
  // line that failed its own schema is still its raw input here, hence the checks on each field.
  z.superRefine(
    (lines, ctx) => {
      const seen = new Set<string>();
      lines.forEach((line: unknown, index) => {
        const { id, theme, quantity, green } = (typeof line === "object" && line !== null ? line : {}) as Record<string, unknown>;
        if (typeof id === "string") {
          if (seen.has(id)) ctx.addIssue({ code: "custom", path: [index, "id"], message: `duplicate line id "${id}"` });
          seen.add(id);
        }
        if (theme !== "electricity" || !Decimal.isDecimal(quantity) || !Array.isArray(green)) return;
        const parts = green.map((part: unknown) => (part as { quantity?: unknown } | null)?.quantity);
        if (!parts.every((part) => Decimal.isDecimal(part))) return;
        const sum = parts.reduce((total: Decimal, part) => total.plus(part), wideZero());
        if (sum.gt(quantity)) {
          ctx.addIssue({ code: "custom", path: [index, "green"], message: `green kWh (${sum.toString()}) above the line's total (${quantity.toString()})` });
        }
      });
    },
    { when: (payload) => Array.isArray(payload.value) },
  ),
);

const production = /* @__PURE__ */ z.strictObject({ quantity, unit: z.string().min(1).max(ID_LENGTH) });

/**
 * Company data for key figures and plausibility checks: `fte`, `floorAreaM2`, `buildingVolumeM3`,
 * `revenueEur`, `production` (one quantity in a unit of the company's choosing, or a list of up to
 * three), `services` (a service
 * company: enables the revenue-per-fte check) and `waterM3` (water used: enables the wastewater check).
 *
 * @example
 * ```ts
 * import { organisationSchema } from "koploper";
 *
 * organisationSchema.parse({ fte: 12, production: { quantity: 4000, unit: "patients" } }).fte?.toString(); //=> "12"
 * ```
 */
export const organisationSchema = /* @__PURE__ */ z.strictObject({
  /** Full-time equivalents, for the key figure per fte. */
  fte: z.optional(quantity),
  /** Floor area in m2, for the key figure per m2. */
  floorAreaM2: z.optional(quantity),
  /** Building volume in m3, checked against the floor area. */
  buildingVolumeM3: z.optional(quantity),
  /** Revenue in euros, for the key figure per revenue. */
  revenueEur: z.optional(quantity),
  production: z.optional(z.union([production, z.array(production).min(1).max(3)])),
  services: z.optional(z.boolean()),
  /** Water used in m3: enables the wastewater check. */
  waterM3: z.optional(quantity),
});

/**
 * What {@link calculateFootprint} takes: the footprint `year`, the `activities` and optionally the
 * `organisation`.
 *
 * @example
 * ```ts
 * import { footprintInputSchema } from "koploper";
 *
 * footprintInputSchema.safeParse({ year: 2026, activities: [] }).success; //=> true
 * ```
 */
export const footprintInputSchema = /* @__PURE__ */ z.strictObject({
  /** The reporting year (1990-2100); a factor list of another year gives a warning. */
  year: z.int().min(1990).max(2100),
  /** The activity lines: what was used, driven, bought or thrown away, each with its theme and factor. */
  activities: activitiesSchema,
  /** Company data for key figures and plausibility checks. */
  organisation: z.optional(organisationSchema),
});

/**
 * An activity line as a caller writes it (see {@link activitySchema}).
 *
 * @example
 * ```ts
 * import type { ActivityInput } from "koploper";
 *
 * const line: ActivityInput = { id: "km", theme: "business-travel", factor: "trein-type-onbekend", quantity: "1200", unit: "pkm" };
 * ```
 */
export type ActivityInput = DeepReadonly<z.input<typeof activitySchema>>;

/**
 * A validated activity line: quantities are exact `Decimal`s, units are unit codes.
 *
 * @example
 * ```ts
 * import { parseActivities, type Activity } from "koploper";
 *
 * const lines: Activity[] = parseActivities([{ id: "a", theme: "offset", quantity: 1, unit: "ton" }]);
 * ```
 */
export type Activity = z.output<typeof activitySchema>;

/**
 * Validated company data (see {@link organisationSchema}).
 *
 * @example
 * ```ts
 * import type { Organisation } from "koploper";
 *
 * const perFte = (org: Organisation) => org.fte?.toString();
 * ```
 */
export type Organisation = z.output<typeof organisationSchema>;

/**
 * Company data as a caller writes it (see {@link organisationSchema}).
 *
 * @example
 * ```ts
 * import type { OrganisationInput } from "koploper";
 *
 * const org: OrganisationInput = { fte: 12, floorAreaM2: 800 };
 * ```
 */
export type OrganisationInput = DeepReadonly<z.input<typeof organisationSchema>>;

/**
 * The input of {@link calculateFootprint} as a caller writes it.
 *
 * @example
 * ```ts
 * import type { FootprintInput } from "koploper";
 *
 * const input: FootprintInput = { year: 2026, activities: [{ id: "gas", theme: "fuel", factor: 135, quantity: 12000, unit: "Nm3" }] };
 * ```
 */
export type FootprintInput = DeepReadonly<z.input<typeof footprintInputSchema>>;
