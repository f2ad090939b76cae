import { caught, deepFreeze } from "../helpers.js";
import { describe, expect, it } from "vitest";
import { parseQuestionnaire, questionnaireRef, safeParseQuestionnaire, type KoploperIssue, type QuestionnaireInput } from "../../src/iso26000/index.js";
import { questionsOf } from "../../src/iso26000/questionnaire.js";

type Draft = Record<string, unknown> & { sections: (Record<string, unknown> & { questions: Record<string, unknown>[] })[] };

/** A small valid questionnaire with one question of every type, as plain JSON. */
function draft(): Draft {
  return {
    id: "mini-scan",
    version: "1.2.0",
    locales: ["nl", "en"],
    title: { nl: "Mini", en: "Mini" },
    sections: [
      {
        key: "profile",
        title: { nl: "Profiel" },
        questions: [
          { key: "staff", type: "number", unit: "FTE", min: 0, max: 250, title: { nl: "Aantal FTE?" } },
          { key: "has_staff", type: "yes-no", title: { nl: "Personeel?" } },
          { key: "name", type: "text", title: { nl: "Naam?" } },
        ],
      },
      {
        key: "environment",
        clause: "6.5",
        title: { nl: "Milieu" },
        questions: [
          {
            key: "waste",
            type: "single-choice",
            title: { nl: "Afval?" },
            options: [
              { code: "none", label: { nl: "Niets" }, score: 0 },
              { code: "sorted", label: { nl: "Gescheiden" }, score: 3 },
              { code: "other", label: { nl: "Anders" } },
            ],
            measures: [{ clause: "6.5.3", weight: 2 }, { clause: "4.6" }],
          },
          {
            key: "energy",
            type: "multiple-choice",
            title: { nl: "Energie?" },
            maxPoints: 2,
            options: [
              { code: "led", label: { nl: "LED" }, points: 1 },
              { code: "solar", label: { nl: "Zon" }, points: 1 },
            ],
            measures: [{ clause: "6.5.4" }],
            visibleIf: {
              op: "and",
              conditions: [
                { op: "in", question: "waste", values: ["sorted", "other"] },
                { op: "not", condition: { op: "equals", question: "staff", value: 0 } },
              ],
            },
          },
          {
            key: "climate",
            type: "maturity",
            title: { nl: "Klimaat?" },
            levels: [{ nl: "0" }, { nl: "1" }, { nl: "2" }, { nl: "3" }, { nl: "4" }],
            measures: [{ clause: "6.5.5" }, { clause: "7.3.1", weight: 0.5 }],
            allowNotApplicable: true,
            allowUnknown: true,
            required: true,
            help: { nl: "Uitleg" },
            evidencePrompt: { nl: "CO2-voetafdruk" },
            visibleIf: {
              op: "or",
              conditions: [
                { op: "answered", question: "name" },
                { op: "equals", question: "has_staff", value: true },
              ],
            },
          },
        ],
      },
    ],
  };
}

function issuesOf(input: unknown): KoploperIssue[] {
  const result = safeParseQuestionnaire(input);
  if (result.success) return [];
  return [...result.error.issues];
}

function question(input: Draft, section: number, index: number): Record<string, unknown> {
  const found = input.sections[section]?.questions[index];
  if (found === undefined) throw new Error("no such question in the draft");
  return found;
}

describe("parseQuestionnaire", () => {
  it("accepts a questionnaire with every question type and fills in the defaults", () => {
    const questionnaire = parseQuestionnaire(draft());
    expect(questionnaire.defaultLocale).toBe("nl");
    const first = questionnaire.sections[0]?.questions[0];
    expect(first).toMatchObject({ required: false, allowNotApplicable: false, allowUnknown: false, measures: [], integer: false });
    expect(questionnaire.sections[1]?.questions[0]?.measures).toEqual([
      { clause: "6.5.3", weight: 2 },
      { clause: "4.6", weight: 1 },
    ]);
  });

  it("returns a deeply frozen questionnaire", () => {
    const questionnaire = parseQuestionnaire(draft());
    const waste = questionnaire.sections[1]?.questions[0];
    expect(Object.isFrozen(questionnaire)).toBe(true);
    expect(waste?.type === "single-choice" && Object.isFrozen(waste.options[1]?.label)).toBe(true);
    expect(() => {
      (questionnaire.sections as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it("does not mutate its input", () => {
    const input = deepFreeze(draft());
    const before = JSON.stringify(input);
    expect(() => parseQuestionnaire(input)).not.toThrow();
    expect(JSON.stringify(input)).toBe(before);
  });

  it("is JSON-serialisable: parsing its own JSON gives the same questionnaire", () => {
    const questionnaire = parseQuestionnaire(draft());
    expect(parseQuestionnaire(JSON.parse(JSON.stringify(questionnaire)))).toEqual(questionnaire);
  });

  it("accepts English as the default locale when every text has English", () => {
    const input = draft();
    input["defaultLocale"] = "en";
    expect(issuesOf(input).every((issue) => issue.path.at(-1) === "en")).toBe(true);
    expect(issuesOf(input).length).toBeGreaterThan(0);
  });

  it("throws INVALID_INPUT with every issue", () => {
    const input = draft();
    input["version"] = "1.0";
    question(input, 0, 0)["key"] = "name";
    const error = caught(() => parseQuestionnaire(input));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => issue.path.join("."))).toEqual([
      "version",
      "sections.0.questions.2.key",
      "sections.1.questions.1.visibleIf.conditions.1.condition.question",
    ]);
    expect(error.message).toMatchInlineSnapshot(`
      "invalid questionnaire:
      ✖ Expected a semantic version such as "1.0.0"
        → at version
      ✖ question key "name" is used twice
        → at sections[0].questions[2].key
      ✖ refers to question "staff", which the questionnaire does not have
        → at sections[1].questions[1].visibleIf.conditions[1].condition.question"
    `);
  });

  it("refuses conditions nested too deep before reading them, with a message users see", () => {
    const input = draft();
    let condition: unknown = { op: "answered", question: "name" };
    for (let level = 0; level < 40; level++) condition = { op: "not", condition };
    question(input, 1, 0)["visibleIf"] = condition;
    expect(caught(() => parseQuestionnaire(input)).message).toMatchInlineSnapshot(
      `"invalid questionnaire: sections.1.questions.0.visibleIf: Conditions nest at most 32 levels deep"`,
    );
  });
});

describe("safeParseQuestionnaire", () => {
  it("returns the frozen questionnaire or the error, never throws", () => {
    const ok = safeParseQuestionnaire(draft());
    expect(ok.success && Object.isFrozen(ok.data.sections)).toBe(true);
    const bad = safeParseQuestionnaire("not a questionnaire");
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.code).toBe("INVALID_INPUT");
  });

  type Case = readonly [name: string, change: (input: Draft) => void, path: string, words: string];
  const cases: Case[] = [
    ["a missing id", (input) => delete input["id"], "id", "expected string"],
    ["an id with spaces", (input) => (input["id"] = "Mini Scan"), "id", "id of lowercase"],
    ["a version that is not semver", (input) => (input["version"] = "v1.0.0"), "version", "semantic version"],
    ["an unknown property", (input) => (input["colour"] = "red"), "", "colour"],
    ["no sections", (input) => (input.sections = []), "sections", "Too small"],
    ["a locale that is not offered", (input) => (input["locales"] = ["fr"]), "locales.0", "Invalid option"],
    ["locales without the default locale", (input) => (input["locales"] = ["en"]), "locales", "default locale"],
    ["a locale listed twice", (input) => (input["locales"] = ["nl", "en", "nl"]), "locales.2", "twice"],
    ["a title without Dutch", (input) => (input["title"] = { en: "Mini" }), "title.nl", "default locale"],
    ["an empty text", (input) => (input["title"] = { nl: "" }), "title.nl", "Too small"],
    [
      "a section without Dutch title",
      (input) => ((input.sections[0] as Record<string, unknown>)["title"] = { en: "Profile" }),
      "sections.0.title.nl",
      "default locale",
    ],
    [
      "an option label without Dutch",
      (input) => ((question(input, 1, 0)["options"] as Record<string, unknown>[])[0]!["label"] = { en: "None" }),
      "sections.1.questions.0.options.0.label.nl",
      "default locale",
    ],
    [
      "a maturity descriptor without Dutch",
      (input) => ((question(input, 1, 2)["levels"] as unknown[])[4] = { en: "4" }),
      "sections.1.questions.2.levels.4.nl",
      "default locale",
    ],
    ["help without Dutch", (input) => (question(input, 1, 2)["help"] = { en: "Help" }), "sections.1.questions.2.help.nl", "default locale"],
    ["a duplicate question key in another section", (input) => (question(input, 1, 0)["key"] = "staff"), "sections.1.questions.0.key", "used twice"],
    ["a duplicate section key", (input) => ((input.sections[1] as Record<string, unknown>)["key"] = "profile"), "sections.1.key", "used twice"],
    ["a key with capitals", (input) => (question(input, 0, 2)["key"] = "Name"), "sections.0.questions.2.key", "lowercase"],
    ["a key with a double underscore", (input) => (question(input, 0, 2)["key"] = "org__name"), "sections.0.questions.2.key", "single underscores"],
    [
      "a duplicate option code",
      (input) => ((question(input, 1, 0)["options"] as Record<string, unknown>[])[2]!["code"] = "none"),
      "sections.1.questions.0.options.2.code",
      "used twice",
    ],
    [
      "a score above 4",
      (input) => ((question(input, 1, 0)["options"] as Record<string, unknown>[])[1]!["score"] = 5),
      "sections.1.questions.0.options.1.score",
      "<=4",
    ],
    [
      "a negative score",
      (input) => ((question(input, 1, 0)["options"] as Record<string, unknown>[])[1]!["score"] = -1),
      "sections.1.questions.0.options.1.score",
      ">=0",
    ],
    ["a yes-no score above 4", (input) => (question(input, 0, 1)["scores"] = { yes: 4.5, no: 0 }), "sections.0.questions.1.scores.yes", "<=4"],
    [
      "a single choice with one option",
      (input) => (question(input, 1, 0)["options"] = [{ code: "a", label: { nl: "A" }, score: 1 }]),
      "sections.1.questions.0.options",
      "Too small",
    ],
    [
      "four maturity levels",
      (input) => (question(input, 1, 2)["levels"] = [{ nl: "0" }, { nl: "1" }, { nl: "2" }, { nl: "3" }]),
      "sections.1.questions.2.levels",
      "Too small",
    ],
    ["an unknown question type", (input) => (question(input, 0, 2)["type"] = "date"), "sections.0.questions.2.type", "Invalid discriminator"],
    [
      "negative points",
      (input) => ((question(input, 1, 1)["options"] as Record<string, unknown>[])[0]!["points"] = -1),
      "sections.1.questions.1.options.0.points",
      ">=0",
    ],
    ["unreachable maxPoints", (input) => (question(input, 1, 1)["maxPoints"] = 3), "sections.1.questions.1.maxPoints", "more than all options"],
    ["min above max", (input) => (question(input, 0, 0)["min"] = 300), "sections.0.questions.0.min", "above max"],
    [
      "a clause that does not exist",
      (input) => (question(input, 1, 0)["measures"] = [{ clause: "6.5.9" }]),
      "sections.1.questions.0.measures.0.clause",
      "no clause",
    ],
    [
      "a clause that is not a number",
      (input) => (question(input, 1, 0)["measures"] = [{ clause: "climate" }]),
      "sections.1.questions.0.measures.0.clause",
      "clause number",
    ],
    [
      "a core subject as measure",
      (input) => (question(input, 1, 0)["measures"] = [{ clause: "6.5" }]),
      "sections.1.questions.0.measures.0.clause",
      "core subject",
    ],
    [
      "a clause measured twice",
      (input) => (question(input, 1, 0)["measures"] = [{ clause: "6.5.3" }, { clause: "6.5.3" }]),
      "sections.1.questions.0.measures.1.clause",
      "twice",
    ],
    ["a zero weight", (input) => (question(input, 1, 0)["measures"] = [{ clause: "6.5.3", weight: 0 }]), "sections.1.questions.0.measures.0.weight", ">0"],
    ["measures on a text question", (input) => (question(input, 0, 2)["measures"] = [{ clause: "4.3" }]), "sections.0.questions.2.measures", "cannot measure"],
    [
      "measures on a yes-no question without scores",
      (input) => (question(input, 0, 1)["measures"] = [{ clause: "4.3" }]),
      "sections.0.questions.1.measures",
      "cannot measure",
    ],
    [
      "measures on a single choice without scores",
      (input) => (question(input, 1, 0)["options"] as Record<string, unknown>[]).forEach((option) => delete option["score"]),
      "sections.1.questions.0.measures",
      "cannot measure",
    ],
    ["a section clause that does not exist", (input) => ((input.sections[1] as Record<string, unknown>)["clause"] = "6.9"), "sections.1.clause", "no clause"],
    [
      "a condition on an unknown question",
      (input) => (question(input, 1, 2)["visibleIf"] = { op: "answered", question: "ghost" }),
      "sections.1.questions.2.visibleIf.question",
      "does not have",
    ],
    [
      "a condition on a later question",
      (input) => (question(input, 1, 0)["visibleIf"] = { op: "answered", question: "climate" }),
      "sections.1.questions.0.visibleIf.question",
      "does not come before",
    ],
    [
      "a condition on its own question",
      (input) => (question(input, 1, 0)["visibleIf"] = { op: "not", condition: { op: "answered", question: "waste" } }),
      "sections.1.questions.0.visibleIf.condition.question",
      "does not come before",
    ],
    [
      "an unknown option code in a condition",
      (input) => (question(input, 1, 1)["visibleIf"] = { op: "in", question: "waste", values: ["sorted", "burnt"] }),
      "sections.1.questions.1.visibleIf.values.1",
      "not an option code",
    ],
    [
      "a string compared with a yes-no question",
      (input) => (question(input, 1, 0)["visibleIf"] = { op: "equals", question: "has_staff", value: "yes" }),
      "sections.1.questions.0.visibleIf.value",
      "true or false",
    ],
    [
      "a maturity level 5 in a condition",
      (input) => (question(input, 1, 2)["visibleIf"] = { op: "equals", question: "energy", value: 5 }),
      "sections.1.questions.2.visibleIf.value",
      "not an option code",
    ],
    [
      "a string compared with a number question",
      (input) => (question(input, 1, 0)["visibleIf"] = { op: "equals", question: "staff", value: "10" }),
      "sections.1.questions.0.visibleIf.value",
      "compare with a number",
    ],
    [
      "a value compared with a text question",
      (input) => (question(input, 1, 0)["visibleIf"] = { op: "equals", question: "name", value: "Bakkerij" }),
      "sections.1.questions.0.visibleIf.value",
      "answered",
    ],
    [
      "an empty and",
      (input) => (question(input, 1, 0)["visibleIf"] = { op: "and", conditions: [] }),
      "sections.1.questions.0.visibleIf.conditions",
      "Too small",
    ],
    [
      "an unknown operator",
      (input) => (question(input, 1, 0)["visibleIf"] = { op: "greater", question: "staff", value: 1 }),
      "sections.1.questions.0.visibleIf.op",
      "Invalid discriminator",
    ],
    ["an expression string", (input) => (question(input, 1, 0)["visibleIf"] = "{staff} > 1"), "sections.1.questions.0.visibleIf", "Invalid input"],
  ];

  it.each(cases)("rejects %s with its path", (_name, change, path, words) => {
    const input = draft();
    change(input);
    const issues = issuesOf(input);
    const match = issues.find((issue) => issue.path.join(".") === path);
    expect(match, JSON.stringify(issues)).toBeDefined();
    expect(match?.message).toContain(words);
  });

  it("rejects a maturity condition value out of 0-4 and a non-integer", () => {
    const input = draft();
    input.sections[1]?.questions.push({ key: "after", type: "text", title: { nl: "Na" }, visibleIf: { op: "in", question: "climate", values: [2, 5, 1.5] } });
    expect(issuesOf(input).map((issue) => issue.path.join("."))).toEqual([
      "sections.1.questions.3.visibleIf.values.1",
      "sections.1.questions.3.visibleIf.values.2",
    ]);
  });

  it("rejects a non-object", () => {
    for (const input of [null, 42, [], "x"]) expect(issuesOf(input)[0]?.path).toEqual([]);
  });
});

describe("questionnaireRef and questionsOf", () => {
  it("names a questionnaire as id@version", () => {
    expect(questionnaireRef(parseQuestionnaire(draft()))).toBe("mini-scan@1.2.0");
    expect(questionnaireRef({ id: "x", version: "2.0.0-rc.1" })).toBe("x@2.0.0-rc.1");
  });

  it("lists every question in order, across sections", () => {
    const questionnaire = parseQuestionnaire(draft());
    expect(questionsOf(questionnaire).map((q) => q.key)).toEqual(questionnaire.sections.flatMap((section) => section.questions.map((q) => q.key)));
    expect(questionsOf(questionnaire)[0]?.key).toBe("staff");
  });
});

describe("QuestionnaireInput", () => {
  it("accepts the draft shape with defaults left out", () => {
    const input: QuestionnaireInput = {
      id: "a",
      version: "0.1.0",
      title: { nl: "A" },
      sections: [{ key: "s", title: { nl: "S" }, questions: [{ key: "q", type: "text", title: { nl: "Q" } }] }],
    };
    expect(parseQuestionnaire(input).locales).toEqual(["nl"]);
  });
});
