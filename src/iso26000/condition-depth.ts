import type { KoploperIssue } from "../core/errors.js";
import { LIMITS } from "../core/limits.js";

// How deep the conditions of a raw questionnaire nest, read before the recursive schema reads
// them (so that a hostile one cannot exhaust the stack). Plain functions over unknown values.

/** A raw value's own property `key`, never an inherited one. */
const own = (value: unknown, key: string): unknown =>
  typeof value === "object" && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;

/**
 * How deep `and` / `or` / `not` nest in a raw condition, counted without recursion (so that a
 * hostile condition cannot exhaust the stack before it is refused). Stops counting past the limit.
 */
function nesting(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0 && deepest <= LIMITS.conditionDepth) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== "object" || node === null) continue;
    deepest = Math.max(deepest, depth);
    const inner = own(node, "conditions");
    if (Array.isArray(inner)) for (const child of inner) stack.push([child, depth + 1]);
    if (Object.hasOwn(node, "condition")) stack.push([own(node, "condition"), depth + 1]);
  }
  return deepest;
}

/**
 * The `visibleIf` conditions of a raw questionnaire nested deeper than `LIMITS.conditionDepth`,
 * found before the recursive schema reads them (so that a hostile one cannot exhaust the stack).
 */
export function deepConditions(input: unknown): KoploperIssue[] {
  const issues: KoploperIssue[] = [];
  const sections = own(input, "sections");
  if (!Array.isArray(sections)) return issues;
  sections.forEach((section, s) => {
    const questions = own(section, "questions");
    if (!Array.isArray(questions)) return;
    questions.forEach((question, q) => {
      const condition = own(question, "visibleIf");
      if (condition !== undefined && nesting(condition) > LIMITS.conditionDepth) {
        issues.push({
          path: ["sections", s, "questions", q, "visibleIf"],
          message: `Conditions nest at most ${LIMITS.conditionDepth} levels deep`,
          code: "too_deep",
        });
      }
    });
  });
  return issues;
}
