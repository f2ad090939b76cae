import * as z from "zod/v4";
import { createParser, type DeepReadonly } from "../core/parse.js";
import type { VsmeReport } from "./types.js";

const reportSchema = /* @__PURE__ */ z.custom<VsmeReport>(
  (value) =>
    typeof value === "object" &&
    value !== null &&
    typeof (value as { datapoints?: unknown }).datapoints === "object" &&
    Array.isArray((value as { missing?: unknown }).missing) &&
    typeof (value as { entity?: { name?: unknown } }).entity?.name === "string",
  "expected a report from vsmeReport",
);

/** Checks that a value is a report from `vsmeReport` (the door of the output functions). */
export const reportParser = /* @__PURE__ */ createParser(reportSchema, "VSME report");

/**
 * The options of {@link toVsmeMarkdown}: the `locale` of the texts and numbers (the report's own by default).
 *
 * @example
 * ```ts
 * import { vsmeMarkdownOptionsSchema } from "koploper/vsme";
 *
 * vsmeMarkdownOptionsSchema.parse({ locale: "en" }); //=> { locale: "en" }
 * ```
 */
export const vsmeMarkdownOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ locale: z.optional(z.enum(["nl", "en"])) }))();

/**
 * The options of {@link toVsmeMarkdown} as a caller writes them.
 *
 * @example
 * ```ts
 * import type { VsmeMarkdownOptions } from "koploper/vsme";
 *
 * const options: VsmeMarkdownOptions = { locale: "en" };
 * ```
 */
export type VsmeMarkdownOptions = DeepReadonly<z.input<typeof vsmeMarkdownOptionsSchema>>;

export const optionsParser = /* @__PURE__ */ createParser(vsmeMarkdownOptionsSchema, "VSME Markdown options");
