import { refuse } from "../core/errors.js";
import type { AnswerValue, Answers } from "./answer.schema.js";
import type { Condition } from "./questionnaire-shape.schema.js";
import type { Questionnaire } from "./questionnaire.schema.js";

/** An answer with a value: not missing, not "not applicable", not "unknown". */
function valueOfAnswer(answer: AnswerValue | undefined): string | number | boolean | readonly string[] | undefined {
  return answer === undefined || (typeof answer === "object" && !Array.isArray(answer)) ? undefined : answer;
}

/** The answer to `key`, never an inherited property such as `constructor`. */
function answerTo(answers: Answers, key: string): AnswerValue | undefined {
  return Object.hasOwn(answers, key) ? answers[key] : undefined;
}

function matches(answer: AnswerValue | undefined, expected: string | number | boolean): boolean {
  const value = valueOfAnswer(answer);
  return Array.isArray(value) ? value.includes(expected as string) : value === expected;
}

/**
 * Evaluates a declarative `visibleIf` condition against answers. `equals` and `in` compare with
 * the answer's value (for a multiple choice: whether a code is among those chosen); `answered` is
 * true for any answer with a value (also an empty multiple choice), false for none, for
 * "not applicable" and for "unknown"; those never equal anything.
 *
 * @param condition - the condition
 * @param answers - the answers by question key
 * @returns whether the condition holds
 *
 * @example
 * ```ts
 * import { evaluateCondition } from "koploper";
 *
 * evaluateCondition({ op: "in", question: "sector", values: ["retail", "hospitality"] }, { sector: "retail" }); //=> true
 * evaluateCondition({ op: "answered", question: "sector" }, { sector: { unknown: true } }); //=> false
 * ```
 */
export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  switch (condition.op) {
    case "and":
      return condition.conditions.every((inner) => evaluateCondition(inner, answers));
    case "or":
      return condition.conditions.some((inner) => evaluateCondition(inner, answers));
    case "not":
      return !evaluateCondition(condition.condition, answers);
    case "equals":
      return matches(answerTo(answers, condition.question), condition.value);
    case "in":
      return condition.values.some((value) => matches(answerTo(answers, condition.question), value));
    default:
      return valueOfAnswer(answerTo(answers, condition.question)) !== undefined;
  }
}

/**
 * The keys of the questions a respondent sees, in questionnaire order. A question is visible when
 * it has no `visibleIf` or its condition holds on the answers to the questions visible before it:
 * the answer to a hidden question never counts, so hiding cascades.
 *
 * @param questionnaire - the questionnaire
 * @param answers - the answers by question key (answers to unknown keys are ignored)
 * @returns the visible question keys
 *
 * @example
 * ```ts
 * import { getVisibleQuestionKeys, koploperScan } from "koploper";
 *
 * getVisibleQuestionKeys(koploperScan, {}).length > 0; //=> true
 * ```
 */
export function getVisibleQuestionKeys(questionnaire: Questionnaire, answers: Answers): string[] {
  const sections: unknown = (questionnaire as { sections?: unknown } | null)?.sections;
  if (!Array.isArray(sections) || !sections.every((section) => Array.isArray((section as { questions?: unknown } | null)?.questions))) {
    refuse("INVALID_INPUT", "invalid_type", "expected a questionnaire from parseQuestionnaire, with sections of questions", ["questionnaire"]);
  }
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) {
    refuse("INVALID_INPUT", "invalid_type", "expected the answers as an object keyed by question key", ["answers"]);
  }
  const seen: Record<string, AnswerValue> = Object.create(null) as Record<string, AnswerValue>;
  const visible: string[] = [];
  for (const question of questionnaire.sections.flatMap((section) => section.questions)) {
    if (question.visibleIf !== undefined && !evaluateCondition(question.visibleIf, seen)) continue;
    visible.push(question.key);
    const answer = answerTo(answers, question.key);
    if (answer !== undefined) seen[question.key] = answer;
  }
  return visible;
}
