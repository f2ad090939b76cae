import type { KoploperIssue } from "../core/errors.js";
import { LIMITS } from "../core/limits.js";
import { nestingDepth, ownProperty as own } from "../core/nesting.js";

// How deep the conditions of a raw questionnaire nest, read before the recursive schema reads
// them (so that a hostile one cannot exhaust the stack); the counting is core's nestingDepth.

/** How deep `and` / `or` / `not` nest in a raw condition. */
const nesting = (value: unknown): number => nestingDepth(value, "conditions", "condition");

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
