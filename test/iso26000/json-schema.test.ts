import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { koploperScan, questionnaireJsonSchema } from "../../src/iso26000/index.js";

const scan: Record<string, unknown> = JSON.parse(JSON.stringify(koploperScan));
const validate = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }).compile(questionnaireJsonSchema());

function withChange(change: (copy: Record<string, unknown> & { sections: { questions: Record<string, unknown>[] }[] }) => void): unknown {
  const copy = structuredClone(scan) as Record<string, unknown> & { sections: { questions: Record<string, unknown>[] }[] };
  change(copy);
  return copy;
}

describe("questionnaireJsonSchema", () => {
  it("is a draft 2020-12 schema with the reusable parts in $defs", () => {
    const schema = questionnaireJsonSchema();
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema["$id"]).toBe("urn:koploper:iso26000:questionnaire");
    expect(Object.keys(schema["$defs"] as object).sort()).toEqual(["Condition", "Question", "QuestionTarget", "Section", "Text"]);
  });

  it("accepts the Koploper scan in a standard JSON Schema validator", () => {
    expect(validate(scan), JSON.stringify(validate.errors)).toBe(true);
  });

  it("accepts a definition that leaves the defaults out", () => {
    const minimal = {
      id: "mini",
      version: "1.0.0",
      title: { nl: "Mini" },
      sections: [{ key: "s", title: { nl: "S" }, questions: [{ key: "q", type: "text", title: { nl: "Q" } }] }],
    };
    expect(validate(minimal)).toBe(true);
  });

  it.each<[string, unknown]>([
    ["no sections", withChange((copy) => Reflect.deleteProperty(copy, "sections"))],
    ["an unknown property", withChange((copy) => (copy["colour"] = "red"))],
    ["a version that is not semver", withChange((copy) => (copy["version"] = "1.0"))],
    ["a score above 4", withChange((copy) => ((copy.sections[1]!.questions[1]!["options"] as Record<string, unknown>[])[0]!["score"] = 5))],
    ["an unknown question type", withChange((copy) => (copy.sections[0]!.questions[0]!["type"] = "date"))],
    ["an unknown condition operator", withChange((copy) => (copy.sections[2]!.questions[2]!["visibleIf"] = { op: "greater", question: "staff", value: 1 }))],
    [
      "a nested condition without question",
      withChange((copy) => (copy.sections[2]!.questions[2]!["visibleIf"] = { op: "not", condition: { op: "answered" } })),
    ],
    ["a locale that is not offered", withChange((copy) => (copy["locales"] = ["fr"]))],
  ])("rejects %s", (_name, input) => {
    expect(validate(input)).toBe(false);
  });

  it("returns a new object on every call", () => {
    const first = questionnaireJsonSchema();
    first["title"] = "changed";
    expect(questionnaireJsonSchema()["title"]).not.toBe("changed");
  });
});
