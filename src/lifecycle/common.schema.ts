import type { Decimal } from "decimal.js";
import * as z from "zod/v4";
import { ID_LENGTH, TEXT_LENGTH } from "../core/limits.js";
import { MEASURE_THEMES } from "../core/measure-themes.js";
import { decimalSchema } from "../core/common.schema.js";
import { CORE_SUBJECT_CLAUSES } from "./constants.js";
import { isWritableIsoDate, toIsoDate } from "./dates.js";

const DATE_RANGE = "a date in the years 0001-9999 (an ISO date, YYYY-MM-DD)";

/**
 * An ISO date as text, `YYYY-MM-DD`: an existing calendar day in the years 0001-9999 (what
 * {@link isoDateSchema} gives, for dates that are stored as text, such as the timeline's).
 */
export const isoDateTextSchema = /* @__PURE__ */ z.iso
  .date({ error: "Expected an existing calendar date as YYYY-MM-DD" })
  .refine(isWritableIsoDate, { error: `Expected ${DATE_RANGE}; year 0000 is not one` });

/**
 * A calendar date as input: an ISO date (`"2027-01-19"`), an ISO 8601 date-time with offset
 * (`"2027-01-19T10:00:00+01:00"`, taken as its calendar date in Europe/Amsterdam) or a valid `Date`
 * (likewise). The output is always an {@link IsoDate}, in the years 0001-9999: a moment whose
 * calendar date lies outside them (`new Date(-8.64e15)`, year 0, year 10000) is refused, because
 * it cannot be written as `YYYY-MM-DD` (`"10000-01-01"` would sort before `"2027-01-19"`).
 *
 * @example
 * ```ts
 * import { isoDateSchema } from "koploper/lifecycle";
 *
 * isoDateSchema.parse("2027-01-19T23:30:00Z"); //=> "2027-01-20"
 * isoDateSchema.safeParse(new Date("9999-12-31T23:30:00Z")).success; //=> false
 * ```
 */
export const isoDateSchema = /* @__PURE__ */ z
  .union([/* @__PURE__ */ z.iso.date(), /* @__PURE__ */ z.iso.datetime({ offset: true }), /* @__PURE__ */ z.date()])
  .transform((value, ctx) => {
    const date = toIsoDate(value);
    if (date !== undefined) return date;
    ctx.addIssue({ code: "custom", message: `Expected ${DATE_RANGE}: its calendar date (in Europe/Amsterdam) lies outside them`, input: value });
    return z.NEVER;
  });

/** A non-empty identifier chosen by the app (participant, adviser, measure, recommendation, juror). */
export const idSchema = /* @__PURE__ */ z.string().min(1).max(ID_LENGTH);

/** A non-empty text. */
export const textSchema = /* @__PURE__ */ z.string().max(TEXT_LENGTH).trim().min(1);

/** One of the {@link CORE_SUBJECT_CLAUSES}. */
export const coreSubjectClauseSchema = /* @__PURE__ */ z.enum(CORE_SUBJECT_CLAUSES);

/** One of the {@link MEASURE_THEMES}. */
export const measureThemeSchema = /* @__PURE__ */ z.enum(MEASURE_THEMES);

/** An exact decimal that is zero or more. */
export const nonNegativeSchema = /* @__PURE__ */ decimalSchema.refine((value: Decimal) => !value.isNegative(), "Must not be negative");

/** An exact decimal from `min` to `max`, both included. */
export function rangeSchema(min: number, max: number) {
  return decimalSchema.refine((value: Decimal) => value.gte(min) && value.lte(max), `Must be from ${min} to ${max}`);
}

/** A list of at least `min` ids in which every id occurs once. */
export function uniqueIdsSchema(min = 0) {
  return z
    .array(idSchema)
    .min(min)
    .refine((ids) => new Set(ids).size === ids.length, "Every id may occur only once");
}

/** Tells whether the `id` fields of a list are all different. */
export function uniqueById(items: readonly { readonly id: string }[]): boolean {
  return new Set(items.map((item) => item.id)).size === items.length;
}

/** The schema of one event of a log: its `type`, the calendar `date` it happened on, and `shape`. */
export function event<T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) {
  return z.strictObject({ type: /* @__PURE__ */ z.literal(type), date: isoDateSchema, ...shape });
}
