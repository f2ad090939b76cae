import { Decimal } from "decimal.js";
import { KoploperError } from "./errors.js";

/**
 * The library's private decimal constructor: its own precision and plain-string output, never the
 * global decimal.js configuration. Not exported from the package, so nobody can reconfigure it.
 */
export const D = Decimal.clone({
  precision: 64,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

export type { Decimal };

/**
 * A number as callers may give it: a JavaScript number, a decimal string (`"1.5"`, dot as the
 * decimal separator) or a decimal.js `Decimal`.
 *
 * @example
 * ```ts
 * import { toDecimal, type DecimalInput } from "koploper";
 *
 * const inputs: DecimalInput[] = [1.5, "0.0000001", "2.5e3"];
 * inputs.map((x) => toDecimal(x).toString()); //=> ["1.5", "0.0000001", "2500"]
 * ```
 */
export type DecimalInput = number | string | Decimal;

const DECIMAL_STRING = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
// Wide enough for the string form of every finite double (5e-324 .. 1.8e308), narrow enough to
// refuse "1e999" and friends.
const MAX_EXPONENT = 400;

function invalid(message: string, rule: string): KoploperError {
  return new KoploperError("INVALID_NUMBER", message, [{ path: [], message, code: rule }]);
}

function describe(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "an array";
  return typeof input === "object" ? "an object" : typeof input;
}

/**
 * Turns a {@link DecimalInput} into an exact decimal of the library's own configuration, which
 * serialises as a plain string (`"0.0000001"`, never `"1e-7"`).
 *
 * @param input - a finite number, a decimal string with a dot, or a finite `Decimal`
 * @returns the exact value (negative zero becomes zero)
 * @throws {@link KoploperError} `INVALID_NUMBER` for NaN, Infinity, an empty string, a comma as
 *   decimal separator, a malformed or out-of-range exponent, or anything that is not a number,
 *   string or Decimal
 *
 * @example
 * ```ts
 * import { toDecimal } from "koploper";
 *
 * toDecimal("570791").times("3.135").toString(); //=> "1789429.785"
 * toDecimal(0.1).plus(0.2).toString(); //=> "0.3"
 * ```
 */
export function toDecimal(input: DecimalInput): Decimal {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalid(`${String(input)} is not a finite number`, "not_finite");
    return input === 0 ? new D(0) : new D(input);
  }
  if (typeof input === "string") return fromString(input);
  if (Decimal.isDecimal(input)) {
    if (!input.isFinite()) throw invalid(`${input.toString()} is not a finite number`, "not_finite");
    return input.isZero() ? new D(0) : new D(input);
  }
  throw invalid(`expected a number, a decimal string or a Decimal, got ${describe(input)}`, "invalid_type");
}

function fromString(input: string): Decimal {
  const text = input.trim();
  if (text === "") throw invalid("an empty string is not a number", "empty");
  if (/^[+-]?\d+,\d+$/.test(text)) {
    throw invalid(`"${input}" uses a comma as decimal separator; write it with a dot ("${text.replace(",", ".")}")`, "decimal_comma");
  }
  if (!DECIMAL_STRING.test(text)) throw invalid(`"${input}" is not a decimal number`, "not_decimal");
  const exponent = /[eE]([+-]?\d+)$/.exec(text)?.[1];
  if (exponent !== undefined && Math.abs(Number(exponent)) > MAX_EXPONENT) {
    throw invalid(`"${input}" has an exponent outside -${MAX_EXPONENT}..${MAX_EXPONENT}`, "exponent_range");
  }
  const value = new D(text);
  return value.isZero() ? new D(0) : value;
}
