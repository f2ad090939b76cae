/**
 * A calendar date as an ISO 8601 string, `YYYY-MM-DD` (for example `"2027-01-19"`). Two of them
 * compare correctly as strings.
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

function format(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The calendar date of an already validated input: an ISO date stays as it is; an ISO date-time
 * with offset or a `Date` becomes its calendar date in Europe/Amsterdam (from the time zone data,
 * never from the machine's own time zone).
 */
export function toIsoDate(input: string | Date): IsoDate {
  if (typeof input === "string" && input.length === 10) return input;
  // en-CA writes dates as YYYY-MM-DD.
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: PROGRAMME_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(
    new Date(input),
  );
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((item) => item.type === type)?.value);
  return format(part("year"), part("month"), part("day"));
}
