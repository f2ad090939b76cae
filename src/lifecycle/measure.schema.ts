import * as z from "zod/v4";
import { decimalSchema } from "../core/common.schema.js";
import { createParser, type DeepReadonly, type SafeParseResult } from "../core/parse.js";
import { MEASURE_STATUSES } from "./constants.js";
import { coreSubjectClauseSchema, idSchema, isoDateSchema, measureThemeSchema, nonNegativeSchema, textSchema } from "./common.schema.js";

/** One of the {@link MEASURE_STATUSES}. */
export const measureStatusSchema = /* @__PURE__ */ z.enum(MEASURE_STATUSES);

/**
 * A measure (maatregel) in an action plan, with the fields comparable programmes record: title,
 * description, theme, ISO 26000 core subject, the recommendation it answers (or why it answers
 * none), owner, planned start and deadline, status (with a reason when dropped), one-off investment
 * and subsidy in EUR, annual savings in EUR and physical units (kWh, m3 gas, m3 water, kg waste,
 * km), and the annual CO2 reduction in kg CO2-eq. Payback is never stored: see `measurePayback`.
 * Savings may be negative (a heat pump saves gas and uses more kWh).
 *
 * @example
 * ```ts
 * import { measureSchema } from "koploper/lifecycle";
 *
 * const measure = measureSchema.parse({
 *   id: "m1", title: "LED-verlichting", theme: "energy", coreSubject: "6.5", recommendationId: "r1",
 *   owner: "Facility manager", deadline: "2027-06-30", investment: 4000,
 *   annualSavings: { eur: 1600, kWh: 8000 }, annualCo2ReductionKg: 3200,
 * });
 * measure.status; //=> "planned"
 * ```
 */
export const measureSchema = /* @__PURE__ */ z
  .strictObject({
    id: idSchema,
    title: textSchema,
    description: /* @__PURE__ */ textSchema.optional(),
    theme: measureThemeSchema,
    coreSubject: /* @__PURE__ */ coreSubjectClauseSchema.optional(),
    recommendationId: /* @__PURE__ */ idSchema.optional(),
    noRecommendationReason: /* @__PURE__ */ textSchema.optional(),
    owner: /* @__PURE__ */ textSchema.optional(),
    plannedStart: /* @__PURE__ */ isoDateSchema.optional(),
    deadline: /* @__PURE__ */ isoDateSchema.optional(),
    status: /* @__PURE__ */ measureStatusSchema.default("planned"),
    droppedReason: /* @__PURE__ */ textSchema.optional(),
    investment: /* @__PURE__ */ nonNegativeSchema.optional(),
    subsidy: /* @__PURE__ */ nonNegativeSchema.optional(),
    annualSavings: /* @__PURE__ */ z
      .strictObject({
        eur: /* @__PURE__ */ decimalSchema.optional(),
        kWh: /* @__PURE__ */ decimalSchema.optional(),
        m3Gas: /* @__PURE__ */ decimalSchema.optional(),
        m3Water: /* @__PURE__ */ decimalSchema.optional(),
        kgWaste: /* @__PURE__ */ decimalSchema.optional(),
        km: /* @__PURE__ */ decimalSchema.optional(),
      })
      .optional(),
    annualCo2ReductionKg: /* @__PURE__ */ decimalSchema.optional(),
  })
  .superRefine((measure, ctx) => {
    const answers = measure.recommendationId !== undefined;
    if (answers === (measure.noRecommendationReason !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["recommendationId"],
        message: "Give either the recommendation the measure answers (recommendationId) or why it answers none (noRecommendationReason)",
      });
    }
    if ((measure.status === "dropped") !== (measure.droppedReason !== undefined)) {
      ctx.addIssue({ code: "custom", path: ["droppedReason"], message: "A dropped measure needs a droppedReason; only a dropped measure has one" });
    }
    if (measure.plannedStart !== undefined && measure.deadline !== undefined && measure.plannedStart > measure.deadline) {
      ctx.addIssue({ code: "custom", path: ["deadline"], message: "The deadline must not be before the planned start" });
    }
    if (measure.subsidy !== undefined && (measure.investment === undefined || measure.subsidy.gt(measure.investment))) {
      ctx.addIssue({ code: "custom", path: ["subsidy"], message: "The subsidy must not exceed the investment" });
    }
  });

/**
 * A measure after validation (see {@link measureSchema}).
 *
 * @example
 * ```ts
 * import type { Measure } from "koploper/lifecycle";
 *
 * const isDone = (m: Measure) => m.status === "done" || m.status === "verified";
 * ```
 */
export type Measure = z.output<typeof measureSchema>;

/**
 * A measure as callers may write it (amounts as numbers, strings or Decimals; dates as strings or
 * `Date`).
 *
 * @example
 * ```ts
 * import type { MeasureInput } from "koploper/lifecycle";
 *
 * const input: MeasureInput = { id: "m1", title: "Zonnepanelen", theme: "energy", noRecommendationReason: "own idea" };
 * ```
 */
export type MeasureInput = DeepReadonly<z.input<typeof measureSchema>>;

const measureParser = /* @__PURE__ */ createParser(measureSchema, "measure");

/**
 * Validates a measure.
 *
 * @param input - anything
 * @returns the measure with exact decimals and ISO dates
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue
 * @example
 * ```ts
 * import { parseMeasure } from "koploper/lifecycle";
 *
 * parseMeasure({ id: "m1", title: "Regenton", theme: "water", noRecommendationReason: "staff idea" }).theme; //=> "water"
 * ```
 */
export function parseMeasure(input: unknown): Measure {
  return measureParser.parse(input);
}

/**
 * Like {@link parseMeasure}, but returns the error instead of throwing it.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParseMeasure } from "koploper/lifecycle";
 *
 * safeParseMeasure({ id: "m1", title: "Regenton", theme: "water" }).success; //=> false
 * ```
 */
export function safeParseMeasure(input: unknown): SafeParseResult<Measure> {
  return measureParser.safeParse(input);
}
