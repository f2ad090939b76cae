import type { KoploperIssue } from "../core/errors.js";
import { D } from "../core/decimal.js";
import type { AnswerValue, Answers } from "./answer.schema.js";
import { getVisibleQuestionKeys } from "./conditions.js";
import { questionnaireRef, questionsOf } from "./questionnaire.js";
import type { Question } from "./questionnaire-shape.schema.js";
import type { Questionnaire } from "./questionnaire.schema.js";

// The rules of a response beyond its shape, as plain functions over already-shaped values.

/**
 * An answer that {@link parseResponse} dropped: its question was hidden by its `visibleIf`
 * condition, so the answer does not count.
 *
 * @example
 * ```ts
 * import type { DroppedAnswer } from "koploper/iso26000";
 *
 * const dropped: DroppedAnswer = { key: "company_cars", reason: "hidden" };
 * ```
 */
export interface DroppedAnswer {
  readonly key: string;
  readonly reason: "hidden";
}

interface Checked {
  readonly answers: Record<string, AnswerValue>;
  readonly dropped: DroppedAnswer[];
  readonly problems: KoploperIssue[];
}

function describe(value: AnswerValue): string {
  if (typeof value === "string") return `"${value}"`;
  return Array.isArray(value) ? "a list" : String(value);
}

type Normalised = { readonly value: AnswerValue } | { readonly problem: string; readonly code: string };

const wrongType = (question: Question, expected: string, value: AnswerValue): Normalised => ({
  problem: `question "${question.key}" is ${question.type}: expected ${expected}, got ${describe(value)}`,
  code: "invalid_type",
});

function numberAnswer(question: Extract<Question, { type: "number" }>, value: AnswerValue): Normalised {
  // The shape check has already refused NaN and Infinity.
  if (typeof value !== "number") return wrongType(question, "a number", value);
  const amount = new D(value);
  if (question.integer && !amount.isInteger())
    return { problem: `question "${question.key}" takes a whole number, not ${amount.toString()}`, code: "not_integer" };
  if (question.min !== undefined && amount.lessThan(question.min)) {
    return { problem: `question "${question.key}": ${amount.toString()} is below the minimum ${question.min} ${question.unit}`, code: "too_small" };
  }
  if (question.max !== undefined && amount.greaterThan(question.max)) {
    return { problem: `question "${question.key}": ${amount.toString()} is above the maximum ${question.max} ${question.unit}`, code: "too_big" };
  }
  return { value };
}

function unknownCodes(question: Extract<Question, { options: unknown }>, codes: readonly string[]): Normalised | undefined {
  const known = question.options.map((option) => option.code);
  const missing = codes.filter((code) => !known.includes(code));
  return missing.length === 0
    ? undefined
    : {
        problem: `question "${question.key}" has no option ${missing.map((code) => `"${code}"`).join(", ")} (codes: ${known.join(", ")})`,
        code: "unknown_option",
      };
}

/** Checks a value (not N/A or unknown) against its question and brings numbers to Decimal. */
function normalise(question: Question, value: AnswerValue): Normalised {
  switch (question.type) {
    case "single-choice":
      return typeof value === "string" ? (unknownCodes(question, [value]) ?? { value }) : wrongType(question, "an option code", value);
    case "multiple-choice": {
      if (!Array.isArray(value)) return wrongType(question, "a list of option codes", value);
      if (new Set(value).size !== value.length) return { problem: `question "${question.key}" lists an option code twice`, code: "duplicate_option" };
      return unknownCodes(question, value) ?? { value: [...value] };
    }
    case "yes-no":
      return typeof value === "boolean" ? { value } : wrongType(question, "true or false", value);
    case "maturity":
      return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 4
        ? { value }
        : wrongType(question, "a level 0, 1, 2, 3 or 4", value);
    case "number":
      return numberAnswer(question, value);
    default:
      if (typeof value !== "string") return wrongType(question, "a text", value);
      return value.trim() === "" ? { problem: `question "${question.key}": an empty text is no answer (leave the key out)`, code: "empty_text" } : { value };
  }
}

function explicitProblem(question: Question, value: AnswerValue): string | undefined {
  if (typeof value !== "object" || Array.isArray(value)) return undefined;
  if ("notApplicable" in value && !question.allowNotApplicable) return `question "${question.key}" does not allow "not applicable"`;
  if ("unknown" in value && !question.allowUnknown) return `question "${question.key}" does not allow "unknown"`;
  return undefined;
}

/**
 * Checks shaped answers against the questionnaire: every problem with its path, the answers kept
 * (normalised) and the answers dropped because their question is hidden.
 */
export function checkResponse(questionnaire: Questionnaire, input: { readonly questionnaire: string; readonly answers: Answers }, partial: boolean): Checked {
  const problems: KoploperIssue[] = [];
  const answers: Record<string, AnswerValue> = {};
  const dropped: DroppedAnswer[] = [];
  const expected = questionnaireRef(questionnaire);
  if (input.questionnaire !== expected) {
    problems.push({ path: ["questionnaire"], message: `the response answers "${input.questionnaire}", not "${expected}"`, code: "wrong_questionnaire" });
  }
  const questions = questionsOf(questionnaire);
  const keys = new Set(questions.map((question) => question.key));
  const visible = new Set(getVisibleQuestionKeys(questionnaire, input.answers));
  for (const key of Object.keys(input.answers)) {
    if (!keys.has(key)) problems.push({ path: ["answers", key], message: `the questionnaire has no question "${key}"`, code: "unknown_question" });
  }
  for (const question of questions) {
    const path = ["answers", question.key];
    const value = Object.hasOwn(input.answers, question.key) ? input.answers[question.key] : undefined;
    if (!visible.has(question.key)) {
      if (value !== undefined) dropped.push({ key: question.key, reason: "hidden" });
      continue;
    }
    if (value === undefined) {
      if (question.required && !partial) problems.push({ path, message: `question "${question.key}" is required`, code: "required" });
      continue;
    }
    const explicit = explicitProblem(question, value);
    if (explicit !== undefined) {
      problems.push({ path, message: explicit, code: "not_allowed" });
      continue;
    }
    const normalised = typeof value === "object" && !Array.isArray(value) ? { value: Object.freeze({ ...value }) } : normalise(question, value);
    if ("problem" in normalised) problems.push({ path, message: normalised.problem, code: normalised.code });
    else answers[question.key] = normalised.value;
  }
  return { answers, dropped, problems };
}
