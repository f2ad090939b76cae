import * as z from "zod/v4";
import { TEXT_LENGTH } from "../core/limits.js";
import { createParser } from "../core/parse.js";
import { answerValueSchema } from "./answer.schema.js";

/** SurveyJS data (`model.data`): an object by question name. */
export const surveyJsDataParser = /* @__PURE__ */ createParser(
  /* @__PURE__ */ z.record(/* @__PURE__ */ z.string().max(TEXT_LENGTH), /* @__PURE__ */ z.unknown()),
  "SurveyJS data",
);

/** The answers read from SurveyJS data, by question key. */
export const surveyJsAnswersParser = /* @__PURE__ */ createParser(
  /* @__PURE__ */ z.record(/* @__PURE__ */ z.string().max(TEXT_LENGTH), answerValueSchema),
  "SurveyJS data",
);
