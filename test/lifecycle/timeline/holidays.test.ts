import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { dutchHolidays, type DutchHoliday } from "../../../src/index.js";
import { caught } from "../../helpers.js";

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
    [1950, "1950-04-09"],
    [1961, "1961-04-02"],
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

  it.each([1949, 1582, 10_000, 2027.5, Number.NaN, Number.POSITIVE_INFINITY, "2027", null, undefined, [2027]])(
    "refuses %s with INVALID_INPUT at the root",
    (year) => {
      const error = caught(() => dutchHolidays(year as number));
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.issues.map((issue) => issue.path)).toEqual([[]]);
    },
  );
});

describe("dutchHolidays before 2014: Koninginnedag", () => {
  it("has Koninginnedag on 30 April in 2012 and 1980, and Koningsdag on 26 April in 2025 (the acceptance dates)", () => {
    expect(dutchHolidays(2012).find((holiday) => holiday.date === "2012-04-30")?.name).toEqual({ nl: "Koninginnedag", en: "Queen's Day" });
    expect(dateOf(dutchHolidays(1980), "koninginnedag")).toBe("1980-04-30");
    expect(dateOf(dutchHolidays(2025), "koningsdag")).toBe("2025-04-26");
    expect(dateOf(dutchHolidays(2012), "koningsdag")).toBeUndefined();
    expect(dateOf(dutchHolidays(2014), "koninginnedag")).toBeUndefined();
  });

  // 30 April was a Sunday in these years: 1950, 1961, 1967 and 1978 moved to Monday 1 May; 1989,
  // 1995, 2000 and 2006 to Saturday 29 April.
  it.each([
    [1950, "1950-05-01"],
    [1961, "1961-05-01"],
    [1967, "1967-05-01"],
    [1978, "1978-05-01"],
    [1989, "1989-04-29"],
    [1995, "1995-04-29"],
    [2000, "2000-04-29"],
    [2006, "2006-04-29"],
    [2013, "2013-04-30"],
  ])("moves Koninginnedag %i off the Sunday to %s", (year, date) => {
    expect(dateOf(dutchHolidays(year), "koninginnedag")).toBe(date);
  });

  it("refuses 1949 and says which year is the first supported and why", () => {
    const error = caught(() => dutchHolidays(1949));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toEqual([]);
    expect(error.issues[0]?.message).toMatchInlineSnapshot(
      `"The year 1949 is before 1950, the first year supported: the holiday rules known to the library (Koninginnedag on 30 April) start in 1950; earlier years had rules it does not model"`,
    );
  });

  /**
   * An independent reference, written from the rules as the issue states them and table-driven by
   * era: for each era the holiday's id and name, its usual day in April and where it goes when that
   * day is a Sunday. Weekdays come from the platform's own UTC calendar, not from the library.
   */
  const ERAS = [
    { first: 1950, last: 1980, id: "koninginnedag", nl: "Koninginnedag", day: "04-30", ifSunday: "05-01" },
    { first: 1981, last: 2013, id: "koninginnedag", nl: "Koninginnedag", day: "04-30", ifSunday: "04-29" },
    { first: 2014, last: 9999, id: "koningsdag", nl: "Koningsdag", day: "04-27", ifSunday: "04-26" },
  ] as const;
  const reference = (year: number): { id: string; nl: string; date: string } => {
    const era = ERAS.find((candidate) => candidate.first <= year && year <= candidate.last);
    if (era === undefined) throw new Error(`no era for ${year}`);
    const usual = `${year}-${era.day}`;
    return { id: era.id, nl: era.nl, date: weekday(usual) === 0 ? `${year}-${era.ifSunday}` : usual };
  };

  it("agrees with the era table for every year 1950-2100", () => {
    const years = Array.from({ length: 151 }, (_, index) => 1950 + index);
    const library = years.map((year) => {
      const holiday = dutchHolidays(year).find((item) => item.id === "koninginnedag" || item.id === "koningsdag");
      return { id: holiday?.id, nl: holiday?.name.nl, date: holiday?.date };
    });
    expect(library).toEqual(years.map(reference));
    // The table is not vacuous: both Sunday rules occur in the range.
    expect(years.filter((year) => reference(year).date.endsWith("05-01"))).toEqual([1950, 1961, 1967, 1972, 1978]);
    expect(years.filter((year) => reference(year).date.endsWith("04-29"))).toEqual([1989, 1995, 2000, 2006]);
  });
});

describe("dutchHolidays laws", () => {
  const year = fc.integer({ min: 1950, max: 9999 });

  test.prop([year])("puts Easter on a Sunday between 22 March and 25 April", (y) => {
    const easter = dateOf(dutchHolidays(y), "eerste-paasdag") ?? "";
    expect(weekday(easter)).toBe(0);
    expect(easter >= `${y}-03-22` && easter <= `${y}-04-25`).toBe(true);
  });

  test.prop([year])("derives Good Friday, Easter Monday, Ascension and Whitsun from Easter on their weekdays", (y) => {
    const holidays = dutchHolidays(y);
    const easter = dateOf(holidays, "eerste-paasdag") ?? "";
    const expected = {
      "goede-vrijdag": [-2, 5],
      "tweede-paasdag": [1, 1],
      hemelvaartsdag: [39, 4],
      "eerste-pinksterdag": [49, 0],
      "tweede-pinksterdag": [50, 1],
    } as const;
    for (const [id, [offset, day]] of Object.entries(expected)) {
      const date = dateOf(holidays, id as DutchHoliday["id"]) ?? "";
      expect(date).toBe(addDays(easter, offset));
      expect(weekday(date)).toBe(day);
    }
  });

  test.prop([fc.integer({ min: 2014, max: 9999 })])("never holds Koningsdag on a Sunday, and holds it on 26 or 27 April", (y) => {
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
