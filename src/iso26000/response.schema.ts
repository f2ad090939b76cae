import * as z from "zod/v4";
import { boundedText } from "../core/common.schema.js";
import { TEXT_LENGTH } from "../core/limits.js";
import { invalidIssues, type KoploperError } from "../core/errors.js";
import { booleanOption, readOptions } from "../core/options.js";
import { invalidInput, type SafeParseResult, type DeepReadonly } from "../core/parse.js";
import { answerValueSchema } from "./answer.schema.js";
import { jsonSchemaOf } from "./json-schema.js";
import type { Questionnaire } from "./questionnaire.schema.js";
import { checkResponse, type DroppedAnswer } from "./response.js";

/**
 * The shape of a response, before it is checked against its questionnaire: `questionnaire` names
 * the `id@version` it answers, `answers` maps question keys to answers (see
 * {@link answerValueSchema}: an option code, option codes, a boolean, a level 0-4, a number, a
 * text, `{ notApplicable: true }` or `{ unknown: true }`); a question left out is unanswered.
 *
 * @example
 * ```ts
 * import { responseSchema } from "koploper/iso26000";
 *
 * responseSchema.parse({ questionnaire: "koploper-scan@1.0.0", answers: { staff: 8, waste_separation: true } });
 * ```
 */
export const responseSchema = /* @__PURE__ */ z.strictObject({
  questionnaire: /* @__PURE__ */ z
    .string()
    .max(TEXT_LENGTH)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*@\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?$/, 'Expected "<id>@<version>", e.g. "koploper-scan@1.0.0"'),
  answers: /* @__PURE__ */ z.record(boundedText, answerValueSchema),
});

/**
 * A response as an app may send it (see {@link responseSchema}).
 *
 * @example
 * ```ts
 * import type { QuestionnaireResponseInput } from "koploper/iso26000";
 *
 * const input: QuestionnaireResponseInput = { questionnaire: "koploper-scan@1.0.0", answers: { sector: "retail", privacy: { notApplicable: true } } };
 * ```
 */
export type QuestionnaireResponseInput = DeepReadonly<z.input<typeof responseSchema>>;

/**
 * A response checked against its questionnaire by {@link parseResponse}: the `questionnaire`
 * (`id@version`), the `answers` kept and the answers `dropped` because their question was hidden
 * by its condition. Frozen.
 *
 * @example
 * ```ts
 * import { koploperScan, parseResponse, type QuestionnaireResponse } from "koploper/iso26000";
 *
 * const response: QuestionnaireResponse = parseResponse(koploperScan, { questionnaire: "koploper-scan@2.0.0", answers: {} }, { partial: true });
 * response.dropped; //=> []
 * ```
 */
export type QuestionnaireResponse = z.output<typeof responseSchema> & { readonly dropped: readonly DroppedAnswer[] };

/**
 * Options of {@link parseResponse}: `partial: true` accepts a response in progress, in which
 * required questions may still be unanswered (they lower the coverage of the score).
 *
 * @example
 * ```ts
 * import type { ParseResponseOptions } from "koploper/iso26000";
 *
 * const options: ParseResponseOptions = { partial: true };
 * ```
 */
export interface ParseResponseOptions {
  readonly partial?: boolean;
}

/**
 * Like {@link parseResponse}, but returns the error instead of throwing it.
 *
 * @param questionnaire - the questionnaire the response answers (from `parseQuestionnaire`)
 * @param input - anything, typically parsed JSON (see {@link responseSchema})
 * @param options - `partial`: allow unanswered required questions
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { koploperScan, safeParseResponse } from "koploper/iso26000";
 *
 * safeParseResponse(koploperScan, { questionnaire: "other@1.0.0", answers: {} }).success; //=> false
 * ```
 */
export function safeParseResponse(questionnaire: Questionnaire, input: unknown, options: ParseResponseOptions = {}): SafeParseResult<QuestionnaireResponse> {
  let partial: unknown;
  try {
    partial = readOptions(options, "response options", { partial: booleanOption }).partial;
  } catch (error) {
    return { success: false, error: error as KoploperError };
  }
  const shape = responseSchema.safeParse(input);
  if (!shape.success) return { success: false, error: invalidInput("response", shape.error) };
  const checked = checkResponse(questionnaire, shape.data, partial === true);
  if (checked.problems.length > 0) return { success: false, error: invalidIssues("response", checked.problems) };
  const response = { questionnaire: shape.data.questionnaire, answers: Object.freeze(checked.answers), dropped: Object.freeze(checked.dropped) };
  return { success: true, data: Object.freeze(response) };
}

/**
 * Checks a response against the questionnaire it answers: it must name that questionnaire's
 * `id@version`; every key must be a question; option codes must exist (each at most once in a
 * multiple choice); yes/no must be a boolean, maturity a whole level 0-4, a number within the
 * question's bounds (whole where required, checked exactly), a text non-empty; `{ notApplicable: true }` and
 * `{ unknown: true }` only where the question allows them; required visible questions answered
 * (unless `partial`). Answers to questions hidden by their `visibleIf` condition (evaluated in
 * question order on the answers kept so far) are dropped and listed in `dropped`.
 *
 * @param questionnaire - the questionnaire the response answers (from `parseQuestionnaire`)
 * @param input - anything, typically parsed JSON (see {@link responseSchema})
 * @param options - `partial`: allow unanswered required questions
 * @returns the checked response, frozen
 * @throws {@link KoploperError} `INVALID_INPUT` with every problem and its path (`["answers", key]`)
 *
 * @example
 * ```ts
 * import { koploperScan, parseResponse } from "koploper/iso26000";
 *
 * const response = parseResponse(koploperScan, { questionnaire: "koploper-scan@2.0.0", answers: {} }, { partial: true });
 * response.questionnaire; //=> "koploper-scan@2.0.0"
 * ```
 */
export function parseResponse(questionnaire: Questionnaire, input: unknown, options: ParseResponseOptions = {}): QuestionnaireResponse {
  const result = safeParseResponse(questionnaire, input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * The JSON Schema (draft 2020-12) of a response, generated from {@link responseSchema}, so that
 * apps in any language can check a response's shape. Whether the answers fit the questionnaire
 * needs {@link parseResponse}. The answer value is in `$defs` as `Answer`. A new object on every
 * call.
 *
 * @returns the JSON Schema, a plain JSON-serialisable object
 *
 * @example
 * ```ts
 * import { responseJsonSchema } from "koploper/iso26000";
 *
 * responseJsonSchema()["$id"]; //=> "urn:koploper:iso26000:response"
 * ```
 */
export function responseJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(responseSchema, "urn:koploper:iso26000:response", "Questionnaire response (koploper, ISO 26000)", [
    [
      answerValueSchema,
      { id: "Answer", description: "An option code, option codes, true/false, a level 0-4, a number, a text, { notApplicable: true } or { unknown: true }." },
    ],
  ]);
}
