import { describe, expect, it } from "vitest";
import { questionnaireShape } from "../../src/iso26000/questionnaire-shape.schema.js";
import { questionnaireProblems } from "../../src/iso26000/questionnaire-rules.js";
import { miniInput } from "./fixtures.js";

// questionnaire-rules.ts: the rules across the parts of a questionnaire that its shape cannot express.

type Raw = Record<string, unknown> & { sections: { key: string; clause?: string; questions: Record<string, unknown>[] }[] };
const raw = (): Raw => structuredClone(miniInput) as unknown as Raw;
const problemsOf = (input: Raw) => questionnaireProblems(questionnaireShape.parse(input));

describe("questionnaireProblems", () => {
  it("finds none in a valid questionnaire", () => {
    expect(problemsOf(raw())).toEqual([]);
  });

  it("names every broken rule with its path, in messages users see", () => {
    const input = raw();
    input["locales"] = ["en", "en"];
    const [main] = input.sections;
    if (main === undefined) throw new Error("fixture changed");
    input.sections.push({ ...structuredClone(main), clause: "9.9", questions: [{ key: "later", type: "text", title: { en: "Later?" } }] });
    const [climate, energy, waste, report, review, staff, name] = main.questions;
    if (!climate || !energy || !waste || !report || !review || !staff || !name) throw new Error("fixture changed");
    climate["measures"] = [{ clause: "6.5" }, { clause: "9.1" }];
    energy["options"] = [...(energy["options"] as unknown[]), { code: "none", label: { nl: "Nog eens" }, score: 1 }];
    waste["maxPoints"] = 4;
    report["visibleIf"] = { op: "equals", question: "later", value: true };
    review["visibleIf"] = { op: "in", question: "report", values: ["yes"] };
    review["measures"] = [{ clause: "7.7" }, { clause: "7.7" }];
    staff["min"] = 10;
    staff["max"] = 5;
    name["measures"] = [{ clause: "6.5.5" }];
    name["visibleIf"] = {
      op: "and",
      conditions: [
        { op: "not", condition: { op: "answered", question: "nothing" } },
        { op: "equals", question: "climate", value: 7 },
      ],
    };
    expect(problemsOf(input).map((problem) => `${problem.path.join(".")}: ${problem.message}`)).toMatchInlineSnapshot(`
      [
        "locales: the locales must include the default locale "nl"",
        "locales.1: locale "en" is listed twice",
        "sections.0.questions.0.measures.0.clause: 6.5 is a core subject: measure its issues, the core subject is scored through them",
        "sections.0.questions.0.measures.1.clause: ISO 26000 has no clause "9.1" (or it is not one that can be measured)",
        "sections.0.questions.1.options.3.code: option code "none" is used twice",
        "sections.0.questions.2.maxPoints: maxPoints 4 is more than all options together give (3)",
        "sections.0.questions.3.visibleIf.question: refers to question "later", which does not come before this question (conditions may only use earlier answers)",
        "sections.0.questions.4.visibleIf.values.0: question "report" is yes/no: compare with true or false, not "yes"",
        "sections.0.questions.4.measures.1.clause: clause 7.7 is measured twice by this question",
        "sections.0.questions.5.min: min 10 is above max 5",
        "sections.0.questions.6.visibleIf.conditions.0.condition.question: refers to question "nothing", which the questionnaire does not have",
        "sections.0.questions.6.visibleIf.conditions.1.value: question "climate" is a maturity level: compare with 0, 1, 2, 3 or 4, not 7",
        "sections.0.questions.6.measures: a text question without scores cannot measure anything: give it scores or remove its measures",
        "sections.1.key: section key "main" is used twice",
        "sections.1.clause: ISO 26000 has no clause "9.9" (or it is not modelled)",
        "sections.1.questions.0.title.nl: text missing in the default locale "nl"",
      ]
    `);
  });
});
