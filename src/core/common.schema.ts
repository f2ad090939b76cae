import { Decimal } from "decimal.js";
import * as z from "zod/v4";
import { TEXT_LENGTH } from "./limits.js";
import { isKoploperError } from "./errors.js";
import { toDecimal, type DecimalInput } from "./decimal.js";
import { createParser, type SafeParseResult } from "./parse.js";

/**
 * A {@link DecimalInput} checked and turned into an exact `Decimal` (see {@link toDecimal}).
 * Use it inside your own zod schemas for amounts.
 *
 * @example
 * ```ts
 * import { decimalSchema } from "koploper";
 *
 * decimalSchema.parse("12.50").toString(); //=> "12.5"
 * ```
 */
export const decimalSchema = /* @__PURE__ */ z.transform<DecimalInput, Decimal>((value, ctx) => {
  // One pass (a transform, not a custom check piped into a transform): this runs once per quantity.
  if (typeof value === "number" || typeof value === "string" || Decimal.isDecimal(value)) {
    try {
      return toDecimal(value);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: isKoploperError(error) ? error.message : String(error), input: value });
      return z.NEVER;
    }
  }
  ctx.addIssue({ code: "custom", message: "Expected a number, a decimal string or a Decimal", input: value });
  return z.NEVER;
});
/**
 * A text of at most `LIMITS.textLength` characters (one schema, shared by every schema that bounds a
 * text). Built in a pure function, so that a bundler drops it when nothing uses it. Internal.
 */
export const boundedText = /* @__PURE__ */ (() => z.string().max(TEXT_LENGTH))();

/** A non-empty text of at most `LIMITS.textLength` characters (shared like {@link boundedText}). Internal. */
export const nonEmptyText = /* @__PURE__ */ (() => z.string().max(TEXT_LENGTH).min(1))();

/**
 * A text in Dutch and English, each a non-empty string (see {@link Localized}).
 *
 * @example
 * ```ts
 * import { localizedSchema } from "koploper";
 *
 * localizedSchema.parse({ nl: "Afval", en: "Waste" }); //=> { nl: "Afval", en: "Waste" }
 * ```
 */
export const localizedSchema = /* @__PURE__ */ z.object({
  nl: nonEmptyText,
  en: nonEmptyText,
});

const decimalParser = /* @__PURE__ */ createParser(decimalSchema, "number");

/**
 * Validates an untrusted amount: the {@link toDecimal} rules, with the failure reported as
 * `INVALID_INPUT` with its issue.
 *
 * @param input - anything
 * @returns the exact value
 * @throws {@link KoploperError} `INVALID_INPUT`
 *
 * @example
 * ```ts
 * import { parseDecimal } from "koploper";
 *
 * parseDecimal("0.0000001").toString(); //=> "0.0000001"
 * ```
 */
export function parseDecimal(input: unknown): Decimal {
  return decimalParser.parse(input);
}

/**
 * Like {@link parseDecimal}, but returns the error instead of throwing it.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseDecimal } from "koploper";
 *
 * safeParseDecimal("abc").success; //=> false
 * ```
 */
export function safeParseDecimal(input: unknown): SafeParseResult<Decimal> {
  return decimalParser.safeParse(input);
}

/**
 * A record keyed by any text, every value checked by `value`, that keeps every key as an own
 * property: zod's `z.record` drops a key named `__proto__`. Internal.
 */
export function ownRecord<V extends z.ZodType>(value: V): z.ZodType<Record<string, z.output<V>>, Record<string, z.input<V>>> {
  return z
    .custom<Record<string, z.input<V>>>((input) => typeof input === "object" && input !== null && !Array.isArray(input), "Expected an object")
    .transform((input, ctx) => {
      const out: Record<string, z.output<V>> = {};
      for (const [key, item] of Object.entries(input)) {
        const result = value.safeParse(item);
        if (result.success) Object.defineProperty(out, key, { value: result.data, enumerable: true, writable: true, configurable: true });
        else for (const issue of result.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: [key, ...issue.path] });
      }
      return out;
    });
}
