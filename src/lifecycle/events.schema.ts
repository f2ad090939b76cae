import * as z from "zod/v4";
import { createParser, type DeepReadonly, type SafeParseResult } from "../core/parse.js";
import { cohortSchema, participantSchema } from "./cohort.schema.js";
import { event, idSchema, nonNegativeSchema, textSchema, uniqueById, uniqueIdsSchema } from "./common.schema.js";
import { COLLABORATION_KINDS, PROMOTION_LEVELS } from "./constants.js";
import { measureSchema, measureStatusSchema } from "./measure.schema.js";
import { footprintSummarySchema, iso26000SummarySchema, auditRecommendationSchema } from "./summaries.schema.js";

/**
 * Every lifecycle event, discriminated by `type`; each has the calendar `date` it happened on.
 *
 * - `cohort-created` `{ cohort }`: always the first event of a log (see `replay`).
 * - `participant-registered` `{ participant, late? }`: `late: true` admits a registration after
 *   the kick-off.
 * - `participant-withdrew` `{ participantId, reason }`.
 * - `kickoff-held` `{ attendance, signedAgreements }` (participant ids).
 * - `audit-completed` `{ participantId, adviserId, iso26000, footprint, recommendations }`: the
 *   baseline (nulmeting), with the summaries of the ISO 26000 scan and the CO2 footprint.
 * - `results-meeting-held` `{ participantId }`.
 * - `vision-adopted` `{ participantId, text }`: the MVO vision.
 * - `action-plan-adopted` `{ participantId, measures }`.
 * - `measure-status-changed` `{ participantId, measureId, status, reason? }` (a reason when dropped).
 * - `exchange-meeting-held` `{ attendance, topics }`.
 * - `collaboration-recorded` `{ participantIds: [a, b], kind, description }`: a joint project or a
 *   business deal between two participants.
 * - `promotion-published` `{ medium, level?, participantIds?, title? }`: `level: "participants"`
 *   (the default) for an article naming participants (at least one, after the kick-off);
 *   `level: "project"` for recruitment articles and cohort-level press, also before the kick-off.
 * - `communication-submitted` `{ participantId, title? }`: the communication assignment.
 * - `jury-scores-recorded` `{ jurorId, participantId, scores }`: one juror's scores (0 or more) per
 *   jury criterion for one participant.
 * - `final-measurement-recorded` `{ participantId, footprint?, iso26000? }`: the follow-up
 *   measurement (eindmeting) the prize and the report compare with the audit.
 * - `symposium-held` `{ excused?, guests?, pitches?, prizeCeremony? }`: `excused` lists participants
 *   allowed to come without an action plan; `guests` how many came; `pitches` the participants that
 *   pitched (active ones); `prizeCeremony` the jury members' names and who presented the prizes.
 * - `prize-awarded` `{ participantId, place, prize? }`.
 * - `effort-recorded` `{ participantId, hours, note? }`: hours a participant spent on the programme
 *   (added up; about 40 per company in practice).
 * - `cohort-closed` `{ excused? }`: `excused` lists active participants that complete the
 *   programme without meeting the cohort's `completionRequires` (an explicit excuse).
 * - `network-activity-held` `{ title, attendance }`.
 *
 * @example
 * ```ts
 * import { lifecycleEventSchema } from "koploper/lifecycle";
 *
 * lifecycleEventSchema.parse({ type: "cohort-closed", date: "2027-12-15" }); //=> { type: "cohort-closed", date: "2027-12-15" }
 * ```
 */
export const lifecycleEventSchema = /* @__PURE__ */ z.discriminatedUnion("type", [
  /* @__PURE__ */ event("cohort-created", { cohort: cohortSchema }),
  /* @__PURE__ */ event("participant-registered", { participant: participantSchema, late: /* @__PURE__ */ z.boolean().default(false) }),
  /* @__PURE__ */ event("participant-withdrew", { participantId: idSchema, reason: textSchema }),
  /* @__PURE__ */ event("kickoff-held", { attendance: /* @__PURE__ */ uniqueIdsSchema(), signedAgreements: /* @__PURE__ */ uniqueIdsSchema() }),
  /* @__PURE__ */ event("audit-completed", {
    participantId: idSchema,
    adviserId: idSchema,
    iso26000: iso26000SummarySchema,
    footprint: footprintSummarySchema,
    recommendations: /* @__PURE__ */ z.array(auditRecommendationSchema).refine(uniqueById, "Every recommendation id may occur only once"),
  }),
  /* @__PURE__ */ event("results-meeting-held", { participantId: idSchema }),
  /* @__PURE__ */ event("vision-adopted", { participantId: idSchema, text: textSchema }),
  /* @__PURE__ */ event("action-plan-adopted", {
    participantId: idSchema,
    measures: /* @__PURE__ */ z.array(measureSchema).min(1).refine(uniqueById, "Every measure id may occur only once"),
  }),
  /* @__PURE__ */ event("measure-status-changed", {
    participantId: idSchema,
    measureId: idSchema,
    status: measureStatusSchema,
    reason: /* @__PURE__ */ textSchema.optional(),
  }).refine((value) => (value.status === "dropped") === (value.reason !== undefined), {
    message: "A change to dropped needs a reason; other changes have none",
    path: ["reason"],
  }),
  /* @__PURE__ */ event("exchange-meeting-held", { attendance: /* @__PURE__ */ uniqueIdsSchema(), topics: /* @__PURE__ */ z.array(textSchema) }),
  /* @__PURE__ */ event("collaboration-recorded", {
    participantIds: /* @__PURE__ */ z.tuple([idSchema, idSchema]).refine(([a, b]) => a !== b, "A collaboration is between two different participants"),
    kind: /* @__PURE__ */ z.enum(COLLABORATION_KINDS),
    description: textSchema,
  }),
  /* @__PURE__ */ event("promotion-published", {
    medium: textSchema,
    level: /* @__PURE__ */ z.enum(PROMOTION_LEVELS).default("participants"),
    participantIds: /* @__PURE__ */ uniqueIdsSchema().default([]),
    title: /* @__PURE__ */ textSchema.optional(),
  }).refine((value) => value.level === "project" || value.participantIds.length > 0, {
    message: 'An article about participants names at least one; use level: "project" for recruitment and cohort press',
    path: ["participantIds"],
  }),
  /* @__PURE__ */ event("communication-submitted", { participantId: idSchema, title: /* @__PURE__ */ textSchema.optional() }),
  /* @__PURE__ */ event("jury-scores-recorded", {
    jurorId: idSchema,
    participantId: idSchema,
    scores: /* @__PURE__ */ z.record(idSchema, nonNegativeSchema).refine((scores) => Object.keys(scores).length > 0, "Give at least one score"),
  }),
  /* @__PURE__ */ event("final-measurement-recorded", {
    participantId: idSchema,
    footprint: /* @__PURE__ */ footprintSummarySchema.optional(),
    iso26000: /* @__PURE__ */ iso26000SummarySchema.optional(),
  }).refine((value) => value.footprint !== undefined || value.iso26000 !== undefined, "Give a footprint, an ISO 26000 summary or both"),
  /* @__PURE__ */ event("symposium-held", {
    excused: /* @__PURE__ */ uniqueIdsSchema().default([]),
    guests: /* @__PURE__ */ z.int().min(0).optional(),
    pitches: /* @__PURE__ */ uniqueIdsSchema().optional(),
    prizeCeremony: /* @__PURE__ */ z
      .strictObject({ jury: /* @__PURE__ */ z.array(textSchema).default([]), presentedBy: /* @__PURE__ */ textSchema.optional() })
      .optional(),
  }),
  /* @__PURE__ */ event("prize-awarded", { participantId: idSchema, place: /* @__PURE__ */ z.int().min(1), prize: /* @__PURE__ */ textSchema.optional() }),
  /* @__PURE__ */ event("effort-recorded", { participantId: idSchema, hours: nonNegativeSchema, note: /* @__PURE__ */ textSchema.optional() }),
  /* @__PURE__ */ event("cohort-closed", { excused: /* @__PURE__ */ uniqueIdsSchema().optional() }),
  /* @__PURE__ */ event("network-activity-held", { title: textSchema, attendance: /* @__PURE__ */ uniqueIdsSchema() }),
]);

/**
 * A validated lifecycle event (see {@link lifecycleEventSchema}).
 *
 * @example
 * ```ts
 * import type { LifecycleEvent } from "koploper/lifecycle";
 *
 * const isMeeting = (e: LifecycleEvent) => e.type === "exchange-meeting-held";
 * ```
 */
export type LifecycleEvent = z.output<typeof lifecycleEventSchema>;

/**
 * A lifecycle event as callers may write it (dates as ISO strings or `Date`, amounts as numbers,
 * strings or Decimals).
 *
 * @example
 * ```ts
 * import type { LifecycleEventInput } from "koploper/lifecycle";
 *
 * const event: LifecycleEventInput = { type: "exchange-meeting-held", date: "2027-05-12", attendance: ["p1", "p2"], topics: ["energie"] };
 * ```
 */
export type LifecycleEventInput = DeepReadonly<z.input<typeof lifecycleEventSchema>>;

/**
 * The `type` of a {@link LifecycleEvent}.
 *
 * @example
 * ```ts
 * import type { LifecycleEventType } from "koploper/lifecycle";
 *
 * const type: LifecycleEventType = "symposium-held";
 * ```
 */
export type LifecycleEventType = LifecycleEvent["type"];

const eventParser = /* @__PURE__ */ createParser(lifecycleEventSchema, "lifecycle event");

/**
 * Validates an untrusted lifecycle event.
 *
 * @param input - anything
 * @returns the event with ISO dates and exact decimals
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue and its path
 * @example
 * ```ts
 * import { parseEvent } from "koploper/lifecycle";
 *
 * parseEvent({ type: "results-meeting-held", date: new Date("2027-03-01T10:00:00+01:00"), participantId: "p1" }).date; //=> "2027-03-01"
 * ```
 */
export function parseEvent(input: unknown): LifecycleEvent {
  return eventParser.parse(input);
}

/**
 * Like {@link parseEvent}, but returns the error instead of throwing it.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParseEvent } from "koploper/lifecycle";
 *
 * safeParseEvent({ type: "party-held", date: "2027-03-01" }).success; //=> false
 * ```
 */
export function safeParseEvent(input: unknown): SafeParseResult<LifecycleEvent> {
  return eventParser.safeParse(input);
}
