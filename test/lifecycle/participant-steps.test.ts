import { describe, expect, it } from "vitest";
import { applyEvent, replay, type LifecycleEventInput } from "../../src/lifecycle/index.js";
import { audit, cohortCreated, company, kickoff, municipality, plan } from "./fixtures.js";
import { expectRefused } from "./helpers.js";

// The steps of one participant (src/lifecycle/participant-steps.ts), through applyEvent.

const registered = [cohortCreated, company(1), company(2), company(3), municipality];
const kickedOff: LifecycleEventInput[] = [...registered, { ...kickoff, attendance: ["p1", "p2", "p3", "gem"] }];
const audited: LifecycleEventInput[] = [...kickedOff, audit("p1")];
const met: LifecycleEventInput[] = [...audited, { type: "results-meeting-held", date: "2027-03-15", participantId: "p1" }];
const planned: LifecycleEventInput[] = [...met, plan("p1")];

function withdraw(id: string, date = "2027-02-01"): LifecycleEventInput {
  return { type: "participant-withdrew", date, participantId: id, reason: "te druk" };
}

describe("audit-completed", () => {
  it("keeps the baseline with both summaries and the recommendations", () => {
    const record = replay(audited).participants["p1"]?.audit;
    expect(record?.adviserId).toBe("ada");
    expect(record?.footprint.total.marketBased.toString()).toBe("16000");
    expect(record?.recommendations.map((item) => item.id)).toEqual(["r1", "r2"]);
  });

  it("comes after the kick-off, once per active participant, by an adviser of the cohort", () => {
    expectRefused(replay(registered), audit("p1"), "kickoff-not-held");
    expectRefused(replay(kickedOff), { ...audit("p1"), date: "2027-01-18" } as LifecycleEventInput, "date-before-kickoff");
    expectRefused(replay(audited), audit("p1"), "audit-already-completed");
    expectRefused(replay(kickedOff), audit("p9"), "unknown-participant");
    expectRefused(replay([...kickedOff, withdraw("p2")]), audit("p2"), "participant-not-active");
    expectRefused(replay(kickedOff), { ...audit("p1"), adviserId: "someone" } as LifecycleEventInput, "unknown-adviser");
  });
});

describe("results-meeting-held", () => {
  const meeting = (id: string, date = "2027-03-15"): LifecycleEventInput => ({ type: "results-meeting-held", date, participantId: id });

  it("follows that participant's audit, once", () => {
    expect(replay(met).participants["p1"]?.resultsMeetingOn).toBe("2027-03-15");
    expectRefused(replay(audited), meeting("p2"), "results-meeting-before-audit");
    expectRefused(replay(met), meeting("p1"), "results-meeting-already-held");
    expectRefused(replay(audited), meeting("p1", "2027-02-14"), "date-before-audit");
    expectRefused(replay(registered), meeting("p1"), "participant-not-active");
  });
});

describe("vision-adopted", () => {
  const vision = (date = "2027-04-15"): LifecycleEventInput => ({ type: "vision-adopted", date, participantId: "p1", text: "Duurzaam" });

  it("follows the results meeting, once", () => {
    expect(applyEvent(replay(met), vision()).participants["p1"]?.vision).toEqual({ date: "2027-04-15", text: "Duurzaam" });
    expectRefused(replay(audited), vision(), "vision-before-results-meeting");
    expectRefused(replay(met), vision("2027-03-01"), "date-before-results-meeting");
    expectRefused(replay([...met, vision()]), vision(), "vision-already-adopted");
  });
});

describe("action-plan-adopted", () => {
  it("follows the results meeting, once, and keeps the measures", () => {
    expect(replay(planned).participants["p1"]?.actionPlan?.measures.map((measure) => measure.status)).toEqual(["planned", "planned", "idea"]);
    expectRefused(replay(audited), plan("p1"), "action-plan-before-results-meeting");
    expectRefused(replay(planned), plan("p1"), "action-plan-already-adopted");
    expectRefused(replay(met), { ...plan("p1"), date: "2027-03-01" } as LifecycleEventInput, "date-before-results-meeting");
  });

  it("refuses a measure that answers a recommendation the audit did not make", () => {
    const event = plan("p1") as Extract<LifecycleEventInput, { type: "action-plan-adopted" }>;
    const bad = { ...event, measures: [event.measures[0], { ...event.measures[1], recommendationId: "r9" }] } as LifecycleEventInput;
    const error = expectRefused(replay(met), bad, "unknown-recommendation");
    expect(error.issues[0]?.path).toEqual(["measures", 1, "recommendationId"]);
  });
});

describe("measure-status-changed", () => {
  const change = (status: string, extra: object = {}, date = "2027-06-01"): LifecycleEventInput =>
    ({ type: "measure-status-changed", date, participantId: "p1", measureId: "m1", status, ...extra }) as LifecycleEventInput;

  it("changes one measure's status and keeps a dropped measure's reason", () => {
    const state = replay([...planned, change("in-progress"), change("done"), change("verified")]);
    expect(state.participants["p1"]?.actionPlan?.measures[0]?.status).toBe("verified");
    const dropped = applyEvent(replay(planned), change("dropped", { reason: "te lange terugverdientijd" }));
    expect(dropped.participants["p1"]?.actionPlan?.measures[0]).toMatchObject({ status: "dropped", droppedReason: "te lange terugverdientijd" });
    expect(dropped.participants["p1"]?.actionPlan?.measures[1]?.status).toBe("planned");
  });

  it("needs an action plan and a measure in it", () => {
    expectRefused(replay(met), change("done"), "measure-before-action-plan");
    expectRefused(replay(planned), { ...change("done"), measureId: "m9" } as LifecycleEventInput, "unknown-measure");
    expectRefused(replay(planned), change("done", {}, "2027-04-30"), "date-before-action-plan");
  });

  it("treats verified and dropped as final, refuses no-op changes and verifying what is not done", () => {
    expectRefused(replay([...planned, change("dropped", { reason: "geen budget" })]), change("planned"), "measure-status-final");
    expectRefused(replay([...planned, change("done"), change("verified")]), change("done"), "measure-status-final");
    expectRefused(replay(planned), change("planned"), "measure-status-unchanged");
    expectRefused(replay(planned), change("verified"), "measure-verified-before-done");
  });
});

describe("communication-submitted", () => {
  const submitted: LifecycleEventInput = { type: "communication-submitted", date: "2027-09-15", participantId: "p1" };

  it("is submitted once per active participant", () => {
    expect(applyEvent(replay(kickedOff), submitted).participants["p1"]?.communication).toEqual({ date: "2027-09-15" });
    expectRefused(replay([...kickedOff, submitted]), submitted, "communication-already-submitted");
    expectRefused(replay(registered), submitted, "kickoff-not-held");
    expectRefused(replay([...kickedOff, withdraw("p1")]), submitted, "participant-not-active");
  });
});

describe("final-measurement-recorded", () => {
  const measurement = (date = "2027-11-15"): LifecycleEventInput => ({
    type: "final-measurement-recorded",
    date,
    participantId: "p1",
    iso26000: { overall: 2, coreSubjects: {}, coverage: 1 },
  });

  it("follows the audit; a later measurement replaces an earlier one", () => {
    expect(applyEvent(replay(audited), measurement()).participants["p1"]?.finalMeasurement?.iso26000?.overall.toString()).toBe("2");
    const twice = applyEvent(applyEvent(replay(audited), measurement()), {
      ...measurement("2027-11-20"),
      iso26000: { overall: 3, coreSubjects: {}, coverage: 1 },
    } as LifecycleEventInput);
    expect(twice.participants["p1"]?.finalMeasurement?.date).toBe("2027-11-20");
    expectRefused(replay(kickedOff), measurement(), "final-measurement-before-audit");
    expectRefused(replay(audited), measurement("2027-02-01"), "date-before-audit");
  });
});
