import { test } from "@fast-check/vitest";
import { Model } from "survey-core";
import { describe, expect, it } from "vitest";
import {
  answerValueSchema,
  fromSurveyJsResult,
  getVisibleQuestionKeys,
  koploperScan,
  parseQuestionnaire,
  toSurveyJs,
  type AnswerValue,
  type Question,
  type Questionnaire,
} from "../../src/iso26000/index.js";
import { answersArbitrary, questionsOf } from "./fixtures.js";
import { caught } from "../helpers.js";

/** A questionnaire that uses every question type, both explicit states and every condition. */
const logic = parseQuestionnaire({
  id: "logic",
  version: "2.0.0",
  locales: ["nl", "en"],
  title: { nl: "Logica", en: "Logic" },
  introduction: { nl: "Inleiding" },
  sections: [
    {
      key: "first",
      title: { nl: "Eerste" },
      introduction: { nl: "Over de eerste", en: "About the first" },
      questions: [
        { key: "staff", type: "number", unit: "FTE", min: 0, max: 50, integer: true, allowUnknown: true, required: true, title: { nl: "FTE?" } },
        { key: "share", type: "number", unit: "%", title: { nl: "Aandeel?" } },
        { key: "name", type: "text", allowNotApplicable: true, allowUnknown: true, title: { nl: "Naam?" }, help: { nl: "Uitleg", en: "Help" } },
        { key: "story", type: "text", multiline: true, required: true, title: { nl: "Verhaal?" } },
        { key: "staffed", type: "yes-no", allowNotApplicable: true, scores: { yes: 2, no: 0 }, required: true, title: { nl: "Personeel?", en: "Staff?" } },
        {
          key: "energy",
          type: "multiple-choice",
          allowUnknown: true,
          maxPoints: 2,
          title: { nl: "Energie?" },
          options: [
            { code: "led", label: { nl: "LED" }, points: 1 },
            { code: "solar", label: { nl: "Zon", en: "Solar" }, points: 1 },
            { code: "it's", label: { nl: "Quote" }, points: 0 },
          ].filter((option) => option.code !== "it's"),
        },
      ],
    },
    {
      key: "second",
      title: { nl: "Tweede" },
      clause: "6.5",
      questions: [
        {
          key: "waste",
          type: "single-choice",
          allowNotApplicable: true,
          allowUnknown: true,
          title: { nl: "Afval?" },
          options: [
            { code: "none", label: { nl: "Niets" }, score: 0 },
            { code: "sorted", label: { nl: "Gescheiden" }, score: 3 },
          ],
          visibleIf: {
            op: "or",
            conditions: [
              { op: "equals", question: "staffed", value: true },
              { op: "in", question: "energy", values: ["solar"] },
            ],
          },
        },
        {
          key: "climate",
          type: "maturity",
          allowNotApplicable: true,
          title: { nl: "Klimaat?" },
          levels: [{ nl: "0" }, { nl: "1" }, { nl: "2" }, { nl: "3" }, { nl: "4" }],
          visibleIf: {
            op: "and",
            conditions: [
              { op: "answered", question: "waste" },
              { op: "not", condition: { op: "equals", question: "staff", value: 0 } },
            ],
          },
        },
        {
          key: "plan",
          type: "yes-no",
          title: { nl: "Plan?" },
          visibleIf: {
            op: "or",
            conditions: [
              { op: "in", question: "climate", values: [3, 4] },
              { op: "answered", question: "name" },
              { op: "answered", question: "energy" },
              {
                op: "and",
                conditions: [
                  { op: "answered", question: "staff" },
                  { op: "answered", question: "staffed" },
                ],
              },
            ],
          },
        },
        { key: "last", type: "text", title: { nl: "Tot slot" }, visibleIf: { op: "in", question: "waste", values: ["none", "sorted"] } },
      ],
    },
  ],
});

/** What a respondent does in SurveyJS to give `answer` (test oracle, written from the SurveyJS side). */
function surveyValues(question: Question, answer: AnswerValue): Record<string, unknown> {
  const status = question.type === "number" || question.type === "text";
  if (typeof answer === "object" && !Array.isArray(answer)) {
    const special = "notApplicable" in answer ? "__na" : "__unknown";
    if (status) return { [`${question.key}__status`]: special };
    return { [question.key]: question.type === "multiple-choice" ? [special] : special };
  }
  if (question.type === "yes-no") return { [question.key]: answer === true ? "yes" : "no" };
  if (question.type === "multiple-choice" && Array.isArray(answer) && answer.length === 0) return { [question.key]: ["__none"] };
  return { [question.key]: answer };
}

/**
 * Gives SurveyJS the answers to the questions `getVisibleQuestionKeys` shows, all at once;
 * SurveyJS then decides itself which questions it shows.
 */
function answerInSurveyJs(model: Model, questionnaire: Questionnaire, answers: Record<string, AnswerValue>): Model {
  const shown = new Set(getVisibleQuestionKeys(questionnaire, answers));
  const data = questionsOf(questionnaire).flatMap((question) => {
    const answer = answers[question.key];
    return answer === undefined || !shown.has(question.key) ? [] : Object.entries(surveyValues(question, answer));
  });
  model.data = Object.fromEntries(data);
  return model;
}

function visibleIn(model: Model, questionnaire: Questionnaire): string[] {
  return questionsOf(questionnaire)
    .map((question) => question.key)
    .filter((key) => model.getQuestionByName(key).isVisible);
}

describe("toSurveyJs", () => {
  it("writes a page per section, a page per core subject for the Koploper scan", () => {
    const survey = toSurveyJs(koploperScan);
    expect(survey.pages.map((page) => page.name)).toEqual(koploperScan.sections.map((section) => section.key));
    expect(survey.pages.map((page) => page.title).slice(3, 10)).toEqual([
      "Behoorlijk bestuur",
      "Mensenrechten",
      "Arbeidspraktijken",
      "Milieu",
      "Eerlijk zakendoen",
      "Consumentenaangelegenheden",
      "Betrokkenheid bij en ontwikkeling van de gemeenschap",
    ]);
  });

  it("loads in survey-core with every question, in the requested locale", () => {
    const model = new Model(toSurveyJs(koploperScan, { locale: "en" }));
    expect(model.pages).toHaveLength(11);
    for (const question of questionsOf(koploperScan)) expect(model.getQuestionByName(question.key)?.title).toBe(question.title.en);
    expect(model.title).toBe("Koploper scan for corporate social responsibility");
  });

  it("keeps option codes as choice values and adds the explicit states as choices", () => {
    const waste = new Model(toSurveyJs(logic)).getQuestionByName("waste");
    expect(waste["choices"].map((choice: { value: unknown }) => choice.value)).toEqual(["none", "sorted", "__na", "__unknown"]);
    expect(waste["choices"].map((choice: { text: string }) => choice.text)).toEqual(["Niets", "Gescheiden", "Niet van toepassing", "Weet ik niet"]);
  });

  it("writes conditions as SurveyJS expressions", () => {
    const elements = toSurveyJs(logic).pages[1]?.elements;
    expect(elements?.[0]?.visibleIf).toBe("({staffed} = 'yes' or {energy} contains 'solar')");
    expect(elements?.[1]?.visibleIf).toBe(
      "(({waste} notempty and {waste} != '__na' and {waste} != '__unknown') and !(({staff} = 0 and {staff__status} empty)))",
    );
    expect(elements?.[3]?.visibleIf).toBe("({waste} = 'none' or {waste} = 'sorted')");
  });

  it("falls back to the default locale where a translation is missing", () => {
    const survey = toSurveyJs(logic, { locale: "en" });
    expect(survey.description).toBe("Inleiding");
    expect(survey.pages[0]?.description).toBe("About the first");
    expect(survey.pages[0]?.title).toBe("Eerste");
  });

  it("writes numbers with their unit, bounds and a whole-number check", () => {
    const model = new Model(toSurveyJs(logic));
    model.setValue("staff", 51);
    model.setValue("story", "x");
    model.setValue("staffed", "no");
    expect(model.validate(false)).toBe(false);
    model.setValue("staff", 2.5);
    expect(model.validate(false)).toBe(false);
    model.setValue("staff", 5);
    expect(model.validate(false)).toBe(true);
    expect(model.getQuestionByName("staff")["placeholder"]).toBe("FTE");
  });

  it("does not require a required number once it is marked unknown", () => {
    const model = new Model(toSurveyJs(logic));
    model.setValue("story", "x");
    model.setValue("staffed", "__na");
    expect(model.validate(false)).toBe(false);
    model.setValue("staff__status", "__unknown");
    expect(model.validate(false)).toBe(true);
  });

  it("does not mutate the questionnaire", () => {
    const before = JSON.stringify(logic);
    toSurveyJs(logic, { locale: "en" });
    expect(JSON.stringify(logic)).toBe(before);
  });
});

describe("toSurveyJs and fromSurveyJsResult", () => {
  // One survey-core model per property, cleared before each run: building one takes a while.
  const logicModel = new Model(toSurveyJs(logic, { locale: "en" }));
  const scanModel = new Model(toSurveyJs(koploperScan, { locale: "en" }));

  test.prop([answersArbitrary(logic)], { numRuns: 100 })(
    "show the questions getVisibleQuestionKeys shows, and give back the answers to them",
    (answers) => {
      const model = answerInSurveyJs(logicModel, logic, answers);
      const visible = getVisibleQuestionKeys(logic, answers);
      expect(visibleIn(model, logic)).toEqual(visible);
      const expected = Object.fromEntries(visible.filter((key) => answers[key] !== undefined).map((key) => [key, answers[key]]));
      expect(fromSurveyJsResult(logic, model.data)).toEqual({ questionnaire: "logic@2.0.0", answers: expected });
    },
    120_000,
  );

  test.prop([answersArbitrary(koploperScan)], { numRuns: 20 })(
    "round-trip the Koploper scan through survey-core",
    (answers) => {
      const model = answerInSurveyJs(scanModel, koploperScan, answers);
      const visible = getVisibleQuestionKeys(koploperScan, answers);
      expect(visibleIn(model, koploperScan)).toEqual(visible);
      const result = fromSurveyJsResult(koploperScan, model.data);
      expect(Object.keys(result.answers)).toEqual(visible.filter((key) => answers[key] !== undefined));
      for (const [key, answer] of Object.entries(result.answers)) {
        expect(answerValueSchema.safeParse(answer).success).toBe(true);
        expect(answer).toEqual(answers[key]);
      }
    },
    120_000,
  );
});

describe("fromSurveyJsResult", () => {
  it("converts SurveyJS values into answers", () => {
    expect(
      fromSurveyJsResult(logic, {
        staff: "12",
        share: "",
        name: "Bakkerij",
        name__status: null,
        staffed: "no",
        energy: ["__none"],
        waste: "__na",
        climate: 3,
        plan: "yes",
        extra: "ignored",
      }),
    ).toEqual({
      questionnaire: "logic@2.0.0",
      answers: { staff: 12, name: "Bakkerij", staffed: false, energy: [], waste: { notApplicable: true }, climate: 3, plan: true },
    });
  });

  it("lets the companion status win over a value left behind", () => {
    expect(fromSurveyJsResult(logic, { name: "Bakkerij", name__status: "__na", energy: ["led", "__unknown"] }).answers).toEqual({
      name: { notApplicable: true },
      energy: { unknown: true },
    });
  });

  it("leaves values of the wrong kind for parseResponse to reject", () => {
    expect(fromSurveyJsResult(logic, { staffed: "maybe", staff: "twelve", energy: "led", climate: "high" }).answers).toEqual({
      staff: "twelve",
      staffed: "maybe",
      energy: "led",
      climate: "high",
    });
  });

  it("does not mutate its input", () => {
    const data = Object.freeze({ energy: Object.freeze(["led", "__none"]), staffed: "yes" });
    expect(fromSurveyJsResult(logic, data).answers).toEqual({ staffed: true, energy: ["led"] });
    expect(data.energy).toEqual(["led", "__none"]);
  });

  it.each<[string, unknown, (string | number)[]]>([
    ["not an object", "data", []],
    ["an array", [1], []],
    ["null", null, []],
    ["an object as answer", { waste: { code: "none" } }, ["waste"]],
    ["an infinite number", { staff: Number.POSITIVE_INFINITY }, ["staff"]],
    ["an array of numbers for a multiple choice", { energy: [1, 2] }, ["energy"]],
  ])("rejects %s with INVALID_INPUT and its path", (_name, data, path) => {
    const error = caught(() => fromSurveyJsResult(logic, data));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues[0]?.path).toEqual(path);
  });
});
