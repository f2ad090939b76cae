import * as z from "zod/v4";
import { conditionSchema, questionTargetSchema, questionSchema, questionnaireTextSchema, sectionSchema } from "./questionnaire-shape.schema.js";
import { questionnaireSchema } from "./questionnaire.schema.js";

type Metadata = { readonly id: string; readonly description?: string };
type Named = readonly (readonly [schema: z.ZodType, metadata: Metadata])[];

/**
 * The JSON Schema (draft 2020-12) of a zod schema, for the data an app sends (`io: "input"`:
 * properties with defaults are optional). `named` schemas become `$defs` under their `id`, through a
 * private registry, never zod's global one. Checks across parts of the data (unique keys, conditions
 * on earlier questions, ...) cannot be expressed in JSON Schema: the `description` says so.
 * Use it for every published JSON Schema (questionnaires here, responses next to their schema).
 */
export function jsonSchemaOf(schema: z.ZodType, id: string, title: string, named: Named): Record<string, unknown> {
  const metadata = z.registry<Metadata>();
  for (const [inner, meta] of named) metadata.add(inner, meta);
  const generated = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", metadata, unrepresentable: "throw", cycles: "ref", reused: "inline" });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: id,
    title,
    description: `${title}. The rules across its parts are checked by the koploper library, not by this schema.`,
    ...rest,
  };
}

/**
 * The JSON Schema (draft 2020-12) of a questionnaire definition, generated from
 * {@link questionnaireSchema}, so that apps in any language can check a definition's shape. The
 * rules across parts (unique keys, text in the default locale, conditions on earlier questions,
 * existing clauses, ...) need {@link parseQuestionnaire}. Reusable parts are in `$defs`: `Text`,
 * `Condition`, `QuestionTarget`, `Question`, `Section`. A new object on every call.
 *
 * @returns the JSON Schema, a plain JSON-serialisable object
 *
 * @example
 * ```ts
 * import { questionnaireJsonSchema } from "koploper";
 *
 * const schema = questionnaireJsonSchema();
 * schema["$schema"]; //=> "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function questionnaireJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(questionnaireSchema, "urn:koploper:iso26000:questionnaire", "Questionnaire definition (koploper, ISO 26000)", [
    [questionnaireTextSchema, { id: "Text", description: "A text by locale (nl, en); the questionnaire's default locale is required." }],
    [conditionSchema, { id: "Condition", description: "A declarative visibleIf condition on earlier questions." }],
    [questionTargetSchema, { id: "QuestionTarget", description: "An ISO 26000 issue, principle or practice a question measures, with a weight." }],
    [questionSchema, { id: "Question" }],
    [sectionSchema, { id: "Section" }],
  ]);
}
