import { TZDate } from "@date-fns/tz";
import { addMonths } from "date-fns";

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
 * with offset or a `Date` becomes its calendar date in Europe/Amsterdam.
 */
export function toIsoDate(input: string | Date): IsoDate {
  if (typeof input === "string" && input.length === 10) return input;
  const local = new TZDate(new Date(input).getTime(), PROGRAMME_TIME_ZONE);
  return format(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

/** The calendar date `months` months after `date` (clamped to the month's last day, as date-fns does). */
export function addMonthsToIsoDate(date: IsoDate, months: number): IsoDate {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const result = addMonths(new TZDate(year, month - 1, day, "UTC"), months);
  return format(result.getFullYear(), result.getMonth() + 1, result.getDate());
}
