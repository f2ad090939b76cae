import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { isWritableIsoDate, toIsoDate } from "../../src/lifecycle/dates.js";

describe("toIsoDate", () => {
  it("keeps an ISO date and gives a moment's calendar date in Amsterdam, from the time zone data", () => {
    expect(toIsoDate("2027-01-19")).toBe("2027-01-19");
    expect(toIsoDate("2027-01-19T23:30:00Z")).toBe("2027-01-20");
    expect(toIsoDate("2027-07-19T21:59:00Z")).toBe("2027-07-19");
    expect(toIsoDate("2027-07-19T22:00:00Z")).toBe("2027-07-20");
    expect(toIsoDate(new Date("2027-01-19T10:00:00+01:00"))).toBe("2027-01-19");
  });

  it("gives the calendar date in another zone when asked", () => {
    expect(toIsoDate("2027-01-19T23:30:00Z", "UTC")).toBe("2027-01-19");
    expect(toIsoDate("2027-01-19T05:00:00Z", "America/New_York")).toBe("2027-01-19");
    expect(toIsoDate("2027-01-19T04:00:00Z", "America/New_York")).toBe("2027-01-18");
  });

  it("writes the years 1-999 with four digits and the era's year 1 as 0001, not 1 BC", () => {
    expect(toIsoDate(new Date("0001-01-01T12:00:00Z"))).toBe("0001-01-01");
    expect(toIsoDate(new Date("0099-12-31T12:00:00Z"))).toBe("0099-12-31");
    expect(toIsoDate(new Date("0000-12-31T12:00:00Z"))).toBeUndefined();
  });

  it.each([
    ["the first instant a Date holds", new Date(-8.64e15)],
    ["the last instant a Date holds", new Date(8.64e15)],
    ["an invalid Date", new Date(Number.NaN)],
    ["a moment that is 10000-01-01 in Amsterdam", "9999-12-31T23:00:00Z"],
    ["year 0 as an ISO date", "0000-01-01"],
  ])("gives nothing for %s", (_, input) => {
    expect(toIsoDate(input)).toBeUndefined();
  });

  test.prop([fc.date({ min: new Date("0001-01-02T00:00:00Z"), max: new Date("9999-12-30T00:00:00Z"), noInvalidDate: true })])(
    "gives the UTC date or a neighbouring day for any moment well inside the years 1-9999",
    (moment) => {
      const date = toIsoDate(moment) as string;
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const utc = moment.toISOString().slice(0, 10);
      const days = (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${utc}T00:00:00Z`)) / 86_400_000;
      expect([0, 1]).toContain(days);
    },
  );
});

describe("isWritableIsoDate", () => {
  it("takes the years 0001-9999 and nothing else", () => {
    expect(["0001-01-01", "9999-12-31", "2027-01-19"].map(isWritableIsoDate)).toEqual([true, true, true]);
    expect(["0000-01-01", "10000-01-01", "-0001-01-01", "+2027-01-19", "2027-1-19"].map(isWritableIsoDate)).toEqual([false, false, false, false, false]);
  });
});
