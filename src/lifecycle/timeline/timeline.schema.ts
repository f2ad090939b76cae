import * as z from "zod/v4";
import { TEXT_LENGTH } from "../../core/limits.js";
import { createParser, type DeepReadonly, type SafeParseResult } from "../../core/parse.js";
import { isoDateTextSchema } from "../common.schema.js";
import { toIsoDate } from "../dates.js";
import { checkWindowsFit, phaseWindowOverridesSchema } from "../windows.schema.js";
import { TIMELINE_PHASE_IDS } from "../windows.js";

// Programme lengths `planTimeline` accepts, in months.
const MIN_MONTHS = 6;
const MAX_MONTHS = 24;
const MAX_EXCHANGE_MEETINGS = 24;
// The kick-off year range keeps every date of a plan inside four-digit ISO years and after the
// start of stable, whole-minute UTC offsets.
const MIN_KICKOFF_YEAR = 1970;
const MAX_KICKOFF_YEAR = 9997;

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Whether a moment's UTC year has four digits, as iCalendar's UTC form (`20270119T140000Z`) needs. */
function inWritableYears(moment: string): boolean {
  const year = new Date(moment).getUTCFullYear();
  return year >= 1 && year <= 9999;
}

const isoDateTimeSchema = /* @__PURE__ */ z.iso
  .datetime({ offset: true, error: "Expected an ISO 8601 date-time with an offset" })
  .refine(inWritableYears, { error: "Expected a moment in the years 0001-9999 (UTC)" });

/**
 * Whether a text holds a character no calendar (or terminal) should get: a control character other
 * than tab, line feed and carriage return (NUL, ESC, DEL, U+0080-U+009F), or half of a surrogate pair.
 */
function hasControlCharacter(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff)) return true;
  }
  return false;
}

const CONTROL_MESSAGE = "Control characters (such as NUL or ESC) and lone surrogates cannot be written into a calendar";
const calendarTextSchema = /* @__PURE__ */ z
  .string()
  .max(TEXT_LENGTH)
  .min(1)
  .refine((text) => !hasControlCharacter(text), { error: CONTROL_MESSAGE });
const labelSchema = /* @__PURE__ */ z.object({ nl: calendarTextSchema, en: calendarTextSchema }).readonly();
const timeZoneSchema = /* @__PURE__ */ z
  .string()
  .max(TEXT_LENGTH)
  .refine(isTimeZone, { error: "Unknown time zone: expected an IANA name such as Europe/Amsterdam" });
const clockTimeSchema = /* @__PURE__ */ z
  .string()
  .max(TEXT_LENGTH)
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: "Expected a time as HH:MM (00:00-23:59)" });

const kickoffSchema = /* @__PURE__ */ z.union([isoDateTextSchema, isoDateTimeSchema, z.date({ error: "Expected a valid Date" })], {
  error: "Expected an ISO date (YYYY-MM-DD), an ISO date-time with an offset, or a valid Date",
});

/** The kick-off's calendar date in the plan's time zone, when it lies in the years 1970-9997. */
export function kickoffDate(kickoff: string | Date, timeZone: string): string | undefined {
  const date = toIsoDate(kickoff, timeZone);
  const year = Number(date?.slice(0, 4));
  return year >= MIN_KICKOFF_YEAR && year <= MAX_KICKOFF_YEAR ? date : undefined;
}

/**
 * The options of `planTimeline`, checked. See {@link PlanTimelineOptions} for their meaning.
 *
 * @example
 * ```ts
 * import { timelineOptionsSchema } from "koploper";
 *
 * timelineOptionsSchema.parse({ kickoff: "2027-01-19" }).months; //=> 12
 * ```
 */
export const timelineOptionsSchema = /* @__PURE__ */ z
  .object({
    kickoff: kickoffSchema,
    months: z.int().min(MIN_MONTHS).max(MAX_MONTHS).default(12),
    exchangeMeetings: z.int().min(0).max(MAX_EXCHANGE_MEETINGS).default(3),
    timeZone: timeZoneSchema.default("Europe/Amsterdam"),
    windows: phaseWindowOverridesSchema,
    meetingHours: z
      .object({ start: clockTimeSchema, end: clockTimeSchema })
      .strict()
      .refine((hours) => hours.start < hours.end, { error: "A meeting must end after it starts", path: ["end"] })
      .optional(),
  })
  .strict()
  .superRefine((options, ctx) => {
    if (kickoffDate(options.kickoff, options.timeZone) === undefined) {
      ctx.addIssue({
        code: "custom",
        message: `The kick-off must fall in the years ${MIN_KICKOFF_YEAR}-${MAX_KICKOFF_YEAR} (in the plan's time zone)`,
        path: ["kickoff"],
      });
    }
    checkWindowsFit(options.windows, options.months, ["windows"], (issue) => ctx.addIssue(issue));
  });

/**
 * The options of `planTimeline` as a caller writes them.
 *
 * - `kickoff`: the date of the kick-off meeting, as an ISO date (`"2027-01-19"`), an ISO date-time
 *   with an offset, or a `Date`. Only its calendar date in `timeZone` counts. It is kept as given,
 *   even on a weekend or holiday: it is the coordinator's decision, not the planner's.
 * - `months`: the programme length, 6 to 24, default 12.
 * - `exchangeMeetings`: how many exchange meetings to plan, 0 to 24, default 3 (cohorts hold one
 *   to three).
 * - `timeZone`: the IANA time zone the meetings are held in, default `Europe/Amsterdam`.
 * - `windows`: per phase, its window in programme months (`{ from: 1, to: 3 }` is months 1 to 3),
 *   overriding the default.
 * - `meetingHours`: local start and end time (`{ start: "15:00", end: "17:00" }`); when given, every
 *   meeting gets `start` and `end` moments.
 *
 * @example
 * ```ts
 * import type { PlanTimelineOptions } from "koploper";
 *
 * const options: PlanTimelineOptions = { kickoff: "2027-01-19", exchangeMeetings: 2, windows: { symposium: { from: 12, to: 12 } } };
 * ```
 */
export type PlanTimelineOptions = DeepReadonly<z.input<typeof timelineOptionsSchema>>;

/**
 * The options of `planTimeline` after validation, with every default filled in.
 *
 * @example
 * ```ts
 * import { parseTimelineOptions, type TimelineOptions } from "koploper";
 *
 * const options: TimelineOptions = parseTimelineOptions({ kickoff: "2027-01-19" });
 * options.timeZone; //=> "Europe/Amsterdam"
 * ```
 */
export type TimelineOptions = z.output<typeof timelineOptionsSchema>;

const timelineOptionsParser = /* @__PURE__ */ createParser(timelineOptionsSchema, "timeline options");

/**
 * Validates the options of `planTimeline` and fills in the defaults.
 *
 * @param input - anything
 * @returns the checked options
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue and its path
 *
 * @example
 * ```ts
 * import { parseTimelineOptions } from "koploper";
 *
 * parseTimelineOptions({ kickoff: "2027-01-19" }).exchangeMeetings; //=> 3
 * ```
 */
export function parseTimelineOptions(input: unknown): TimelineOptions {
  return timelineOptionsParser.parse(input);
}

/**
 * Like {@link parseTimelineOptions}, but returns the error instead of throwing it.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseTimelineOptions } from "koploper";
 *
 * safeParseTimelineOptions({ kickoff: "2027-02-30" }).success; //=> false
 * ```
 */
export function safeParseTimelineOptions(input: unknown): SafeParseResult<TimelineOptions> {
  return timelineOptionsParser.safeParse(input);
}

const phaseIdSchema = /* @__PURE__ */ z.enum(TIMELINE_PHASE_IDS);

/**
 * A planned timeline, as `planTimeline` returns it and `toICalendar` accepts it (for instance
 * after a round trip through JSON). See {@link Timeline}.
 *
 * @example
 * ```ts
 * import { planTimeline, timelineSchema } from "koploper";
 *
 * const stored = JSON.parse(JSON.stringify(planTimeline({ kickoff: "2027-01-19" })));
 * timelineSchema.parse(stored).start; //=> "2027-01-19"
 * ```
 */
export const timelineSchema = /* @__PURE__ */ z
  .object({
    timeZone: timeZoneSchema,
    months: z.int().min(MIN_MONTHS).max(MAX_MONTHS),
    start: isoDateTextSchema,
    end: isoDateTextSchema,
    phases: z
      .array(
        z
          .object({
            id: phaseIdSchema,
            label: labelSchema,
            months: z.object({ from: z.int().min(0), to: z.int().min(0) }).readonly(),
            start: isoDateTextSchema,
            end: isoDateTextSchema,
          })
          .refine((phase) => phase.start <= phase.end, { error: "A phase cannot end before it starts", path: ["end"] })
          .readonly(),
      )
      .readonly(),
    meetings: z
      .array(
        z
          .object({
            id: z
              .string()
              .max(TEXT_LENGTH)
              .regex(/^[a-z0-9-]+$/, { error: "Expected an id of lowercase letters, digits and dashes" }),
            phase: phaseIdSchema,
            label: labelSchema,
            date: isoDateTextSchema,
            start: isoDateTimeSchema.optional(),
            end: isoDateTimeSchema.optional(),
          })
          .refine((meeting) => meeting.start === undefined || meeting.end === undefined || Date.parse(meeting.end) > Date.parse(meeting.start), {
            error: "A meeting must end after it starts",
            path: ["end"],
          })
          .readonly(),
      )
      .readonly(),
  })
  .readonly();

/**
 * A Koploper year, planned: the programme's first and last day (`start`, `end`), a dated window per
 * phase and the meetings with their dates. Calendar dates are ISO dates (`"2027-01-19"`), moments
 * ISO 8601 date-times with their offset (`"2027-01-19T15:00:00+01:00"`).
 *
 * @example
 * ```ts
 * import { planTimeline, type Timeline } from "koploper";
 *
 * const timeline: Timeline = planTimeline({ kickoff: "2027-01-19" });
 * timeline.end; //=> "2028-01-18"
 * ```
 */
export type Timeline = z.output<typeof timelineSchema>;

/**
 * One phase of a {@link Timeline}: its stable id, its label in Dutch and English, its programme
 * months (`{ from: 1, to: 3 }`; the kick-off is month 0) and its first and last calendar day.
 *
 * @example
 * ```ts
 * import { planTimeline, type TimelinePhase } from "koploper";
 *
 * const audit: TimelinePhase | undefined = planTimeline({ kickoff: "2027-01-19" }).phases.find((phase) => phase.id === "audit");
 * audit?.end; //=> "2027-04-18"
 * ```
 */
export type TimelinePhase = Timeline["phases"][number];

/**
 * One meeting of a {@link Timeline}: a stable id (`kickoff`, `exchange-1`, ..., `symposium`), the
 * phase it belongs to, its label, its calendar date and, when meeting hours were given, its start
 * and end moments.
 *
 * @example
 * ```ts
 * import { planTimeline, type TimelineMeeting } from "koploper";
 *
 * const meetings: readonly TimelineMeeting[] = planTimeline({ kickoff: "2027-01-19" }).meetings;
 * meetings.map((meeting) => meeting.id); //=> ["kickoff", "exchange-1", "exchange-2", "exchange-3", "symposium"]
 * ```
 */
export type TimelineMeeting = Timeline["meetings"][number];

const timelineParser = /* @__PURE__ */ createParser(timelineSchema, "timeline");

/**
 * Validates a timeline from outside (for instance read back from storage).
 *
 * @param input - anything
 * @returns the checked timeline
 * @throws {@link KoploperError} `INVALID_INPUT` with every issue and its path
 *
 * @example
 * ```ts
 * import { parseTimeline, planTimeline } from "koploper";
 *
 * parseTimeline(JSON.parse(JSON.stringify(planTimeline({ kickoff: "2027-01-19" })))).months; //=> 12
 * ```
 */
export function parseTimeline(input: unknown): Timeline {
  return timelineParser.parse(input);
}

/**
 * Like {@link parseTimeline}, but returns the error instead of throwing it.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseTimeline } from "koploper";
 *
 * safeParseTimeline({ months: 12 }).success; //=> false
 * ```
 */
export function safeParseTimeline(input: unknown): SafeParseResult<Timeline> {
  return timelineParser.safeParse(input);
}

/**
 * The options of `toICalendar`: `cohortName` (non-empty; it starts every event's summary and keys
 * the UIDs) and `locale` for the labels (`"nl"` by default).
 *
 * @example
 * ```ts
 * import { iCalendarOptionsSchema } from "koploper";
 *
 * iCalendarOptionsSchema.parse({ cohortName: "Koplopers Oost-Groningen" }).locale; //=> "nl"
 * ```
 */
export const iCalendarOptionsSchema = /* @__PURE__ */ z
  .object({
    cohortName: z
      .string()
      .max(TEXT_LENGTH)
      .trim()
      .min(1, { error: "The cohort name cannot be empty" })
      .refine((name) => !hasControlCharacter(name), { error: CONTROL_MESSAGE }),
    locale: z.enum(["nl", "en"]).default("nl"),
  })
  .strict();

/**
 * The options of `toICalendar` as a caller writes them.
 *
 * @example
 * ```ts
 * import type { ICalendarOptions } from "koploper";
 *
 * const options: ICalendarOptions = { cohortName: "Koplopers Oost-Groningen", locale: "en" };
 * ```
 */
export type ICalendarOptions = DeepReadonly<z.input<typeof iCalendarOptionsSchema>>;

/** Checks the options of `toICalendar`. */
export const iCalendarOptionsParser = /* @__PURE__ */ createParser(iCalendarOptionsSchema, "calendar options");

/** The first year `dutchHolidays` supports: its rules for Koninginnedag start in 1950. */
const FIRST_HOLIDAY_YEAR = 1950;
const yearSchema = /* @__PURE__ */ z
  .int({ error: "Expected a whole year, such as 2027" })
  .min(FIRST_HOLIDAY_YEAR, {
    error: (issue) =>
      `The year ${String(issue.input)} is before ${FIRST_HOLIDAY_YEAR}, the first year supported: the holiday rules known to the library (Koninginnedag on 30 April) start in ${FIRST_HOLIDAY_YEAR}; earlier years had rules it does not model`,
  })
  .max(9999, { error: "The year must have four digits (at most 9999)" });
const yearParser = /* @__PURE__ */ createParser(yearSchema, "year");

/** Checks the year given to `dutchHolidays`: a whole year, 1950-9999. */
export function parseYear(input: unknown): number {
  return yearParser.parse(input);
}
