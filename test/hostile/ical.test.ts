import { fc, test } from "@fast-check/vitest";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { isKoploperError, planTimeline, toICalendar, type Timeline } from "../../src/index.js";
import { caught } from "../helpers.js";

// Issue 18, class 8 for the calendar: what toICalendar writes parses in ical.js, with every summary
// as it was given, and every event ends after it starts; a text iCalendar cannot carry (NUL, ESC and
// the other control characters) is refused with INVALID_INPUT, never written.

interface Parsed {
  readonly summary: string;
  readonly start: ICAL.Time;
  readonly end: ICAL.Time;
}

function parse(ics: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return { summary: event.summary, start: event.startDate, end: event.endDate };
  });
}

/** Control characters other than tab, CR and LF, and halves of surrogate pairs. */
function hasControl(text: string): boolean {
  return [...text].some((char) => {
    const code = char.codePointAt(0) as number;
    return (code < 0x20 && ![0x09, 0x0a, 0x0d].includes(code)) || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff);
  });
}

const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => h * 60 + m);
const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const hours = fc
  .tuple(clock, clock)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => ({ start: hhmm(Math.min(a, b)), end: hhmm(Math.max(a, b)) }));
// Zones with clock changes at 02:00 (Amsterdam), at midnight (Santiago, Beirut), by half an hour
// (Lord Howe), with odd offsets (St John's, Chatham), and none (UTC).
const zones = fc.constantFrom("Europe/Amsterdam", "America/Santiago", "Asia/Beirut", "Australia/Lord_Howe", "America/St_Johns", "Pacific/Chatham", "UTC");
// Days of a clock change in Amsterdam, and any day of 1970-9997.
const kickoffs = fc.oneof(
  fc.constantFrom("2027-03-28", "2027-10-31", "2026-03-29", "2026-10-25"),
  fc.date({ min: new Date("1970-01-02T00:00:00Z"), max: new Date("9997-12-30T00:00:00Z"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
);
// Names of any code points, including NUL, ESC, DEL, C1 controls, lone surrogates, line breaks and
// the characters iCalendar escapes.
const names = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom("a", " ", "\\", ";", ",", ":", "\n", "\r", "\t", "\u0000", "\u001b", "\u007f", "\u0085", "\u2028", "é", "😀", "\ud800"),
    minLength: 1,
    maxLength: 40,
  }),
);

describe("toICalendar", () => {
  test.prop([kickoffs, zones, hours, fc.integer({ min: 0, max: 4 })], { numRuns: 100 })(
    "writes meetings that ical.js reads back, each ending after it starts, in any zone on any day",
    (kickoff, timeZone, meetingHours, exchangeMeetings) => {
      let timeline: Timeline;
      try {
        timeline = planTimeline({ kickoff, timeZone, meetingHours, exchangeMeetings });
      } catch (error) {
        // Only too many meetings for a short window may be refused.
        expect(isKoploperError(error) && error.issues[0]?.code).toBe("too_many_meetings");
        return;
      }
      for (const meeting of timeline.meetings) expect(Date.parse(meeting.end as string)).toBeGreaterThan(Date.parse(meeting.start as string));
      const events = parse(toICalendar(timeline, { cohortName: "Koplopers" }));
      expect(events).toHaveLength(6 + timeline.meetings.length);
      for (const event of events) expect(event.end.compare(event.start)).toBe(1);
    },
    30_000,
  );

  test.prop([names, fc.constantFrom("nl" as const, "en" as const)], { numRuns: 100 })(
    "writes any name that it takes so that ical.js reads it back unchanged, and refuses the others",
    (cohortName, locale) => {
      const timeline = planTimeline({ kickoff: "2027-01-19", exchangeMeetings: 1 });
      let ics: string;
      try {
        ics = toICalendar(timeline, { cohortName, locale });
      } catch (error) {
        expect(isKoploperError(error) && error.code).toBe("INVALID_INPUT");
        expect(hasControl(cohortName.trim()) || cohortName.trim() === "").toBe(true);
        return;
      }
      // The name is trimmed first (a vertical tab at its end goes with the spaces).
      expect(hasControl(cohortName.trim())).toBe(false);
      // Only CRLF line ends remain of the control characters; every physical line has at most 75 octets.
      expect(hasControl(ics.replaceAll("\r\n", ""))).toBe(false);
      for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      const labels = [...timeline.phases.slice(1), ...timeline.meetings].map((item) => item.label[locale]);
      expect(parse(ics).map((event) => event.summary)).toEqual(labels.map((label) => `${cohortName.trim().replace(/\r\n|\r/g, "\n")}: ${label}`));
    },
    30_000,
  );

  it("refuses NUL and ESC in the cohort name and in a stored label, at their paths", () => {
    const timeline = planTimeline({ kickoff: "2027-01-19" });
    for (const cohortName of ["Koplopers\u0000", "Kop\u001b[31mlopers"]) {
      const error = caught(() => toICalendar(timeline, { cohortName }));
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.issues.map((issue) => issue.path)).toEqual([["cohortName"]]);
    }
    const stored = { ...timeline, meetings: timeline.meetings.map((meeting) => ({ ...meeting, label: { ...meeting.label, en: "Kick-off\u0007" } })) };
    const error = caught(() => toICalendar(stored, { cohortName: "Koplopers" }));
    expect(error.issues[0]?.path).toEqual(["meetings", 0, "label", "en"]);
    expect(error.issues[0]?.message).toMatchInlineSnapshot(`"Control characters (such as NUL or ESC) and lone surrogates cannot be written into a calendar"`);
  });

  it("refuses a stored meeting that ends when it starts", () => {
    const timeline = planTimeline({ kickoff: "2027-01-19", meetingHours: { start: "15:00", end: "17:00" } });
    const stored = { ...timeline, meetings: timeline.meetings.map((meeting) => ({ ...meeting, end: meeting.start })) };
    const error = caught(() => toICalendar(stored, { cohortName: "Koplopers" }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues[0]?.path).toEqual(["meetings", 0, "end"]);
  });
});

describe("planTimeline on the day clocks go forward", () => {
  it("moves a kick-off at 02:30 in Amsterdam on with the clocks and keeps its half hour", () => {
    const [kickoff] = planTimeline({ kickoff: "2027-03-28", meetingHours: { start: "02:30", end: "03:00" } }).meetings;
    expect([kickoff?.start, kickoff?.end]).toEqual(["2027-03-28T03:30:00+02:00", "2027-03-28T04:00:00+02:00"]);
  });

  it("keeps the end on the clock when the moved start is still before it", () => {
    const [kickoff] = planTimeline({ kickoff: "2027-03-28", meetingHours: { start: "02:30", end: "05:00" } }).meetings;
    expect([kickoff?.start, kickoff?.end]).toEqual(["2027-03-28T03:30:00+02:00", "2027-03-28T05:00:00+02:00"]);
  });
});
