import * as z from "zod/v4";
import { boundedText } from "../core/common.schema.js";
import { createParser } from "../core/parse.js";
import { answerValueSchema } from "./answer.schema.js";

/** SurveyJS data (`model.data`): an object by question name. */
export const surveyJsDataParser = /* @__PURE__ */ createParser(/* @__PURE__ */ z.record(boundedText, /* @__PURE__ */ z.unknown()), "SurveyJS data");

/** The answers read from SurveyJS data, by question key. */
export const surveyJsAnswersParser = /* @__PURE__ */ createParser(/* @__PURE__ */ z.record(boundedText, answerValueSchema), "SurveyJS data");
