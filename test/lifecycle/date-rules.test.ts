import { describe, expect, it } from "vitest";
import { applyEvent, replay, type LifecycleEventInput } from "../../src/lifecycle/index.js";
import { audit, cohortCreated, company, fullYear, kickoff, municipality } from "./fixtures.js";
import { expectRefused, upTo } from "./helpers.js";

const registered = [cohortCreated, company(1), company(2), company(3), municipality];
const year = fullYear(3);
const beforeSymposium = upTo(year, "symposium-held");
const lateCompany = (index: number, date: string): LifecycleEventInput => ({ ...company(index), date, late: true }) as LifecycleEventInput;
const symposium = { type: "symposium-held", date: "2027-11-25" } as const satisfies LifecycleEventInput;

describe("dates that hold: the five out-of-order logs", () => {
  it("refuses a kick-off dated before a registration (kickoff-dated-before-registration)", () => {
    const late = replay([...registered, { ...company(4), date: "2027-01-25" }]);
    const error = expectRefused(late, kickoff, "kickoff-dated-before-registration");
    expect(error.issues[0]?.path).toEqual(["date"]);
    expect(error.message).toContain("2027-01-25");
  });

  it("refuses a symposium dated before an exchange meeting it counts (symposium-dated-before-exchange-meeting)", () => {
    const state = replay([...beforeSymposium, { type: "exchange-meeting-held", date: "2027-11-30", attendance: [], topics: [] }]);
    expectRefused(state, symposium, "symposium-dated-before-exchange-meeting");
    expect(applyEvent(state, { ...symposium, date: "2027-11-30" }).symposium?.date).toBe("2027-11-30");
  });

  it("refuses a symposium dated before an action plan (symposium-dated-before-action-plan)", () => {
    // The fixture adopts every action plan on 2027-05-01 and holds the exchange meeting on 2027-06-10.
    const state = replay(beforeSymposium);
    const error = expectRefused(state, { ...symposium, date: "2027-04-30" }, "symposium-dated-before-exchange-meeting");
    expect(error.issues[0]?.path).toEqual(["date"]);
    const noMeetingNeeded = replay([
      { ...cohortCreated, cohort: { ...cohortCreated.cohort, settings: { minExchangeMeetings: 0 } } },
      ...beforeSymposium.slice(1).filter((event) => event.type !== "exchange-meeting-held"),
    ]);
    expectRefused(noMeetingNeeded, { ...symposium, date: "2027-04-30" }, "symposium-dated-before-action-plan");
  });

  it("refuses an audit dated before a late entrant registered (date-before-registration)", () => {
    const state = replay([...registered, kickoff, lateCompany(4, "2027-03-01")]);
    const error = expectRefused(state, audit("p4"), "date-before-registration");
    expect(error.message).toContain('the registration of "p4" (2027-03-01)');
    expect(applyEvent(state, { ...audit("p4"), date: "2027-03-01" }).participants["p4"]?.audit?.date).toBe("2027-03-01");
  });

  it("refuses a registration dated before the cohort was created (date-before-creation)", () => {
    const created = replay([cohortCreated]);
    expectRefused(created, { ...company(1), date: "2026-09-30" }, "date-before-creation");
    expect(applyEvent(created, { ...company(1), date: "2026-10-01" }).participantIds).toEqual(["p1"]);
  });
});

describe("dates that hold: participants named by an event", () => {
  const state = replay([...registered, kickoff, lateCompany(4, "2027-03-01")]);

  it.each<[string, LifecycleEventInput, readonly (string | number)[]]>([
    ["an exchange meeting attended", { type: "exchange-meeting-held", date: "2027-02-20", attendance: ["p1", "p4"], topics: [] }, ["date"]],
    [
      "a collaboration",
      { type: "collaboration-recorded", date: "2027-02-20", participantIds: ["p1", "p4"], kind: "joint-project", description: "Samen" },
      ["date"],
    ],
    ["a communication assignment", { type: "communication-submitted", date: "2027-02-20", participantId: "p4" }, ["date"]],
    ["jury scores", { type: "jury-scores-recorded", date: "2027-02-20", jurorId: "j1", participantId: "p4", scores: { pitch: 5 } }, ["date"]],
  ])("refuses %s dated before the participant registered", (_what, event, path) => {
    expect(expectRefused(state, event, "date-before-registration").issues[0]?.path).toEqual(path);
  });

  it("refuses a late entry dated before the kick-off (date-before-kickoff)", () => {
    expectRefused(replay([...registered, kickoff]), lateCompany(4, "2027-01-18"), "date-before-kickoff");
  });
});

describe("meetings on a weekend or a Dutch public holiday", () => {
  it("accepts a kick-off on a Saturday with a warning in the state", () => {
    const state = applyEvent(replay(registered), { ...kickoff, date: "2027-01-23" });
    expect(state.kickoff?.date).toBe("2027-01-23");
    expect(state.warnings).toEqual([
      {
        code: "meeting-on-weekend",
        eventType: "kickoff-held",
        date: "2027-01-23",
        message: { nl: "De startbijeenkomst valt op zaterdag 2027-01-23", en: "The kick-off falls on a Saturday (2027-01-23)" },
      },
    ]);
  });

  it("warns for an exchange meeting on Koningsdag and a symposium on Tweede Pinksterdag, and keeps earlier warnings", () => {
    const base = replay(upTo(year, "exchange-meeting-held"));
    const meeting = applyEvent(base, { type: "exchange-meeting-held", date: "2027-04-27", attendance: [], topics: [] });
    expect(meeting.warnings.map((warning) => [warning.code, warning.eventType, warning.holiday])).toEqual([
      ["meeting-on-holiday", "exchange-meeting-held", "koningsdag"],
    ]);
    expect(meeting.warnings[0]?.message.nl).toBe("De uitwisselingsbijeenkomst valt op Koningsdag (2027-04-27)");
    const late = replay([...beforeSymposium, { type: "exchange-meeting-held", date: "2028-06-03", attendance: [], topics: [] }]);
    const held = applyEvent(late, { ...symposium, date: "2028-06-05" });
    // Easter 2028 is 16 April: Tweede Pinksterdag is Monday 5 June; 3 June is a Saturday.
    expect(held.warnings.map((warning) => [warning.code, warning.eventType, warning.holiday])).toEqual([
      ["meeting-on-weekend", "exchange-meeting-held", undefined],
      ["meeting-on-holiday", "symposium-held", "tweede-pinksterdag"],
    ]);
  });

  it("gives a Sunday holiday both warnings (Eerste Paasdag 2027)", () => {
    const state = applyEvent(replay(registered), { ...kickoff, date: "2027-03-28" });
    expect(state.warnings.map((warning) => [warning.code, warning.holiday])).toEqual([
      ["meeting-on-weekend", undefined],
      ["meeting-on-holiday", "eerste-paasdag"],
    ]);
  });

  it("warns for nothing on working days, and checks only weekends before 1950", () => {
    expect(replay(year).warnings).toEqual([]);
    const old = replay([
      { ...cohortCreated, date: "1949-01-01", cohort: { ...cohortCreated.cohort, plannedKickoff: "1949-12-26" } },
      ...[1, 2, 3].map((index) => ({ ...company(index), date: "1949-11-01" })),
      { ...kickoff, date: "1949-12-26" },
    ]);
    // 26 December 1949 was a Monday: no holiday list before 1950, so no warning.
    expect(old.warnings).toEqual([]);
  });
});
