/**
 * Every way a `koploper` call can fail, as a stable string code.
 *
 * - `INVALID_INPUT`: outside data did not match its schema; `issues` lists every problem.
 * - `INVALID_NUMBER`: a value could not become an exact decimal (NaN, Infinity, `"1,5"`, ...).
 * - `UNKNOWN_FACTOR`: no factor with that id or source id is in the factor set.
 * - `WITHDRAWN_FACTOR`: the factor is withdrawn (`Vervallen`) and the caller did not opt in.
 * - `SUPPLIER_VALUE_REQUIRED`: the factor is supplier-specific (`Variabel`) and no value was given.
 * - `UNIT_MISMATCH`: a quantity's unit cannot be converted to the unit it must be in.
 * - `MISSING_FACTOR_VALUE`: the factor publishes no value for the column a calculation needs (for
 *   example no AR4 GWP for a gas, or no combustion value in strict GHG Protocol accounting).
 * - `INCOMPATIBLE_FOOTPRINTS`: footprints to merge differ in year, factor set, accounting or GWP set,
 *   or share line ids.
 * - `UNKNOWN_GAS`: no GWP-100 for that gas or blend in that IPCC report.
 * - `UNKNOWN_CLAUSE`: no ISO 26000 clause with that number.
 * - `INVALID_TRANSITION`: a lifecycle event is not allowed in the current state.
 *
 * @example
 * ```ts
 * import { isKoploperError, type KoploperErrorCode } from "koploper";
 *
 * function explain(error: unknown): KoploperErrorCode | "OTHER" {
 *   return isKoploperError(error) ? error.code : "OTHER";
 * }
 * ```
 */
export type KoploperErrorCode =
  | "INVALID_INPUT"
  | "INVALID_NUMBER"
  | "UNKNOWN_FACTOR"
  | "WITHDRAWN_FACTOR"
  | "SUPPLIER_VALUE_REQUIRED"
  | "UNIT_MISMATCH"
  | "MISSING_FACTOR_VALUE"
  | "INCOMPATIBLE_FOOTPRINTS"
  | "UNKNOWN_GAS"
  | "UNKNOWN_CLAUSE"
  | "INVALID_TRANSITION";

/**
 * One problem found in an input: where it is (`path`, from the root of the input), what is wrong
 * (`message`) and a machine-readable `code` (zod's issue code, or a `koploper` rule name).
 *
 * @example
 * ```ts
 * import type { KoploperIssue } from "koploper";
 *
 * const issue: KoploperIssue = { path: ["activities", 0, "quantity"], message: "Expected a number", code: "invalid_type" };
 * ```
 */
export interface KoploperIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly code: string;
}

import { LIMITS } from "./limits.js";

const BRAND: unique symbol = Symbol.for("koploper.error") as never;

/**
 * The one error type `koploper` throws. It carries a {@link KoploperErrorCode}, a message that
 * names what was wrong and, for validation failures, every issue with its path.
 *
 * With both the ESM and the CJS build loaded, `instanceof` fails across them: use
 * {@link isKoploperError} to recognise it.
 *
 * @example
 * ```ts
 * import { KoploperError, toDecimal } from "koploper";
 *
 * try {
 *   toDecimal("1,5");
 * } catch (error) {
 *   if (error instanceof KoploperError) console.log(error.code); //=> "INVALID_NUMBER"
 * }
 * ```
 */
export class KoploperError extends Error {
  /** What kind of failure this is. */
  readonly code: KoploperErrorCode;
  /**
   * Every problem found, each with its path; empty when the error is not about input shape. At most
   * `LIMITS.reportedIssues` are listed, then one issue (`too_many_issues`) counts the rest.
   */
  readonly issues: readonly KoploperIssue[];

  /**
   * @param code - what kind of failure this is
   * @param message - a sentence that names what was wrong; the `name` ("KoploperError") says
   *   where it comes from wherever the error is shown
   * @param issues - every problem found, each with its path (beyond `LIMITS.reportedIssues`, the
   *   rest is counted in one last issue with the code `too_many_issues`)
   * @param options - `cause`: the underlying error, if any
   */
  constructor(code: KoploperErrorCode, message: string, issues: readonly KoploperIssue[] = [], options?: { readonly cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "KoploperError";
    this.code = code;
    this.issues = Object.freeze(capped(issues).map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })));
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** The first `LIMITS.reportedIssues` issues, and one that counts the rest. */
function capped(issues: readonly KoploperIssue[]): readonly KoploperIssue[] {
  if (issues.length <= LIMITS.reportedIssues) return issues;
  const rest = issues.length - LIMITS.reportedIssues;
  const message = `and ${rest} more issue${rest === 1 ? "" : "s"}, not listed`;
  return [...issues.slice(0, LIMITS.reportedIssues), { path: [], message, code: "too_many_issues" }];
}

/** Where in an input a problem is: object keys and array indexes from the root. */
export type IssuePath = readonly (string | number)[];

/**
 * The error for one problem: its one issue has `path`, the message and `rule` as its code. With
 * {@link refuse} and {@link invalidIssues}, the one set of helpers library code builds errors with;
 * internal.
 */
export function problem(code: KoploperErrorCode, rule: string, message: string, path: IssuePath = []): KoploperError {
  return new KoploperError(code, message, [{ path, message, code: rule }]);
}

/** Throws {@link problem}; internal. */
export function refuse(code: KoploperErrorCode, rule: string, message: string, path: IssuePath = []): never {
  throw problem(code, rule, message, path);
}

/** The `INVALID_INPUT` error for issues a check found in `what`: the message lists each with its path. Internal. */
export function invalidIssues(what: string, issues: readonly KoploperIssue[]): KoploperError {
  const shown = issues.slice(0, LIMITS.reportedIssues).map((issue) => `${issue.path.length === 0 ? "(root)" : issue.path.join(".")}: ${issue.message}`);
  const rest = issues.length - shown.length;
  return new KoploperError("INVALID_INPUT", `invalid ${what}: ${shown.join("; ")}${rest > 0 ? `; and ${rest} more` : ""}`, issues);
}

/**
 * The same error about a part of a larger input: every issue's path starts with `path`, and the
 * message with `context` (for example "event 3"). The one way to re-wrap an error; internal.
 */
export function rewrap(error: KoploperError, path: IssuePath, context: string = path.join(".")): KoploperError {
  const issues = error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
  return new KoploperError(error.code, context === "" ? error.message : `${context}: ${error.message}`, issues, { cause: error });
}

/**
 * Tells whether a value is a {@link KoploperError}, from this build or from the other one (ESM or
 * CJS): the check uses a `Symbol.for` brand, not `instanceof`.
 *
 * @param value - anything, typically a caught error
 * @returns `true` when `value` is a `KoploperError`
 *
 * @example
 * ```ts
 * import { isKoploperError, toDecimal } from "koploper";
 *
 * try {
 *   toDecimal(Number.NaN);
 * } catch (error) {
 *   isKoploperError(error); //=> true
 * }
 * ```
 */
export function isKoploperError(value: unknown): value is KoploperError {
  return typeof value === "object" && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
}
