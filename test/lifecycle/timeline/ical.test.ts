import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { planTimeline, toICalendar, type ICalendarOptions, type Timeline } from "../../../src/index.js";
import { caught } from "../../helpers.js";

interface ParsedEvent {
  readonly uid: string;
  readonly summary: string;
  readonly start: string;
  readonly end: string;
  readonly allDay: boolean;
  readonly stamp: string;
}

function parse(ics: string): { readonly properties: Record<string, string>; readonly events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const properties = Object.fromEntries(["version", "prodid"].map((name) => [name, String(calendar.getFirstPropertyValue(name))]));
  const events = calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    const time = (value: ICAL.Time): string => (value.isDate ? value.toString() : value.toJSDate().toISOString());
    return {
      uid: event.uid,
      summary: event.summary,
      start: time(event.startDate),
      end: time(event.endDate),
      allDay: event.startDate.isDate,
      stamp: String(component.getFirstPropertyValue("dtstamp")),
    };
  });
  return { properties, events };
}

const dayAfter = (iso: string): string => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const physicalLines = (ics: string): string[] => ics.split("\r\n").slice(0, -1);

describe("toICalendar", () => {
  const timeline = planTimeline({ kickoff: "2027-01-19", exchangeMeetings: 2 });
  const ics = toICalendar(timeline, { cohortName: "Koplopers Oost-Groningen" });

  it("writes a VCALENDAR with VERSION and PRODID that ical.js reads back", () => {
    const { properties } = parse(ics);
    expect(properties).toEqual({ version: "2.0", prodid: "-//koploper//Koploper timeline//NL" });
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("ends every line with CRLF, never a bare line feed or carriage return", () => {
    expect(ics.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  });

  it("writes one all-day event per phase window after the kick-off, with an exclusive end", () => {
    const { events } = parse(ics);
    for (const phase of timeline.phases.slice(1)) {
      const event = events.find((candidate) => candidate.uid.startsWith(`phase-${phase.id}-`));
      expect(event).toMatchObject({ allDay: true, start: phase.start, end: dayAfter(phase.end), summary: `Koplopers Oost-Groningen: ${phase.label.nl}` });
    }
  });

  it("writes one event per meeting on its date", () => {
    const { events } = parse(ics);
    const meetings = events.filter((event) => event.uid.startsWith("meeting-"));
    expect(meetings.map((event) => [event.start, event.summary])).toEqual(
      timeline.meetings.map((meeting) => [meeting.date, `Koplopers Oost-Groningen: ${meeting.label.nl}`]),
    );
    expect(events).toHaveLength(timeline.phases.length - 1 + timeline.meetings.length);
  });

  it("writes timed meetings as the same instants as the timeline's moments", () => {
    const timed = planTimeline({ kickoff: "2027-03-26", exchangeMeetings: 2, meetingHours: { start: "15:00", end: "17:00" } });
    const meetings = parse(toICalendar(timed, { cohortName: "Koplopers" })).events.filter((event) => event.uid.startsWith("meeting-"));
    expect(meetings.map((event) => [event.allDay, event.start, event.end])).toEqual(
      timed.meetings.map((meeting) => [false, new Date(meeting.start ?? "").toISOString(), new Date(meeting.end ?? "").toISOString()]),
    );
  });

  it("uses labels in the requested locale", () => {
    const { events } = parse(toICalendar(timeline, { cohortName: "Koplopers", locale: "en" }));
    expect(events.map((event) => event.summary)).toContain("Koplopers: Closing symposium");
  });

  it("derives DTSTAMP from the kick-off, not from the clock", () => {
    expect(new Set(parse(ics).events.map((event) => event.stamp))).toEqual(new Set(["2027-01-19T00:00:00Z"]));
  });

  it("gives unique UIDs that are the same on every run and differ per cohort", () => {
    const uids = parse(ics).events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(toICalendar(timeline, { cohortName: "Koplopers Oost-Groningen" })).toBe(ics);
    const other = parse(toICalendar(timeline, { cohortName: "Koplopers Westerkwartier" })).events.map((event) => event.uid);
    expect(other.some((uid) => uids.includes(uid))).toBe(false);
  });

  it("keeps the UIDs of unchanged events when one meeting moves", () => {
    const moved: Timeline = {
      ...timeline,
      meetings: timeline.meetings.map((meeting) => (meeting.id === "exchange-1" ? { ...meeting, date: "2027-06-01" } : meeting)),
    };
    const before = parse(ics).events.map((event) => event.uid);
    const after = parse(toICalendar(moved, { cohortName: "Koplopers Oost-Groningen" })).events.map((event) => event.uid);
    expect(after.filter((uid) => !before.includes(uid))).toEqual([expect.stringMatching(/^meeting-exchange-1-20270601-/)]);
  });

  it("escapes commas, semicolons, backslashes and newlines and folds long lines at 75 octets without splitting characters", () => {
    const cohortName = "Koplopers Súdwest-Fryslân, Harlingen; Waadhoeke \\ Noardeast-Fryslân — één groep\nronde 2027 ✓ 🌱 Zuidoost-Drenthe, Emmen";
    const text = toICalendar(timeline, { cohortName });
    const lines = physicalLines(text);
    expect(lines.every((line) => Buffer.byteLength(line, "utf8") <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(lines.some((line) => loneSurrogate.test(line))).toBe(false);
    const unfolded = text.replaceAll("\r\n ", "");
    expect(unfolded).toContain(
      "SUMMARY:Koplopers Súdwest-Fryslân\\, Harlingen\\; Waadhoeke \\\\ Noardeast-Fryslân — één groep\\nronde 2027 ✓ 🌱 Zuidoost-Drenthe\\, Emmen: Koplopersymposium",
    );
    expect(parse(text).events.map((event) => event.summary)).toContain(`${cohortName}: Koplopersymposium`);
  });

  it("does not mutate the timeline", () => {
    const frozen = structuredClone(timeline);
    Object.freeze(frozen);
    for (const list of [frozen.phases, frozen.meetings]) {
      Object.freeze(list);
      for (const item of list) Object.freeze(item);
    }
    expect(toICalendar(frozen, { cohortName: "Koplopers Oost-Groningen" })).toBe(ics);
    expect(frozen).toEqual(timeline);
  });

  it.each<[string, unknown, (string | number)[][]]>([
    ["no options", undefined, [[]]],
    ["no cohort name", {}, [["cohortName"]]],
    ["an empty cohort name", { cohortName: "" }, [["cohortName"]]],
    ["a blank cohort name", { cohortName: "   " }, [["cohortName"]]],
    ["a cohort name that is not a string", { cohortName: 5 }, [["cohortName"]]],
    ["an unknown locale", { cohortName: "Koplopers", locale: "de" }, [["locale"]]],
    ["an unknown option", { cohortName: "Koplopers", prodid: "x" }, [[]]],
  ])("refuses %s with INVALID_INPUT and the path", (_, options, paths) => {
    const error = caught(() => toICalendar(timeline, options as ICalendarOptions));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => issue.path)).toEqual(paths);
  });

  it.each<[string, unknown, (string | number)[]]>([
    ["a timeline that is not an object", "2027-01-19", []],
    ["a bad phase date", { ...timeline, phases: [{ ...timeline.phases[0], end: "2027-02-30" }] }, ["phases", 0, "end"]],
    ["an unknown phase", { ...timeline, meetings: [{ ...timeline.meetings[0], phase: "party" }] }, ["meetings", 0, "phase"]],
    ["a meeting id with spaces", { ...timeline, meetings: [{ ...timeline.meetings[0], id: "kick off" }] }, ["meetings", 0, "id"]],
    ["a moment without offset", { ...timeline, meetings: [{ ...timeline.meetings[0], start: "2027-01-19T15:00:00" }] }, ["meetings", 0, "start"]],
    ["an unknown time zone", { ...timeline, timeZone: "Nowhere/Land" }, ["timeZone"]],
  ])("refuses %s with INVALID_INPUT at its path", (_, input, path) => {
    const error = caught(() => toICalendar(input as Timeline, { cohortName: "Koplopers" }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues[0]?.path).toEqual(path);
  });
});
