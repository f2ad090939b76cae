import { KoploperError, type KoploperIssue } from "./errors.js";

/** A check of one option's value: `null` when it is fine, else what is wrong with it. */
export type OptionCheck = (value: unknown) => string | null;

/**
 * Reads an options object as any other input, without zod (for calculation modules): `undefined`
 * is no options; anything but a plain object, an option that the function does not take, or a
 * value that fails its check is refused with `INVALID_INPUT`, every problem with its path. Only
 * own properties are read, so `{ locale: "toString" }` or an inherited key is never taken for an
 * option.
 */
export function readOptions<K extends string>(options: unknown, what: string, checks: { readonly [key in K]: OptionCheck }): { readonly [key in K]?: unknown } {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    const message = `${what} must be an object, not ${options === null ? "null" : Array.isArray(options) ? "an array" : typeof options}`;
    throw new KoploperError("INVALID_INPUT", message, [{ path: [], message, code: "invalid_type" }]);
  }
  const issues: KoploperIssue[] = [];
  const result: { [key in K]?: unknown } = {};
  for (const key of Object.keys(options)) {
    if (!Object.hasOwn(checks, key)) {
      issues.push({ path: [key], message: `${what} have no option "${key}"`, code: "unrecognized_keys" });
      continue;
    }
    const value: unknown = (options as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const problem = checks[key as K](value);
    if (problem === null) result[key as K] = value;
    else issues.push({ path: [key], message: problem, code: "invalid_value" });
  }
  if (issues.length > 0)
    throw new KoploperError("INVALID_INPUT", `invalid ${what}:\n${issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n")}`, issues);
  return result;
}

/** The check of a `locale` option. */
export const localeOption: OptionCheck = (value) => (value === "nl" || value === "en" ? null : `locale must be "nl" or "en"`);

/** The check of a boolean option. */
export const booleanOption: OptionCheck = (value) => (typeof value === "boolean" ? null : "must be true or false");
