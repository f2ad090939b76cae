import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { nextActions, planTimeline, replay, type LifecycleEventInput, type NextActionKind, type TimelinePhaseId } from "../../src/lifecycle/index.js";
import { caught } from "../helpers.js";

type WindowId = Exclude<TimelinePhaseId, "kickoff">;
const WINDOW_IDS: readonly WindowId[] = ["audit", "results-meeting", "vision-and-plan", "exchange", "communication", "symposium"];

/** The phase whose window each open step of a fresh cohort is due in. */
const PHASE_OF: Readonly<Partial<Record<NextActionKind, WindowId>>> = {
  audit: "audit",
  "results-meeting": "results-meeting",
  vision: "vision-and-plan",
  "action-plan": "vision-and-plan",
  "exchange-meeting": "exchange",
  communication: "communication",
  symposium: "symposium",
};

type Overrides = Partial<Record<WindowId, { from: number; to: number }>>;

/** A cohort of `months` months whose kick-off was held on `kickoff`, with one company that has done nothing yet. */
function freshCohort(kickoff: string, months: number): LifecycleEventInput[] {
  const companies = ["p1", "p2", "p3"];
  return [
    {
      type: "cohort-created",
      date: kickoff,
      cohort: {
        id: "c",
        name: "C",
        municipalities: ["M"],
        coordinator: "K",
        advisers: [{ id: "a", name: "A" }],
        plannedKickoff: kickoff,
        settings: { months },
      },
    },
    ...companies.map((id): LifecycleEventInput => ({ type: "participant-registered", date: kickoff, participant: { id, name: id, kind: "company" } })),
    { type: "kickoff-held", date: kickoff, attendance: companies, signedAgreements: companies },
  ];
}

/** Every window as [phase, first day, last day], from nextActions and from planTimeline. */
function bothWindows(kickoff: string, months: number, windows: Overrides): { actions: string[][]; timeline: string[][] } {
  const actions = nextActions(replay(freshCohort(kickoff, months)), kickoff, { windows })
    .filter((action) => action.participantId === undefined || action.participantId === "p1")
    .map((action) => [PHASE_OF[action.kind] ?? action.kind, action.dueFrom, action.dueBy]);
  const timeline = planTimeline({ kickoff, months, exchangeMeetings: 0, windows }).phases.flatMap((phase) =>
    phase.id === "kickoff" ? [] : [[phase.id, phase.start, phase.end]],
  );
  const sort = (rows: string[][]): string[][] => [...new Set(rows.map((row) => JSON.stringify(row)))].sort().map((row) => JSON.parse(row) as string[]);
  return { actions: sort(actions), timeline: sort(timeline) };
}

describe("one model of the phase windows", () => {
  it("gives a 12-month cohort the same windows in planTimeline and nextActions", () => {
    const { actions, timeline } = bothWindows("2027-01-19", 12, {});
    expect(actions).toEqual(timeline);
    // The audit runs months 1-3: from the kick-off to the day before 19 April.
    expect(timeline).toContainEqual(["audit", "2027-01-19", "2027-04-18"]);
  });

  it("gives a 6-month cohort the same, scaled windows in both", () => {
    const { actions, timeline } = bothWindows("2027-01-19", 6, {});
    expect(actions).toEqual(timeline);
    // Audit months 1-3 scale to 1-2 (3 x 6/12 = 1.5, rounded half up to 2); the symposium's 11-12 to 6-6.
    expect(timeline).toContainEqual(["audit", "2027-01-19", "2027-03-18"]);
    expect(timeline).toContainEqual(["symposium", "2027-06-19", "2027-07-18"]);
  });

  it("refuses the old 0-based nextActions windows and keys, with their paths", () => {
    const state = replay(freshCohort("2027-01-19", 12));
    const error = caught(() => nextActions(state, "2027-02-01", { windows: { audit: { from: 0, to: 2 }, resultsMeeting: { from: 1, to: 3 } } } as never));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        ["options", "windows", "audit", "from"],
        ["options", "windows"],
      ]),
    );
  });

  const kickoff = fc.integer({ min: 0, max: 2_900_000 }).map((days) => new Date(days * 86_400_000).toISOString().slice(0, 10));
  const setup = fc.record({ kickoff, months: fc.integer({ min: 6, max: 24 }) }).chain(({ kickoff, months }) => {
    const window = fc.integer({ min: 1, max: months }).chain((from) => fc.integer({ min: from, max: months }).map((to) => ({ from, to })));
    const overrides = fc.record(Object.fromEntries(WINDOW_IDS.map((id) => [id, window])) as Record<WindowId, typeof window>, { requiredKeys: [] });
    return overrides.map((windows) => ({ kickoff, months, windows: windows as Overrides }));
  });

  test.prop([setup], { numRuns: 100 })("agrees on every window for any kick-off, length and overrides", ({ kickoff, months, windows }) => {
    const { actions, timeline } = bothWindows(kickoff, months, windows);
    expect(actions).toEqual(timeline);
    expect(timeline).toHaveLength(WINDOW_IDS.length);
  });
});
