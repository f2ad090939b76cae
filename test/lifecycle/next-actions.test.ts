import { describe, expect, it } from "vitest";
import { nextActions, replay, type LifecycleEventInput, type NextAction } from "../../src/lifecycle/index.js";
import { audit, cohortCreated, company, fullYear, kickoff, municipality } from "./fixtures.js";
import { caught, deepFreeze } from "../helpers.js";
import { upTo } from "./helpers.js";

const registered = [cohortCreated, company(1), company(2), company(3), municipality];
const running = replay([...registered, kickoff, audit("p1"), { type: "participant-withdrew", date: "2027-02-01", participantId: "p3", reason: "verhuisd" }]);

function summary(actions: readonly NextAction[]): string[] {
  return actions.map((action) => `${action.participantId ?? "cohort"} ${action.kind} ${action.dueFrom}..${action.dueBy} ${action.status}`);
}

describe("nextActions", () => {
  it("asks for recruitment and the kick-off while too few companies signed up", () => {
    const state = replay([cohortCreated, company(1)]);
    expect(summary(nextActions(state, "2026-12-01"))).toEqual([
      "cohort recruit-companies 2026-10-01..2027-01-19 due",
      "cohort kickoff 2027-01-19..2027-01-19 upcoming",
    ]);
  });

  it("marks the kick-off due on its planned day and overdue after it", () => {
    const state = replay(registered);
    expect(summary(nextActions(state, "2027-01-19"))).toEqual(["cohort kickoff 2027-01-19..2027-01-19 due"]);
    expect(nextActions(state, "2027-01-20")[0]?.status).toBe("overdue");
  });

  it("lists every open step of every active participant with its window from the kick-off", () => {
    const actions = nextActions(running, "2027-04-20");
    const p2 = summary(actions.filter((action) => action.participantId === "p2"));
    expect(p2).toEqual([
      // Month 1 starts on the kick-off day (19 January) and month n ends the day before the 19th.
      "p2 audit 2027-01-19..2027-04-18 overdue",
      "p2 results-meeting 2027-02-19..2027-05-18 due",
      "p2 vision 2027-04-19..2027-07-18 due",
      "p2 action-plan 2027-04-19..2027-07-18 due",
      "p2 communication 2027-08-19..2027-11-18 upcoming",
    ]);
    expect(actions.some((action) => action.participantId === "p1" && action.kind === "audit")).toBe(false);
    expect(actions.some((action) => action.participantId === "p3")).toBe(false);
    expect(summary(actions.filter((action) => action.participantId === undefined))).toEqual([
      "cohort exchange-meeting 2027-03-19..2027-11-18 due",
      "cohort symposium 2027-11-19..2028-01-18 upcoming",
    ]);
  });

  it("orders the actions by their last day", () => {
    const days = nextActions(running, "2027-04-20").map((action) => action.dueBy);
    expect(days).toEqual([...days].sort());
  });

  it("compares by the calendar date in Amsterdam, whatever form now takes", () => {
    const audit2 = (now: string | Date) => nextActions(running, now).find((action) => action.participantId === "p2" && action.kind === "audit")?.status;
    expect(audit2("2027-04-18")).toBe("due");
    expect(audit2("2027-04-18T21:59:00Z")).toBe("due");
    expect(audit2("2027-04-18T22:00:00Z")).toBe("overdue");
    expect(audit2(new Date("2027-04-18T23:30:00+01:00"))).toBe("overdue");
  });

  it("takes other windows from the options and the programme length from the settings", () => {
    const wider = nextActions(running, "2027-04-20", { windows: { audit: { from: 1, to: 4 } } });
    expect(wider.find((action) => action.participantId === "p2" && action.kind === "audit")).toMatchObject({ dueBy: "2027-05-18", status: "due" });
    // 10 months: the symposium's default months 11-12 scale to 10 * 10/12 + 1 = 9 (8.33 rounded) to 10.
    const short = replay([{ ...cohortCreated, cohort: { ...cohortCreated.cohort, settings: { months: 10 } } }, ...registered.slice(1), kickoff]);
    expect(nextActions(short, "2027-02-01").find((action) => action.kind === "symposium")).toMatchObject({ dueFrom: "2027-09-19", dueBy: "2027-11-18" });
    const error = caught(() => nextActions(short, "2027-02-01", { windows: { symposium: { from: 11, to: 11 } } }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => issue.path)).toEqual([["options", "windows", "symposium", "to"]]);
  });

  it("clamps a window to the end of a shorter month", () => {
    const state = replay([...registered, { ...kickoff, date: "2027-01-31" }]);
    expect(nextActions(state, "2027-02-01").find((action) => action.kind === "results-meeting")?.dueFrom).toBe("2027-02-28");
  });

  it("drops the exchange meeting once the minimum was held", () => {
    const state = replay([...registered, kickoff, { type: "exchange-meeting-held", date: "2027-05-01", attendance: [], topics: [] }]);
    expect(nextActions(state, "2027-05-02").some((action) => action.kind === "exchange-meeting")).toBe(false);
  });

  it("asks for the prize and the closing after the symposium, and nothing once closed", () => {
    const year = fullYear(3);
    expect(summary(nextActions(replay(upTo(year, "prize-awarded")), "2027-11-26"))).toEqual([
      "cohort prize 2027-11-25..2027-11-25 overdue",
      "cohort close 2027-11-25..2028-01-18 due",
    ]);
    expect(summary(nextActions(replay(upTo(year, "cohort-closed")), "2027-11-26"))).toEqual(["cohort close 2027-11-25..2028-01-18 due"]);
    expect(nextActions(replay(year), "2028-06-01")).toEqual([]);
  });

  it("gives every action a title in Dutch and English", () => {
    expect(nextActions(running, "2027-04-20").find((action) => action.kind === "vision")?.title).toEqual({
      nl: "MVO-visie vaststellen",
      en: "Adopt the CSR vision",
    });
  });

  it("rejects a bad now and bad options", () => {
    expect(caught(() => nextActions(running, "2027-02-30")).code).toBe("INVALID_INPUT");
    expect(caught(() => nextActions(running, new Date(Number.NaN))).code).toBe("INVALID_INPUT");
    const error = caught(() => nextActions(running, "2027-04-20", { windows: { audit: { from: 4, to: 1 } } }));
    expect(error.issues[0]?.path).toEqual(["options", "windows", "audit", "to"]);
    expect(caught(() => nextActions(running, "2027-04-20", { windows: { lunch: { from: 1, to: 2 } } } as never)).code).toBe("INVALID_INPUT");
  });

  it("does not mutate the state", () => {
    const state = deepFreeze(replay([...registered, kickoff] as LifecycleEventInput[]));
    const before = JSON.stringify(state);
    nextActions(state, "2027-03-01");
    expect(JSON.stringify(state)).toBe(before);
  });
});
