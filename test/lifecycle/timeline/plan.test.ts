import { caught, deepFreeze } from "../../helpers.js";
import { fc, test } from "@fast-check/vitest";
import { getDefaultOptions, setDefaultOptions } from "date-fns";
import { describe, expect, it } from "vitest";
import {
  dutchHolidays,
  parseTimeline,
  planTimeline,
  safeParseTimeline,
  safeParseTimelineOptions,
  type PlanTimelineOptions,
  type Timeline,
} from "../../../src/index.js";

const weekday = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay();
const windowOf = (timeline: Timeline, id: string): readonly [string, string, number, number] => {
  const phase = timeline.phases.find((candidate) => candidate.id === id);
  return [phase?.start ?? "", phase?.end ?? "", phase?.months.from ?? -1, phase?.months.to ?? -1];
};
const meetingDates = (timeline: Timeline): string[] => timeline.meetings.map((meeting) => meeting.date);

describe("planTimeline", () => {
  it("gives every phase its default window, counted in months from the kick-off", () => {
    const timeline = planTimeline({ kickoff: "2027-01-19" });
    expect(timeline.start).toBe("2027-01-19");
    expect(timeline.end).toBe("2028-01-18");
    expect(timeline.phases.map((phase) => [phase.id, phase.start, phase.end, phase.months.from, phase.months.to])).toEqual([
      ["kickoff", "2027-01-19", "2027-01-19", 0, 0],
      ["audit", "2027-01-19", "2027-04-18", 1, 3],
      ["results-meeting", "2027-02-19", "2027-05-18", 2, 4],
      ["vision-and-plan", "2027-04-19", "2027-07-18", 4, 6],
      ["exchange", "2027-03-19", "2027-11-18", 3, 10],
      ["communication", "2027-08-19", "2027-11-18", 8, 10],
      ["symposium", "2027-11-19", "2028-01-18", 11, 12],
    ]);
  });

  it("labels phases and meetings in Dutch and English", () => {
    const timeline = planTimeline({ kickoff: "2027-01-19", exchangeMeetings: 1 });
    expect(timeline.phases.find((phase) => phase.id === "audit")?.label).toEqual({ nl: "Doorlichting (nulmeting)", en: "Audit (baseline)" });
    expect(timeline.meetings.map((meeting) => [meeting.id, meeting.phase, meeting.label.nl, meeting.label.en])).toEqual([
      ["kickoff", "kickoff", "Startbijeenkomst", "Kick-off meeting"],
      ["exchange-1", "exchange", "Uitwisselingsbijeenkomst 1", "Exchange meeting 1"],
      ["symposium", "symposium", "Koplopersymposium", "Closing symposium"],
    ]);
  });

  it("plans three exchange meetings by default, spread over their window, and the symposium in its window", () => {
    const timeline = planTimeline({ kickoff: "2027-01-19" });
    const [, , ...rest] = timeline.meetings;
    expect(timeline.meetings.map((meeting) => meeting.id)).toEqual(["kickoff", "exchange-1", "exchange-2", "exchange-3", "symposium"]);
    expect(rest).toHaveLength(3);
    const exchanges = timeline.meetings.filter((meeting) => meeting.phase === "exchange").map((meeting) => meeting.date);
    // About 8 months of working days in three equal runs: the meetings are months apart.
    const gaps = exchanges.slice(1).map((date, index) => (Date.parse(date) - Date.parse(exchanges[index] ?? "")) / 86_400_000);
    expect(gaps.every((gap) => gap > 60 && gap < 100)).toBe(true);
  });

  it("keeps the kick-off on the date given, even on a Saturday", () => {
    expect(planTimeline({ kickoff: "2027-01-23" }).meetings[0]?.date).toBe("2027-01-23");
  });

  it("plans no exchange meetings when asked for none", () => {
    expect(planTimeline({ kickoff: "2027-01-19", exchangeMeetings: 0 }).meetings.map((meeting) => meeting.id)).toEqual(["kickoff", "symposium"]);
  });

  it("clamps to the end of shorter months (31 January + 1 month = 28 February)", () => {
    const timeline = planTimeline({ kickoff: "2027-01-31" });
    expect(windowOf(timeline, "results-meeting").slice(0, 2)).toEqual(["2027-02-28", "2027-05-30"]);
    expect(timeline.end).toBe("2028-01-30");
  });

  it("takes the calendar date of a Date or date-time in the planning time zone", () => {
    expect(planTimeline({ kickoff: new Date("2027-01-18T23:30:00Z") }).start).toBe("2027-01-19");
    expect(planTimeline({ kickoff: "2027-01-19T08:00:00+09:00" }).start).toBe("2027-01-19");
    expect(planTimeline({ kickoff: "2027-01-19T08:00:00+09:00", timeZone: "UTC" }).start).toBe("2027-01-18");
  });

  it.each([
    ["2027-03-26", "+01:00"],
    ["2027-03-29", "+02:00"],
    ["2027-10-29", "+02:00"],
    ["2027-11-01", "+01:00"],
  ])("gives a meeting on %s moments with the Amsterdam offset %s across DST", (kickoff, offset) => {
    const [first] = planTimeline({ kickoff, meetingHours: { start: "15:00", end: "17:30" } }).meetings;
    expect(first?.start).toBe(`${kickoff}T15:00:00${offset}`);
    expect(first?.end).toBe(`${kickoff}T17:30:00${offset}`);
  });

  it("gives moments in another time zone with that zone's offset", () => {
    const [first] = planTimeline({ kickoff: "2027-06-15", timeZone: "America/Kralendijk", meetingHours: { start: "09:00", end: "11:00" } }).meetings;
    expect(first?.start).toBe("2027-06-15T09:00:00-04:00");
  });

  it("leaves out moments when no meeting hours are given", () => {
    expect(planTimeline({ kickoff: "2027-01-19" }).meetings.every((meeting) => meeting.start === undefined && meeting.end === undefined)).toBe(true);
  });

  it("treats Goede Vrijdag as a working day, and Tweede Paasdag not", () => {
    // 2027-03-16..2027-04-14 has 21 working days; asking for all of them picks every one.
    const timeline = planTimeline({ kickoff: "2027-03-15", exchangeMeetings: 21, windows: { exchange: { from: 1, to: 1 } } });
    const dates = meetingDates(timeline);
    expect(dates).toContain("2027-03-26");
    expect(dates).not.toContain("2027-03-29");
    expect(() => planTimeline({ kickoff: "2027-03-15", exchangeMeetings: 22, windows: { exchange: { from: 1, to: 1 } } })).toThrow(/Only 21 working days/);
  });

  it("works on Bevrijdingsdag outside lustrum years, not on Koningsdag or Hemelvaartsdag", () => {
    const dates = meetingDates(planTimeline({ kickoff: "2026-04-20", exchangeMeetings: 19, windows: { exchange: { from: 1, to: 1 } } }));
    expect(dates).toContain("2026-05-05");
    expect(dates).not.toContain("2026-04-27");
    expect(dates).not.toContain("2026-05-14");
  });

  it("keeps Bevrijdingsdag free in a lustrum year", () => {
    const dates = meetingDates(planTimeline({ kickoff: "2025-04-22", exchangeMeetings: 20, windows: { exchange: { from: 1, to: 1 } } }));
    expect(dates).not.toContain("2025-05-05");
    expect(dates.filter((date) => date >= "2025-04-23" && date <= "2025-05-21")).toHaveLength(20);
  });

  it.each([
    [
      6,
      [
        [1, 2],
        [2, 2],
        [3, 3],
        [2, 5],
        [5, 5],
        [6, 6],
      ],
    ],
    [
      12,
      [
        [1, 3],
        [2, 4],
        [4, 6],
        [3, 10],
        [8, 10],
        [11, 12],
      ],
    ],
    [
      24,
      [
        [1, 6],
        [3, 8],
        [7, 12],
        [5, 20],
        [15, 20],
        [21, 24],
      ],
    ],
  ])("scales the default windows to a %i-month programme", (months, windows) => {
    const timeline = planTimeline({ kickoff: "2027-01-19", months });
    expect(timeline.phases.slice(1).map((phase) => [phase.months.from, phase.months.to])).toEqual(windows);
  });

  it("takes configured windows as given and keeps the other defaults", () => {
    const timeline = planTimeline({ kickoff: "2027-01-19", windows: { symposium: { from: 12, to: 12 }, audit: { from: 1, to: 2 } } });
    expect(windowOf(timeline, "symposium")).toEqual(["2027-12-19", "2028-01-18", 12, 12]);
    expect(windowOf(timeline, "audit")).toEqual(["2027-01-19", "2027-03-18", 1, 2]);
    expect(windowOf(timeline, "exchange")).toEqual(["2027-03-19", "2027-11-18", 3, 10]);
  });

  it("refuses more exchange meetings than working days before the symposium", () => {
    const error = caught(() =>
      planTimeline({ kickoff: "2027-01-19", exchangeMeetings: 24, windows: { exchange: { from: 11, to: 11 }, symposium: { from: 11, to: 11 } } }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues).toEqual([expect.objectContaining({ path: ["exchangeMeetings"], code: "too_many_meetings" })]);
  });

  it("plans the same timeline every time, unaffected by date-fns global defaults", () => {
    const options: PlanTimelineOptions = { kickoff: "2027-01-19", exchangeMeetings: 4, meetingHours: { start: "09:30", end: "12:00" } };
    const before = planTimeline(options);
    const defaults = getDefaultOptions();
    setDefaultOptions({ weekStartsOn: 3, firstWeekContainsDate: 4 });
    try {
      expect(planTimeline(options)).toEqual(before);
    } finally {
      setDefaultOptions(defaults);
    }
  });

  it("does not mutate its input", () => {
    const kickoff = new Date("2027-01-19T10:00:00Z");
    const options = deepFreeze({ kickoff, months: 12, windows: { audit: { from: 1, to: 3 } }, meetingHours: { start: "15:00", end: "17:00" } });
    const copy = structuredClone(options);
    planTimeline(options);
    expect(options).toEqual(copy);
    expect(kickoff.getTime()).toBe(Date.parse("2027-01-19T10:00:00Z"));
  });

  it("returns a timeline that survives JSON and validates as a timeline", () => {
    const timeline = planTimeline({ kickoff: "2027-01-19", meetingHours: { start: "15:00", end: "17:00" } });
    expect(parseTimeline(JSON.parse(JSON.stringify(timeline)))).toEqual(timeline);
    const stored = safeParseTimeline(JSON.parse(JSON.stringify(timeline)));
    expect(stored.success && stored.data).toEqual(timeline);
    const broken = safeParseTimeline({ ...timeline, months: 30 });
    expect(!broken.success && broken.error.issues.map((issue) => issue.path)).toEqual([["months"]]);
  });
});

describe("planTimeline input", () => {
  it.each<[string, unknown, (string | number)[][]]>([
    ["undefined", undefined, [[]]],
    ["null", null, [[]]],
    ["a string", "2027-01-19", [[]]],
    ["no kick-off", {}, [["kickoff"]]],
    ["an impossible date", { kickoff: "2027-02-30" }, [["kickoff"]]],
    ["29 February of a common year", { kickoff: "2027-02-29" }, [["kickoff"]]],
    ["a date without zero padding", { kickoff: "2027-1-19" }, [["kickoff"]]],
    ["a Dutch-order date", { kickoff: "19-01-2027" }, [["kickoff"]]],
    ["a date-time without offset", { kickoff: "2027-01-19T10:00:00" }, [["kickoff"]]],
    ["an invalid Date", { kickoff: new Date("nonsense") }, [["kickoff"]]],
    ["a number", { kickoff: 20270119 }, [["kickoff"]]],
    ["a year before 1970", { kickoff: "1969-12-31" }, [["kickoff"]]],
    ["a year after 9997", { kickoff: "9998-01-01" }, [["kickoff"]]],
    ["months below 6", { kickoff: "2027-01-19", months: 5 }, [["months"]]],
    ["months above 24", { kickoff: "2027-01-19", months: 25 }, [["months"]]],
    ["fractional months", { kickoff: "2027-01-19", months: 12.5 }, [["months"]]],
    ["months as a string", { kickoff: "2027-01-19", months: "12" }, [["months"]]],
    ["months NaN", { kickoff: "2027-01-19", months: Number.NaN }, [["months"]]],
    ["negative meetings", { kickoff: "2027-01-19", exchangeMeetings: -1 }, [["exchangeMeetings"]]],
    ["too many meetings", { kickoff: "2027-01-19", exchangeMeetings: 25 }, [["exchangeMeetings"]]],
    ["fractional meetings", { kickoff: "2027-01-19", exchangeMeetings: 1.5 }, [["exchangeMeetings"]]],
    ["an unknown time zone", { kickoff: "2027-01-19", timeZone: "Mars/Olympus_Mons" }, [["timeZone"]]],
    ["an empty time zone", { kickoff: "2027-01-19", timeZone: "" }, [["timeZone"]]],
    ["a time zone that is not a string", { kickoff: "2027-01-19", timeZone: 1 }, [["timeZone"]]],
    ["a window starting at month 0", { kickoff: "2027-01-19", windows: { audit: { from: 0, to: 3 } } }, [["windows", "audit", "from"]]],
    ["a window ending before it starts", { kickoff: "2027-01-19", windows: { audit: { from: 4, to: 3 } } }, [["windows", "audit", "to"]]],
    ["a window past the programme", { kickoff: "2027-01-19", windows: { symposium: { from: 11, to: 13 } } }, [["windows", "symposium", "to"]]],
    ["a window past a short programme", { kickoff: "2027-01-19", months: 6, windows: { exchange: { from: 2, to: 7 } } }, [["windows", "exchange", "to"]]],
    ["a window without its end", { kickoff: "2027-01-19", windows: { audit: { from: 1 } } }, [["windows", "audit", "to"]]],
    ["a window for the kick-off", { kickoff: "2027-01-19", windows: { kickoff: { from: 1, to: 1 } } }, [["windows"]]],
    ["meeting hours ending before they start", { kickoff: "2027-01-19", meetingHours: { start: "17:00", end: "15:00" } }, [["meetingHours", "end"]]],
    [
      "meeting hours out of range",
      { kickoff: "2027-01-19", meetingHours: { start: "24:00", end: "9:00" } },
      [
        ["meetingHours", "start"],
        ["meetingHours", "end"],
      ],
    ],
    ["an unknown option", { kickoff: "2027-01-19", month: 12 }, [[]]],
    ["several problems", { kickoff: "2027-13-01", months: 0, exchangeMeetings: -2 }, [["kickoff"], ["months"], ["exchangeMeetings"]]],
  ])("refuses %s with INVALID_INPUT and every issue's path", (_, input, paths) => {
    const error = caught(() => planTimeline(input as PlanTimelineOptions));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => issue.path)).toEqual(paths);
    const safe = safeParseTimelineOptions(input);
    expect(safe.success).toBe(false);
  });

  it("fills in the defaults when the options are valid", () => {
    const result = safeParseTimelineOptions({ kickoff: "2027-01-19" });
    expect(result.success && [result.data.months, result.data.exchangeMeetings, result.data.timeZone, result.data.windows]).toEqual([
      12,
      3,
      "Europe/Amsterdam",
      {},
    ]);
  });
});

describe("planTimeline laws", () => {
  const isoDay = fc
    .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2098-12-31T00:00:00Z"), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));
  const settings = fc.record({ kickoff: isoDay, months: fc.integer({ min: 6, max: 24 }), exchangeMeetings: fc.integer({ min: 0, max: 12 }) });

  test.prop([settings])("puts every planned meeting on a weekday that is no general day off, inside its phase window, in order", (options) => {
    const timeline = planTimeline(options);
    const daysOff = new Set(
      [0, 1, 2, 3]
        .flatMap((offset) => dutchHolidays(Number(options.kickoff.slice(0, 4)) + offset))
        .filter((holiday) => holiday.generalDayOff)
        .map((holiday) => holiday.date),
    );
    const planned = timeline.meetings.slice(1);
    expect(planned).toHaveLength(options.exchangeMeetings + 1);
    for (const meeting of planned) {
      expect([0, 6]).not.toContain(weekday(meeting.date));
      expect(daysOff.has(meeting.date)).toBe(false);
      const [start, end] = windowOf(timeline, meeting.phase);
      expect(meeting.date >= start && meeting.date <= end).toBe(true);
    }
    const dates = meetingDates(timeline);
    expect(dates.every((date, index) => index === 0 || date > (dates[index - 1] ?? ""))).toBe(true);
  });

  test.prop([settings])("keeps every window inside the programme, at least one month long, ending on the last day with the symposium", (options) => {
    const timeline = planTimeline(options);
    for (const phase of timeline.phases) {
      expect(phase.start >= timeline.start && phase.end <= timeline.end && phase.start <= phase.end).toBe(true);
      expect(phase.months.to).toBeLessThanOrEqual(options.months);
    }
    expect(windowOf(timeline, "symposium")[1]).toBe(timeline.end);
  });

  test.prop([settings], { numRuns: 40 })("is deterministic", (options) => {
    expect(planTimeline(options)).toEqual(planTimeline(options));
  });
});
