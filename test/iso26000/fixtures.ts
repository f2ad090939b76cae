import { fc } from "@fast-check/vitest";
import { koploperScan, parseQuestionnaire, type AnswerValue, type Question, type Questionnaire, type QuestionnaireInput } from "../../src/iso26000/index.js";

export const SCAN_REF = "koploper-scan@2.0.0";

export const questionsOf = (questionnaire: Questionnaire): Question[] => questionnaire.sections.flatMap((section) => section.questions);

/** A valid value (not N/A or unknown) for a question, picked deterministically by `pick`. */
export function valueFor(question: Question, pick = 0): AnswerValue {
  switch (question.type) {
    case "single-choice":
      return question.options[pick % question.options.length]?.code ?? "";
    case "multiple-choice":
      return question.options.slice(0, pick % (question.options.length + 1)).map((option) => option.code);
    case "yes-no":
      return pick % 2 === 0;
    case "maturity":
      return pick % 5;
    case "number":
      return (question.min ?? 0) + pick;
    default:
      return `answer ${pick}`;
  }
}

/** A complete response to the Koploper scan: every question answered with `valueFor(question, pick)`. */
export function fullScanAnswers(pick = 2, overrides: Record<string, AnswerValue> = {}): Record<string, AnswerValue> {
  const answers = Object.fromEntries(
    questionsOf(koploperScan).map((question) => [question.key, question.key === "has_employees" ? true : valueFor(question, pick)]),
  );
  return { ...answers, sh_identify: true, ...overrides };
}

/** Any valid value for a question. */
function valueArbitrary(question: Question): fc.Arbitrary<AnswerValue> {
  switch (question.type) {
    case "single-choice":
      return fc.constantFrom(...question.options.map((option) => option.code));
    case "multiple-choice":
      return fc.subarray(question.options.map((option) => option.code));
    case "yes-no":
      return fc.boolean();
    case "maturity":
      return fc.integer({ min: 0, max: 4 });
    case "number":
      return fc.integer({ min: question.min ?? -1000, max: question.max ?? (question.min ?? 0) + 1000 });
    default:
      return fc.string({ minLength: 1 }).filter((text) => text.trim() !== "");
  }
}

/** Any answer a question accepts: a value, N/A or unknown where allowed. */
export function answerArbitrary(question: Question): fc.Arbitrary<AnswerValue> {
  const options: fc.Arbitrary<AnswerValue>[] = [valueArbitrary(question)];
  if (question.allowNotApplicable) options.push(fc.constant({ notApplicable: true as const }));
  if (question.allowUnknown) options.push(fc.constant({ unknown: true as const }));
  return fc.oneof(...options);
}

/** Any set of answers (some questions left out) to a questionnaire; hidden ones get answers too. */
export function answersArbitrary(questionnaire: Questionnaire): fc.Arbitrary<Record<string, AnswerValue>> {
  const model = Object.fromEntries(questionsOf(questionnaire).map((question) => [question.key, answerArbitrary(question)]));
  return fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<Record<string, AnswerValue>>;
}

/** A small questionnaire whose scores can be worked out by hand. */
export const miniInput: QuestionnaireInput = {
  id: "mini",
  version: "1.0.0",
  locales: ["nl", "en"],
  title: { nl: "Mini", en: "Mini" },
  sections: [
    {
      key: "main",
      title: { nl: "Hoofd", en: "Main" },
      questions: [
        {
          key: "climate",
          type: "maturity",
          title: { nl: "Klimaat?", en: "Climate?" },
          allowNotApplicable: true,
          allowUnknown: true,
          measures: [{ clause: "6.5.5" }],
          levels: [{ nl: "0" }, { nl: "1" }, { nl: "2" }, { nl: "3" }, { nl: "4" }],
        },
        {
          key: "energy",
          type: "single-choice",
          title: { nl: "Energie?", en: "Energy?" },
          allowNotApplicable: true,
          allowUnknown: true,
          measures: [{ clause: "6.5.5", weight: 2 }],
          options: [
            { code: "none", label: { nl: "Niets", en: "Nothing" }, score: 0 },
            { code: "all", label: { nl: "Alles", en: "Everything" }, score: 4 },
            { code: "dont-know", label: { nl: "Weet niet", en: "Don't know" } },
          ],
        },
        {
          key: "waste",
          type: "multiple-choice",
          title: { nl: "Afval?", en: "Waste?" },
          maxPoints: 2,
          measures: [{ clause: "6.5.3" }],
          options: [
            { code: "paper", label: { nl: "Papier", en: "Paper" }, points: 1 },
            { code: "glass", label: { nl: "Glas", en: "Glass" }, points: 1 },
            { code: "plastic", label: { nl: "Plastic", en: "Plastic" }, points: 1 },
          ],
        },
        { key: "report", type: "yes-no", title: { nl: "Verslag?", en: "Report?" }, scores: { yes: 4, no: 0 }, measures: [{ clause: "4.2" }] },
        {
          key: "review",
          type: "maturity",
          title: { nl: "Evaluatie?", en: "Review?" },
          visibleIf: { op: "equals", question: "report", value: true },
          measures: [{ clause: "7.7" }],
          levels: [{ nl: "0" }, { nl: "1" }, { nl: "2" }, { nl: "3" }, { nl: "4" }],
        },
        { key: "staff", type: "number", title: { nl: "Mensen?", en: "People?" }, unit: "FTE", min: 0, max: 500, integer: true },
        { key: "name", type: "text", title: { nl: "Naam?", en: "Name?" }, required: true },
      ],
    },
  ],
};

export const mini = parseQuestionnaire(miniInput);
