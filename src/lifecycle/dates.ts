/**
 * A calendar date as an ISO 8601 string, `YYYY-MM-DD` (for example `"2027-01-19"`), in the years
 * 0001-9999: two of them compare correctly as strings.
 *
 * @example
 * ```ts
 * import type { IsoDate } from "koploper/lifecycle";
 *
 * const kickoff: IsoDate = "2027-01-19";
 * ```
 */
export type IsoDate = string;

/** The time zone the programme runs in: a moment becomes the calendar date it has in Amsterdam. */
const PROGRAMME_TIME_ZONE = "Europe/Amsterdam";

/** The years an {@link IsoDate} can be written in: four digits, from year 1 (year 0 is 1 BC). */
export const FIRST_YEAR = 1;
export const LAST_YEAR = 9999;

/** Tells whether a `YYYY-MM-DD` text (already known to name an existing day) lies in the years 0001-9999. */
export function isWritableIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !text.startsWith("0000");
}

/** The formatter that gives the era, year, month and day of an instant in `timeZone` (en-CA, Gregorian: the era tells 1 BC, year 0, from AD 1). */
function formatIn(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat("en-CA", { timeZone, calendar: "gregory", era: "short", year: "numeric", month: "2-digit", day: "2-digit" });
}

// Made once, on first use (building it costs milliseconds, too much for every import): most
// conversions are in the programme's zone.
let programmeFormat: Intl.DateTimeFormat | undefined;

/** The formatter for `timeZone`: the programme zone's one, or a new one for any other zone. */
function formatFor(timeZone: string): Intl.DateTimeFormat {
  if (timeZone !== PROGRAMME_TIME_ZONE) return formatIn(timeZone);
  programmeFormat ??= formatIn(timeZone);
  return programmeFormat;
}

/**
 * The one conversion to a calendar date, for an already validated input: an ISO date stays as it
 * is; an ISO date-time with offset or a `Date` becomes its calendar date in `timeZone` (Europe/
 * Amsterdam by default; from the time zone data, never from the machine's own time zone).
 * `undefined` when the result cannot be written as `YYYY-MM-DD`: an invalid `Date`, or a day
 * before 0001-01-01 or after 9999-12-31 (`new Date(-8.64e15)`, year 0, year 10000).
 */
export function toIsoDate(input: string | Date, timeZone: string = PROGRAMME_TIME_ZONE): IsoDate | undefined {
  if (typeof input === "string" && input.length === 10) return isWritableIsoDate(input) ? input : undefined;
  const instant = new Date(input);
  if (Number.isNaN(instant.getTime())) return undefined;
  const parts = formatFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((item) => item.type === type)?.value ?? "";
  const year = Number(part("year"));
  if (part("era") !== "AD" || !(year >= FIRST_YEAR && year <= LAST_YEAR)) return undefined;
  return `${String(year).padStart(4, "0")}-${part("month")}-${part("day")}`;
}
