import { describe, expect, it } from "vitest";
import { replay, type CohortState, type LifecycleEventInput } from "../../src/lifecycle/index.js";
import { ineligibility, refuse, requireActive, requireKickoff, requireKnown, requireNotBefore } from "../../src/lifecycle/guards.js";
import { caught } from "../helpers.js";
import { audit, cohortCreated, company, fullYear, kickoff, municipality } from "./fixtures.js";
import { expectRefused, upTo } from "./helpers.js";

const registered = [cohortCreated, company(1), company(2), company(3), municipality];
const before = replay(registered);
const after = replay([...registered, kickoff, { type: "participant-withdrew", date: "2027-02-01", participantId: "p3", reason: "te druk" }]);

describe("refuse", () => {
  it("throws INVALID_TRANSITION with the rule as the issue's code, at the path, named at the end of the message", () => {
    const error = caught(() => refuse("unknown-measure", 'participant "p1" has no measure "m9"', ["measureId"]));
    expect(error.code).toBe("INVALID_TRANSITION");
    expect(error.issues).toEqual([{ path: ["measureId"], message: error.message, code: "unknown-measure" }]);
    expect(error.message).toMatchInlineSnapshot(`"participant "p1" has no measure "m9" (rule unknown-measure)"`);
  });
});

describe("the guards", () => {
  it("requireKnown gives the participant, or refuses an unknown one at the path", () => {
    expect(requireKnown(before, "p1", ["participantId"]).participant.name).toBe("Bedrijf 1");
    const error = caught(() => requireKnown(before, "p9", ["attendance", 2]));
    expect([error.issues[0]?.code, error.issues[0]?.path]).toEqual(["unknown-participant", ["attendance", 2]]);
  });

  it("requireKnown with a date refuses an event dated before the registration", () => {
    const error = caught(() => requireKnown(before, "p1", ["participantId"], "2026-10-31"));
    expect(error.issues[0]?.code).toBe("date-before-registration");
    expect(error.message).toMatchInlineSnapshot(`"the date 2026-10-31 is before the registration of "p1" (2026-11-01) (rule date-before-registration)"`);
  });

  it("requireActive refuses a participant that is not active, by its status", () => {
    expect(requireActive(after, "p1").status).toBe("active");
    const error = caught(() => requireActive(after, "p3"));
    expect(error.issues[0]?.path).toEqual(["participantId"]);
    expect(error.message).toMatchInlineSnapshot(`"participant "p3" is withdrawn, not active (rule participant-not-active)"`);
    expect(caught(() => requireActive(before, "p1")).message).toContain("is registered, not active");
  });

  it("requireNotBefore accepts the same day and refuses the day before, at the date", () => {
    expect(() => requireNotBefore("2027-01-19", "2027-01-19", "date-before-kickoff", "the kick-off")).not.toThrow();
    const error = caught(() => requireNotBefore("2027-01-18", "2027-01-19", "date-before-kickoff", "the kick-off"));
    expect([error.issues[0]?.code, error.issues[0]?.path]).toEqual(["date-before-kickoff", ["date"]]);
  });

  it("requireKickoff refuses before the kick-off, and an event dated before it", () => {
    expect(caught(() => requireKickoff(before, "2027-02-01")).message).toMatchInlineSnapshot(`"the kick-off has not been held yet (rule kickoff-not-held)"`);
    expect(caught(() => requireKickoff(after, "2027-01-18")).message).toMatchInlineSnapshot(
      `"the date 2027-01-18 is before the kick-off (2027-01-19) (rule date-before-kickoff)"`,
    );
    expect(() => requireKickoff(after, "2027-01-19")).not.toThrow();
  });

  it("ineligibility names why a participant may not win: withdrawn first, then its kind, then no action plan", () => {
    const state = replay(upTo(fullYear(3), "symposium-held"));
    const participant = (id: string) => state.participants[id] as CohortState["participants"][string];
    expect(ineligibility(participant("p1"), ["company"])).toBeUndefined();
    expect(ineligibility(participant("gem"), ["company"])).toBe("kind-not-eligible");
    expect(ineligibility(participant("gem"), ["company", "municipality"])).toBeUndefined();
    expect(ineligibility(participant("p3"), ["municipality"])).toBe("kind-not-eligible");
    expect(ineligibility(after.participants["p3"] as CohortState["participants"][string], ["company"])).toBe("withdrawn");
    expect(ineligibility(after.participants["p1"] as CohortState["participants"][string], ["company"])).toBe("no-action-plan");
  });
});

// The messages users see for a representative set of rules, one per topic of LIFECYCLE_RULES.
describe("refusal messages", () => {
  const kickedOff = replay([...registered, kickoff]);
  const cases: [string, CohortState | undefined, LifecycleEventInput, Parameters<typeof expectRefused>[2]][] = [
    ["the log", undefined, kickoff, "cohort-not-created"],
    ["participants", before, company(1), "participant-already-registered"],
    ["a late entry", kickedOff, { ...company(4), date: "2027-02-01" }, "registration-after-kickoff"],
    ["the kick-off", kickedOff, kickoff, "kickoff-already-held"],
    ["the audit", kickedOff, { ...audit("p1"), adviserId: "zoe" } as LifecycleEventInput, "unknown-adviser"],
    ["the results meeting", kickedOff, { type: "results-meeting-held", date: "2027-03-15", participantId: "p1" }, "results-meeting-before-audit"],
    [
      "measures",
      kickedOff,
      { type: "measure-status-changed", date: "2027-06-01", participantId: "p1", measureId: "m1", status: "done" },
      "measure-before-action-plan",
    ],
    ["the symposium", kickedOff, { type: "symposium-held", date: "2027-11-25" }, "symposium-missing-action-plans"],
    ["the prize", kickedOff, { type: "prize-awarded", date: "2027-11-25", participantId: "p1", place: 1 }, "prize-before-symposium"],
    ["the close", kickedOff, { type: "cohort-closed", date: "2027-12-15" }, "close-before-symposium"],
  ];
  const messages = Object.fromEntries(cases.map(([topic, state, event, rule]) => [topic, expectRefused(state, event, rule).message]));

  it("pins the message of each", () => {
    expect(messages).toMatchInlineSnapshot(`
      {
        "a late entry": "registration closed at the kick-off; set late: true to admit a late entry (rule registration-after-kickoff)",
        "measures": "participant "p1" has no action plan (rule measure-before-action-plan)",
        "participants": "participant "p1" is already registered (rule participant-already-registered)",
        "the audit": ""zoe" is not an adviser of this cohort (rule unknown-adviser)",
        "the close": "the cohort closes after the symposium (rule close-before-symposium)",
        "the kick-off": "the kick-off was held on 2027-01-19 (rule kickoff-already-held)",
        "the log": "a log starts with a cohort-created event (rule cohort-not-created)",
        "the prize": "prizes are awarded at or after the symposium (rule prize-before-symposium)",
        "the results meeting": "participant "p1" has not been audited (rule results-meeting-before-audit)",
        "the symposium": "every active participant needs an action plan or an excuse; missing: p1, p2, p3, gem (rule symposium-missing-action-plans)",
      }
    `);
  });
});
