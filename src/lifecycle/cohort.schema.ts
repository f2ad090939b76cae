import * as z from "zod/v4";
import { createParser, type DeepReadonly, type SafeParseResult } from "../core/parse.js";
import { PARTICIPANT_KINDS } from "./constants.js";
import { idSchema, isoDateSchema, nonNegativeSchema, textSchema, uniqueById } from "./common.schema.js";

const participantKindSchema = /* @__PURE__ */ z.enum(PARTICIPANT_KINDS);

/** A non-empty list of participant kinds, each once. */
export const participantKindsSchema = /* @__PURE__ */ z
  .array(participantKindSchema)
  .min(1)
  .refine((kinds) => new Set(kinds).size === kinds.length, "Every kind may occur only once");

/** What a participant needs, besides staying active, to complete the programme: an adopted MVO `vision`, an adopted `action-plan`. */
const completionRequirementSchema = /* @__PURE__ */ z.enum(["vision", "action-plan"]);

/**
 * The cohort's settings, each with its default: `companies` the allowed number of companies
 * (3-15), `months` the programme length (12), `minExchangeMeetings` the exchange meetings needed
 * before the symposium (1), `prizeEligibleKinds` who may win the Koploperprijs (companies only),
 * `completionRequires` what an active participant needs at the closing to complete the programme
 * (by the programme's rules an adopted MVO vision and an action plan: `["vision", "action-plan"]`;
 * an empty list completes every active participant).
 *
 * @example
 * ```ts
 * import { cohortSettingsSchema } from "koploper/lifecycle";
 *
 * cohortSettingsSchema.parse({}).companies; //=> { min: 3, max: 15 }
 * ```
 */
export const cohortSettingsSchema = /* @__PURE__ */ z
  .strictObject({
    companies: /* @__PURE__ */ z
      .strictObject({ min: /* @__PURE__ */ z.int().min(1), max: /* @__PURE__ */ z.int().min(1) })
      .refine((range) => range.min <= range.max, { message: "min must not exceed max", path: ["max"] })
      .default({ min: 3, max: 15 }),
    months: /* @__PURE__ */ z.int().min(1).max(36).default(12),
    minExchangeMeetings: /* @__PURE__ */ z.int().min(0).max(100).default(1),
    prizeEligibleKinds: /* @__PURE__ */ participantKindsSchema.default(["company"]),
    completionRequires: /* @__PURE__ */ z
      .array(completionRequirementSchema)
      .refine((items) => new Set(items).size === items.length, "Every requirement may occur only once")
      .default(["vision", "action-plan"]),
  })
  .prefault({});

/**
 * The settings after validation, defaults filled in (see {@link cohortSettingsSchema}).
 *
 * @example
 * ```ts
 * import type { CohortSettings } from "koploper/lifecycle";
 *
 * const length = (s: CohortSettings) => s.months;
 * ```
 */
export type CohortSettings = z.output<typeof cohortSettingsSchema>;

/** Who funds a cohort besides its participants' fees: the `province`, a `municipality` or an `other` funder. */
const fundingSourceSchema = /* @__PURE__ */ z.enum(["province", "municipality", "other"]);

/**
 * A Koplopergroep: id, name, the municipalities (one or more), region, the coordinating
 * organisation, the advisers (each with an id the audits refer to), the planned kick-off date, the
 * {@link cohortSettingsSchema | settings}, for a repeat round (lichting) the id of the earlier
 * cohort of the same municipality it `follows` (see `roundsReport`) and, optionally, its `funding`: the contributions of the
 * province, municipalities and other funders (`{ source, funder, amount }`, EUR). The participants'
 * share is their `fee`s. No amounts are built in: the sources publish no budget or price list.
 *
 * @example
 * ```ts
 * import { cohortSchema } from "koploper/lifecycle";
 *
 * const cohort = cohortSchema.parse({
 *   id: "oost-groningen-2015", name: "Koploperproject Oost-Groningen",
 *   municipalities: ["Veendam", "Pekela"], coordinator: "CirculairActief",
 *   advisers: [{ id: "ada", name: "Ada Kruiter" }], plannedKickoff: "2015-01-23",
 * });
 * cohort.settings.months; //=> 12
 * ```
 */
export const cohortSchema = /* @__PURE__ */ z.strictObject({
  id: idSchema,
  name: textSchema,
  municipalities: /* @__PURE__ */ z.array(textSchema).min(1),
  region: /* @__PURE__ */ textSchema.optional(),
  coordinator: textSchema,
  advisers: /* @__PURE__ */ z
    .array(/* @__PURE__ */ z.strictObject({ id: idSchema, name: textSchema, organisation: /* @__PURE__ */ textSchema.optional() }))
    .min(1)
    .refine(uniqueById, "Every adviser id may occur only once"),
  plannedKickoff: isoDateSchema,
  follows: /* @__PURE__ */ idSchema.optional(),
  settings: cohortSettingsSchema,
  funding: /* @__PURE__ */ z.array(/* @__PURE__ */ z.strictObject({ source: fundingSourceSchema, funder: textSchema, amount: nonNegativeSchema })).default([]),
});

/**
 * A cohort after validation (see {@link cohortSchema}).
 *
 * @example
 * ```ts
 * import type { Cohort } from "koploper/lifecycle";
 *
 * const where = (c: Cohort) => c.municipalities.join(", ");
 * ```
 */
export type Cohort = z.output<typeof cohortSchema>;

/**
 * A cohort as callers may write it (dates as strings or `Date`, settings optional).
 *
 * @example
 * ```ts
 * import type { CohortInput } from "koploper/lifecycle";
 *
 * const input: CohortInput = {
 *   id: "c1", name: "Koplopers Hogeland", municipalities: ["Het Hogeland"], coordinator: "DZyzzion",
 *   advisers: [{ id: "jaap", name: "Jaap de Vries" }], plannedKickoff: new Date("2022-02-01T09:00:00Z"),
 * };
 * ```
 */
export type CohortInput = DeepReadonly<z.input<typeof cohortSchema>>;

/**
 * A participant: id, name, kind, and optionally sector, size in fte, location, contact and the
 * `fee` it pays to take part (EUR; the programme's to supply).
 *
 * @example
 * ```ts
 * import { participantSchema } from "koploper/lifecycle";
 *
 * participantSchema.parse({ id: "p1", name: "Bakkerij Smit", kind: "company", fte: 12 }).fte?.toString(); //=> "12"
 * ```
 */
export const participantSchema = /* @__PURE__ */ z.strictObject({
  id: idSchema,
  name: textSchema,
  kind: participantKindSchema,
  sector: /* @__PURE__ */ textSchema.optional(),
  fte: /* @__PURE__ */ nonNegativeSchema.optional(),
  location: /* @__PURE__ */ textSchema.optional(),
  fee: /* @__PURE__ */ nonNegativeSchema.optional(),
  contact: /* @__PURE__ */ z
    .strictObject({ name: textSchema, email: /* @__PURE__ */ z.email().optional(), phone: /* @__PURE__ */ textSchema.optional() })
    .optional(),
});

/**
 * A participant after validation (see {@link participantSchema}).
 *
 * @example
 * ```ts
 * import type { Participant } from "koploper/lifecycle";
 *
 * const counts = (p: Participant) => p.kind === "company";
 * ```
 */
export type Participant = z.output<typeof participantSchema>;

const cohortParser = /* @__PURE__ */ createParser(cohortSchema, "cohort");

/**
 * Validates a cohort definition and fills in the default settings.
 *
 * @param input - anything
 * @returns the cohort
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue
 * @example
 * ```ts
 * import { parseCohort } from "koploper/lifecycle";
 *
 * parseCohort({
 *   id: "c1", name: "Koplopers", municipalities: ["Leek"], coordinator: "DZyzzion",
 *   advisers: [{ id: "a", name: "A" }], plannedKickoff: "2017-07-19",
 * }).settings.companies.max; //=> 15
 * ```
 */
export function parseCohort(input: unknown): Cohort {
  return cohortParser.parse(input);
}

/**
 * Like {@link parseCohort}, but returns the error instead of throwing it.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParseCohort } from "koploper/lifecycle";
 *
 * safeParseCohort({ id: "c1" }).success; //=> false
 * ```
 */
export function safeParseCohort(input: unknown): SafeParseResult<Cohort> {
  return cohortParser.safeParse(input);
}
