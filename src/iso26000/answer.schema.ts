import * as z from "zod/v4";
import { boundedText } from "../core/common.schema.js";

/**
 * One answer as apps send it, before it is checked against its question: an option code
 * (single choice), the chosen codes (multiple choice; `[]` is "none of these"), `true` / `false`
 * (yes/no), a level 0-4 (maturity), a number, a text, or the explicit states
 * `{ notApplicable: true }` and `{ unknown: true }`.
 *
 * @example
 * ```ts
 * import { answerValueSchema } from "koploper";
 *
 * answerValueSchema.parse({ notApplicable: true }); //=> { notApplicable: true }
 * ```
 */
export const answerValueSchema = /* @__PURE__ */ z.union([
  boundedText,
  /* @__PURE__ */ z.number(),
  /* @__PURE__ */ z.boolean(),
  /* @__PURE__ */ z.array(boundedText),
  /* @__PURE__ */ z.strictObject({ notApplicable: /* @__PURE__ */ z.literal(true) }),
  /* @__PURE__ */ z.strictObject({ unknown: /* @__PURE__ */ z.literal(true) }),
]);

/**
 * One answer (see {@link answerValueSchema}).
 *
 * @example
 * ```ts
 * import type { AnswerValue } from "koploper";
 *
 * const answers: Record<string, AnswerValue> = { sector: "retail", staff: 8, waste_sorted: true, grievances: { unknown: true } };
 * ```
 */
export type AnswerValue = z.output<typeof answerValueSchema>;

/**
 * The answers to a questionnaire by question key, each an {@link AnswerValue}.
 *
 * @example
 * ```ts
 * import type { Answers } from "koploper";
 *
 * const answers: Answers = { staff: 8 };
 * ```
 */
export type Answers = Readonly<Record<string, AnswerValue>>;
