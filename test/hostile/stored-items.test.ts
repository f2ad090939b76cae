import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { auditRecommendations, itemToAuditRecommendation } from "../../src/audit/index.js";
import { getVisibleQuestionKeys, koploperScan, nl2026, recommendationFor, toAuditRecommendation } from "../../src/index.js";
import { bakery } from "../audit/fixtures.js";
import { caught } from "../helpers.js";

// Issue 18, class 4: an audit item and a recommendation that went through JSON give the same
// recommendation for the action plan; anything else is refused with INVALID_INPUT, never a TypeError.

const items = auditRecommendations(bakery(), { factors: nl2026, date: "2026-06-01" }).items;
const stored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const junk = fc.oneof(
  fc.constant(null),
  fc.constant({}),
  fc.string(),
  fc.integer(),
  fc.array(fc.anything()),
  fc.record({ text: fc.anything(), measure: fc.anything() }),
);

describe("stored items and recommendations", () => {
  it("give the same recommendation for the plan from their JSON form", () => {
    for (const item of items) expect(itemToAuditRecommendation(stored(item), "en")).toEqual(itemToAuditRecommendation(item, "en"));
    const recommendation = recommendationFor("6.5.5", 1);
    expect(toAuditRecommendation(stored(recommendation))).toEqual(toAuditRecommendation(recommendation));
  });

  test.prop([junk])("refuse anything else with INVALID_INPUT", (value) => {
    expect(caught(() => itemToAuditRecommendation(value as never)).code).toBe("INVALID_INPUT");
    expect(caught(() => toAuditRecommendation(value as never)).code).toBe("INVALID_INPUT");
  });

  it("getVisibleQuestionKeys refuses answers or a questionnaire that are not one", () => {
    expect(caught(() => getVisibleQuestionKeys(koploperScan, null as never)).issues[0]?.path).toEqual(["answers"]);
    expect(caught(() => getVisibleQuestionKeys({} as never, {})).issues[0]?.path).toEqual(["questionnaire"]);
    expect(getVisibleQuestionKeys(stored(koploperScan), {})).toEqual(getVisibleQuestionKeys(koploperScan, {}));
  });
});
