import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  applyEvent,
  inactiveMembers,
  isKoploperError,
  isoDateSchema,
  nextActions,
  planTimeline,
  replay,
  replayNetwork,
  toICalendar,
  type LifecycleEventInput,
  type Timeline,
} from "../../src/index.js";
import { caught } from "../helpers.js";
import { cohortCreated, fullYear } from "../lifecycle/fixtures.js";

// Issue 18, class 3: a date is a calendar day in the years 0001-9999, written YYYY-MM-DD, or it is
// refused with INVALID_INPUT; never "271822-04-20", "0001" for year 0 or "10000-01-01".

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A valid ISO date in the years 0001-9999. */
function expectWritable(date: unknown): void {
  expect(typeof date).toBe("string");
  const match = ISO_DATE.exec(date as string);
  expect(match).not.toBeNull();
  expect(Number(match?.[1])).toBeGreaterThanOrEqual(1);
}

/** Runs a door: it returns (checked by `check`) or throws a KoploperError with INVALID_INPUT, nothing else. */
function validOrRefused<T>(run: () => T, check: (value: T) => void): void {
  let value: T;
  try {
    value = run();
  } catch (error) {
    expect(isKoploperError(error)).toBe(true);
    if (isKoploperError(error)) expect(error.code).toBe("INVALID_INPUT");
    return;
  }
  check(value);
}

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

// The moments at and beyond the edges: the first and last instant a Date holds, around year 0/1
// and year 9999/10000 (also in Amsterdam's time, an hour or two ahead of UTC), and invalid Dates.
const edges = [
  -8.64e15,
  8.64e15,
  Date.parse("0000-01-01T00:00:00Z"),
  Date.parse("0000-12-31T23:00:00Z"),
  Date.parse("0001-01-01T00:00:00Z"),
  Date.parse("9999-12-31T22:30:00Z"),
  Date.parse("9999-12-31T23:30:00Z"),
  Date.parse("+010000-01-01T00:00:00Z"),
];
const dates = fc.oneof(
  fc.constantFrom(...edges.map((time) => new Date(time)), new Date(Number.NaN)),
  fc.date({ noInvalidDate: false }),
  fc.date({ min: new Date("9999-12-30T00:00:00Z"), max: new Date("+010000-01-02T00:00:00Z") }),
  fc.date({ min: new Date("-000001-12-30T00:00:00Z"), max: new Date("0001-01-02T00:00:00Z") }),
);
// ISO dates and date-times as text, with years from 0000 to 10000 and every offset form.
const texts = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([year, month, day]) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`),
  fc
    .tuple(
      fc.constantFrom("0000-01-01", "0001-01-01", "9999-12-31", "2027-03-28", "2027-10-31"),
      fc.integer({ min: 0, max: 23 }),
      fc.constantFrom("Z", "+14:00", "-12:00", "+01:00"),
    )
    .map(([date, hour, offset]) => `${date}T${pad(hour, 2)}:30:00${offset}`),
  dates.filter((date) => !Number.isNaN(date.getTime())).map((date) => date.toISOString()),
);
const anyDate = fc.oneof(dates, texts);

describe("isoDateSchema", () => {
  test.prop([anyDate], { numRuns: 500 })("gives an ISO date in the years 0001-9999 or an issue", (input) => {
    const result = isoDateSchema.safeParse(input);
    if (result.success) expectWritable(result.data);
    else expect(result.error.issues.length).toBeGreaterThan(0);
  });

  it.each([
    ["the first instant a Date holds", new Date(-8.64e15)],
    ["the last instant a Date holds", new Date(8.64e15)],
    ["year 0 as a Date", new Date("0000-06-01T12:00:00Z")],
    ["year 0 as an ISO date", "0000-06-01"],
    ["year 0 as a date-time", "0000-12-31T12:00:00Z"],
    ["10000-01-01 in Amsterdam", new Date("9999-12-31T23:30:00Z")],
    ["10000-01-01 in Amsterdam, as a date-time", "9999-12-31T23:30:00Z"],
    ["an invalid Date", new Date(Number.NaN)],
  ])("refuses %s", (_, input) => {
    expect(isoDateSchema.safeParse(input).success).toBe(false);
  });

  it.each([
    ["0001-01-01", "0001-01-01"],
    ["9999-12-31", "9999-12-31"],
    ["0001-01-01T00:00:00Z", "0001-01-01"],
    ["9999-12-31T22:30:00Z", "9999-12-31"],
    ["0050-03-28", "0050-03-28"],
  ])("accepts the edge %s as %s", (input, output) => {
    expect(isoDateSchema.parse(input)).toBe(output);
  });
});

const created = applyEvent(undefined, cohortCreated);

describe("the lifecycle's doors", () => {
  test.prop([anyDate], { numRuns: 200 })("applyEvent dates an event in 0001-9999 or refuses it", (date) => {
    validOrRefused(
      () => applyEvent(undefined, { ...cohortCreated, date } as LifecycleEventInput),
      (state) => expectWritable(state.createdOn),
    );
  });

  test.prop([anyDate], { numRuns: 200 })("nextActions takes any now and dates every step in 0001-9999", (now) => {
    validOrRefused(
      () => nextActions(created, now),
      (actions) => {
        for (const action of actions) {
          expectWritable(action.dueFrom);
          expectWritable(action.dueBy);
        }
      },
    );
  });

  test.prop([anyDate, fc.integer({ min: 1, max: 36 })], { numRuns: 200 })(
    "nextActions dates the windows of any planned kick-off and length, or refuses",
    (kickoff, months) => {
      validOrRefused(
        () => {
          const state = applyEvent(undefined, {
            ...cohortCreated,
            date: "0001-01-01",
            cohort: { ...cohortCreated.cohort, plannedKickoff: kickoff, settings: { months } },
          } as LifecycleEventInput);
          return nextActions(state, "0001-01-01");
        },
        (actions) => {
          for (const action of actions) {
            expectWritable(action.dueFrom);
            expectWritable(action.dueBy);
            expect(action.dueFrom <= action.dueBy).toBe(true);
          }
        },
      );
    },
  );

  it("refuses the windows of a programme that would end after 9999-12-31, with the path of the kick-off", () => {
    const late = replay([{ ...cohortCreated, cohort: { ...cohortCreated.cohort, plannedKickoff: "9999-06-01" } }]);
    const error = caught(() => nextActions(late, "9999-06-01"));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues[0]?.path).toEqual(["state", "cohort", "plannedKickoff"]);
    expect(error.message).toMatchInlineSnapshot(
      `"A programme of 12 months from 9999-06-01 ends after 9999-12-31, the last day an ISO date (YYYY-MM-DD) can name"`,
    );
    // The last programme that fits ends on 9999-12-31.
    const last = replay([{ ...cohortCreated, cohort: { ...cohortCreated.cohort, plannedKickoff: "9999-01-01" } }]);
    expect(nextActions(last, "9999-06-01").map((action) => action.dueBy)).toContain("9999-01-01");
  });

  // The fixture's year moved to the years 0001-0003, so that counting months back runs before year 1.
  const early = JSON.parse(
    JSON.stringify(fullYear(3)).replace(/"(\d{4})-(\d\d-\d\d)/g, (_, year: string, rest: string) => `"${pad(Number(year) - 2025, 4)}-${rest}`),
  ) as LifecycleEventInput[];
  const closed = replay(early.filter((event) => event.type !== "network-activity-held"));
  const network = replayNetwork(
    [
      { type: "network-created", date: "0002-12-20", network: { id: "n", name: "Netwerk" } },
      { type: "member-joined", date: "0003-01-10", memberId: "m", cohortId: closed.cohort.id, participantId: "p1" },
    ],
    [closed],
  );

  test.prop([anyDate, fc.integer({ min: 1, max: 120 })], { numRuns: 200 })("inactiveMembers takes any now", (now, months) => {
    validOrRefused(
      () => inactiveMembers(network, now, { months }),
      (members) => {
        for (const member of members) expectWritable(member.since);
      },
    );
  });
});

describe("the timeline's doors", () => {
  test.prop([anyDate, fc.integer({ min: 6, max: 24 })], { numRuns: 100 })(
    "planTimeline plans any kick-off in 0001-9999 dates, or refuses it",
    (kickoff, months) => {
      validOrRefused(
        () => planTimeline({ kickoff, months, exchangeMeetings: 0 }),
        (timeline) => {
          for (const phase of timeline.phases) {
            expectWritable(phase.start);
            expectWritable(phase.end);
          }
          for (const meeting of timeline.meetings) expectWritable(meeting.date);
        },
      );
    },
  );

  const timeline = planTimeline({ kickoff: "2027-01-19", meetingHours: { start: "15:00", end: "17:00" } });
  const moved = (date: string, moment: string): Timeline => ({
    ...timeline,
    start: date,
    phases: timeline.phases.map((phase) => ({ ...phase, start: date, end: date })),
    // Every generated moment is at :30:00; the meeting ends a quarter of an hour later.
    meetings: timeline.meetings.map((meeting) => ({ ...meeting, date, start: moment, end: moment.replace(":30:00", ":45:00") })),
  });

  test.prop([texts.filter((text) => text.length === 10), texts.filter((text) => text.length > 10)], { numRuns: 200 })(
    "toICalendar writes a stored timeline with any dates only as 8-digit dates, or refuses it",
    (date, moment) => {
      validOrRefused(
        () => toICalendar(moved(date, moment), { cohortName: "Koplopers" }),
        (ics) => {
          for (const line of ics.split("\r\n").filter((text) => text.startsWith("DTSTART") || text.startsWith("DTEND") || text.startsWith("DTSTAMP"))) {
            expect(line).toMatch(/:\d{8}(T\d{6}Z)?$/);
            expect(line).not.toMatch(/:0000/);
          }
        },
      );
    },
  );

  it("refuses an all-day event on 9999-12-31, whose end cannot be written", () => {
    const error = caught(() => toICalendar(moved("9999-12-31", "9999-12-31T10:30:00Z"), { cohortName: "Koplopers" }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues[0]?.path).toEqual(["phases", 1, "end"]);
  });
});
