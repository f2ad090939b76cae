import { Decimal } from "decimal.js";
import { refuse } from "./errors.js";
import { LIMITS } from "./limits.js";

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
// Wide enough for every finite double (5e-324 .. 1.8e308), narrow enough to refuse "1e999" and
// friends, whose arithmetic and plain-string form would take time and memory beyond any input size.
const MAX_EXPONENT = LIMITS.decimalExponent;
const MAX_LENGTH = LIMITS.decimalLength;
// decimal.js keeps a value's digits in base-1e7 words (`d`), its exponent in `e` and its sign in `s`.
const WORD_DIGITS = 7;

// A number's words, without decimal.js's parsing (for a number with decimals, decimal.js writes it
// as a string and parses that, which costs more than zod's whole check of a line): a number of at
// most 4e9 with at most six decimals is written as exactly `n / 1e6` (its shortest form, which
// decimal.js reads, has no other digits), so its words are computed from `n`.
const WORD = 1e7;
const MILLION = 1e6;
const BIG_WORD = 10_000_000n;
// Up to this size a number with at most six decimals is exactly its millionths (the footprint engine's fast lane uses the same bound).
const FAST_MAX = 4e9;

/** The number of digits of a word (0 to 9,999,999). */
function digitCount(word: number): number {
  if (word < 1e4) return word < 10 ? 1 : word < 100 ? 2 : word < 1000 ? 3 : 4;
  return word < 1e5 ? 5 : word < 1e6 ? 6 : 7;
}

/** The fields of a decimal.js value; `constructor` is its own, as decimal.js sets it. */
interface DecimalFields {
  constructor: typeof D;
  s: number;
  e: number;
  d: number[];
}

/**
 * Builds a `D` from its sign, exponent and words as decimal.js's constructor does (the same own
 * fields in the same order, the same prototype), without its checks and parsing.
 */
const Exact = /* @__PURE__ */ (() => {
  const make = function (this: DecimalFields, s: number, e: number, d: number[]) {
    this.constructor = D;
    this.s = s;
    this.e = e;
    this.d = d;
  } as unknown as new (
    s: number,
    e: number,
    d: number[],
  ) => Decimal;
  make.prototype = D.prototype;
  return make;
})();

/**
 * `new D(value)` for a positive number of at most 4e9 with at most six decimals, built from its
 * words; `undefined` for any other number. Internal.
 */
export function exactOfNumber(value: number): Decimal | undefined {
  const n = Math.round(value * MILLION);
  return value > 0 && value <= FAST_MAX && n / MILLION === value ? ofMillionths(n) : undefined;
}

/** `n / 1e6` as a `D`, for a positive safe integer `n` (a count of millionths), built from its words. Internal. */
export function ofMillionths(n: number): Decimal {
  const fraction = n % MILLION;
  const whole = (n - fraction) / MILLION;
  const low = whole % WORD;
  const high = (whole - low) / WORD;
  const tail = fraction * 10;
  if (high > 0) return new Exact(1, WORD_DIGITS + digitCount(high) - 1, tail > 0 ? [high, low, tail] : low > 0 ? [high, low] : [high]);
  if (low > 0) return new Exact(1, digitCount(low) - 1, tail > 0 ? [low, tail] : [low]);
  return new Exact(1, digitCount(tail) - WORD_DIGITS - 1, [tail]);
}

/**
 * A finite `D` as an integer without trailing zeros times a power of ten (`value = n x 10^shift`),
 * read from its words. Internal.
 */
export function scaledInteger(value: Decimal): { n: bigint; shift: number } {
  const { s, e, d } = value as unknown as DecimalFields;
  const first = d[0] as number;
  if (first === 0) return { n: 0n, shift: 0 };
  const last = d.length - 1;
  // decimal.js keeps no zero word at the end: the last word's own trailing zeros are dropped here.
  let tail = d[last] as number;
  let zeros = 0;
  while (tail % 10 === 0) {
    tail /= 10;
    zeros++;
  }
  let n: bigint;
  if (last === 0) n = BigInt(tail);
  // Two words make at most 14 digits: exact as a number.
  else if (last === 1) n = BigInt(first * 10 ** (WORD_DIGITS - zeros) + tail);
  else {
    n = 0n;
    for (let index = 0; index < last; index++) n = n * BIG_WORD + BigInt(d[index] as number);
    n = n * 10n ** BigInt(WORD_DIGITS - zeros) + BigInt(tail);
  }
  const digits = WORD_DIGITS * last + digitCount(first);
  return { n: s < 0 ? -n : n, shift: e - digits + 1 + zeros };
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
 *   decimal separator, a malformed exponent, a value beyond {@link LIMITS} (longer than 1,000
 *   characters or digits, or outside 1e-400..1e401 in magnitude), a `Decimal` whose digits are not
 *   those of a finite decimal.js value, or anything that is not a number, string or Decimal
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
    if (!Number.isFinite(input)) refuse("INVALID_NUMBER", "not_finite", `${String(input)} is not a finite number`);
    return input === 0 ? new D(0) : (exactOfNumber(input) ?? new D(input));
  }
  if (typeof input === "string") return fromString(input);
  if (Decimal.isDecimal(input)) return fromDecimal(input);
  refuse("INVALID_NUMBER", "invalid_type", `expected a number, a decimal string or a Decimal, got ${describe(input)}`);
}

function fromString(input: string): Decimal {
  const text = input.trim();
  if (text === "") refuse("INVALID_NUMBER", "empty", "an empty string is not a number");
  if (text.length > MAX_LENGTH) refuse("INVALID_NUMBER", "too_long", `a decimal string of ${text.length} characters is longer than ${MAX_LENGTH}`);
  if (/^[+-]?\d+,\d+$/.test(text)) {
    refuse("INVALID_NUMBER", "decimal_comma", `"${text}" uses a comma as decimal separator; write it with a dot ("${text.replace(",", ".")}")`);
  }
  if (!DECIMAL_STRING.test(text)) refuse("INVALID_NUMBER", "not_decimal", `"${text}" is not a decimal number`);
  const exponent = /[eE]([+-]?\d+)$/.exec(text)?.[1];
  if (exponent !== undefined && Math.abs(Number(exponent)) > MAX_EXPONENT) {
    refuse("INVALID_NUMBER", "exponent_range", `"${text}" has an exponent outside -${MAX_EXPONENT}..${MAX_EXPONENT}`);
  }
  const value = new D(text);
  if (value.isZero()) return new D(0);
  if (Math.abs(value.e) > MAX_EXPONENT)
    refuse("INVALID_NUMBER", "exponent_range", `"${text}" is outside 1e-${MAX_EXPONENT}..1e${MAX_EXPONENT + 1} in magnitude`);
  return value;
}

/**
 * Whether `d` holds the words of a decimal.js value with exponent `e` as decimal.js keeps them: whole
 * words below 1e7, a first word of as many digits as `e` puts before the word boundary, and a last
 * word that is not zero, at most as many digits as the limit allows. Such a value is copied as it is.
 */
function alignedWords(e: number, d: readonly unknown[]): boolean {
  if (d.length > Math.floor(MAX_LENGTH / WORD_DIGITS)) return false;
  for (let index = 0; index < d.length; index++) {
    const word = d[index];
    if (typeof word !== "number" || !Number.isInteger(word) || word < 0 || word >= WORD) return false;
  }
  const first = d[0] as number;
  return first > 0 && d[d.length - 1] !== 0 && digitCount(first) === (((e % WORD_DIGITS) + WORD_DIGITS) % WORD_DIGITS) + 1;
}

// A Decimal from outside is checked by value, not by its tag: its sign, exponent and digit words
// must be those of a finite decimal.js value inside the limits, read as plain own data (an object
// that only pretends to be a Decimal, or a Decimal of another configuration, is re-built or refused).
function fromDecimal(input: Decimal): Decimal {
  const { s, e, d } = input as unknown as { s?: unknown; e?: unknown; d?: unknown };
  if (d === null) refuse("INVALID_NUMBER", "not_finite", `${s === 1 ? "Infinity" : s === -1 ? "-Infinity" : "NaN"} is not a finite number`);
  if (!Array.isArray(d) || (s !== 1 && s !== -1) || typeof e !== "number" || !Number.isInteger(e)) {
    refuse("INVALID_NUMBER", "not_finite", "the Decimal is not a finite decimal.js value (no digits, sign or exponent)");
  }
  if (d.length === 1 && d[0] === 0) return new D(0);
  if (Math.abs(e) > MAX_EXPONENT)
    refuse("INVALID_NUMBER", "exponent_range", `a Decimal with exponent ${e} is outside 1e-${MAX_EXPONENT}..1e${MAX_EXPONENT + 1} in magnitude`);
  if (d.length > Math.ceil(MAX_LENGTH / WORD_DIGITS) + 1)
    refuse("INVALID_NUMBER", "too_long", `a Decimal of more than ${MAX_LENGTH} significant digits is too long`);
  if (alignedWords(e, d)) return new Exact(s, e, d.slice());
  let digits = "";
  for (let index = 0; index < d.length; index++) {
    const word: unknown = d[index];
    if (typeof word !== "number" || !Number.isInteger(word) || word < 0 || word >= 1e7 || (index === 0 && word === 0)) {
      refuse("INVALID_NUMBER", "not_finite", "the Decimal's digits are not those of a decimal.js value");
    }
    digits += index === 0 ? String(word) : String(word).padStart(WORD_DIGITS, "0");
  }
  const significant = digits.replace(/0+$/, "");
  if (significant.length > MAX_LENGTH)
    refuse("INVALID_NUMBER", "too_long", `a Decimal of ${significant.length} significant digits is longer than ${MAX_LENGTH}`);
  return new D(`${s === -1 ? "-" : ""}${significant[0] ?? "0"}.${significant.slice(1)}e${e}`);
}
