import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/index.js";
import { nestingDepth, ownProperty } from "../../src/core/nesting.js";

describe("nestingDepth", () => {
  it("counts the levels of a tree through its list and its single child", () => {
    const leaf = { op: "equals" };
    expect(nestingDepth(leaf, "conditions", "condition")).toBe(1);
    expect(nestingDepth({ conditions: [leaf, { condition: { conditions: [leaf] } }] }, "conditions", "condition")).toBe(4);
    expect(nestingDepth({ of: [{ rule: leaf }] }, "of", "rule")).toBe(3);
  });

  it("reads own keys only and stops counting past the limit, however deep the tree is", () => {
    expect(nestingDepth(Object.create({ condition: { condition: {} } }), "conditions", "condition")).toBe(1);
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = { condition: deep };
    expect(nestingDepth(deep, "conditions", "condition")).toBe(LIMITS.conditionDepth + 1);
    expect(ownProperty(Object.create({ key: 1 }), "key")).toBeUndefined();
  });
});
