import type { Decimal } from "decimal.js";
import * as z from "zod/v4";
import { KoploperError, type KoploperIssue, rewrap } from "./errors.js";
import { LIMITS } from "./limits.js";

/**
 * What a `safeParseX` function returns: the typed value, or the {@link KoploperError} that
 * `parseX` would have thrown.
 *
 * @example
 * ```ts
 * import { safeParseDecimal, type SafeParseResult } from "koploper";
 * import type { Decimal } from "decimal.js";
 *
 * const result: SafeParseResult<Decimal> = safeParseDecimal("1,5");
 * if (!result.success) console.log(result.error.issues[0]?.message);
 * ```
 */
export type SafeParseResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: KoploperError };

/** Converts zod's issues into the library's issue shape (symbols in paths become strings). */
function issuesFromZod(error: z.core.$ZodError): KoploperIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)),
    message: issue.message,
    code: issue.code,
  }));
}

/** Builds the `KoploperError` for a failed validation of `what` (for example "activities"). */
export function invalidInput(what: string, error: z.core.$ZodError): KoploperError {
  const issues = issuesFromZod(error);
  const rest = error.issues.length - LIMITS.reportedIssues;
  const shown = rest > 0 ? { issues: error.issues.slice(0, LIMITS.reportedIssues) } : error;
  const message = `invalid ${what}:\n${z.prettifyError(shown)}${rest > 0 ? `\n... and ${rest} more issue${rest === 1 ? "" : "s"}` : ""}`;
  return new KoploperError("INVALID_INPUT", message, issues);
}

/**
 * Makes the `parse` / `safeParse` pair for one schema. `parse` throws a `KoploperError` with every
 * issue; `safeParse` returns it. Neither ever throws anything else.
 *
 * `schema` may be a function that builds the schema: it is then built on first use, not at import
 * (for internal schemas that most apps never use). `fast`, when given, is tried first: a hand-written
 * check that returns exactly what the schema would return, or `undefined` whenever it is not sure;
 * then the schema decides, so every error still comes from the schema with every issue and its path.
 */
export function createParser<S extends z.ZodType>(
  schema: S | (() => S),
  what: string,
  fast?: (input: unknown) => z.output<S> | undefined,
): {
  readonly parse: (input: unknown) => z.output<S>;
  readonly safeParse: (input: unknown) => SafeParseResult<z.output<S>>;
} {
  let built: S | undefined = typeof schema === "function" ? undefined : schema;
  const safeParse = (input: unknown): SafeParseResult<z.output<S>> => {
    const quick = fast?.(input);
    if (quick !== undefined) return { success: true, data: quick };
    built ??= (schema as () => S)();
    const result = built.safeParse(input);
    return result.success ? { success: true, data: result.data } : { success: false, error: invalidInput(what, result.error) };
  };
  return withParse(safeParse);
}

/** The pair of a `safeParse`: it and the `parse` that throws its error. */
function withParse<T>(safeParse: (input: unknown) => SafeParseResult<T>): {
  readonly parse: (input: unknown) => T;
  readonly safeParse: (input: unknown) => SafeParseResult<T>;
} {
  return {
    safeParse,
    parse: (input) => {
      const result = safeParse(input);
      if (!result.success) throw result.error;
      return result.data;
    },
  };
}

/**
 * `T` read-only all the way down: arrays become readonly arrays and object properties readonly;
 * `Decimal`s, dates and functions stay as they are. Every input type of the library is the
 * `DeepReadonly` of its schema's input, because no function changes what it is given: data kept in
 * readonly arrays or `as const` objects can be passed as it is.
 *
 * @example
 * ```ts
 * import type { DeepReadonly } from "koploper";
 *
 * const lines: DeepReadonly<{ id: string; tags: string[] }[]> = [{ id: "a", tags: ["x"] }];
 * ```
 */
export type DeepReadonly<T> = T extends Decimal | Date | ((...args: never[]) => unknown)
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Runs a `safeParse` made by {@link createParser} at a function's door: the parsed value, or its
 * error about the part of the function's input at `path` (nothing added for an empty path).
 * Internal.
 */
export function parseAt<T>(safeParse: (input: unknown) => SafeParseResult<T>, input: unknown, path: readonly (string | number)[] = []): T {
  const result = safeParse(input);
  if (result.success) return result.data;
  throw path.length === 0 ? result.error : rewrap(result.error, path);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/** `output` with the keys of every object in the order `input` has them (keys `input` lacks last), so a loaded value is the stored one. */
function inKeyOrderOf(input: unknown, output: unknown): unknown {
  if (Array.isArray(output)) return Array.isArray(input) ? output.map((item, index) => inKeyOrderOf(input[index], item)) : output;
  if (!isPlainObject(output) || !isPlainObject(input)) return output;
  const result: Record<string, unknown> = {};
  const keys = [...Object.keys(input).filter((key) => Object.hasOwn(output, key)), ...Object.keys(output).filter((key) => !Object.hasOwn(input, key))];
  for (const key of keys) {
    Object.defineProperty(result, key, { value: inKeyOrderOf(input[key], output[key]), enumerable: true, writable: true, configurable: true });
  }
  return result;
}

/**
 * {@link createParser} for a stored result (a footprint, a score, a state): the parsed value keeps
 * the stored value's key order, so loading a live result gives an equal value, down to its JSON.
 * Internal.
 */
export function createResultParser<S extends z.ZodType>(schema: S, what: string): ReturnType<typeof createParser<S>> {
  const parser = createParser(schema, what);
  return withParse((input): SafeParseResult<z.output<S>> => {
    const result = parser.safeParse(input);
    return result.success ? { success: true, data: inKeyOrderOf(input, result.data) as z.output<S> } : result;
  });
}
