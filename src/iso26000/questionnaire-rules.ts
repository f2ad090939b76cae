import { D } from "../core/decimal.js";
import type { Condition, Question, QuestionnaireShape, QuestionnaireText } from "./questionnaire-shape.schema.js";
import { getClause, isClause } from "./standard.js";

// The rules a questionnaire must follow beyond its shape. Plain functions over already-shaped
// values (no zod): the schema turns every problem into an issue with its path.

type Path = (string | number)[];
type Q = Question;
type Text = QuestionnaireText;
type Value = string | number | boolean;

/** One rule broken, with the path from the root of the questionnaire. */
export interface Problem {
  readonly path: Path;
  readonly message: string;
}

/** Whether a question can produce a score, so that `measures` make sense on it. */
function canScore(question: Q): boolean {
  switch (question.type) {
    case "single-choice":
      return question.options.some((option) => option.score !== undefined);
    case "yes-no":
      return question.scores !== undefined;
    case "multiple-choice":
    case "maturity":
      return true;
    default:
      return false;
  }
}

function describeType(value: Value): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

/** Why `value` cannot be an answer to `question`, or `undefined` when it can. */
function valueProblem(question: Q, value: Value): string | undefined {
  switch (question.type) {
    case "single-choice":
    case "multiple-choice": {
      const codes = question.options.map((option) => option.code);
      return typeof value === "string" && codes.includes(value)
        ? undefined
        : `${describeType(value)} is not an option code of question "${question.key}" (codes: ${codes.join(", ")})`;
    }
    case "yes-no":
      return typeof value === "boolean" ? undefined : `question "${question.key}" is yes/no: compare with true or false, not ${describeType(value)}`;
    case "maturity":
      return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 4
        ? undefined
        : `question "${question.key}" is a maturity level: compare with 0, 1, 2, 3 or 4, not ${describeType(value)}`;
    case "number":
      return typeof value === "number" ? undefined : `question "${question.key}" is a number: compare with a number, not ${describeType(value)}`;
    default:
      return `question "${question.key}" is a text: test it with "answered" only, not with ${describeType(value)}`;
  }
}

function checkCondition(condition: Condition, path: Path, earlier: ReadonlyMap<string, Q>, later: ReadonlySet<string>, problems: Problem[]): void {
  switch (condition.op) {
    case "and":
    case "or":
      condition.conditions.forEach((inner, index) => checkCondition(inner, [...path, "conditions", index], earlier, later, problems));
      return;
    case "not":
      checkCondition(condition.condition, [...path, "condition"], earlier, later, problems);
      return;
    default: {
      const target = earlier.get(condition.question);
      if (target === undefined) {
        const message = later.has(condition.question)
          ? `refers to question "${condition.question}", which does not come before this question (conditions may only use earlier answers)`
          : `refers to question "${condition.question}", which the questionnaire does not have`;
        problems.push({ path: [...path, "question"], message });
        return;
      }
      const values: readonly [Value, Path][] =
        condition.op === "equals"
          ? [[condition.value, [...path, "value"]]]
          : condition.op === "in"
            ? condition.values.map((value, index) => [value, [...path, "values", index]])
            : [];
      for (const [value, where] of values) {
        const message = valueProblem(target, value);
        if (message !== undefined) problems.push({ path: where, message });
      }
    }
  }
}

function checkMeasures(question: Q, path: Path, problems: Problem[]): void {
  const seen = new Set<string>();
  question.measures.forEach(({ clause }, index) => {
    const where = [...path, "measures", index, "clause"];
    if (!isClause(clause)) problems.push({ path: where, message: `ISO 26000 has no clause "${clause}" (or it is not one that can be measured)` });
    else if (getClause(clause).level === "core-subject")
      problems.push({ path: where, message: `${clause} is a core subject: measure its issues, the core subject is scored through them` });
    else if (seen.has(clause)) problems.push({ path: where, message: `clause ${clause} is measured twice by this question` });
    seen.add(clause);
  });
  if (question.measures.length > 0 && !canScore(question)) {
    problems.push({
      path: [...path, "measures"],
      message: `a ${question.type} question without scores cannot measure anything: give it scores or remove its measures`,
    });
  }
}

function checkOwnRules(question: Q, path: Path, problems: Problem[]): void {
  if (question.type === "single-choice" || question.type === "multiple-choice") {
    const codes = new Set<string>();
    question.options.forEach((option, index) => {
      if (codes.has(option.code)) problems.push({ path: [...path, "options", index, "code"], message: `option code "${option.code}" is used twice` });
      codes.add(option.code);
    });
  }
  if (question.type === "multiple-choice") {
    const available = question.options.reduce((sum, option) => sum.plus(option.points), new D(0));
    if (available.lessThan(question.maxPoints)) {
      problems.push({
        path: [...path, "maxPoints"],
        message: `maxPoints ${question.maxPoints} is more than all options together give (${available.toString()})`,
      });
    }
  }
  if (question.type === "number" && question.min !== undefined && question.max !== undefined && question.min > question.max) {
    problems.push({ path: [...path, "min"], message: `min ${question.min} is above max ${question.max}` });
  }
}

function textsOf(question: Q): [Text | undefined, Path][] {
  const texts: [Text | undefined, Path][] = [
    [question.title, ["title"]],
    [question.help, ["help"]],
    [question.evidencePrompt, ["evidencePrompt"]],
  ];
  if (question.type === "single-choice" || question.type === "multiple-choice") {
    question.options.forEach((option, index) => texts.push([option.label, ["options", index, "label"]]));
  }
  if (question.type === "maturity") question.levels.forEach((level, index) => texts.push([level, ["levels", index]]));
  return texts;
}

/**
 * Every rule of a questionnaire that its shape cannot express: locales, text in the default
 * locale, unique keys and codes, measures, conditions on earlier questions only, bounds.
 */
export function questionnaireProblems(questionnaire: QuestionnaireShape): Problem[] {
  const problems: Problem[] = [];
  const locale = questionnaire.defaultLocale;
  const needText = (text: Text | undefined, path: Path): void => {
    if (text !== undefined && text[locale] === undefined) problems.push({ path: [...path, locale], message: `text missing in the default locale "${locale}"` });
  };

  if (!questionnaire.locales.includes(locale)) problems.push({ path: ["locales"], message: `the locales must include the default locale "${locale}"` });
  questionnaire.locales.forEach((entry, index) => {
    if (questionnaire.locales.indexOf(entry) !== index) problems.push({ path: ["locales", index], message: `locale "${entry}" is listed twice` });
  });
  needText(questionnaire.title, ["title"]);
  needText(questionnaire.introduction, ["introduction"]);

  const later = new Set(questionnaire.sections.flatMap((section) => section.questions.map((question) => question.key)));
  const earlier = new Map<string, Q>();
  const sectionKeys = new Set<string>();
  questionnaire.sections.forEach((section, sectionIndex) => {
    const sectionPath: Path = ["sections", sectionIndex];
    if (sectionKeys.has(section.key)) problems.push({ path: [...sectionPath, "key"], message: `section key "${section.key}" is used twice` });
    sectionKeys.add(section.key);
    if (section.clause !== undefined && !isClause(section.clause)) {
      problems.push({ path: [...sectionPath, "clause"], message: `ISO 26000 has no clause "${section.clause}" (or it is not modelled)` });
    }
    needText(section.title, [...sectionPath, "title"]);
    needText(section.introduction, [...sectionPath, "introduction"]);
    section.questions.forEach((question, questionIndex) => {
      const path: Path = [...sectionPath, "questions", questionIndex];
      if (earlier.has(question.key)) problems.push({ path: [...path, "key"], message: `question key "${question.key}" is used twice` });
      for (const [text, where] of textsOf(question)) needText(text, [...path, ...where]);
      if (question.visibleIf !== undefined) checkCondition(question.visibleIf, [...path, "visibleIf"], earlier, later, problems);
      checkMeasures(question, path, problems);
      checkOwnRules(question, path, problems);
      if (!earlier.has(question.key)) earlier.set(question.key, question);
    });
  });
  return problems;
}
