import { describe, expect, it } from "vitest";
import {
  applyEvent,
  certificates,
  cohortReport,
  parseCohort,
  parseEvent,
  replay,
  safeParseEvent,
  type LifecycleEventInput,
} from "../../src/lifecycle/index.js";
import { cohortCreated, fullYear } from "./fixtures.js";
import { caught } from "../helpers.js";
import { expectRefused, upTo } from "./helpers.js";

const year = fullYear(3);
const withoutVisions = year.filter((event) => event.type !== "vision-adopted");
const withSettings = (log: readonly LifecycleEventInput[], settings: object, extra: object = {}): LifecycleEventInput[] => [
  { ...cohortCreated, cohort: { ...cohortCreated.cohort, settings, ...extra } } as LifecycleEventInput,
  ...log.slice(1),
];
const beforeClose = (log: readonly LifecycleEventInput[]) => replay(upTo(log, "cohort-closed"));
const close = (excused?: string[]): LifecycleEventInput => ({ type: "cohort-closed", date: "2027-12-15", ...(excused === undefined ? {} : { excused }) });

describe("completion by the programme's rules", () => {
  it("completes no one and issues no certificate when no participant adopted a vision", () => {
    const state = applyEvent(beforeClose(withoutVisions), close());
    expect(state.participantIds.map((id) => state.participants[id]?.status)).toEqual(["active", "active", "active", "active"]);
    expect(certificates(state)).toEqual([]);
  });

  it("follows the cohort's own rule: only an action plan", () => {
    const state = applyEvent(beforeClose(withSettings(withoutVisions, { completionRequires: ["action-plan"] })), close());
    expect(certificates(state).map((certificate) => certificate.participantId)).toEqual(["p1", "p2", "p3", "gem"]);
  });

  it("completes an explicitly excused participant, marked as such, and gives it a certificate", () => {
    const state = applyEvent(beforeClose(withoutVisions), close(["p2"]));
    expect(state.participants["p2"]).toMatchObject({ status: "completed", completedOn: "2027-12-15", completedByExcuse: true });
    expect(state.participants["p1"]?.status).toBe("active");
    expect(certificates(state).map((certificate) => certificate.participantId)).toEqual(["p2"]);
    expect(cohortReport(state).participants.byStatus).toMatchObject({ completed: 1, active: 3 });
  });

  it("does not mark a participant that meets the rule as excused", () => {
    const state = applyEvent(beforeClose(year), close(["p1"]));
    expect(state.participants["p1"]?.completedByExcuse).toBeUndefined();
  });

  it("refuses an excuse for a participant that is unknown or withdrawn, with its path", () => {
    const state = beforeClose(year);
    expect(expectRefused(state, close(["p1", "nobody"]), "unknown-participant").issues[0]?.path).toEqual(["excused", 1]);
    const withdrawn = applyEvent(state, { type: "participant-withdrew", date: "2027-12-01", participantId: "p3", reason: "gestopt" });
    expect(expectRefused(withdrawn, close(["p3"]), "participant-not-active").issues[0]?.path).toEqual(["excused", 0]);
  });

  it("refuses bad completion settings and excuses with their paths", () => {
    const error = caught(() => parseCohort({ ...cohortCreated.cohort, settings: { completionRequires: ["vision", "vision", "pitch"] } }));
    expect(error.issues.map((issue) => issue.path)).toEqual([["settings", "completionRequires", 2]]);
    expect(
      caught(() => parseCohort({ ...cohortCreated.cohort, settings: { completionRequires: ["vision", "vision"] } })).issues.map((issue) => issue.path),
    ).toEqual([["settings", "completionRequires"]]);
    expect(caught(() => parseEvent({ type: "cohort-closed", date: "2027-12-15", excused: ["p1", "p1"] })).issues.map((issue) => issue.path)).toEqual([
      ["excused"],
    ]);
  });
});

describe("effort, fees and funding", () => {
  const effort = (participantId: string, hours: number | string, date = "2027-03-01"): LifecycleEventInput => ({
    type: "effort-recorded",
    date,
    participantId,
    hours,
  });
  const funding = [
    { source: "province", funder: "Provincie Groningen", amount: 30000 },
    { source: "municipality", funder: "Gemeente Veendam", amount: "7500.50" },
    { source: "municipality", funder: "Gemeente Pekela", amount: 2500 },
  ];
  const log = withSettings(year, {}, { funding });
  const feeLog = log.map((event) =>
    event.type === "participant-registered" && event.participant.kind === "company"
      ? ({ ...event, participant: { ...event.participant, fee: 950 } } as LifecycleEventInput)
      : event,
  );

  it("adds up the hours per participant and reports the total and the mean over those with hours", () => {
    const state = replay([...upTo(feeLog, "symposium-held"), effort("p1", 12), effort("p1", "28.5"), effort("p2", 40)]);
    expect(state.participants["p1"]?.effortHours?.toString()).toBe("40.5");
    const report = cohortReport(state);
    expect(report.effort.totalHours.toString()).toBe("80.5");
    expect(report.effort.participants).toBe(2);
    expect(report.effort.averageHours?.toString()).toBe("40.25");
    expect(cohortReport(replay(year)).effort).toMatchObject({ participants: 0, averageHours: null });
  });

  it("reports the funding per source and the participants' fees", () => {
    const report = cohortReport(replay(feeLog));
    expect(Object.fromEntries(Object.entries(report.funding).map(([key, value]) => [key, value.toString()]))).toEqual({
      province: "30000",
      municipality: "10000.5",
      other: "0",
      participants: "2850",
      total: "42850.5",
    });
  });

  it("refuses effort dated before the registration or for someone unknown, and bad hours with their path", () => {
    const state = replay(upTo(year, "symposium-held"));
    expectRefused(state, effort("p1", 3, "2026-10-15"), "date-before-registration");
    expectRefused(state, effort("nobody", 3), "unknown-participant");
    const bad = safeParseEvent(effort("p1", -1));
    expect(bad.success || bad.error.issues.map((issue) => issue.path)).toEqual([["hours"]]);
    const badFunding = caught(() => parseCohort({ ...cohortCreated.cohort, funding: [{ source: "bank", funder: "", amount: -5 }] }));
    expect(badFunding.issues.map((issue) => issue.path)).toEqual([
      ["funding", 0, "source"],
      ["funding", 0, "funder"],
      ["funding", 0, "amount"],
    ]);
    expect(caught(() => parseCohort({ ...cohortCreated.cohort, funding: [{ source: "province", funder: "P", amount: 1, extra: 1 }] })).issues[0]?.path).toEqual(
      ["funding", 0],
    );
  });
});

describe("payback net of subsidy", () => {
  const subsidised = year.map((event) =>
    event.type === "action-plan-adopted"
      ? ({ ...event, measures: event.measures.map((measure) => (measure.id === "m1" ? { ...measure, subsidy: 1500 } : measure)) } as LifecycleEventInput)
      : event,
  );

  it("gives the gross payback and beside it the payback after subsidy", () => {
    const money = cohortReport(replay(subsidised)).money;
    // Per participant: EUR 4,500 invested (m1 4,000 + m2 500), EUR 1,850 a year saved, EUR 1,500 subsidy.
    expect(money.investment.toString()).toBe("18000");
    expect(money.subsidy.toString()).toBe("6000");
    expect(money.paybackYears?.toString()).toBe(money.investment.div(money.annualSavings).toString());
    expect(money.netPaybackYears?.toString()).toBe(money.investment.minus(6000).div(money.annualSavings).toString());
    expect(money.netPaybackYears?.toFixed(2)).toBe("1.62");
  });

  it("is 0 when the subsidy covers the whole investment, and null without savings", () => {
    const covered = year.map((event) =>
      event.type === "action-plan-adopted"
        ? ({
            ...event,
            measures: event.measures.map((measure) => (measure.investment === undefined ? measure : { ...measure, subsidy: measure.investment })),
          } as LifecycleEventInput)
        : event,
    );
    expect(cohortReport(replay(covered)).money.netPaybackYears?.toString()).toBe("0");
    expect(cohortReport(replay(upTo(year, "action-plan-adopted"))).money).toMatchObject({ paybackYears: null, netPaybackYears: null });
  });
});
