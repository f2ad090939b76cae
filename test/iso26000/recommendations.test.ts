import { describe, expect, it } from "vitest";
import { getClause, getClausesOfLevel, getCoreSubjectOfIssue, isKoploperError, recommendationFor } from "../../src/iso26000/index.js";

const issues = getClausesOfLevel("issue").map((issue) => issue.clause);
const themes = ["energy", "water", "waste", "mobility", "purchasing", "social", "governance"];

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isKoploperError(error) ? error.code : "OTHER";
  }
  return undefined;
}

describe("recommendationFor", () => {
  it("has a recommendation for every issue and every step 0-1 to 3-4, in Dutch and English", () => {
    for (const issue of issues) {
      const steps = [0, 1, 2, 3].map((from) => recommendationFor(issue, from));
      expect(steps.map((step) => step.id)).toEqual([`${issue}:0-1`, `${issue}:1-2`, `${issue}:2-3`, `${issue}:3-4`]);
      expect(new Set(steps.map((step) => step.title.nl)).size).toBe(4);
      expect(new Set(steps.map((step) => step.title.en)).size).toBe(4);
      for (const step of steps) {
        expect(step.title.nl).not.toBe(step.title.en);
        expect(step.text.nl).not.toBe(step.text.en);
        expect(step.to).toBe(step.from + 1);
      }
    }
  });

  it("serves the issue and a clause of the standard that fits the step", () => {
    expect([0, 1, 2, 3].map((from) => recommendationFor("6.4.6", from).clauses)).toEqual([
      ["6.4.6", "4.6"],
      ["6.4.6", "7.4"],
      ["6.4.6", "7.7"],
      ["6.4.6", "7.3.3"],
    ]);
    for (const issue of issues) for (const clause of recommendationFor(issue, 0).clauses) expect(getClause(clause).clause).toBe(clause);
  });

  it("suggests a measure in the shape of the action plan", () => {
    const recommendation = recommendationFor("6.5.5", 2);
    expect(recommendation.measure).toEqual({
      title: recommendation.title,
      description: recommendation.measure.description,
      theme: "energy",
      coreSubject: "6.5",
      recommendationId: "6.5.5:2-3",
    });
    expect(recommendation.text.nl).toContain(recommendation.measure.description.nl);
    for (const issue of issues) {
      const { measure } = recommendationFor(issue, 0);
      expect(themes).toContain(measure.theme);
      expect(measure.coreSubject).toBe(getCoreSubjectOfIssue(issue).clause);
    }
  });

  it("rates the quickest step, writing down policy, as the easiest", () => {
    expect([0, 1, 2, 3].map((from) => recommendationFor("6.2.3", from).effort)).toEqual([2, 1, 2, 3]);
  });

  it.each([["6.5"], ["4.2"], ["6.5.7"], [""]])("rejects %j, which is not an issue, with UNKNOWN_CLAUSE", (clause) => {
    expect(codeOf(() => recommendationFor(clause, 0))).toBe("UNKNOWN_CLAUSE");
  });

  it.each([[4], [-1], [1.5], [Number.NaN]])("rejects the level %d with INVALID_INPUT", (from) => {
    expect(codeOf(() => recommendationFor("6.5.5", from))).toBe("INVALID_INPUT");
  });
});
