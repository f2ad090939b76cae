import { describe, expect, it } from "vitest";
import { parseOrganisationProfile, parseRelevance, safeParseOrganisationProfile, safeParseRelevance } from "../../src/iso26000/index.js";
import { caught as failure } from "../helpers.js";
import { deepFreeze } from "../helpers.js";

describe("parseRelevance", () => {
  it("fills in zero significance and no critical flags", () => {
    expect(parseRelevance({ "6.5.5": { relevant: "yes" } })).toEqual({
      "6.5.5": { relevant: "yes", significance: { impact: 0, effectOfAction: 0, stakeholderConcern: 0, societalExpectations: 0 }, critical: [] },
    });
  });

  it("keeps a justification, critical flags and an adviser's target", () => {
    const relevance = parseRelevance({
      "6.4.6": { relevant: "yes", justification: "Werken op hoogte", critical: ["lifeOrHealth", "lawNonCompliance"], target: 4 },
      "6.7.8": { relevant: "no", justification: "Geen essentiële diensten" },
    });
    expect(relevance["6.4.6"]).toMatchObject({ critical: ["lifeOrHealth", "lawNonCompliance"], target: 4, justification: "Werken op hoogte" });
    expect(relevance["6.7.8"]?.relevant).toBe("no");
  });

  it("does not mutate its input", () => {
    const input = deepFreeze({ "6.5.5": { relevant: "unknown" } });
    expect(parseRelevance(input)["6.5.5"]?.critical).toEqual([]);
  });

  it.each<[string, unknown, (string | number)[]]>([
    ["a list instead of an object", [], []],
    ["a clause that is no issue", { "6.5": { relevant: "yes" } }, ["6.5"]],
    ["a clause that does not exist", { "6.5.7": { relevant: "yes" } }, ["6.5.7"]],
    ["a relevance that is not yes, no or unknown", { "6.5.5": { relevant: "maybe" } }, ["6.5.5", "relevant"]],
    ["a missing relevance", { "6.5.5": {} }, ["6.5.5", "relevant"]],
    ['"no" without a justification', { "6.5.5": { relevant: "no" } }, ["6.5.5", "justification"]],
    ['"no" with an empty justification', { "6.5.5": { relevant: "no", justification: "   " } }, ["6.5.5", "justification"]],
    ['"no" on a critical issue', { "6.5.5": { relevant: "no", justification: "x", critical: ["lawNonCompliance"] } }, ["6.5.5", "critical"]],
    [
      "a criterion above 3",
      { "6.5.5": { relevant: "yes", significance: { impact: 4, effectOfAction: 0, stakeholderConcern: 0, societalExpectations: 0 } } },
      ["6.5.5", "significance", "impact"],
    ],
    [
      "a criterion that is not whole",
      { "6.5.5": { relevant: "yes", significance: { impact: 1.5, effectOfAction: 0, stakeholderConcern: 0, societalExpectations: 0 } } },
      ["6.5.5", "significance", "impact"],
    ],
    [
      "a missing criterion",
      { "6.5.5": { relevant: "yes", significance: { impact: 1, effectOfAction: 0, stakeholderConcern: 0 } } },
      ["6.5.5", "significance", "societalExpectations"],
    ],
    ["an unknown critical flag", { "6.5.5": { relevant: "yes", critical: ["badPress"] } }, ["6.5.5", "critical", 0]],
    ["a critical flag twice", { "6.5.5": { relevant: "yes", critical: ["lifeOrHealth", "lifeOrHealth"] } }, ["6.5.5", "critical"]],
    ["a target below 3 on a critical issue", { "6.5.5": { relevant: "yes", critical: ["lifeOrHealth"], target: 2 } }, ["6.5.5", "target"]],
    ["a target above 4", { "6.5.5": { relevant: "yes", target: 5 } }, ["6.5.5", "target"]],
    ["an unknown property", { "6.5.5": { relevant: "yes", weight: 2 } }, ["6.5.5"]],
  ])("rejects %s, with the path of the problem", (_what, input, path) => {
    const error = failure(() => parseRelevance(input));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => issue.path)).toContainEqual(path);
  });
});

describe("safeParseRelevance", () => {
  it("returns the relevance or the error, never throws", () => {
    expect(safeParseRelevance({}).success).toBe(true);
    const bad = safeParseRelevance({ "6.5.5": { relevant: "no" } });
    expect(!bad.success && bad.error.issues[0]?.message).toContain("justification");
  });
});

const profile = { size: "micro", offers: "services", customers: "businesses", market: "local", sector: "services" };

describe("parseOrganisationProfile", () => {
  it("returns the profile", () => {
    expect(parseOrganisationProfile(profile)).toEqual(profile);
  });

  it.each<[string, unknown, (string | number)[]]>([
    ["a missing size", { ...profile, size: undefined }, ["size"]],
    ["an unknown sector", { ...profile, sector: "mining" }, ["sector"]],
    ["an unknown market", { ...profile, market: "global" }, ["market"]],
    ["an unknown offer", { ...profile, offers: "goods" }, ["offers"]],
    ["unknown customers", { ...profile, customers: "government" }, ["customers"]],
    ["an unknown property", { ...profile, staff: 8 }, []],
    ["null", null, []],
  ])("rejects %s", (_what, input, path) => {
    const error = failure(() => parseOrganisationProfile(input));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues[0]?.path).toEqual(path);
  });
});

describe("safeParseOrganisationProfile", () => {
  it("returns the profile or the error, never throws", () => {
    expect(safeParseOrganisationProfile(profile).success).toBe(true);
    expect(safeParseOrganisationProfile({ size: "tiny" }).success).toBe(false);
  });
});
