import { describe, expect, it } from "vitest";
import { deepConditions } from "../../src/iso26000/condition-depth.js";
import { LIMITS } from "../../src/index.js";

// condition-depth.ts: how deep the conditions of a raw questionnaire nest, read without recursion.

function nested(depth: number): unknown {
  let condition: unknown = { op: "answered", question: "a" };
  for (let level = 1; level < depth; level++)
    condition = level % 2 === 0 ? { op: "not", condition } : { op: "or", conditions: [{ op: "answered", question: "b" }, condition] };
  return condition;
}

const raw = (...visibleIf: unknown[]) => ({ sections: [{ questions: visibleIf.map((condition) => ({ key: "q", visibleIf: condition })) }] });

describe("deepConditions", () => {
  it("finds nothing in what is not a questionnaire, or has no conditions", () => {
    for (const input of [null, 1, "x", [], {}, { sections: "x" }, { sections: [null, { questions: "x" }] }, raw(undefined)])
      expect(deepConditions(input)).toEqual([]);
  });

  it(`accepts ${LIMITS.conditionDepth} levels and names each condition one level deeper, with its path`, () => {
    expect(deepConditions(raw(nested(LIMITS.conditionDepth)))).toEqual([]);
    expect(deepConditions(raw(nested(1), nested(LIMITS.conditionDepth + 1), nested(100_000)))).toEqual([
      { path: ["sections", 0, "questions", 1, "visibleIf"], message: `Conditions nest at most ${LIMITS.conditionDepth} levels deep`, code: "too_deep" },
      { path: ["sections", 0, "questions", 2, "visibleIf"], message: `Conditions nest at most ${LIMITS.conditionDepth} levels deep`, code: "too_deep" },
    ]);
  });

  it("reads own properties only, never inherited ones", () => {
    const inherited = Object.create({ sections: raw(nested(LIMITS.conditionDepth + 1)).sections }) as object;
    expect(deepConditions(inherited)).toEqual([]);
    const question = Object.create({ visibleIf: nested(LIMITS.conditionDepth + 1) }) as object;
    expect(deepConditions({ sections: [{ questions: [question] }] })).toEqual([]);
  });
});
