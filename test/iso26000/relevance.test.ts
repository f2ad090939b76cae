import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  classifyIssue,
  defaultRelevance,
  getClausesOfLevel,
  organisationProfileSchema,
  parseRelevance,
  significanceScore,
  type OrganisationProfile,
} from "../../src/iso26000/index.js";
import { deepFreeze } from "../helpers.js";

const entry = (input: unknown) => {
  const parsed = parseRelevance({ "6.5.5": input })["6.5.5"];
  if (parsed === undefined) throw new Error("parsed");
  return parsed;
};

const micro: OrganisationProfile = { size: "micro", offers: "services", customers: "businesses", market: "local", sector: "services" };

const profileArbitrary = fc.record({
  size: fc.constantFrom(...organisationProfileSchema.shape.size.options),
  offers: fc.constantFrom(...organisationProfileSchema.shape.offers.options),
  customers: fc.constantFrom(...organisationProfileSchema.shape.customers.options),
  market: fc.constantFrom(...organisationProfileSchema.shape.market.options),
  sector: fc.constantFrom(...organisationProfileSchema.shape.sector.options),
});

describe("significanceScore", () => {
  it("adds up the four criteria", () => {
    expect(significanceScore(entry({ relevant: "yes", significance: { impact: 3, effectOfAction: 2, stakeholderConcern: 1, societalExpectations: 0 } }))).toBe(
      6,
    );
    expect(significanceScore(entry({ relevant: "yes" }))).toBe(0);
  });
});

describe("classifyIssue", () => {
  const raised = { impact: 2, effectOfAction: 2, stakeholderConcern: 1, societalExpectations: 1 };

  it("makes any critical flag critical", () => {
    expect(classifyIssue(entry({ relevant: "yes", critical: ["seriousEnvironmentalHarm"] }))).toBe("critical");
    expect(classifyIssue(entry({ relevant: "unknown", critical: ["humanRightsViolation"] }))).toBe("critical");
  });

  it('makes "no" not relevant, however significant', () => {
    expect(classifyIssue(entry({ relevant: "no", justification: "n.v.t.", significance: raised }))).toBe("notRelevant");
  });

  it("makes an issue significant from a criteria sum of 6, or the threshold given", () => {
    expect(classifyIssue(entry({ relevant: "yes", significance: raised }))).toBe("significant");
    expect(classifyIssue(entry({ relevant: "yes", significance: { ...raised, impact: 1 } }))).toBe("relevant");
    expect(classifyIssue(entry({ relevant: "yes", significance: { ...raised, impact: 1 } }), 5)).toBe("significant");
  });

  it("treats unknown relevance and an issue not assessed as relevant", () => {
    expect(classifyIssue(entry({ relevant: "unknown" }))).toBe("relevant");
    expect(classifyIssue(undefined)).toBe("relevant");
  });
});

describe("defaultRelevance", () => {
  it("proposes relevance for all 37 issues", () => {
    expect(Object.keys(defaultRelevance(micro))).toEqual(getClausesOfLevel("issue").map((issue) => issue.clause));
  });

  it("leaves issues a small local service company is unlikely to meet unknown", () => {
    const proposed = defaultRelevance(micro);
    expect(["6.3.4", "6.3.5", "6.3.8", "6.6.4", "6.7.4", "6.7.5", "6.7.8", "6.7.9", "6.8.6"].map((clause) => proposed[clause]?.relevant)).toEqual(
      Array(9).fill("unknown"),
    );
    expect(proposed["6.5.5"]?.relevant).toBe("yes");
  });

  it("makes them relevant when the profile says so", () => {
    const proposed = defaultRelevance({ size: "large", offers: "products", customers: "consumers", market: "international", sector: "care" });
    expect(Object.values(proposed).every((issue) => issue.relevant === "yes")).toBe(true);
  });

  it("raises significance where the sector makes an issue weigh more", () => {
    const builder = defaultRelevance({ ...micro, sector: "construction" });
    expect(classifyIssue(builder["6.4.6"])).toBe("significant");
    expect(classifyIssue(builder["6.5.3"])).toBe("significant");
    expect(classifyIssue(defaultRelevance(micro)["6.4.6"])).toBe("relevant");
  });

  it("lets the adviser confirm or change an issue by spreading their own entries", () => {
    const confirmed = { ...defaultRelevance(micro), ...parseRelevance({ "6.7.8": { relevant: "no", justification: "Geen essentiële diensten" } }) };
    expect(classifyIssue(confirmed["6.7.8"])).toBe("notRelevant");
  });

  it("does not mutate its input", () => {
    const profile = deepFreeze({ ...micro });
    expect(defaultRelevance(profile)["6.2.3"]?.relevant).toBe("yes");
  });

  test.prop([profileArbitrary])("never says no and never sets a critical flag, and passes parseRelevance", (profile) => {
    const proposed = defaultRelevance(profile);
    expect(Object.values(proposed).some((issue) => issue.relevant === "no" || issue.critical.length > 0)).toBe(false);
    expect(parseRelevance(proposed)).toEqual(proposed);
  });
});
