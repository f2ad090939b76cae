import type { Question } from "./questionnaire-shape.schema.js";
import type { Questionnaire } from "./questionnaire.schema.js";

// What logic needs to know of a validated questionnaire, without zod.

/**
 * The reference a response gives to the questionnaire it answers: `id@version`.
 *
 * @param questionnaire - the questionnaire
 * @returns `"<id>@<version>"`
 *
 * @example
 * ```ts
 * import { koploperScan, questionnaireRef } from "koploper";
 *
 * questionnaireRef(koploperScan); //=> "koploper-scan@2.0.0"
 * ```
 */
export function questionnaireRef(questionnaire: Pick<Questionnaire, "id" | "version">): string {
  return `${questionnaire.id}@${questionnaire.version}`;
}

/** Every question of a questionnaire in order. */
export function questionsOf(questionnaire: Questionnaire): readonly Question[] {
  return questionnaire.sections.flatMap((section) => section.questions);
}
