import { describe, expect, it } from "vitest";
import { checkResponse } from "../../src/iso26000/response.js";
import { parseResponse, type Answers } from "../../src/iso26000/index.js";
import { caught } from "../helpers.js";
import { mini } from "./fixtures.js";

// response.ts: the rules of a response beyond its shape, over already-shaped answers.

const check = (answers: Answers, partial = false, questionnaire = "mini@1.0.0") => checkResponse(mini, { questionnaire, answers }, partial);
const codes = (answers: Answers, partial = true) => check(answers, partial).problems.map((problem) => [problem.path.join("."), problem.code]);

describe("checkResponse", () => {
  it("keeps valid answers, normalised, and drops answers to hidden questions", () => {
    const checked = check({ name: "Bakker", waste: ["paper"], report: false, review: 3, climate: { unknown: true } });
    expect(checked.problems).toEqual([]);
    expect(checked.answers).toEqual({ name: "Bakker", waste: ["paper"], report: false, climate: { unknown: true } });
    expect(checked.dropped).toEqual([{ key: "review", reason: "hidden" }]);
  });

  it("names the wrong questionnaire, unknown questions and missing required ones", () => {
    expect(check({ nope: 1 }, false, "other@1.0.0").problems.map((problem) => [problem.path.join("."), problem.code])).toEqual([
      ["questionnaire", "wrong_questionnaire"],
      ["answers.nope", "unknown_question"],
      ["answers.name", "required"],
    ]);
    expect(codes({})).toEqual([]);
  });

  it("checks each value against its question type, options and bounds", () => {
    expect(
      codes({ climate: 5, energy: "some", waste: ["paper", "paper"], report: "yes", staff: 2.5, name: " " }).concat(
        codes({ waste: ["metal"], staff: -1 }),
        codes({ staff: 501 }),
      ),
    ).toEqual([
      ["answers.climate", "invalid_type"],
      ["answers.energy", "unknown_option"],
      ["answers.waste", "duplicate_option"],
      ["answers.report", "invalid_type"],
      ["answers.staff", "not_integer"],
      ["answers.name", "empty_text"],
      ["answers.waste", "unknown_option"],
      ["answers.staff", "too_small"],
      ["answers.staff", "too_big"],
    ]);
  });

  it("allows not applicable and unknown only where the question does", () => {
    expect(codes({ waste: { notApplicable: true }, report: { unknown: true } })).toEqual([
      ["answers.waste", "not_allowed"],
      ["answers.report", "not_allowed"],
    ]);
  });

  it("gives users every problem in one message", () => {
    const error = caught(() => parseResponse(mini, { questionnaire: "mini@1.0.0", answers: { climate: 5, staff: 501, extra: true } }));
    expect(error.message).toMatchInlineSnapshot(
      `"invalid response: answers.extra: the questionnaire has no question "extra"; answers.climate: question "climate" is maturity: expected a level 0, 1, 2, 3 or 4, got 5; answers.staff: question "staff": 501 is above the maximum 500 FTE; answers.name: question "name" is required"`,
    );
  });
});
