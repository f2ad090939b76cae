import * as z from "zod/v4";
import { nonEmptyText, boundedText } from "../core/common.schema.js";
import { TEXT_LENGTH } from "../core/limits.js";

// The shape of a questionnaire and of its parts. The rules across the parts (questionnaire-rules.ts)
// read these types; questionnaire.schema.ts joins both into the questionnaire schema.

const KEY = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const CODE = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Semantic Versioning 2.0.0, the regular expression suggested at semver.org.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

const keySchema = /* @__PURE__ */ z
  .string()
  .max(TEXT_LENGTH)
  .regex(KEY, 'Expected a key of lowercase letters and digits, words joined by single underscores (e.g. "waste_separation")');
const codeSchema = /* @__PURE__ */ z
  .string()
  .max(TEXT_LENGTH)
  .regex(CODE, 'Expected a code of lowercase letters and digits, words joined by - or _ (e.g. "1-9")');
const clauseSchema = /* @__PURE__ */ z
  .string()
  .max(TEXT_LENGTH)
  .regex(/^\d+(?:\.\d+)*$/, 'Expected an ISO 26000 clause number such as "6.5.5"');
const localeSchema = /* @__PURE__ */ z.enum(["nl", "en"]);
const scoreSchema = /* @__PURE__ */ z.number().min(0).max(4);

/**
 * A text in the locales a questionnaire offers. Every text must exist in the questionnaire's
 * default locale; a missing translation falls back to it.
 *
 * @example
 * ```ts
 * import { questionnaireTextSchema } from "koploper";
 *
 * questionnaireTextSchema.parse({ nl: "Afval" }); //=> { nl: "Afval" }
 * ```
 */
export const questionnaireTextSchema = /* @__PURE__ */ z.strictObject({
  nl: /* @__PURE__ */ nonEmptyText.optional(),
  en: /* @__PURE__ */ nonEmptyText.optional(),
});

/**
 * A text in the locales a questionnaire offers (see {@link questionnaireTextSchema}).
 *
 * @example
 * ```ts
 * import type { QuestionnaireText } from "koploper";
 *
 * const title: QuestionnaireText = { nl: "Afval", en: "Waste" };
 * ```
 */
export type QuestionnaireText = z.output<typeof questionnaireTextSchema>;

const conditionValueSchema = /* @__PURE__ */ z.union([boundedText, /* @__PURE__ */ z.number(), /* @__PURE__ */ z.boolean()]);

const conditionNode = /* @__PURE__ */ z.discriminatedUnion("op", [
  /* @__PURE__ */ z.strictObject({
    op: /* @__PURE__ */ z.literal(["and", "or"]),
    get conditions(): z.ZodArray<typeof conditionNode> {
      return /* @__PURE__ */ z.array(conditionNode).min(1);
    },
  }),
  /* @__PURE__ */ z.strictObject({
    op: /* @__PURE__ */ z.literal("not"),
    get condition(): typeof conditionNode {
      return conditionNode;
    },
  }),
  /* @__PURE__ */ z.strictObject({ op: /* @__PURE__ */ z.literal("equals"), question: keySchema, value: conditionValueSchema }),
  /* @__PURE__ */ z.strictObject({ op: /* @__PURE__ */ z.literal("in"), question: keySchema, values: /* @__PURE__ */ z.array(conditionValueSchema).min(1) }),
  /* @__PURE__ */ z.strictObject({ op: /* @__PURE__ */ z.literal("answered"), question: keySchema }),
]);

/**
 * A declarative condition on earlier answers, for `visibleIf`. No expressions are evaluated:
 * `and` / `or` / `not` combine the tests `equals` (the answer is this option code, yes/no boolean,
 * maturity level or number; for a multiple choice: this code is among the chosen; a text question
 * can only be tested with `answered`),
 * `in` (one of these values; for a multiple choice: any of these codes is chosen) and `answered`
 * (answered with a value, not with "not applicable" or "unknown"). {@link parseQuestionnaire}
 * refuses conditions nested more than `LIMITS.conditionDepth` (32) levels deep before it reads
 * them; parse a questionnaire with it rather than this schema alone.
 *
 * @example
 * ```ts
 * import { conditionSchema } from "koploper";
 *
 * conditionSchema.parse({ op: "equals", question: "has_staff", value: true });
 * ```
 */
export const conditionSchema = conditionNode;

/**
 * A `visibleIf` condition (see {@link conditionSchema}).
 *
 * @example
 * ```ts
 * import type { Condition } from "koploper";
 *
 * const condition: Condition = { op: "and", conditions: [{ op: "answered", question: "sector" }, { op: "not", condition: { op: "equals", question: "staff", value: 0 } }] };
 * ```
 */
export type Condition = z.output<typeof conditionSchema>;

/**
 * What a question measures: an ISO 26000 issue, principle, fundamental practice or integration
 * practice (never a core subject: those are scored through their issues), with a positive weight
 * (default 1).
 *
 * @example
 * ```ts
 * import { questionTargetSchema } from "koploper";
 *
 * questionTargetSchema.parse({ clause: "6.5.5" }); //=> { clause: "6.5.5", weight: 1 }
 * ```
 */
export const questionTargetSchema = /* @__PURE__ */ z.strictObject({
  clause: clauseSchema,
  weight: /* @__PURE__ */ z.number().positive().finite().default(1),
});

/**
 * What a question measures, with its weight (see {@link questionTargetSchema}).
 *
 * @example
 * ```ts
 * import type { QuestionTarget } from "koploper";
 *
 * const measure: QuestionTarget = { clause: "6.4.6", weight: 2 };
 * ```
 */
export type QuestionTarget = z.output<typeof questionTargetSchema>;

const questionBase = /* @__PURE__ */ z.strictObject({
  key: keySchema,
  title: questionnaireTextSchema,
  help: /* @__PURE__ */ questionnaireTextSchema.optional(),
  evidencePrompt: /* @__PURE__ */ questionnaireTextSchema.optional(),
  required: /* @__PURE__ */ z.boolean().default(false),
  allowNotApplicable: /* @__PURE__ */ z.boolean().default(false),
  allowUnknown: /* @__PURE__ */ z.boolean().default(false),
  measures: /* @__PURE__ */ z.array(questionTargetSchema).default([]),
  visibleIf: /* @__PURE__ */ conditionSchema.optional(),
});

const choiceOptionSchema = /* @__PURE__ */ z.strictObject({ code: codeSchema, label: questionnaireTextSchema, score: /* @__PURE__ */ scoreSchema.optional() });
const multipleOptionSchema = /* @__PURE__ */ z.strictObject({
  code: codeSchema,
  label: questionnaireTextSchema,
  points: /* @__PURE__ */ z.number().min(0).finite(),
});

/**
 * One question. Every type shares `key` (stable and unique in the questionnaire), `title`, `help`,
 * `evidencePrompt` (what the adviser should see as proof), `required`, `allowNotApplicable`,
 * `allowUnknown`, `measures` and `visibleIf`. The `type` decides the rest:
 *
 * - `single-choice`: `options` with a `code`, a `label` and a `score` 0-4 (or none);
 * - `multiple-choice`: `options` with `points`, and `maxPoints` (the points that make level 4);
 * - `yes-no`: optional `scores` for yes and no (0-4);
 * - `maturity`: `levels`, a descriptor for each level 0-4 (the answer is the level);
 * - `number`: `unit`, optional `min` / `max`, `integer`;
 * - `text`: `multiline`.
 *
 * @example
 * ```ts
 * import { questionSchema } from "koploper";
 *
 * const question = questionSchema.parse({
 *   key: "waste_separation",
 *   type: "yes-no",
 *   title: { nl: "Scheidt u uw afval?", en: "Do you separate your waste?" },
 *   scores: { yes: 2, no: 0 },
 *   measures: [{ clause: "6.5.3" }],
 * });
 * question.required; //=> false
 * ```
 */
export const questionSchema = /* @__PURE__ */ z.discriminatedUnion("type", [
  /* @__PURE__ */ questionBase.extend({ type: /* @__PURE__ */ z.literal("single-choice"), options: /* @__PURE__ */ z.array(choiceOptionSchema).min(2) }),
  /* @__PURE__ */ questionBase.extend({
    type: /* @__PURE__ */ z.literal("multiple-choice"),
    options: /* @__PURE__ */ z.array(multipleOptionSchema).min(1),
    maxPoints: /* @__PURE__ */ z.number().positive().finite(),
  }),
  /* @__PURE__ */ questionBase.extend({
    type: /* @__PURE__ */ z.literal("yes-no"),
    scores: /* @__PURE__ */ z.strictObject({ yes: scoreSchema, no: scoreSchema }).optional(),
  }),
  /* @__PURE__ */ questionBase.extend({
    type: /* @__PURE__ */ z.literal("maturity"),
    levels: /* @__PURE__ */ z.tuple([
      questionnaireTextSchema,
      questionnaireTextSchema,
      questionnaireTextSchema,
      questionnaireTextSchema,
      questionnaireTextSchema,
    ]),
  }),
  /* @__PURE__ */ questionBase.extend({
    type: /* @__PURE__ */ z.literal("number"),
    unit: nonEmptyText,
    min: /* @__PURE__ */ z.number().finite().optional(),
    max: /* @__PURE__ */ z.number().finite().optional(),
    integer: /* @__PURE__ */ z.boolean().default(false),
  }),
  /* @__PURE__ */ questionBase.extend({ type: /* @__PURE__ */ z.literal("text"), multiline: /* @__PURE__ */ z.boolean().default(false) }),
]);

/**
 * One question of a questionnaire (see {@link questionSchema}).
 *
 * @example
 * ```ts
 * import type { Question } from "koploper";
 *
 * function isScored(question: Question): boolean {
 *   return question.measures.length > 0;
 * }
 * ```
 */
export type Question = z.output<typeof questionSchema>;

/**
 * The question types (see {@link questionSchema}).
 *
 * @example
 * ```ts
 * import type { QuestionType } from "koploper";
 *
 * const type: QuestionType = "maturity";
 * ```
 */
export type QuestionType = Question["type"];

/**
 * A section of a questionnaire: a `key`, a `title`, an optional `introduction`, optionally the
 * ISO 26000 `clause` it is about, and its questions in order.
 *
 * @example
 * ```ts
 * import { sectionSchema } from "koploper";
 *
 * sectionSchema.parse({
 *   key: "environment",
 *   title: { nl: "Milieu" },
 *   clause: "6.5",
 *   questions: [{ key: "notes", type: "text", title: { nl: "Opmerkingen" } }],
 * }).questions.length; //=> 1
 * ```
 */
export const sectionSchema = /* @__PURE__ */ z.strictObject({
  key: keySchema,
  title: questionnaireTextSchema,
  introduction: /* @__PURE__ */ questionnaireTextSchema.optional(),
  clause: /* @__PURE__ */ clauseSchema.optional(),
  questions: /* @__PURE__ */ z.array(questionSchema).min(1),
});

/**
 * A section of a questionnaire (see {@link sectionSchema}).
 *
 * @example
 * ```ts
 * import type { Section } from "koploper";
 *
 * const keys = (section: Section): string[] => section.questions.map((question) => question.key);
 * ```
 */
export type Section = z.output<typeof sectionSchema>;

/** The shape of a whole questionnaire, before the rules across its parts (questionnaire.schema.ts adds them). */
export const questionnaireShape = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ z.string().max(TEXT_LENGTH).regex(SLUG, "Expected an id of lowercase letters and digits joined by hyphens"),
  version: /* @__PURE__ */ z.string().max(TEXT_LENGTH).regex(SEMVER, 'Expected a semantic version such as "1.0.0"'),
  defaultLocale: /* @__PURE__ */ localeSchema.default("nl"),
  locales: /* @__PURE__ */ z.array(localeSchema).min(1).default(["nl"]),
  title: questionnaireTextSchema,
  introduction: /* @__PURE__ */ questionnaireTextSchema.optional(),
  sections: /* @__PURE__ */ z.array(sectionSchema).min(1),
});

/** The shape of a questionnaire before the rules across its parts are checked. */
export type QuestionnaireShape = z.output<typeof questionnaireShape>;
