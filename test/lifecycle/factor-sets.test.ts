import { describe, expect, it } from "vitest";
import { cohortReport, rankPrize, replay, type LifecycleEventInput } from "../../src/lifecycle/index.js";
import { cohortCreated, company, footprint, participantYear } from "./fixtures.js";
import { caught } from "../helpers.js";

// p1's final footprint is on the 2027 list, its audit on the 2026 list; p2's both on 2026.
const final = (participantId: string, factorSetId: string): LifecycleEventInput =>
  ({
    type: "final-measurement-recorded",
    date: "2027-11-15",
    participantId,
    footprint: { ...footprint(9000, 4000, 1000, 2027), factorSetId },
  }) as LifecycleEventInput;
const state = replay([
  cohortCreated,
  company(1),
  company(2),
  company(3),
  { type: "kickoff-held", date: "2027-01-19", attendance: [], signedAgreements: [] },
  ...participantYear("p1", 10000),
  ...participantYear("p2", 11000),
  ...participantYear("p3", 12000),
  final("p1", "nl-2027"),
  final("p2", "nl-2026"),
]);

describe("comparisons across factor sets in the lifecycle (issue 12, section 5)", () => {
  it("refuses a prize ranking on footprint reduction across factor sets, unless opted in, and then says so", () => {
    const error = caught(() => rankPrize(state, { weights: { footprintReduction: 1 } }));
    expect(error.code).toBe("INCOMPATIBLE_FOOTPRINTS");
    expect(error.message).toContain("p1");
    const ranking = rankPrize(state, { weights: { footprintReduction: 1 } }, { acrossFactorSets: true });
    expect(ranking.acrossFactorSets).toEqual(["p1"]);
    expect(rankPrize(state, { weights: { collaborations: 1 } }).acrossFactorSets).toEqual([]);
  });

  it("refuses the cohort report's measured reduction across factor sets, unless opted in, and then says so", () => {
    expect(caught(() => cohortReport(state)).code).toBe("INCOMPATIBLE_FOOTPRINTS");
    expect(cohortReport(state, { acrossFactorSets: true }).co2.acrossFactorSets).toEqual(["p1"]);
  });

  it("refuses an option that is not a boolean", () => {
    expect(caught(() => cohortReport(state, { acrossFactorSets: "yes" as never })).issues[0]?.path).toEqual(["options", "acrossFactorSets"]);
  });
});
