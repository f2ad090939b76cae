import { describe, expect, it } from "vitest";
import { meetingWarnings } from "../../src/lifecycle/warnings.js";

describe("meetingWarnings", () => {
  it("gives nothing for a meeting on a working day", () => {
    expect(meetingWarnings("kickoff-held", "2027-01-19")).toEqual([]);
  });

  it("warns of a weekend day, in Dutch and English", () => {
    expect(meetingWarnings("exchange-meeting-held", "2027-06-12")).toEqual([
      {
        code: "meeting-on-weekend",
        eventType: "exchange-meeting-held",
        date: "2027-06-12",
        message: { nl: "De uitwisselingsbijeenkomst valt op zaterdag 2027-06-12", en: "The exchange meeting falls on a Saturday (2027-06-12)" },
      },
    ]);
  });

  it("warns of a public holiday, with its id, also when it is on a weekend", () => {
    // Koningsdag 2027 is on Tuesday 27 April; Eerste Paasdag 2027 on Sunday 28 March.
    expect(meetingWarnings("symposium-held", "2027-04-27").map((warning) => [warning.code, warning.holiday])).toEqual([["meeting-on-holiday", "koningsdag"]]);
    expect(meetingWarnings("kickoff-held", "2027-03-28").map((warning) => warning.code)).toEqual(["meeting-on-weekend", "meeting-on-holiday"]);
  });

  it("checks only the weekend before 1950, the first year with known holidays, and in year 1", () => {
    expect(meetingWarnings("kickoff-held", "1949-12-25").map((warning) => warning.code)).toEqual(["meeting-on-weekend"]);
    expect(meetingWarnings("kickoff-held", "0001-01-01")).toEqual([]);
  });
});
