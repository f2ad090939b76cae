import type { Localized } from "../core/localized.js";
import type { IsoDate } from "./dates.js";
import { holidaysOf, type DutchHolidayId } from "./timeline/holidays.js";

/**
 * Something the lifecycle accepted but a coordinator should see: a kick-off, an exchange meeting or
 * the symposium held on a Saturday or Sunday (`meeting-on-weekend`) or on a Dutch public holiday
 * (`meeting-on-holiday`, with the holiday's id; any holiday of `dutchHolidays`, also one that is
 * not a general day off). Programmes do meet on Saturdays, so these are warnings, not refusals.
 *
 * @example
 * ```ts
 * import type { LifecycleWarning } from "koploper/lifecycle";
 *
 * const onHoliday = (warnings: readonly LifecycleWarning[]) => warnings.filter((w) => w.code === "meeting-on-holiday");
 * ```
 */
export interface LifecycleWarning {
  readonly code: "meeting-on-weekend" | "meeting-on-holiday";
  readonly eventType: "kickoff-held" | "exchange-meeting-held" | "symposium-held";
  readonly date: IsoDate;
  readonly holiday?: DutchHolidayId;
  readonly message: Localized;
}

const MEETINGS: Readonly<Record<LifecycleWarning["eventType"], Localized>> = {
  "kickoff-held": { nl: "De startbijeenkomst", en: "The kick-off" },
  "exchange-meeting-held": { nl: "De uitwisselingsbijeenkomst", en: "The exchange meeting" },
  "symposium-held": { nl: "Het Koplopersymposium", en: "The symposium" },
};

// dutchHolidays knows the holidays from 1950 on; earlier dates get only the weekend check.
const FIRST_HOLIDAY_YEAR = 1950;

/** The warnings for a meeting held on `date`: on a weekend day, on a Dutch public holiday, or none. */
export function meetingWarnings(eventType: LifecycleWarning["eventType"], date: IsoDate): LifecycleWarning[] {
  const what = MEETINGS[eventType];
  const warnings: LifecycleWarning[] = [];
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) {
    const day = weekday === 0 ? { nl: "zondag", en: "Sunday" } : { nl: "zaterdag", en: "Saturday" };
    warnings.push({
      code: "meeting-on-weekend",
      eventType,
      date,
      message: { nl: `${what.nl} valt op ${day.nl} ${date}`, en: `${what.en} falls on a ${day.en} (${date})` },
    });
  }
  const year = Number(date.slice(0, 4));
  const holidays = year >= FIRST_HOLIDAY_YEAR ? holidaysOf(year) : [];
  for (const holiday of holidays.filter((item) => item.date === date)) {
    warnings.push({
      code: "meeting-on-holiday",
      eventType,
      date,
      holiday: holiday.id,
      message: { nl: `${what.nl} valt op ${holiday.name.nl} (${date})`, en: `${what.en} falls on ${holiday.name.en} (${date})` },
    });
  }
  return warnings;
}
