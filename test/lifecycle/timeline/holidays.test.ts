import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { dutchHolidays, isKoploperError, type DutchHoliday } from "../../../src/index.js";

/** The weekday (0 = Sunday) of an ISO date, by the platform's own UTC calendar. */
const weekday = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay();
/** An ISO date `days` days after another, by the platform's own UTC calendar. */
const addDays = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const dateOf = (holidays: readonly DutchHoliday[], id: DutchHoliday["id"]): string | undefined => holidays.find((holiday) => holiday.id === id)?.date;

describe("dutchHolidays", () => {
  it.each([
    [2000, "2000-04-23"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("puts Easter Sunday %i on %s", (year, easter) => {
    expect(dateOf(dutchHolidays(year), "eerste-paasdag")).toBe(easter);
  });

  it("lists every holiday of 2026 with its date, names and day-off status", () => {
    expect(dutchHolidays(2026).map((holiday) => [holiday.date, holiday.name.nl, holiday.generalDayOff])).toEqual([
      ["2026-01-01", "Nieuwjaarsdag", true],
      ["2026-04-03", "Goede Vrijdag", false],
      ["2026-04-05", "Eerste Paasdag", true],
      ["2026-04-06", "Tweede Paasdag", true],
      ["2026-04-27", "Koningsdag", true],
      ["2026-05-05", "Bevrijdingsdag", false],
      ["2026-05-14", "Hemelvaartsdag", true],
      ["2026-05-24", "Eerste Pinksterdag", true],
      ["2026-05-25", "Tweede Pinksterdag", true],
      ["2026-12-25", "Eerste Kerstdag", true],
      ["2026-12-26", "Tweede Kerstdag", true],
    ]);
  });

  it("names every holiday in English too", () => {
    expect(dutchHolidays(2026).map((holiday) => holiday.name.en)).toEqual([
      "New Year's Day",
      "Good Friday",
      "Easter Sunday",
      "Easter Monday",
      "King's Day",
      "Liberation Day",
      "Ascension Day",
      "Whit Sunday",
      "Whit Monday",
      "Christmas Day",
      "Boxing Day",
    ]);
  });

  it.each([
    [2014, "2014-04-26"],
    [2025, "2025-04-26"],
    [2026, "2026-04-27"],
    [2027, "2027-04-27"],
  ])("holds Koningsdag %i on %s (26 April when the 27th is a Sunday)", (year, date) => {
    expect(dateOf(dutchHolidays(year), "koningsdag")).toBe(date);
  });

  it.each([
    [2025, true],
    [2026, false],
    [2029, false],
    [2030, true],
  ])("marks Bevrijdingsdag %i as a general day off only in lustrum years (%s)", (year, dayOff) => {
    expect(dutchHolidays(year).find((holiday) => holiday.id === "bevrijdingsdag")?.generalDayOff).toBe(dayOff);
  });

  it("keeps both Bevrijdingsdag and Hemelvaartsdag when they share 5 May (2016), in list order", () => {
    const onFifthOfMay = dutchHolidays(2016).filter((holiday) => holiday.date === "2016-05-05");
    expect(onFifthOfMay.map((holiday) => holiday.id)).toEqual(["bevrijdingsdag", "hemelvaartsdag"]);
  });

  it("returns equal, separate results for the same year", () => {
    const first = dutchHolidays(2027);
    const second = dutchHolidays(2027);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
  });

  it.each([1582, 10_000, 2027.5, Number.NaN, Number.POSITIVE_INFINITY, "2027", null, undefined, [2027]])(
    "refuses %s with INVALID_INPUT at the root",
    (year) => {
      let caught: unknown;
      try {
        dutchHolidays(year as number);
      } catch (error) {
        caught = error;
      }
      expect(isKoploperError(caught)).toBe(true);
      if (!isKoploperError(caught)) return;
      expect(caught.code).toBe("INVALID_INPUT");
      expect(caught.issues.map((issue) => issue.path)).toEqual([[]]);
    },
  );
});

describe("dutchHolidays laws", () => {
  const year = fc.integer({ min: 1583, max: 9999 });

  test.prop([year])("puts Easter on a Sunday between 22 March and 25 April", (y) => {
    const easter = dateOf(dutchHolidays(y), "eerste-paasdag") ?? "";
    expect(weekday(easter)).toBe(0);
    expect(easter >= `${y}-03-22` && easter <= `${y}-04-25`).toBe(true);
  });

  test.prop([year])("derives Good Friday, Easter Monday, Ascension and Whitsun from Easter on their weekdays", (y) => {
    const holidays = dutchHolidays(y);
    const easter = dateOf(holidays, "eerste-paasdag") ?? "";
    const expected = { "goede-vrijdag": [-2, 5], "tweede-paasdag": [1, 1], hemelvaartsdag: [39, 4], "eerste-pinksterdag": [49, 0], "tweede-pinksterdag": [50, 1] } as const;
    for (const [id, [offset, day]] of Object.entries(expected)) {
      const date = dateOf(holidays, id as DutchHoliday["id"]) ?? "";
      expect(date).toBe(addDays(easter, offset));
      expect(weekday(date)).toBe(day);
    }
  });

  test.prop([year])("never holds Koningsdag on a Sunday, and holds it on 26 or 27 April", (y) => {
    const kingsDay = dateOf(dutchHolidays(y), "koningsdag") ?? "";
    expect(weekday(kingsDay)).not.toBe(0);
    expect([`${y}-04-26`, `${y}-04-27`]).toContain(kingsDay);
    expect(kingsDay === `${y}-04-26`).toBe(weekday(`${y}-04-27`) === 0);
  });

  test.prop([year])("returns 11 distinct holidays of that year, sorted by date, only Goede Vrijdag and non-lustrum Bevrijdingsdag worked", (y) => {
    const holidays = dutchHolidays(y);
    expect(holidays).toHaveLength(11);
    expect(new Set(holidays.map((holiday) => holiday.id)).size).toBe(11);
    expect(holidays.every((holiday) => holiday.date.startsWith(`${y}-`))).toBe(true);
    expect(holidays.map((holiday) => holiday.date)).toEqual(holidays.map((holiday) => holiday.date).sort());
    const worked = holidays.filter((holiday) => !holiday.generalDayOff).map((holiday) => holiday.id);
    expect(worked).toEqual(y % 5 === 0 ? ["goede-vrijdag"] : ["goede-vrijdag", "bevrijdingsdag"]);
  });
});
