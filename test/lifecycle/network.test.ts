import { describe, expect, it } from "vitest";
import {
  applyNetworkEvent,
  inactiveMembers,
  parseNetworkEvent,
  replay,
  replayNetwork,
  type CohortState,
  type NetworkEventInput,
} from "../../src/lifecycle/index.js";
import { caught, deepFreeze } from "../helpers.js";
import { laterRound } from "./fixtures.js";
import { upTo } from "./helpers.js";

const first = replay(laterRound("westerkwartier-2027", 0));
const second = replay(laterRound("westerkwartier-2029", 2, "westerkwartier-2027"));

describe("the Koplopernetwerk", () => {
  const cohorts: readonly CohortState[] = deepFreeze([first, second]);
  const log: NetworkEventInput[] = [
    { type: "network-created", date: "2027-12-20", network: { id: "westerkwartier", name: "Koplopernetwerk Westerkwartier", region: "Groningen" } },
    { type: "member-joined", date: "2028-01-10", memberId: "bedrijf-1", cohortId: "westerkwartier-2027", participantId: "p1" },
    { type: "member-joined", date: "2028-01-10", memberId: "gemeente", cohortId: "westerkwartier-2027", participantId: "gem" },
    { type: "activity-held", date: "2028-03-01", activityId: "voorjaar-2028", title: "Voorjaarsbijeenkomst", attendance: ["bedrijf-1", "gemeente"] },
    { type: "member-joined", date: "2030-01-05", memberId: "bedrijf-2-ronde-2", cohortId: "westerkwartier-2029", participantId: "p2" },
    {
      type: "activity-held",
      date: "2030-03-01",
      activityId: "bedrijfsbezoek",
      title: "Bedrijfsbezoek",
      organisedBy: "bedrijf-1",
      attendance: ["bedrijf-2-ronde-2"],
    },
    {
      type: "collaboration-started",
      date: "2030-04-01",
      memberIds: ["bedrijf-1", "bedrijf-2-ronde-2"],
      kind: "business-deal",
      description: "Samen groene stroom inkopen",
      activityId: "bedrijfsbezoek",
    },
  ];

  it("records an activity for members of both rounds, organised by a member", () => {
    const state = replayNetwork(log, cohorts);
    expect(state.memberIds).toEqual(["bedrijf-1", "gemeente", "bedrijf-2-ronde-2"]);
    expect(state.members["bedrijf-2-ronde-2"]).toMatchObject({
      name: "Bedrijf 2",
      cohortId: "westerkwartier-2029",
      cohortName: "Koploperproject Westerkwartier",
      lastActiveOn: "2030-04-01",
    });
    expect(state.activities.map((activity) => [activity.activityId, activity.organisedBy ?? "network", activity.attendance])).toEqual([
      ["voorjaar-2028", "network", ["bedrijf-1", "gemeente"]],
      ["bedrijfsbezoek", "bedrijf-1", ["bedrijf-2-ronde-2"]],
    ]);
    expect(state.collaborations).toHaveLength(1);
    expect(state.eventCount).toBe(log.length);
  });

  it("says who has not been active for a year, with now as a parameter", () => {
    const state = replayNetwork(log, cohorts);
    expect(inactiveMembers(state, "2029-02-28")).toEqual([]);
    expect(inactiveMembers(state, "2029-03-01")).toEqual([
      { memberId: "gemeente", name: "Gemeente Westerkwartier", cohortId: "westerkwartier-2027", lastActiveOn: "2028-03-01", since: "2028-03-01" },
    ]);
    expect(inactiveMembers(state, "2031-06-01").map((member) => member.memberId)).toEqual(["gemeente", "bedrijf-1", "bedrijf-2-ronde-2"]);
    expect(inactiveMembers(state, "2030-10-01", { months: 6 }).map((member) => member.memberId)).toEqual(["gemeente", "bedrijf-1", "bedrijf-2-ronde-2"]);
    const quiet = replayNetwork(log.slice(0, 3), cohorts);
    expect(inactiveMembers(quiet, "2029-01-10")[0]).toMatchObject({ memberId: "bedrijf-1", lastActiveOn: null, since: "2028-01-10" });
  });

  it("refuses bad arguments to inactiveMembers with their paths", () => {
    const state = replayNetwork(log, cohorts);
    expect(caught(() => inactiveMembers(state, "2029-02-30")).issues.map((issue) => issue.path)).toEqual([["now"]]);
    expect(caught(() => inactiveMembers(state, "2029-01-01", { months: 0 })).issues.map((issue) => issue.path)).toEqual([["options", "months"]]);
    expect(caught(() => inactiveMembers(state, "2029-01-01", { weeks: 3 } as never)).issues.map((issue) => issue.path)).toEqual([["options"]]);
  });

  it.each<[string, NetworkEventInput, string, readonly (string | number)[]]>([
    ["a second network-created", log[0] as NetworkEventInput, "network-already-created", ["type"]],
    [
      "an event before the network",
      { type: "activity-held", date: "2027-12-01", activityId: "x", title: "X", attendance: [] },
      "date-before-creation",
      ["date"],
    ],
    [
      "a member twice",
      { type: "member-joined", date: "2030-02-01", memberId: "bedrijf-1", cohortId: "westerkwartier-2027", participantId: "p2" },
      "member-already-joined",
      ["memberId"],
    ],
    [
      "a member of an unknown cohort",
      { type: "member-joined", date: "2030-02-01", memberId: "m", cohortId: "leek", participantId: "p2" },
      "unknown-cohort",
      ["cohortId"],
    ],
    [
      "an unknown participant",
      { type: "member-joined", date: "2030-02-01", memberId: "m", cohortId: "westerkwartier-2027", participantId: "p9" },
      "unknown-participant",
      ["participantId"],
    ],
    [
      "a member joined before its cohort closed",
      { type: "member-joined", date: "2029-12-01", memberId: "m", cohortId: "westerkwartier-2029", participantId: "p3" },
      "date-before-close",
      ["date"],
    ],
    ["the same activity twice", { ...(log[3] as NetworkEventInput), date: "2030-06-01" } as NetworkEventInput, "activity-already-recorded", ["activityId"]],
    [
      "an unknown organiser",
      { type: "activity-held", date: "2030-06-01", activityId: "y", title: "Y", organisedBy: "nobody", attendance: [] },
      "unknown-member",
      ["organisedBy"],
    ],
    [
      "an attendee before joining",
      { type: "activity-held", date: "2029-06-01", activityId: "y", title: "Y", attendance: ["bedrijf-1", "bedrijf-2-ronde-2"] },
      "date-before-joining",
      ["date"],
    ],
    [
      "a collaboration at an unknown activity",
      { type: "collaboration-started", date: "2030-06-01", memberIds: ["bedrijf-1", "gemeente"], kind: "joint-project", description: "Z", activityId: "nope" },
      "unknown-activity",
      ["activityId"],
    ],
    [
      "a collaboration before its activity",
      {
        type: "collaboration-started",
        date: "2030-02-01",
        memberIds: ["bedrijf-1", "gemeente"],
        kind: "joint-project",
        description: "Z",
        activityId: "bedrijfsbezoek",
      },
      "date-before-activity",
      ["date"],
    ],
  ])("refuses %s and leaves the state as it was", (_what, event, rule, path) => {
    const state = deepFreeze(replayNetwork(log, cohorts));
    const before = JSON.stringify(state);
    const error = caught(() => applyNetworkEvent(state, event, cohorts));
    expect([error.code, error.issues[0]?.code, error.issues[0]?.path]).toEqual(["INVALID_TRANSITION", rule, path]);
    expect(JSON.stringify(state)).toBe(before);
  });

  it("takes members only from completed cohorts", () => {
    const open = replay(upTo(laterRound("open-2031", 4), "cohort-closed"));
    const start = replayNetwork(log.slice(0, 1));
    const error = caught(() =>
      applyNetworkEvent(start, { type: "member-joined", date: "2032-01-01", memberId: "m", cohortId: "open-2031", participantId: "p1" }, [open]),
    );
    expect(error.issues[0]?.code).toBe("participant-not-completed");
  });

  it("starts with network-created, and names the event's index in a refused log", () => {
    expect(caught(() => replayNetwork([])).issues[0]?.code).toBe("network-not-created");
    expect(caught(() => applyNetworkEvent(undefined, log[1] as NetworkEventInput)).issues[0]?.code).toBe("network-not-created");
    const error = caught(() => replayNetwork([...log.slice(0, 2), log[1] as NetworkEventInput], cohorts));
    expect(error.message).toContain("event 2:");
    expect(error.issues[0]?.path).toEqual([2, "memberId"]);
  });

  it("refuses malformed network events with every issue and its path", () => {
    const error = caught(() => parseNetworkEvent({ type: "collaboration-started", date: "2030-13-01", memberIds: ["a", "a"], kind: "lunch", description: "" }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => issue.path)).toEqual([["date"], ["memberIds"], ["kind"], ["description"]]);
    expect(caught(() => parseNetworkEvent({ type: "network-created", date: "2028-01-01", network: { id: "n", name: "N", extra: 1 } })).issues[0]?.path).toEqual(
      ["network"],
    );
    expect(caught(() => parseNetworkEvent({ type: "party", date: "2028-01-01" })).issues[0]?.path).toEqual(["type"]);
  });
});
