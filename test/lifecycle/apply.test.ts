import { describe, expect, it } from "vitest";
import { applyEvent, replay, type LifecycleEventInput } from "../../src/lifecycle/index.js";
import { audit, cohortCreated, company, fullYear, kickoff, municipality, participantYear, plan } from "./fixtures.js";
import { caught, deepFreeze } from "../helpers.js";
import { expectRefused, upTo } from "./helpers.js";

const registered = [cohortCreated, company(1), company(2), company(3), municipality];
const kickedOff: LifecycleEventInput[] = [...registered, { ...kickoff, attendance: ["p1", "p2", "p3", "gem"] }];
const audited: LifecycleEventInput[] = [...kickedOff, audit("p1")];
const met: LifecycleEventInput[] = [...audited, { type: "results-meeting-held", date: "2027-03-15", participantId: "p1" }];
const planned: LifecycleEventInput[] = [...met, plan("p1")];
const year = fullYear(3);
const beforeSymposium = upTo(year, "symposium-held");
const afterSymposium = upTo(year, "prize-awarded");
const closed = upTo(year, "network-activity-held");

function withdraw(id: string, date = "2027-02-01"): LifecycleEventInput {
  return { type: "participant-withdrew", date, participantId: id, reason: "te druk" };
}

describe("applyEvent", () => {
  it("returns a new state and leaves the given one untouched", () => {
    const state = deepFreeze(replay(registered));
    const before = JSON.stringify(state);
    const next = applyEvent(state, kickoff);
    expect(next).not.toBe(state);
    expect(next.kickoff?.date).toBe("2027-01-19");
    expect(JSON.stringify(state)).toBe(before);
    expect(state.kickoff).toBeUndefined();
  });

  it("does not mutate the event it is given", () => {
    const event = deepFreeze(plan("p1"));
    const before = JSON.stringify(event);
    applyEvent(replay(met), event);
    expect(JSON.stringify(event)).toBe(before);
  });

  it("counts every applied event", () => {
    expect(replay(planned).eventCount).toBe(planned.length);
  });

  it("refuses a malformed event with INVALID_INPUT and leaves the state as it was", () => {
    const state = deepFreeze(replay(registered));
    const error = caught(() => applyEvent(state, { type: "kickoff-held", date: "2027-13-01", attendance: [], signedAgreements: [] }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues[0]?.path).toEqual(["date"]);
  });
});

describe("cohort-created", () => {
  it("starts a cohort with the default settings", () => {
    const state = applyEvent(undefined, cohortCreated);
    expect(state.cohort.settings).toEqual({
      companies: { min: 3, max: 15 },
      months: 12,
      minExchangeMeetings: 1,
      prizeEligibleKinds: ["company"],
      completionRequires: ["vision", "action-plan"],
    });
    expect(state.createdOn).toBe("2026-10-01");
    expect(state.belowMinimum).toBe(true);
    expect(state.eventCount).toBe(1);
  });

  it("is refused when it is not first, and anything else is refused before it", () => {
    expectRefused(replay([cohortCreated]), cohortCreated, "cohort-already-created");
    expectRefused(undefined, company(1), "cohort-not-created");
  });
});

describe("participant-registered", () => {
  it("registers participants in order; only companies count toward the range", () => {
    const state = replay(registered);
    expect(state.participantIds).toEqual(["p1", "p2", "p3", "gem"]);
    expect(state.companyCount).toBe(3);
    expect(state.belowMinimum).toBe(false);
    expect(state.participants["p1"]?.status).toBe("registered");
  });

  it("refuses an id that is already registered", () => {
    expectRefused(replay(registered), company(1), "participant-already-registered");
  });

  it("puts a 16th company on the waiting list but still admits the municipality and other organisations", () => {
    const fifteen = replay([cohortCreated, ...Array.from({ length: 15 }, (_, index) => company(index + 1))]);
    const waiting = applyEvent(fifteen, company(16));
    expect(waiting.participants["p16"]?.status).toBe("waiting");
    expect(waiting.companyCount).toBe(15);
    const other: LifecycleEventInput = {
      type: "participant-registered",
      date: "2026-11-03",
      participant: { id: "woco", name: "Woningcorporatie", kind: "other" },
    };
    expect(applyEvent(applyEvent(waiting, municipality), other).companyCount).toBe(15);
  });

  it("refuses a late entry when the group is full (too-many-companies)", () => {
    const small = replay([{ ...cohortCreated, cohort: { ...cohortCreated.cohort, settings: { companies: { min: 1, max: 2 } } } }, company(1), company(2)]);
    const held = applyEvent(small, { ...kickoff, attendance: ["p1"], signedAgreements: [] });
    const error = expectRefused(held, { ...company(3), date: "2027-02-01", late: true } as LifecycleEventInput, "too-many-companies");
    expect(error.message).toContain("the maximum is 2");
  });

  it("closes at the kick-off unless the entry is explicitly late", () => {
    const state = replay(kickedOff);
    expectRefused(state, company(4), "registration-after-kickoff");
    const late = applyEvent(state, { ...company(4), date: "2027-02-01", late: true } as LifecycleEventInput);
    expect(late.participants["p4"]).toMatchObject({ status: "active", lateEntry: true });
    // A late entry registers after the kick-off: dated before it, it is out of order.
    expectRefused(state, { ...company(4), late: true } as LifecycleEventInput, "date-before-kickoff");
  });

  it("is refused once the cohort closed", () => {
    expectRefused(replay(closed), { ...company(9), late: true } as LifecycleEventInput, "cohort-closed");
  });
});

describe("participant-withdrew", () => {
  it("is possible at any time before closing and flags a group below the minimum", () => {
    const state = applyEvent(replay(planned), withdraw("p1", "2027-06-01"));
    expect(state.participants["p1"]).toMatchObject({ status: "withdrawn", withdrawal: { date: "2027-06-01", reason: "te druk" } });
    expect(state.companyCount).toBe(2);
    expect(state.belowMinimum).toBe(true);
    expect(applyEvent(replay(registered), withdraw("gem", "2026-12-01")).belowMinimum).toBe(false);
  });

  it("refuses an unknown participant, a second withdrawal and a date before the registration", () => {
    expectRefused(replay(registered), withdraw("nobody"), "unknown-participant");
    expectRefused(replay(registered), withdraw("constructor"), "unknown-participant");
    expectRefused(replay([...registered, withdraw("p1")]), withdraw("p1"), "participant-already-withdrawn");
    expectRefused(replay(registered), withdraw("p1", "2026-10-15"), "date-before-registration");
  });
});

describe("kickoff-held", () => {
  it("activates every registered participant", () => {
    const state = replay(kickedOff);
    expect(state.participantIds.map((id) => state.participants[id]?.status)).toEqual(["active", "active", "active", "active"]);
  });

  it("needs at least 3 companies; the municipality does not count", () => {
    const error = expectRefused(replay([cohortCreated, company(1), company(2), municipality]), kickoff, "kickoff-too-few-companies");
    expect(error.message).toContain("2 registered");
    expectRefused(replay([...registered, withdraw("p3", "2026-12-01")]), kickoff, "kickoff-too-few-companies");
  });

  it("is held once, with registered participants only", () => {
    expectRefused(replay(kickedOff), kickoff, "kickoff-already-held");
    const error = expectRefused(replay(registered), { ...kickoff, signedAgreements: ["p1", "x"] }, "unknown-participant");
    expect(error.issues[0]?.path).toEqual(["signedAgreements", 1]);
  });
});

describe("exchange-meeting-held", () => {
  const meeting = (attendance: string[], date = "2027-06-10"): LifecycleEventInput => ({
    type: "exchange-meeting-held",
    date,
    attendance,
    topics: ["energie"],
  });

  it("is recorded after the kick-off and before the symposium, with known attendees", () => {
    expect(applyEvent(replay(kickedOff), meeting(["p1", "gem"])).exchangeMeetings).toHaveLength(1);
    expectRefused(replay(registered), meeting(["p1"]), "kickoff-not-held");
    expectRefused(replay(kickedOff), meeting(["p1"], "2026-12-01"), "date-before-kickoff");
    expectRefused(replay(kickedOff), meeting(["p1", "zz"]), "unknown-participant");
    expectRefused(replay(afterSymposium), meeting(["p1"], "2027-11-30"), "symposium-already-held");
  });
});

describe("collaboration-recorded", () => {
  const deal = (ids: [string, string]): LifecycleEventInput => ({
    type: "collaboration-recorded",
    date: "2027-07-01",
    participantIds: ids,
    kind: "joint-project",
    description: "Samen zonnepanelen",
  });

  it("links two active participants after the kick-off", () => {
    expect(applyEvent(replay(kickedOff), deal(["p1", "gem"])).collaborations[0]?.participantIds).toEqual(["p1", "gem"]);
    expectRefused(replay(registered), deal(["p1", "p2"]), "kickoff-not-held");
    expectRefused(replay(kickedOff), deal(["p1", "p7"]), "unknown-participant");
    expectRefused(replay([...kickedOff, withdraw("p2")]), deal(["p1", "p2"]), "participant-not-active");
  });
});

describe("promotion-published", () => {
  const promotion = (ids: string[]): LifecycleEventInput => ({ type: "promotion-published", date: "2027-08-01", medium: "Krant", participantIds: ids });

  it("names known participants after the kick-off", () => {
    expect(applyEvent(replay(kickedOff), promotion(["p1"])).promotions).toHaveLength(1);
    expectRefused(replay(registered), promotion(["p1"]), "kickoff-not-held");
    expectRefused(replay(kickedOff), promotion(["p1", "x"]), "unknown-participant");
  });
});

describe("jury-scores-recorded", () => {
  const scores = (juror: string): LifecycleEventInput => ({
    type: "jury-scores-recorded",
    date: "2027-11-01",
    jurorId: juror,
    participantId: "p1",
    scores: { pitch: 8 },
  });

  it("records one set of scores per juror and participant, before any prize", () => {
    expect(applyEvent(applyEvent(replay(kickedOff), scores("j1")), scores("j2")).juryScores).toHaveLength(2);
    expectRefused(replay([...kickedOff, scores("j1")]), scores("j1"), "jury-scores-already-recorded");
    expectRefused(replay(registered), scores("j1"), "kickoff-not-held");
    expectRefused(replay(upTo(year, "cohort-closed")), scores("j9"), "prize-already-awarded");
  });
});

describe("symposium-held", () => {
  const symposium = (excused: string[] = [], date = "2027-11-25"): LifecycleEventInput => ({ type: "symposium-held", date, excused });

  it("needs an action plan or an excuse from every active participant", () => {
    const error = expectRefused(
      replay(planned.concat({ type: "exchange-meeting-held", date: "2027-06-10", attendance: [], topics: [] })),
      symposium(),
      "symposium-missing-action-plans",
    );
    expect(error.message).toContain("p2, p3, gem");
    const excused = applyEvent(
      replay([...planned, { type: "exchange-meeting-held", date: "2027-06-10", attendance: [], topics: [] }]),
      symposium(["p2", "p3", "gem"]),
    );
    expect(excused.symposium?.excused).toEqual(["p2", "p3", "gem"]);
  });

  it("does not wait for withdrawn participants", () => {
    const state = replay([
      ...planned,
      withdraw("p2"),
      withdraw("p3"),
      withdraw("gem"),
      { type: "exchange-meeting-held", date: "2027-06-10", attendance: [], topics: [] },
    ]);
    expect(applyEvent(state, symposium()).symposium?.date).toBe("2027-11-25");
  });

  it("needs the minimum number of exchange meetings", () => {
    const noMeeting = beforeSymposium.filter((event) => event.type !== "exchange-meeting-held");
    const error = expectRefused(replay(noMeeting), symposium(), "symposium-too-few-exchange-meetings");
    expect(error.message).toContain("0 were held");
    const none = replay([{ ...cohortCreated, cohort: { ...cohortCreated.cohort, settings: { minExchangeMeetings: 0 } } }, ...noMeeting.slice(1)]);
    expect(applyEvent(none, symposium()).symposium).toBeDefined();
  });

  it("is held once, after the kick-off, with known excused participants", () => {
    expectRefused(replay(afterSymposium), symposium(), "symposium-already-held");
    expectRefused(replay(registered), symposium(), "kickoff-not-held");
    expectRefused(replay(beforeSymposium), symposium(["ghost"]), "unknown-participant");
  });
});

describe("prize-awarded", () => {
  const prize = (id: string, place = 1, date = "2027-11-25"): LifecycleEventInput => ({ type: "prize-awarded", date, participantId: id, place });

  it("goes only at or after the symposium to an eligible participant", () => {
    expect(applyEvent(replay(afterSymposium), prize("p2")).prizes).toEqual([{ date: "2027-11-25", participantId: "p2", place: 1 }]);
    expectRefused(replay(beforeSymposium), prize("p1"), "prize-before-symposium");
    expectRefused(replay(afterSymposium), prize("p1", 1, "2027-11-24"), "date-before-symposium");
    expectRefused(replay(afterSymposium), prize("gem"), "prize-not-eligible");
    expectRefused(replay(afterSymposium), prize("nobody"), "unknown-participant");
  });

  it("refuses a withdrawn participant and one without an action plan", () => {
    const withdrawn = applyEvent(replay(afterSymposium), withdraw("p2", "2027-11-25"));
    expectRefused(withdrawn, prize("p2"), "prize-not-eligible");
    const excused = replay([
      ...registered.slice(0, 4),
      { ...kickoff },
      ...participantYear("p1"),
      ...participantYear("p2"),
      { type: "exchange-meeting-held", date: "2027-06-10", attendance: [], topics: [] },
      { type: "symposium-held", date: "2027-11-25", excused: ["p3"] },
    ]);
    expectRefused(excused, prize("p3"), "prize-not-eligible");
  });

  it("gives each place once and each participant one place", () => {
    const first = replay([...afterSymposium, prize("p1")]);
    expectRefused(first, prize("p2", 1), "prize-place-taken");
    expectRefused(first, prize("p1", 2), "prize-already-awarded");
    expect(applyEvent(first, prize("p2", 2)).prizes).toHaveLength(2);
  });

  it("lets the municipality win when the settings allow it", () => {
    const open = [
      { ...cohortCreated, cohort: { ...cohortCreated.cohort, settings: { prizeEligibleKinds: ["company", "municipality"] } } },
      ...afterSymposium.slice(1),
    ] as LifecycleEventInput[];
    expect(applyEvent(replay(open), prize("gem")).prizes[0]?.participantId).toBe("gem");
  });
});

describe("cohort-closed", () => {
  const close = (date = "2027-12-15"): LifecycleEventInput => ({ type: "cohort-closed", date });

  it("completes every active participant with an action plan", () => {
    const state = replay(closed);
    expect(state.closedOn).toBe("2027-12-15");
    expect(state.participantIds.map((id) => state.participants[id]?.status)).toEqual(["completed", "completed", "completed", "completed"]);
    expect(state.participants["p1"]?.completedOn).toBe("2027-12-15");
  });

  it("leaves an excused participant without a plan active, not completed", () => {
    const state = replay([
      ...registered.slice(0, 4),
      kickoff,
      ...participantYear("p1"),
      ...participantYear("p2"),
      { type: "exchange-meeting-held", date: "2027-06-10", attendance: [], topics: [] },
      { type: "symposium-held", date: "2027-11-25", excused: ["p3"] },
      close(),
    ]);
    expect(state.participants["p3"]?.status).toBe("active");
    expect(state.participants["p1"]?.status).toBe("completed");
  });

  it("comes after the symposium, and afterwards only network activities follow", () => {
    expectRefused(replay(beforeSymposium), close(), "close-before-symposium");
    expectRefused(replay(afterSymposium), close("2027-11-01"), "date-before-symposium");
    expectRefused(replay(closed), close(), "cohort-closed");
    expectRefused(replay(closed), withdraw("p1", "2028-01-01"), "cohort-closed");
  });
});

describe("network-activity-held", () => {
  const activity = (date = "2028-03-01", attendance = ["p1"]): LifecycleEventInput => ({ type: "network-activity-held", date, title: "Netwerk", attendance });

  it("follows the closing", () => {
    expect(applyEvent(replay(closed), activity()).networkActivities).toHaveLength(1);
    expectRefused(replay(afterSymposium), activity(), "network-before-close");
    expectRefused(replay(closed), activity("2027-12-01"), "date-before-close");
    expectRefused(replay(closed), activity("2028-03-01", ["p1", "stranger"]), "unknown-participant");
  });
});
