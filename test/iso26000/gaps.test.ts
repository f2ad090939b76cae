import { describe, expect, it } from "vitest";
import {
  analyzeGaps,
  defaultRelevance,
  getClause,
  koploperScan,
  parseRelevance,
  parseResponse,
  scoreAssessment,
  type AssessmentScore,
  type GapOptions,
  type IssueGap,
  type RelevanceInput,
} from "../../src/iso26000/index.js";
import { fullScanAnswers, mini, SCAN_REF } from "./fixtures.js";
import { caught, deepFreeze } from "../helpers.js";

const scoreMini = (answers: Record<string, unknown>): AssessmentScore =>
  scoreAssessment(mini, parseResponse(mini, { questionnaire: "mini@1.0.0", answers: { name: "Bakker", ...answers } }));

const gapOf = (gaps: readonly IssueGap[], issue: string): IssueGap | undefined => gaps.find((gap) => gap.issue === issue);

// 6.5.5: (1 + 0 x 2) / 3 = 1/3; 6.5.3: 2
const low = scoreMini({ climate: 1, energy: "none", waste: ["paper"] });

describe("analyzeGaps", () => {
  it("sets target 2 for a relevant issue and measures the gap from the current level", () => {
    const { gaps, recommendations } = analyzeGaps(low, {});
    const climate = gapOf(gaps, "6.5.5");
    expect(climate).toMatchObject({ class: "relevant", relevant: "unknown", target: 2, rank: 1, coreSubject: "6.5" });
    expect(climate?.gap?.toFixed(4)).toBe("1.6667");
    expect(gapOf(gaps, "6.5.3")).toMatchObject({ target: 2, rank: null, recommendation: null });
    expect(gapOf(gaps, "6.5.3")?.gap?.toString()).toBe("0");
    expect(recommendations.map((recommendation) => recommendation.id)).toEqual(["6.5.5:0-1"]);
  });

  it("gives an issue without a score no gap: unknown is not 0", () => {
    const gap = gapOf(analyzeGaps(low, {}).gaps, "6.3.3");
    expect(gap).toMatchObject({ current: null, target: 2, gap: null, priority: null, rank: null });
  });

  it("gives a not relevant issue no target", () => {
    const relevance = parseRelevance({ "6.5.5": { relevant: "no", justification: "Geen energieverbruik van betekenis" } });
    const { gaps, recommendations } = analyzeGaps(low, relevance);
    expect(gapOf(gaps, "6.5.5")).toMatchObject({ class: "notRelevant", target: null, gap: null, rank: null });
    expect(recommendations).toEqual([]);
  });

  it("sets target 3 for a significant issue and ranks by (1 + significance) x gap", () => {
    const relevance = parseRelevance({
      "6.5.3": { relevant: "yes", significance: { impact: 2, effectOfAction: 2, stakeholderConcern: 1, societalExpectations: 1 } },
    });
    const { gaps } = analyzeGaps(low, relevance);
    // 6.5.3: (1 + 6) x (3 - 2) = 7, above 6.5.5: 1 x 5/3
    expect(gaps.slice(0, 2).map((gap) => [gap.issue, gap.class, gap.target, gap.priority?.toFixed(2), gap.rank])).toEqual([
      ["6.5.3", "significant", 3, "7.00", 1],
      ["6.5.5", "relevant", 2, "1.67", 2],
    ]);
  });

  it("puts critical issues first, with a target of at least 3", () => {
    const relevance = parseRelevance({
      "6.5.3": { relevant: "yes", critical: ["seriousEnvironmentalHarm"] },
      "6.5.5": { relevant: "yes", significance: { impact: 3, effectOfAction: 3, stakeholderConcern: 3, societalExpectations: 3 } },
    });
    const { gaps } = analyzeGaps(low, relevance, { targets: { critical: 4 } });
    expect(gaps.slice(0, 2).map((gap) => [gap.issue, gap.class, gap.target, gap.critical])).toEqual([
      ["6.5.3", "critical", 4, ["seriousEnvironmentalHarm"]],
      ["6.5.5", "significant", 3, []],
    ]);
  });

  it("takes an adviser's own target per issue", () => {
    const relevance = parseRelevance({ "6.5.3": { relevant: "yes", target: 4 }, "6.5.5": { relevant: "yes", target: 0 } });
    const { gaps } = analyzeGaps(low, relevance);
    expect(gapOf(gaps, "6.5.3")?.gap?.toString()).toBe("2");
    expect(gapOf(gaps, "6.5.5")?.gap?.toString()).toBe("0");
  });

  it("breaks a tie in priority on the ease of the next step", () => {
    // 6.5.5 at 1 (next step 1-2, policy: effort 1); 6.5.3 at 0 (next step 0-1, the law: effort 2); both gap 1
    const score = scoreMini({ climate: 1, energy: { notApplicable: true }, waste: [] });
    const { recommendations } = analyzeGaps(score, parseRelevance({ "6.5.3": { relevant: "yes", target: 1 } }));
    expect(recommendations.map((recommendation) => [recommendation.id, recommendation.effort])).toEqual([
      ["6.5.5:1-2", 1],
      ["6.5.3:0-1", 2],
    ]);
  });

  it("carries whether the current level is conclusive", () => {
    const score = scoreMini({ climate: 1, energy: { unknown: true } });
    expect(gapOf(analyzeGaps(score, {}).gaps, "6.5.5")).toMatchObject({ conclusive: false, rank: 1 });
  });

  it("returns the top 5 recommendations of a Koploper scan by default, each ready for the action plan", () => {
    const score = scoreAssessment(koploperScan, parseResponse(koploperScan, { questionnaire: SCAN_REF, answers: fullScanAnswers(1) }));
    const relevance = defaultRelevance({ size: "small", offers: "products", customers: "both", market: "national", sector: "construction" });
    const { gaps, recommendations } = analyzeGaps(score, relevance);
    expect(recommendations).toHaveLength(5);
    expect(gaps.filter((gap) => gap.rank !== null).length).toBeGreaterThan(5);
    expect(recommendations.map((recommendation) => recommendation.issue)).toEqual(gaps.slice(0, 5).map((gap) => gap.issue));
    for (const recommendation of recommendations) {
      expect(recommendation.title.nl).not.toBe(recommendation.title.en);
      expect(recommendation.text.en.length).toBeGreaterThan(recommendation.title.en.length);
      for (const clause of recommendation.clauses) expect(getClause(clause).clause).toBe(clause);
      expect(recommendation.measure).toMatchObject({ recommendationId: recommendation.id, coreSubject: recommendation.coreSubject });
    }
    expect(analyzeGaps(score, relevance, { top: 3 }).recommendations).toEqual(recommendations.slice(0, 3));
  });

  it("does not mutate its input", () => {
    const relevance = deepFreeze(parseRelevance({ "6.5.5": { relevant: "yes", critical: ["lawNonCompliance"] } }));
    const score = deepFreeze(scoreMini({ climate: 1 }));
    expect(analyzeGaps(score, relevance).gaps[0]?.issue).toBe("6.5.5");
  });

  it.each<[string, GapOptions, string]>([
    ["top 0", { top: 0 }, "top"],
    ["a fractional top", { top: 1.5 }, "top"],
    ["a critical target below 3", { targets: { critical: 2 } }, "targets.critical"],
    ["a target above 4", { targets: { relevant: 5 } }, "targets.relevant"],
    ["a significance threshold above 12", { significantFrom: 13 }, "significantFrom"],
    ["an unknown option", { limit: 3 } as GapOptions, ""],
  ])("rejects %s", (_what, options, path) => {
    const error = caught(() => analyzeGaps(low, {}, options));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues[0]?.path.join(".")).toBe(path);
  });

  it("accepts relevance as an app writes it, defaults left out", () => {
    const input: RelevanceInput = { "6.5.5": { relevant: "yes", critical: ["lawNonCompliance"] } };
    expect(analyzeGaps(low, input).gaps[0]).toMatchObject({ issue: "6.5.5", class: "critical", target: 3 });
  });

  it("rejects invalid relevance with the path of each problem", () => {
    const error = caught(() => analyzeGaps(low, { "6.5.5": { relevant: "no" }, "6.5": { relevant: "yes" } } as RelevanceInput));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => issue.path.join("."))).toEqual(["6.5.5.justification", "6.5"]);
  });
});
