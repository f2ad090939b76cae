import { describe, expect, it } from "vitest";
import { fromSurveyJsResult, parseResponse } from "../../src/iso26000/index.js";
import { caught } from "../helpers.js";
import { mini } from "./fixtures.js";

// surveyjs-result.ts: SurveyJS data back into a response to the questionnaire.

describe("fromSurveyJsResult", () => {
  it("turns SurveyJS values into answers that parseResponse accepts, in questionnaire order", () => {
    const response = fromSurveyJsResult(mini, { name: "Bakker", report: "yes", climate: "__na", staff: "12", waste: ["__none"], unknown_name: 1 });
    expect(response).toEqual({
      questionnaire: "mini@1.0.0",
      answers: { climate: { notApplicable: true }, waste: [], report: true, staff: 12, name: "Bakker" },
    });
    expect(parseResponse(mini, response, { partial: true }).answers).toMatchObject({ staff: 12, report: true });
  });

  it("refuses data that is not an object, or an answer no question takes, with messages users see", () => {
    const notAnObject = caught(() => fromSurveyJsResult(mini, [1]));
    expect(notAnObject.issues.map((issue) => issue.path)).toEqual([[]]);
    expect(notAnObject.message).toMatchInlineSnapshot(`
      "invalid SurveyJS data:
      ✖ Invalid input: expected record, received array"
    `);
    expect(caught(() => fromSurveyJsResult(mini, { staff: Number.NaN })).message).toMatchInlineSnapshot(`
      "invalid SurveyJS data:
      ✖ Invalid input
        → at staff"
    `);
  });
});
