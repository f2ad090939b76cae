import type * as z from "zod/v4";
import { deepFreeze } from "../core/freeze.js";
import { invalidIssues } from "../core/errors.js";
import { createParser, type DeepReadonly, type SafeParseResult } from "../core/parse.js";
import { deepConditions } from "./condition-depth.js";
import { questionnaireShape } from "./questionnaire-shape.schema.js";
import { questionnaireProblems } from "./questionnaire-rules.js";

/**
 * A questionnaire definition, JSON-serialisable: `id`, `version` (semver), `defaultLocale`
 * (default `nl`), `locales` (every locale it is offered in, the default among them), `title`,
 * `introduction` and `sections`. Besides the shape it checks, each with its path: unique section
 * keys, question keys and option codes; text in the default locale everywhere; `measures` that name
 * a modelled issue, principle or practice once, on a question that can score; `visibleIf`
 * conditions that only refer to earlier questions, with values that fit those questions; `min` not
 * above `max`; `maxPoints` reachable.
 *
 * @see ISO 26000:2010 clause 6 (issues), 4 (principles), 5 and 7 (practices)
 *
 * @example
 * ```ts
 * import { questionnaireSchema } from "koploper";
 *
 * questionnaireSchema.safeParse({ id: "x", version: "1", title: { nl: "X" }, sections: [] }).success; //=> false
 * ```
 */
export const questionnaireSchema = /* @__PURE__ */ questionnaireShape.superRefine((questionnaire, ctx) => {
  for (const problem of questionnaireProblems(questionnaire)) ctx.addIssue({ code: "custom", path: problem.path, message: problem.message });
});

/**
 * A validated questionnaire (see {@link questionnaireSchema}). What {@link parseQuestionnaire}
 * returns is deeply frozen: a published questionnaire never changes; publish a new `version`.
 *
 * @example
 * ```ts
 * import { koploperScan, type Questionnaire } from "koploper";
 *
 * const scan: Questionnaire = koploperScan;
 * scan.defaultLocale; //=> "nl"
 * ```
 */
export type Questionnaire = z.output<typeof questionnaireSchema>;

/**
 * A questionnaire definition as it may be written (defaults still missing).
 *
 * @example
 * ```ts
 * import type { QuestionnaireInput } from "koploper";
 *
 * const draft: QuestionnaireInput = {
 *   id: "mini",
 *   version: "1.0.0",
 *   title: { nl: "Mini" },
 *   sections: [{ key: "s", title: { nl: "S" }, questions: [{ key: "q", type: "text", title: { nl: "Q?" } }] }],
 * };
 * ```
 */
export type QuestionnaireInput = DeepReadonly<z.input<typeof questionnaireSchema>>;

const parser = /* @__PURE__ */ createParser(questionnaireSchema, "questionnaire");

/**
 * Validates a questionnaire definition (see {@link questionnaireSchema} for every check) and
 * returns it with defaults filled in, deeply frozen.
 *
 * @param input - anything, typically parsed JSON
 * @returns the questionnaire, immutable
 * @throws {@link KoploperError} `INVALID_INPUT` with every problem and its path
 *
 * @example
 * ```ts
 * import { parseQuestionnaire } from "koploper";
 *
 * const questionnaire = parseQuestionnaire({
 *   id: "mini",
 *   version: "1.0.0",
 *   title: { nl: "Mini" },
 *   sections: [{ key: "s", title: { nl: "S" }, questions: [{ key: "q", type: "text", title: { nl: "Q?" } }] }],
 * });
 * Object.isFrozen(questionnaire.sections[0]); //=> true
 * ```
 */
export function parseQuestionnaire(input: unknown): Questionnaire {
  const result = safeParseQuestionnaire(input);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Like {@link parseQuestionnaire}, but returns the error instead of throwing it.
 *
 * @param input - anything, typically parsed JSON
 * @returns `{ success: true, data }` (deeply frozen) or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseQuestionnaire } from "koploper";
 *
 * const result = safeParseQuestionnaire({ id: "mini", version: "1.0" });
 * if (!result.success) result.error.issues.map((issue) => issue.path.join(".")); //=> ["version", "title", "sections"]
 * ```
 */
export function safeParseQuestionnaire(input: unknown): SafeParseResult<Questionnaire> {
  const tooDeep = deepConditions(input);
  if (tooDeep.length > 0) return { success: false, error: invalidIssues("questionnaire", tooDeep) };
  const result = parser.safeParse(input);
  return result.success ? { success: true, data: deepFreeze(result.data) } : result;
}
