import type { Answers } from "./answer.schema.js";
import { questionnaireRef } from "./questionnaire.js";
import type { Questionnaire } from "./questionnaire.schema.js";
import { surveyJsAnswersParser, surveyJsDataParser } from "./surveyjs-result.schema.js";
import { surveyJsAnswers } from "./surveyjs.js";

/**
 * Turns the data of a completed SurveyJS survey (`model.data`), rendered from {@link toSurveyJs},
 * back into a response to the questionnaire, in the shape `parseResponse` accepts:
 * `{ questionnaire: "id@version", answers }`. Choice values become option codes, `"yes"` / `"no"`
 * booleans, `"__na"` / `"__unknown"` (or the companion `<key>__status`) the explicit
 * `{ notApplicable: true }` / `{ unknown: true }`, the exclusive "none of these" an empty list, a
 * numeric string a number; empty answers and names that are no question are left out. Whether the
 * answers fit their questions (codes, bounds, visibility) is for `parseResponse` to check.
 *
 * @param questionnaire - the questionnaire the survey was rendered from
 * @param data - the SurveyJS data, an object by question name
 * @returns the response input, `{ questionnaire, answers }`, answers in questionnaire order
 * @throws {@link KoploperError} `INVALID_INPUT` when `data` is not an object, or an answer is of a
 *   kind no question takes (an object, a number that is not finite), with its path
 *
 * @example
 * ```ts
 * import { fromSurveyJsResult, koploperScan } from "koploper";
 *
 * fromSurveyJsResult(koploperScan, { has_employees: "yes", sh_identify: "__unknown", env_resources: ["led", "solar"] });
 * //=> { questionnaire: "koploper-scan@2.0.0", answers: { has_employees: true, sh_identify: { unknown: true }, env_resources: ["led", "solar"] } }
 * ```
 */
export function fromSurveyJsResult(questionnaire: Questionnaire, data: unknown): { readonly questionnaire: string; readonly answers: Answers } {
  const answers = surveyJsAnswersParser.parse(surveyJsAnswers(questionnaire, surveyJsDataParser.parse(data)));
  return { questionnaire: questionnaireRef(questionnaire), answers };
}
