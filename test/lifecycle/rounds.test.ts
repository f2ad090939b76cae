import { describe, expect, it } from "vitest";
import { replay, roundsReport, safeParseEvent, type LifecycleEventInput } from "../../src/lifecycle/index.js";
import { caught } from "../helpers.js";
import { laterRound } from "./fixtures.js";

const first = replay(laterRound("westerkwartier-2027", 0));
const second = replay(laterRound("westerkwartier-2029", 2, "westerkwartier-2027"));

describe("repeat rounds", () => {
  it("links a second round of a municipality to the first and reports each round", () => {
    const report = roundsReport([second, first]);
    expect(report.series).toHaveLength(1);
    expect(report.series[0]?.rounds.map((round) => [round.round, round.cohortId, round.follows, round.start])).toEqual([
      [1, "westerkwartier-2027", undefined, "2027-01-19"],
      [2, "westerkwartier-2029", "westerkwartier-2027", "2029-01-19"],
    ]);
    expect(report.series[0]?.rounds.map((round) => round.report.measures.chosen)).toEqual([8, 8]);
  });

  it("keeps unlinked cohorts as series of one, ordered by start", () => {
    const other = replay(laterRound("leek-2028", 1));
    expect(roundsReport([second, other, first]).series.map((series) => series.rounds.map((round) => round.cohortId))).toEqual([
      ["westerkwartier-2027", "westerkwartier-2029"],
      ["leek-2028"],
    ]);
  });

  it("refuses broken links with every issue and its path", () => {
    const elsewhere = (() => {
      const log = laterRound("elders-2029", 2, "westerkwartier-2027");
      const [created, ...rest] = log as [LifecycleEventInput & { cohort: object }, ...LifecycleEventInput[]];
      return replay([{ ...created, cohort: { ...created.cohort, municipalities: ["Leek"] } } as LifecycleEventInput, ...rest]);
    })();
    const earlier = replay(laterRound("vroeg-2025", -2, "westerkwartier-2027"));
    const orphan = replay(laterRound("wees-2031", 4, "bestaat-niet"));
    const error = caught(() => roundsReport([first, second, elsewhere, earlier, orphan, first]));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [[5, "cohort", "id"], "duplicate-cohort"],
      [[2, "cohort", "follows"], "round-of-another-municipality"],
      [[2, "cohort", "follows"], "round-already-followed"],
      [[3, "cohort", "follows"], "round-before-earlier-round"],
      [[3, "cohort", "follows"], "round-already-followed"],
      [[4, "cohort", "follows"], "unknown-cohort"],
    ]);
    expect(caught(() => roundsReport("rounds" as never)).issues[0]?.path).toEqual([]);
    expect(safeParseEvent({ type: "cohort-created", date: "2028-01-01", cohort: { ...first.cohort, follows: "" } }).success).toBe(false);
  });
});
