import { toDecimal } from "../core/decimal.js";
import type { Locale } from "../core/localized.js";
import { localeOption, readOptions } from "../core/options.js";
import type { AnswerValue } from "./answer.schema.js";
import type { Condition, Question, QuestionnaireText } from "./questionnaire-shape.schema.js";
import type { Questionnaire } from "./questionnaire.schema.js";

// Question keys never contain "__" and option codes never start with "_", so these values and
// the "<key>__status" companion questions cannot collide with anything in a questionnaire.
const NOT_APPLICABLE = "__na";
const UNKNOWN = "__unknown";
const NONE = "__none";
const STATUS = "__status";

const WORDS = {
  notApplicable: { nl: "Niet van toepassing", en: "Not applicable" },
  unknown: { nl: "Weet ik niet", en: "Don't know" },
  none: { nl: "Geen van deze", en: "None of these" },
  yes: { nl: "Ja", en: "Yes" },
  no: { nl: "Nee", en: "No" },
  status: { nl: "Kunt u dit niet invullen?", en: "Can't answer this?" },
} as const;

/**
 * One SurveyJS element (question) as `toSurveyJs` writes it: its `type` (`radiogroup`,
 * `checkbox`, `text`, `comment`), its `name`, `title`, `visibleIf` expression and the other SurveyJS
 * properties.
 *
 * @example
 * ```ts
 * import type { SurveyJsElement } from "koploper";
 *
 * const element: SurveyJsElement = { type: "text", name: "org_name", title: "Naam" };
 * ```
 */
export interface SurveyJsElement {
  readonly type: string;
  readonly name: string;
  readonly title?: string;
  readonly visibleIf?: string;
  readonly [property: string]: unknown;
}

/**
 * A SurveyJS page: one per section of the questionnaire.
 *
 * @example
 * ```ts
 * import type { SurveyJsPage } from "koploper";
 *
 * const page: SurveyJsPage = { name: "environment", title: "Milieu", elements: [] };
 * ```
 */
export interface SurveyJsPage {
  readonly name: string;
  readonly title: string;
  readonly description?: string;
  readonly elements: readonly SurveyJsElement[];
}

/**
 * A SurveyJS survey JSON, ready for `new Model(json)` from `survey-core`.
 *
 * @example
 * ```ts
 * import { koploperScan, toSurveyJs, type SurveyJsSurvey } from "koploper";
 *
 * const survey: SurveyJsSurvey = toSurveyJs(koploperScan, { locale: "en" });
 * survey.clearInvisibleValues; //=> "onHidden"
 * ```
 */
export interface SurveyJsSurvey {
  readonly title: string;
  readonly description?: string;
  readonly locale: Locale;
  readonly clearInvisibleValues: "onHidden";
  readonly pages: readonly SurveyJsPage[];
}

/**
 * Options of {@link toSurveyJs}: the `locale` to write the texts in (default: the questionnaire's
 * default locale; a missing translation falls back to it).
 *
 * @example
 * ```ts
 * import type { SurveyJsOptions } from "koploper";
 *
 * const options: SurveyJsOptions = { locale: "en" };
 * ```
 */
export interface SurveyJsOptions {
  readonly locale?: Locale;
}

type PickText = (text: QuestionnaireText) => string;

/** The text in `locale`, an own property only (never an inherited one such as `toString`). */
function textIn(text: QuestionnaireText, locale: string): string | undefined {
  const value: unknown = Object.hasOwn(text, locale) ? (text as Readonly<Record<string, unknown>>)[locale] : undefined;
  return typeof value === "string" ? value : undefined;
}

function picker(questionnaire: Questionnaire, locale: Locale): PickText {
  // Every text has the default locale: parseQuestionnaire checks it.
  return (text) => textIn(text, locale) ?? textIn(text, questionnaire.defaultLocale) ?? "";
}

/** Whether the answer "not applicable" / "unknown" lives in a companion question. */
function hasStatus(question: Question): boolean {
  return (question.type === "number" || question.type === "text") && (question.allowNotApplicable || question.allowUnknown);
}

function literal(value: string | number | boolean): string {
  if (typeof value === "string") return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  // A plain decimal (never 1e-7 or 1e+21, which SurveyJS's expression parser does not read).
  return typeof value === "number" ? toDecimal(value).toString() : String(value);
}

/** Translates a declarative condition into a SurveyJS expression, given the questions it names. */
function expression(condition: Condition, questions: ReadonlyMap<string, Question>): string {
  switch (condition.op) {
    case "and":
    case "or":
      return `(${condition.conditions.map((inner) => expression(inner, questions)).join(` ${condition.op} `)})`;
    case "not":
      return `!(${expression(condition.condition, questions)})`;
    default: {
      // parseQuestionnaire guarantees that the question exists and comes earlier.
      const question = questions.get(condition.question) as Question;
      const name = `{${question.key}}`;
      if (condition.op === "answered") return answered(question, name);
      const values = condition.op === "equals" ? [condition.value] : condition.values;
      const tests = values.map((value) => equals(question, name, value));
      const test = tests.length === 1 ? (tests[0] as string) : `(${tests.join(" or ")})`;
      return hasStatus(question) ? `(${test} and {${question.key}${STATUS}} empty)` : test;
    }
  }
}

function equals(question: Question, name: string, value: string | number | boolean): string {
  if (question.type === "multiple-choice") return `${name} contains ${literal(value)}`;
  if (question.type === "yes-no") return `${name} = ${literal(value === true ? "yes" : "no")}`;
  return `${name} = ${literal(value)}`;
}

function answered(question: Question, name: string): string {
  if (hasStatus(question)) return `(${name} notempty and {${question.key}${STATUS}} empty)`;
  const specials = [question.allowNotApplicable ? NOT_APPLICABLE : undefined, question.allowUnknown ? UNKNOWN : undefined].filter(
    (special) => special !== undefined,
  );
  const operator = question.type === "multiple-choice" ? "notcontains" : "!=";
  return `(${[`${name} notempty`, ...specials.map((special) => `${name} ${operator} '${special}'`)].join(" and ")})`;
}

function specialChoices(question: Question, pick: (words: { nl: string; en: string }) => string, exclusive: boolean) {
  const choices: Record<string, unknown>[] = [];
  if (question.allowNotApplicable) choices.push({ value: NOT_APPLICABLE, text: pick(WORDS.notApplicable), ...(exclusive ? { isExclusive: true } : {}) });
  if (question.allowUnknown) choices.push({ value: UNKNOWN, text: pick(WORDS.unknown), ...(exclusive ? { isExclusive: true } : {}) });
  return choices;
}

function elementsOf(question: Question, pick: PickText, words: (text: { nl: string; en: string }) => string, visibleIf: string | undefined): SurveyJsElement[] {
  const base = {
    name: question.key,
    title: pick(question.title),
    ...(question.help === undefined ? {} : { description: pick(question.help) }),
    ...(visibleIf === undefined ? {} : { visibleIf }),
  };
  const required = question.required ? { isRequired: true } : {};
  switch (question.type) {
    case "single-choice":
      return [
        {
          ...base,
          ...required,
          type: "radiogroup",
          choices: [...question.options.map((option) => ({ value: option.code, text: pick(option.label) })), ...specialChoices(question, words, false)],
        },
      ];
    case "yes-no":
      return [
        {
          ...base,
          ...required,
          type: "radiogroup",
          choices: [{ value: "yes", text: words(WORDS.yes) }, { value: "no", text: words(WORDS.no) }, ...specialChoices(question, words, false)],
        },
      ];
    case "maturity":
      return [
        {
          ...base,
          ...required,
          type: "radiogroup",
          choices: [...question.levels.map((level, index) => ({ value: index, text: pick(level) })), ...specialChoices(question, words, false)],
        },
      ];
    case "multiple-choice":
      return [
        {
          ...base,
          ...required,
          type: "checkbox",
          choices: [
            ...question.options.map((option) => ({ value: option.code, text: pick(option.label) })),
            { value: NONE, text: words(WORDS.none), isExclusive: true },
            ...specialChoices(question, words, true),
          ],
        },
      ];
    default: {
      const status = `{${question.key}${STATUS}} empty`;
      const main: SurveyJsElement =
        question.type === "number"
          ? {
              ...base,
              type: "text",
              inputType: "number",
              placeholder: question.unit,
              ...(question.min === undefined ? {} : { min: question.min }),
              ...(question.max === undefined ? {} : { max: question.max }),
              ...(question.integer ? { step: 1 } : {}),
              validators: [
                {
                  type: "numeric",
                  ...(question.min === undefined ? {} : { minValue: question.min }),
                  ...(question.max === undefined ? {} : { maxValue: question.max }),
                },
                ...(question.integer ? [{ type: "regex", regex: "^-?\\d+$" }] : []),
              ],
            }
          : { ...base, type: question.multiline ? "comment" : "text" };
      if (!hasStatus(question)) return [{ ...main, ...required }];
      return [
        { ...main, ...(question.required ? { requiredIf: status } : {}) },
        {
          type: "radiogroup",
          name: `${question.key}${STATUS}`,
          title: words(WORDS.status),
          titleLocation: "hidden",
          showClearButton: true,
          choices: specialChoices(question, words, false),
          ...(visibleIf === undefined ? {} : { visibleIf }),
        },
      ];
    }
  }
}

/**
 * Writes a questionnaire as a SurveyJS survey JSON, so that apps can render it with SurveyJS
 * (`survey-core` and a UI package). Each section becomes a page (the Koploper scan has one per core
 * subject); options keep their codes as choice values; maturity levels are the values 0-4; yes/no is
 * `"yes"` / `"no"`; "not applicable" and "unknown" are extra choices (`"__na"`, `"__unknown"`), for a
 * number or text a companion question `<key>__status`; a multiple choice gets an exclusive
 * "none of these" (`"__none"`). `visibleIf` conditions become SurveyJS expressions, and hidden
 * questions lose their answers (`clearInvisibleValues: "onHidden"`), as in
 * {@link getVisibleQuestionKeys}. Read the answers back with {@link fromSurveyJsResult}.
 *
 * @param questionnaire - a questionnaire from {@link parseQuestionnaire}
 * @param options - `locale`: the language of the texts (default: the questionnaire's default locale)
 * @returns the survey JSON
 *
 * @example
 * ```ts
 * import { koploperScan, toSurveyJs } from "koploper";
 *
 * const survey = toSurveyJs(koploperScan, { locale: "en" });
 * survey.pages.length; //=> 11
 * survey.pages[5]?.elements[0]?.visibleIf; //=> "{has_employees} = 'yes'"
 * ```
 */
export function toSurveyJs(questionnaire: Questionnaire, options: SurveyJsOptions = {}): SurveyJsSurvey {
  const chosen = readOptions(options, "SurveyJS options", { locale: localeOption }).locale as Locale | undefined;
  const locale = chosen ?? questionnaire.defaultLocale;
  const pick = picker(questionnaire, locale);
  const words = (text: { nl: string; en: string }): string => textIn(text, locale) ?? text.nl;
  const questions = new Map(questionnaire.sections.flatMap((section) => section.questions.map((question) => [question.key, question] as const)));
  return {
    title: pick(questionnaire.title),
    ...(questionnaire.introduction === undefined ? {} : { description: pick(questionnaire.introduction) }),
    locale,
    clearInvisibleValues: "onHidden",
    pages: questionnaire.sections.map((section) => ({
      name: section.key,
      title: pick(section.title),
      ...(section.introduction === undefined ? {} : { description: pick(section.introduction) }),
      elements: section.questions.flatMap((question) =>
        elementsOf(question, pick, words, question.visibleIf === undefined ? undefined : expression(question.visibleIf, questions)),
      ),
    })),
  };
}

function special(value: unknown): AnswerValue | undefined {
  if (value === NOT_APPLICABLE || (Array.isArray(value) && value.includes(NOT_APPLICABLE))) return { notApplicable: true };
  if (value === UNKNOWN || (Array.isArray(value) && value.includes(UNKNOWN))) return { unknown: true };
  return undefined;
}

/** The answer to one question from SurveyJS data, or `undefined` when it has none. */
function answerOf(question: Question, data: Readonly<Record<string, unknown>>): unknown {
  const value = Object.hasOwn(data, question.key) ? data[question.key] : undefined;
  const status = special(Object.hasOwn(data, `${question.key}${STATUS}`) ? data[`${question.key}${STATUS}`] : undefined);
  if (status !== undefined && hasStatus(question)) return status;
  if (value === undefined || value === null || value === "") return undefined;
  const explicit = special(value);
  if (explicit !== undefined) return explicit;
  switch (question.type) {
    case "multiple-choice":
      if (!Array.isArray(value)) return value;
      return value.length === 0 ? undefined : value.filter((code) => code !== NONE);
    case "yes-no":
      return value === "yes" ? true : value === "no" ? false : value;
    case "number":
      return typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : value;
    default:
      return value;
  }
}

/**
 * The answers in SurveyJS data, by question key, converted (see {@link fromSurveyJsResult}) but
 * not yet checked: values of a kind no question takes pass through for the caller to reject.
 */
export function surveyJsAnswers(questionnaire: Questionnaire, data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const question of questionnaire.sections.flatMap((section) => section.questions)) {
    const answer = answerOf(question, data);
    if (answer !== undefined) answers[question.key] = answer;
  }
  return answers;
}
