import { Ajv2020 } from "ajv/dist/2020.js";
import { Model } from "survey-core";
import { describe, expect, it } from "vitest";
import {
  fromSurveyJsResult,
  koploperScan,
  parseResponse,
  responseJsonSchema,
  safeParseResponse,
  scoreAssessment,
  toSurveyJs,
} from "../../src/iso26000/index.js";
import { caught as failure, deepFreeze } from "../helpers.js";
import { fullScanAnswers, mini, SCAN_REF } from "./fixtures.js";

const miniResponse = (answers: Record<string, unknown>): unknown => ({ questionnaire: "mini@1.0.0", answers: { name: "Bakker", ...answers } });

describe("parseResponse", () => {
  it("accepts a complete response to the Koploper scan and returns it frozen", () => {
    const answers = fullScanAnswers();
    const response = parseResponse(koploperScan, { questionnaire: SCAN_REF, answers });
    expect(response.questionnaire).toBe(SCAN_REF);
    expect(response.answers).toEqual(answers);
    expect(response.dropped).toEqual([]);
    expect(Object.isFrozen(response)).toBe(true);
    expect(Object.isFrozen(response.answers)).toBe(true);
  });

  it("drops answers to questions hidden by their condition and reports them", () => {
    const answers = fullScanAnswers(2, { has_employees: false });
    const response = parseResponse(koploperScan, { questionnaire: SCAN_REF, answers });
    const aboutStaff = [
      "hr_equal_treatment",
      "hr_free_opinion",
      "lab_job_security",
      "lab_conditions",
      "lab_dialogue",
      "lab_healthy_work",
      "lab_risk_assessment",
      "lab_training",
      "int_staff_ideas",
    ];
    expect(response.dropped).toEqual(aboutStaff.map((key) => ({ key, reason: "hidden" })));
    for (const key of aboutStaff) expect(Object.hasOwn(response.answers, key)).toBe(false);
  });

  it("hides a question whose condition refers to a hidden or unanswered question (cascade)", () => {
    const response = parseResponse(koploperScan, { questionnaire: SCAN_REF, answers: fullScanAnswers(2, { sh_identify: { notApplicable: true } }) });
    expect(response.dropped).toEqual([{ key: "sh_engage", reason: "hidden" }]);
  });

  it("keeps not applicable and unknown as explicit values where the question allows them", () => {
    const response = parseResponse(mini, miniResponse({ climate: { notApplicable: true }, energy: { unknown: true } }));
    expect(response.answers["climate"]).toEqual({ notApplicable: true });
    expect(response.answers["energy"]).toEqual({ unknown: true });
  });

  it("accepts numbers within bounds, also at the bounds", () => {
    expect(parseResponse(mini, miniResponse({ staff: 0 })).answers["staff"]).toBe(0);
    expect(parseResponse(mini, miniResponse({ staff: 500 })).answers["staff"]).toBe(500);
  });

  it("requires visible required questions unless the response is partial", () => {
    const error = failure(() => parseResponse(mini, { questionnaire: "mini@1.0.0", answers: {} }));
    expect(error.issues).toEqual([{ path: ["answers", "name"], message: 'question "name" is required', code: "required" }]);
    expect(parseResponse(mini, { questionnaire: "mini@1.0.0", answers: {} }, { partial: true }).answers).toEqual({});
  });

  it("does not mutate its input", () => {
    const input = deepFreeze({ questionnaire: "mini@1.0.0", answers: { name: "Bakker", waste: ["paper"], report: false, review: 3 } });
    const response = parseResponse(mini, input);
    expect(response.answers).toEqual({ name: "Bakker", waste: ["paper"], report: false });
    expect(input.answers.review).toBe(3);
  });

  describe("rejects", () => {
    it.each<[string, unknown, (string | number)[], string]>([
      ["a non-object", "answers", [], "invalid_type"],
      ["a missing questionnaire reference", { answers: {} }, ["questionnaire"], "invalid_type"],
      ["a reference without a version", { questionnaire: "mini", answers: {} }, ["questionnaire"], "invalid_format"],
      ["missing answers", { questionnaire: "mini@1.0.0" }, ["answers"], "invalid_type"],
      ["an unknown property", { questionnaire: "mini@1.0.0", answers: {}, extra: 1 }, [], "unrecognized_keys"],
      [
        "an answer that is an object of another kind",
        { questionnaire: "mini@1.0.0", answers: { climate: { skipped: true } } },
        ["answers", "climate"],
        "invalid_union",
      ],
      ["an answer that is null", { questionnaire: "mini@1.0.0", answers: { climate: null } }, ["answers", "climate"], "invalid_union"],
    ])("%s, with the path of the problem", (_what, input, path, code) => {
      const error = failure(() => parseResponse(mini, input));
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.issues[0]?.path).toEqual(path);
      expect(error.issues[0]?.code).toBe(code);
    });

    it.each<[string, Record<string, unknown>, string, string]>([
      ["an unknown question key", { solar: true }, "solar", "unknown_question"],
      ["an unknown option code", { energy: "some" }, "energy", "unknown_option"],
      ["an option code for a multiple choice that is not a list", { waste: "paper" }, "waste", "invalid_type"],
      ["an unknown code in a multiple choice", { waste: ["paper", "metal"] }, "waste", "unknown_option"],
      ["a code chosen twice", { waste: ["paper", "paper"] }, "waste", "duplicate_option"],
      ["a number for a single choice", { energy: 4 }, "energy", "invalid_type"],
      ["a string for yes/no", { report: "yes" }, "report", "invalid_type"],
      ["a list for yes/no", { report: [] }, "report", "invalid_type"],
      ["a maturity level above 4", { climate: 5 }, "climate", "invalid_type"],
      ["a maturity level that is not whole", { climate: 2.5 }, "climate", "invalid_type"],
      ["a negative maturity level", { climate: -1 }, "climate", "invalid_type"],
      ["a boolean for a maturity level", { climate: true }, "climate", "invalid_type"],
      ["a number below the minimum", { staff: -1 }, "staff", "too_small"],
      ["a number above the maximum", { staff: 501 }, "staff", "too_big"],
      ["a fraction where a whole number is required", { staff: 2.5 }, "staff", "not_integer"],
      ["a decimal string for a number", { staff: "12" }, "staff", "invalid_type"],
      ["an empty text", { name: "  " }, "name", "empty_text"],
      ["a number for a text", { name: 12 }, "name", "invalid_type"],
      ["not applicable where the question does not allow it", { waste: { notApplicable: true } }, "waste", "not_allowed"],
      ["unknown where the question does not allow it", { report: { unknown: true } }, "report", "not_allowed"],
    ])("%s", (_what, answers, key, code) => {
      const error = failure(() => parseResponse(mini, miniResponse(answers)));
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]?.path).toEqual(["answers", key]);
      expect(error.issues[0]?.code).toBe(code);
    });

    it("an infinite number", () => {
      const error = failure(() => parseResponse(mini, miniResponse({ staff: Number.POSITIVE_INFINITY })));
      expect(error.issues[0]?.path).toEqual(["answers", "staff"]);
    });

    it("a response to another questionnaire or version", () => {
      const error = failure(() => parseResponse(mini, { questionnaire: "mini@1.1.0", answers: { name: "x" } }));
      expect(error.issues).toEqual([{ path: ["questionnaire"], message: 'the response answers "mini@1.1.0", not "mini@1.0.0"', code: "wrong_questionnaire" }]);
    });

    it("with every problem at once, each with its path", () => {
      const error = failure(() => parseResponse(mini, { questionnaire: "mini@1.0.0", answers: { climate: 7, energy: "some", solar: 1 } }));
      expect(error.issues.map((issue) => issue.path.join("."))).toEqual(["answers.solar", "answers.climate", "answers.energy", "answers.name"]);
      expect(error.message).toContain("answers.climate");
    });
  });
});

describe("parseResponse with SurveyJS", () => {
  it("accepts what a survey answered in survey-core gives back, and scores it", () => {
    const survey = new Model(toSurveyJs(koploperScan, { locale: "en" }));
    survey.setValue("has_employees", "no");
    survey.setValue("lab_training", 3);
    survey.setValue("env_biodiversity", 2);
    survey.setValue("env_resources", ["led"]);
    survey.setValue("sh_identify", "__unknown");
    survey.setValue("cons_access", "__na");
    const response = parseResponse(koploperScan, fromSurveyJsResult(koploperScan, survey.data), { partial: true });
    expect(response.answers).toMatchObject({
      has_employees: false,
      env_biodiversity: 2,
      env_resources: ["led"],
      sh_identify: { unknown: true },
      cons_access: { notApplicable: true },
    });
    expect(Object.hasOwn(response.answers, "lab_training")).toBe(false);
    expect(scoreAssessment(koploperScan, response).issues["6.5.6"]?.level?.toString()).toBe("2");
  });
});

describe("safeParseResponse", () => {
  it("returns the response or the error, never throws", () => {
    const ok = safeParseResponse(mini, miniResponse({}));
    expect(ok.success && ok.data.answers).toEqual({ name: "Bakker" });
    const bad = safeParseResponse(mini, miniResponse({ climate: 9 }));
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.code).toBe("INVALID_INPUT");
    expect(safeParseResponse(mini, 42).success).toBe(false);
  });
});

describe("responseJsonSchema", () => {
  const validate = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }).compile(responseJsonSchema());

  it("is a draft 2020-12 schema with the answer in $defs", () => {
    const schema = responseJsonSchema();
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(Object.keys(schema["$defs"] as object)).toEqual(["Answer"]);
  });

  it("accepts a response that parseResponse accepts, in a standard JSON Schema validator", () => {
    const input = { questionnaire: SCAN_REF, answers: fullScanAnswers(1, { sh_engage: { unknown: true }, lab_training: { notApplicable: true } }) };
    expect(parseResponse(koploperScan, input).questionnaire).toBe(SCAN_REF);
    expect(validate(input), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each<[string, unknown]>([
    ["a missing reference", { answers: {} }],
    ["a reference without a version", { questionnaire: "koploper-scan", answers: {} }],
    ["an answer of another kind", { questionnaire: SCAN_REF, answers: { staff: null } }],
    ["an explicit value that is not true", { questionnaire: SCAN_REF, answers: { staff: { unknown: false } } }],
    ["an unknown property", { questionnaire: SCAN_REF, answers: {}, at: "2026-01-01" }],
  ])("rejects %s, as responseSchema does", (_what, input) => {
    expect(validate(input)).toBe(false);
    expect(safeParseResponse(koploperScan, input).success).toBe(false);
  });
});
