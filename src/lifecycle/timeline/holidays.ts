import type { Localized } from "../../core/localized.js";
import { dayOf, isoDate, plusDays } from "./calendar.js";
import { parseYear } from "./timeline.schema.js";

/**
 * The stable ids of the Dutch public holidays `dutchHolidays` returns.
 *
 * @example
 * ```ts
 * import type { DutchHolidayId } from "koploper";
 *
 * const id: DutchHolidayId = "koningsdag";
 * ```
 */
export type DutchHolidayId =
  | "nieuwjaarsdag"
  | "goede-vrijdag"
  | "eerste-paasdag"
  | "tweede-paasdag"
  | "koninginnedag"
  | "koningsdag"
  | "bevrijdingsdag"
  | "hemelvaartsdag"
  | "eerste-pinksterdag"
  | "tweede-pinksterdag"
  | "eerste-kerstdag"
  | "tweede-kerstdag";

/**
 * One Dutch public holiday in one year: a stable id, its ISO date, its name in Dutch and English,
 * and whether it is a general day off (`generalDayOff`): `false` for Goede Vrijdag, and for
 * Bevrijdingsdag outside lustrum years (years divisible by 5).
 *
 * @example
 * ```ts
 * import { dutchHolidays, type DutchHoliday } from "koploper";
 *
 * const first: DutchHoliday | undefined = dutchHolidays(2027)[0];
 * first?.date; //=> "2027-01-01"
 * ```
 */
export interface DutchHoliday {
  readonly id: DutchHolidayId;
  readonly date: string;
  readonly name: Localized;
  readonly generalDayOff: boolean;
}

const ZONE = "Europe/Amsterdam";

/**
 * Easter Sunday of a Gregorian year as [month, day], by the anonymous Gregorian computus
 * (Meeus/Jones/Butcher).
 */
function easterSunday(year: number): readonly [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return [Math.floor(n / 31), (n % 31) + 1];
}

/**
 * The monarch's birthday holiday of a year (1950 or later), by the rules of its era:
 * Koninginnedag on 30 April, moved to 1 May when the 30th is a Sunday until 1980 and to 29 April
 * from 1981 to 2013; Koningsdag on 27 April from 2014, 26 April when the 27th is a Sunday.
 */
function monarchsDay(year: number): { readonly id: "koninginnedag" | "koningsdag"; readonly date: string } {
  if (year >= 2014) {
    const day = dayOf(year, 4, 27, ZONE);
    return { id: "koningsdag", date: isoDate(day.getDay() === 0 ? plusDays(day, -1, ZONE) : day) };
  }
  const day = dayOf(year, 4, 30, ZONE);
  return { id: "koninginnedag", date: isoDate(day.getDay() === 0 ? plusDays(day, year <= 1980 ? 1 : -1, ZONE) : day) };
}

const MONARCHS_DAY_NAMES = {
  koninginnedag: { nl: "Koninginnedag", en: "Queen's Day" },
  koningsdag: { nl: "Koningsdag", en: "King's Day" },
} as const;

/** The holidays of a year, already known to be valid; used by the planner without re-validation. */
export function holidaysOf(year: number): readonly DutchHoliday[] {
  const [easterMonth, easterDay] = easterSunday(year);
  const easter = dayOf(year, easterMonth, easterDay, ZONE);
  const fromEaster = (days: number): string => isoDate(plusDays(easter, days, ZONE));
  const monarch = monarchsDay(year);
  const holiday = (id: DutchHolidayId, date: string, nl: string, en: string, generalDayOff = true): DutchHoliday => ({
    id,
    date,
    name: { nl, en },
    generalDayOff,
  });
  const holidays = [
    holiday("nieuwjaarsdag", `${year}-01-01`, "Nieuwjaarsdag", "New Year's Day"),
    holiday("goede-vrijdag", fromEaster(-2), "Goede Vrijdag", "Good Friday", false),
    holiday("eerste-paasdag", fromEaster(0), "Eerste Paasdag", "Easter Sunday"),
    holiday("tweede-paasdag", fromEaster(1), "Tweede Paasdag", "Easter Monday"),
    holiday(monarch.id, monarch.date, MONARCHS_DAY_NAMES[monarch.id].nl, MONARCHS_DAY_NAMES[monarch.id].en),
    holiday("bevrijdingsdag", `${year}-05-05`, "Bevrijdingsdag", "Liberation Day", year % 5 === 0),
    holiday("hemelvaartsdag", fromEaster(39), "Hemelvaartsdag", "Ascension Day"),
    holiday("eerste-pinksterdag", fromEaster(49), "Eerste Pinksterdag", "Whit Sunday"),
    holiday("tweede-pinksterdag", fromEaster(50), "Tweede Pinksterdag", "Whit Monday"),
    holiday("eerste-kerstdag", `${year}-12-25`, "Eerste Kerstdag", "Christmas Day"),
    holiday("tweede-kerstdag", `${year}-12-26`, "Tweede Kerstdag", "Boxing Day"),
  ];
  // A stable sort: on the same date (Bevrijdingsdag and Hemelvaartsdag can meet) the list order stays.
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/**
 * The Dutch public holidays of a year, computed (Easter by the Gregorian computus), sorted by date:
 * Nieuwjaarsdag, Goede Vrijdag, Eerste and Tweede Paasdag, the monarch's day, Bevrijdingsdag
 * (5 May), Hemelvaartsdag (Easter + 39 days), Eerste and Tweede Pinksterdag (Easter + 49 and + 50
 * days), Eerste and Tweede Kerstdag.
 *
 * The monarch's day follows the rule of its year: `koninginnedag` (Koninginnedag) on 30 April
 * from 1950 to 2013, moved to 1 May when the 30th was a Sunday until 1980 and to 29 April when it
 * was a Sunday from 1981; `koningsdag` (Koningsdag) on 27 April from 2014, or 26 April when the
 * 27th is a Sunday.
 *
 * `generalDayOff` says whether most employers give the day off: not on Goede Vrijdag, and on
 * Bevrijdingsdag only in lustrum years (2025, 2030, ...). That day-off status is today's custom and
 * is applied to every year.
 *
 * The first year supported is 1950: the rules above are known from then on; earlier years had
 * other rules the library does not model, so it refuses them rather than give wrong dates.
 *
 * @param year - a whole year, 1950-9999
 * @returns the 11 holidays of that year, sorted by date (on the same date, in the order above)
 * @throws {@link KoploperError} `INVALID_INPUT` when the year is not a whole number in 1950-9999
 * @see Algemene termijnenwet, artikel 3 (the generally recognised holidays)
 *
 * @example
 * ```ts
 * import { dutchHolidays } from "koploper";
 *
 * dutchHolidays(2027).find((holiday) => holiday.id === "eerste-paasdag")?.date; //=> "2027-03-28"
 * dutchHolidays(2027).find((holiday) => holiday.id === "bevrijdingsdag")?.generalDayOff; //=> false
 * dutchHolidays(2012).find((holiday) => holiday.id === "koninginnedag")?.date; //=> "2012-04-30"
 * dutchHolidays(2025).find((holiday) => holiday.id === "koningsdag")?.date; //=> "2025-04-26"
 * ```
 */
export function dutchHolidays(year: number): readonly DutchHoliday[] {
  return holidaysOf(parseYear(year));
}
