import { describe, expect, it } from "vitest";
import { vsmeReport, type VsmeInput, type VsmeReport } from "../../src/index.js";
import { entity, options, value } from "./fixture.js";

describe("B2 practices", () => {
  const practices = (p: NonNullable<VsmeInput["practices"]>) => vsmeReport({ entity, practices: p }, options);
  const issues = (report: VsmeReport) => value(report, "vsme:SustainabilityIssueAddressedByPracticePolicyAndOrFutureInitiative")?.value;

  it("derives the matters from chosen measures and from scan issues at level 2 or higher", () => {
    const report = practices({
      measures: [
        { id: "a", title: "LED", theme: "energy", status: "planned", noRecommendationReason: "own idea" },
        { id: "b", title: "Water", theme: "water", status: "dropped", droppedReason: "too costly", noRecommendationReason: "own idea" },
        { id: "c", title: "Idea", theme: "social", status: "idea", noRecommendationReason: "own idea" },
      ],
      scan: { "6.7.4": 2, "6.5.3": "1.9", "6.8.3": null, "6.3.9": 4 },
    });
    expect(issues(report)).toBe("vsme:ClimateChangeMember vsme:ConsumersAndEndUsersMember");
    expect(report.notes.map((note) => note.code)).toEqual(["DERIVED_PRACTICES"]);
    expect(report.datapoints["vsme:SustainabilityIssueAddressedByPracticePolicyAndOrFutureInitiative"]?.[0]?.provenance).toEqual([
      "action plan measure a (input practices.measures[0], theme energy)",
      "ISO 26000 scan issue 6.7.4 at level 2 (input practices.scan)",
    ]);
  });

  it("takes the user's own list instead, and an empty list answers the question", () => {
    expect(issues(practices({ issues: ["pollution"], scan: { "6.5.5": 4 } }))).toBe("vsme:PollutionMember");
    const none = practices({ issues: [] });
    expect(issues(none)).toBeUndefined();
    expect(none.questions.find((gap) => gap.concept === "vsme:SustainabilityIssueAddressedByPracticePolicyAndOrFutureInitiative")?.answer).toBe(
      "does-not-apply",
    );
  });
});
