import { describe, expect, it } from "vitest";
import { dayFromIsoDate, dayOf, eachDay, isoDate, meetingOn, plusDays, plusMonths } from "../../../src/lifecycle/timeline/calendar.js";

describe("calendar days", () => {
  it("names the years 1-99 as they are, not as 1901-1999", () => {
    expect(isoDate(dayOf(1, 1, 19, "UTC"))).toBe("0001-01-19");
    expect(isoDate(dayFromIsoDate("0050-03-28", "Europe/Amsterdam"))).toBe("0050-03-28");
    expect(isoDate(plusMonths(dayFromIsoDate("0099-12-15", "UTC"), 1, "UTC"))).toBe("0100-01-15");
  });

  it("adds days and months in the zone, clamping the day of month", () => {
    expect(isoDate(plusMonths(dayFromIsoDate("2027-01-31", "Europe/Amsterdam"), 1, "Europe/Amsterdam"))).toBe("2027-02-28");
    expect(isoDate(plusDays(dayFromIsoDate("2027-03-27", "Europe/Amsterdam"), 2, "Europe/Amsterdam"))).toBe("2027-03-29");
  });

  it("lists every day of a range with its weekday", () => {
    expect(eachDay("2027-12-30", "2028-01-02")).toEqual([
      { iso: "2027-12-30", weekday: 4 },
      { iso: "2027-12-31", weekday: 5 },
      { iso: "2028-01-01", weekday: 6 },
      { iso: "2028-01-02", weekday: 0 },
    ]);
  });
});

describe("meetingOn", () => {
  const zone = "Europe/Amsterdam";
  const on = (date: string, start: string, end: string) => meetingOn(dayFromIsoDate(date, zone), start, end, zone);

  it("gives the local times with the day's offset", () => {
    expect(on("2027-01-19", "15:00", "17:00")).toEqual({ start: "2027-01-19T15:00:00+01:00", end: "2027-01-19T17:00:00+01:00" });
    expect(on("2027-07-19", "15:00", "17:00")).toEqual({ start: "2027-07-19T15:00:00+02:00", end: "2027-07-19T17:00:00+02:00" });
  });

  it("moves a start in the skipped hour on with the clocks, and keeps the length when that passes the end", () => {
    expect(on("2027-03-28", "02:30", "03:00")).toEqual({ start: "2027-03-28T03:30:00+02:00", end: "2027-03-28T04:00:00+02:00" });
    expect(on("2027-03-28", "01:30", "02:30")).toEqual({ start: "2027-03-28T01:30:00+01:00", end: "2027-03-28T03:30:00+02:00" });
  });

  it("ends after it starts on the day clocks go back", () => {
    const meeting = on("2027-10-31", "02:15", "02:45");
    expect(Date.parse(meeting.end) - Date.parse(meeting.start)).toBe(30 * 60_000);
  });
});
