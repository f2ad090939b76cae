import { Decimal } from "decimal.js";
import type { Condition } from "./questionnaire-schema.js";
import type { AnswerValue } from "./response-schema.js";

// Evaluates `visibleIf` conditions on answers (no zod, no eval): shared by parseResponse, which
// drops answers to hidden questions, and scoreAssessment, which leaves hidden questions out.

type Answers = Readonly<Record<string, AnswerValue>>;
type Plain = string | number | boolean;

function isValue(answer: AnswerValue | undefined): answer is Exclude<AnswerValue, { notApplicable: true } | { unknown: true }> {
  return answer !== undefined && (typeof answer !== "object" || Array.isArray(answer) || Decimal.isDecimal(answer));
}

function matches(answer: AnswerValue | undefined, value: Plain): boolean {
  if (!isValue(answer)) return false;
  if (Array.isArray(answer)) return typeof value === "string" && answer.includes(value);
  if (Decimal.isDecimal(answer)) return typeof value === "number" && answer.eq(value);
  return answer === value;
}

/**
 * Whether `condition` holds for `answers`; `undefined` (no condition) always holds. An answer of
 * "not applicable" or "unknown" equals nothing and does not count as answered.
 */
export function isVisible(condition: Condition | undefined, answers: Answers): boolean {
  if (condition === undefined) return true;
  switch (condition.op) {
    case "and":
      return condition.conditions.every((inner) => isVisible(inner, answers));
    case "or":
      return condition.conditions.some((inner) => isVisible(inner, answers));
    case "not":
      return !isVisible(condition.condition, answers);
    case "equals":
      return matches(answers[condition.question], condition.value);
    case "in":
      return condition.values.some((value) => matches(answers[condition.question], value));
    default:
      return isValue(answers[condition.question]);
  }
}
