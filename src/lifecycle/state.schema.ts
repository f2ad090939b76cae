import * as z from "zod/v4";
import { localizedSchema } from "../core/common.schema.js";
import { createResultParser, parseAt, type SafeParseResult } from "../core/parse.js";
import { cohortSchema, participantSchema } from "./cohort.schema.js";
import { idSchema, isoDateSchema, nonNegativeSchema, textSchema } from "./common.schema.js";
import { lifecycleEventSchema, type LifecycleEvent } from "./events.schema.js";
import { measureSchema } from "./measure.schema.js";
import type { CohortState } from "./state.js";
import type { DutchHolidayId } from "./timeline/holidays.js";

// A stored cohort state is checked as strictly as any other input. Each record the state keeps of
// an event is checked by that event's own schema (so every rule of the event holds again), and the
// state's own fields, its own keys and its counts must agree with each other.
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

type EventOf<T extends LifecycleEvent["type"]> = Extract<LifecycleEvent, { type: T }>;

/**
 * Checks the record a state keeps of an event of `type` (the event without `type` and the keys in
 * `without`) with the schema of the log's events, so every rule of the event holds again. Internal.
 */
export function checkedPart(events: z.ZodType, type: string, without: Readonly<Record<string, string>> = {}) {
  return z.unknown().transform((value, ctx): Record<string, unknown> => {
    if (!isRecord(value) || ["type", ...Object.keys(without)].some((key) => Object.hasOwn(value, key))) {
      ctx.addIssue({ code: "custom", message: `expected the record of a ${type} event`, input: value });
      return z.NEVER;
    }
    const result = events.safeParse({ ...value, type, ...without });
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path, input: value });
      return z.NEVER;
    }
    return Object.fromEntries(Object.entries(result.data as Record<string, unknown>).filter(([key]) => key !== "type" && !Object.hasOwn(without, key)));
  });
}

/** The state's record of a cohort-wide event of `type`. */
const eventPart = <T extends LifecycleEvent["type"]>(type: T) => checkedPart(lifecycleEventSchema, type).transform((part) => part as Omit<EventOf<T>, "type">);

/** A participant's record of an event of `type` (without its `participantId`). */
const participantPart = <T extends LifecycleEvent["type"]>(type: T) =>
  checkedPart(lifecycleEventSchema, type, { participantId: "participant" }).transform((part) => part as Omit<Omit<EventOf<T>, "type">, "participantId">);

/**
 * A {@link CohortState} as `applyEvent` and `replay` made it, or its JSON form
 * (`JSON.parse(JSON.stringify(state))`, amounts as decimal strings): the shape and own keys; each
 * record of an event checked by that event's schema; every participant filed under its own id and
 * listed once in `participantIds`; `companyCount` the companies that neither withdrew nor wait, and
 * `belowMinimum` whether that is below the cohort's minimum. Every function that takes a state runs
 * it at its door.
 *
 * @example
 * ```ts
 * import { cohortStateSchema } from "koploper";
 *
 * cohortStateSchema.safeParse({ cohort: {} }).success; //=> false
 * ```
 */
export const cohortStateSchema = /* @__PURE__ */ (() => {
  const participantState = z.strictObject({
    participant: participantSchema,
    status: z.enum(["waiting", "registered", "active", "withdrawn", "completed"]),
    registeredOn: isoDateSchema,
    lateEntry: z.boolean(),
    movedUpOn: z.exactOptional(isoDateSchema),
    withdrawal: z.exactOptional(z.strictObject({ date: isoDateSchema, reason: textSchema })),
    completedOn: z.exactOptional(isoDateSchema),
    completedByExcuse: z.exactOptional(z.literal(true)),
    effortHours: z.exactOptional(nonNegativeSchema),
    audit: z.exactOptional(participantPart("audit-completed")),
    resultsMeetingOn: z.exactOptional(isoDateSchema),
    vision: z.exactOptional(z.strictObject({ date: isoDateSchema, text: textSchema })),
    actionPlan: z.exactOptional(z.strictObject({ adoptedOn: isoDateSchema, measures: z.array(measureSchema) })),
    communication: z.exactOptional(participantPart("communication-submitted")),
    finalMeasurement: z.exactOptional(participantPart("final-measurement-recorded")),
  });

  const HOLIDAY_IDS = [
    "nieuwjaarsdag",
    "goede-vrijdag",
    "eerste-paasdag",
    "tweede-paasdag",
    "koninginnedag",
    "koningsdag",
    "bevrijdingsdag",
    "hemelvaartsdag",
    "eerste-pinksterdag",
    "tweede-pinksterdag",
    "eerste-kerstdag",
    "tweede-kerstdag",
  ] as const satisfies readonly DutchHolidayId[];

  const warning = z.strictObject({
    code: z.enum(["meeting-on-weekend", "meeting-on-holiday"]),
    eventType: z.enum(["kickoff-held", "exchange-meeting-held", "symposium-held"]),
    date: isoDateSchema,
    holiday: z.exactOptional(z.enum(HOLIDAY_IDS)),
    message: localizedSchema,
  });
  return z
    .strictObject({
      cohort: cohortSchema,
      createdOn: isoDateSchema,
      participantIds: z.array(idSchema),
      participants: z.record(idSchema, participantState),
      companyCount: z.int().min(0),
      belowMinimum: z.boolean(),
      kickoff: z.exactOptional(eventPart("kickoff-held")),
      exchangeMeetings: z.array(eventPart("exchange-meeting-held")),
      collaborations: z.array(eventPart("collaboration-recorded")),
      promotions: z.array(eventPart("promotion-published")),
      juryScores: z.array(eventPart("jury-scores-recorded")),
      symposium: z.exactOptional(eventPart("symposium-held")),
      prizes: z.array(eventPart("prize-awarded")),
      closedOn: z.exactOptional(isoDateSchema),
      networkActivities: z.array(eventPart("network-activity-held")),
      warnings: z.array(warning),
      eventCount: z.int().min(1),
    })
    .check((ctx) => {
      const state = ctx.value;
      const issue = (message: string, path: (string | number)[]): void => {
        ctx.issues.push({ code: "custom", message, path, input: state });
      };
      const listed = new Set(state.participantIds);
      if (listed.size !== state.participantIds.length) issue("a participant id is listed twice", ["participantIds"]);
      for (const [id, record] of Object.entries(state.participants)) {
        if (record.participant.id !== id) issue(`participant "${record.participant.id}" is filed under "${id}"`, ["participants", id, "participant", "id"]);
        if (!listed.has(id)) issue(`participant "${id}" is not in participantIds`, ["participants", id]);
      }
      state.participantIds.forEach((id, index) => {
        if (!Object.hasOwn(state.participants, id)) issue(`participant "${id}" has no record`, ["participantIds", index]);
      });
      const companies = Object.values(state.participants).filter(
        (p) => p.participant.kind === "company" && p.status !== "withdrawn" && p.status !== "waiting",
      ).length;
      if (companies !== state.companyCount) issue(`the cohort has ${companies} companies taking part, not ${state.companyCount}`, ["companyCount"]);
      if (state.companyCount < state.cohort.settings.companies.min !== state.belowMinimum) {
        issue("belowMinimum does not match companyCount and the cohort's minimum", ["belowMinimum"]);
      }
    })
    .transform((state): CohortState => state);
})();

const stateParser = /* @__PURE__ */ createResultParser(cohortStateSchema, "cohort state");

/**
 * Loads a stored {@link CohortState}: the value `applyEvent` or `replay` returned, or its JSON form,
 * checked by {@link cohortStateSchema}, with every amount an exact `Decimal` again. (Storing the
 * event log and replaying it is the other way to keep a cohort.)
 *
 * @param input - a cohort state, or what `JSON.parse` made of one
 * @returns the state
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue and its path
 *
 * @example
 * ```ts
 * import { parseCohortState, replay } from "koploper";
 *
 * const state = replay([
 *   { type: "cohort-created", date: "2026-10-01", cohort: { id: "c1", name: "Koplopers Leek",
 *     municipalities: ["Leek"], coordinator: "DZyzzion", advisers: [{ id: "a1", name: "Adviseur" }],
 *     plannedKickoff: "2027-01-19" } },
 * ]);
 * parseCohortState(JSON.parse(JSON.stringify(state))).cohort.name; //=> "Koplopers Leek"
 * ```
 */
export function parseCohortState(input: unknown): CohortState {
  return stateParser.parse(input);
}

/**
 * Like {@link parseCohortState}, but returns the error instead of throwing it.
 *
 * @param input - a cohort state, or what `JSON.parse` made of one
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseCohortState } from "koploper";
 *
 * safeParseCohortState({ eventCount: 0 }).success; //=> false
 * ```
 */
export function safeParseCohortState(input: unknown): SafeParseResult<CohortState> {
  return stateParser.safeParse(input);
}

/** The door check of every function that takes a cohort state: {@link parseCohortState}, its issues under `path`. Internal. */
export function cohortStateAt(input: unknown, path: readonly (string | number)[] = []): CohortState {
  return parseAt(stateParser.safeParse, input, path);
}
