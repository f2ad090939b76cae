import type { Decimal } from "decimal.js";
import { D, exactOfNumber, scaledInteger, toDecimal, type DecimalInput } from "../core/decimal.js";
import { isKoploperError, refuse, type IssuePath } from "../core/errors.js";

/**
 * Exact rational arithmetic on BigInts for the few operations per group and per total: products
 * and sums are kept as one fraction, and a result is turned into a Decimal once, at the end
 * ({@link toDecimalOnce}): exactly when the value is a finite decimal, otherwise rounded once to
 * 64 significant digits (half even).
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
  /** When known: `d` is 10 to this power (the fraction of a decimal, and its products and sums). */
  readonly places?: number | undefined;
}

// Powers of ten up to 10^63 (the places of most fractions here), computed once.
const POWERS = /* @__PURE__ */ Array.from({ length: 64 }, (_, k) => 10n ** BigInt(k));
const tenTo = (k: number): bigint => POWERS[k] ?? 10n ** BigInt(k);

const ZERO_CHAR = 48; // "0"
/** Below this, a count of millionths is an exact number (see exactOfNumber). */
const SMALL = 4_000_000_000_000_000n;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * The exact domain of quantities (and supplier factors): zero or more, below 1e400, at most 400
 * decimals (every JavaScript number is inside it). Sums of quantities are kept in {@link Wide},
 * whose 1,000 digits hold any sum of fewer than 1e100 such quantities exactly; everything after
 * the sums is exact fractions.
 */
export const DOMAIN = { below: "1e400", decimals: 400 } as const;

/** The decimal constructor for exact sums of quantities: wide enough for any sum inside {@link DOMAIN}. */
export const Wide = /* @__PURE__ */ D.clone({ precision: 1000 });

/** Zero as a {@link Wide} decimal. */
export const wideZero = (): Decimal => WIDE_ZERO;
const WIDE_ZERO = /* @__PURE__ */ new Wide(0);
const BELOW = /* @__PURE__ */ new Wide(DOMAIN.below);

/** Why a quantity is outside {@link DOMAIN}, or `null` when it is inside. */
export function outsideDomain(value: Decimal): string | null {
  if (value.isNegative()) return `${value.toString()} is negative: quantities are zero or more`;
  if (value.gte(BELOW) || value.decimalPlaces() > DOMAIN.decimals) {
    return `${value.toString()} is outside the exact domain: quantities are below ${DOMAIN.below} with at most ${DOMAIN.decimals} decimals`;
  }
  return null;
}

/**
 * A quantity (or supplier factor, or own factor value) of a typed line as an exact Decimal inside
 * {@link DOMAIN}, or `INVALID_INPUT` at `path`: what the activity schema checks, on the fast path.
 */
export function checkedQuantity(q: unknown, path: IssuePath): Decimal {
  let d: Decimal;
  try {
    // toDecimal checks its input at run time: anything else is INVALID_NUMBER.
    d = toDecimal(q as DecimalInput);
  } catch (error) {
    /* v8 ignore next */
    if (!isKoploperError(error)) throw error;
    return refuse("INVALID_INPUT", "invalid_number", error.message, path);
  }
  const outside = outsideDomain(d);
  if (outside !== null) refuse("INVALID_INPUT", d.isNegative() ? "too_small" : "outside_domain", outside, path);
  return d;
}

/** Zero. */
export const ZERO: Rational = { n: 0n, d: 1n, places: 0 };

// Fractions are kept as they come, not reduced: the fraction of a decimal has a power of ten below
// it, so products and sums of decimals keep powers of ten and line up without a gcd. A sum of
// fractions whose denominators do not divide one another is reduced; {@link toDecimalOnce} reduces
// what it is given once (unless it is over a known power of ten).

/** The exact value of a finite Decimal as a fraction (over a power of ten). */
export function rational(value: Decimal): Rational {
  const { n, shift } = scaledInteger(value);
  if (n === 0n) return ZERO;
  return shift >= 0 ? { n: n * tenTo(shift), d: 1n, places: 0 } : { n, d: tenTo(-shift), places: -shift };
}

/** a x b, exactly. */
export function times(a: Rational, b: Rational): Rational {
  if (a.n === 0n || b.n === 0n) return ZERO;
  return { n: a.n * b.n, d: a.d * b.d, places: a.places === undefined || b.places === undefined ? undefined : a.places + b.places };
}

/** a / b, exactly (b is not zero). */
export function over(a: Rational, b: Rational): Rational {
  if (a.n === 0n) return ZERO;
  const sign = b.n < 0n ? -1n : 1n;
  // Dividing by a power of ten (1000 for MJ to GJ) keeps a known power of ten below.
  const k = a.places === undefined || b.d !== 1n ? undefined : powerOfTen(b.n);
  return { n: a.n * b.d * sign, d: a.d * b.n * sign, places: k === undefined ? undefined : (a.places as number) + k };
}

/** `k` when `n` is 10^k, else `undefined`. */
function powerOfTen(n: bigint): number | undefined {
  const text = n.toString();
  return /^10*$/.test(text) ? text.length - 1 : undefined;
}

/** a + b, exactly. */
export function plus(a: Rational, b: Rational): Rational {
  if (a.n === 0n) return b;
  if (b.n === 0n) return a;
  if (a.d === b.d) return { n: a.n + b.n, d: a.d, places: a.places ?? b.places };
  if (a.d > b.d && a.d % b.d === 0n) return { n: a.n + b.n * (a.d / b.d), d: a.d, places: a.places };
  if (b.d > a.d && b.d % a.d === 0n) return { n: b.n + a.n * (b.d / a.d), d: b.d, places: b.places };
  const n = a.n * b.d + b.n * a.d;
  const d = a.d * b.d;
  const g = gcd(n, d);
  return g === 1n ? { n, d } : { n: n / g, d: d / g };
}

/** The product of Decimals, divided by the product of other Decimals: every division last. */
export function fraction(numerator: readonly Decimal[], denominator: readonly Decimal[] = []): Rational {
  const top = numerator.reduce<Rational>((acc, value) => times(acc, rational(value)), { n: 1n, d: 1n, places: 0 });
  return denominator.reduce<Rational>((acc, value) => over(acc, rational(value)), top);
}

/**
 * The one rounding: a fraction as a Decimal, exact (every digit kept) when its value is a finite
 * decimal, otherwise rounded to 64 significant digits, half even.
 */
export function toDecimalOnce(q: Rational): Decimal {
  if (q.n === 0n) return new D(0);
  return q.places === undefined ? reducedToDecimal(q) : decimalOf(q.n, q.places);
}

/** A fraction over any denominator: exact when it is a finite decimal, otherwise rounded once. */
function reducedToDecimal(q: Rational): Decimal {
  // The denominator's trailing zeros (most are powers of ten), then its other twos and fives.
  const digits = q.d.toString();
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === ZERO_CHAR) end--;
  let rest = end === digits.length ? q.d : BigInt(digits.slice(0, end));
  let twos = digits.length - end;
  let fives = twos;
  while (rest % 2n === 0n) {
    rest /= 2n;
    twos++;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    fives++;
  }
  // What is left below the twos and fives must divide the numerator for a finite decimal.
  const g = rest === 1n ? 1n : gcd(q.n, rest);
  if (rest !== g) return new D(q.n.toString()).div(q.d.toString());
  const places = Math.max(twos, fives);
  return decimalOf(((q.n / g) * tenTo(places)) / (q.d / g), places);
}

/** `scaled / 10^places` as a Decimal, exactly. */
function decimalOf(scaled: bigint, places: number): Decimal {
  // A small result is built from its words (see exactOfNumber): scaled / 10^places is then a number of at most six decimals.
  if (places <= 6 && scaled > 0n && scaled <= SMALL) {
    const small = exactOfNumber(Number(scaled) / 10 ** places);
    if (small !== undefined) return small;
  }
  if (places === 0) return new D(scaled.toString());
  const negative = scaled < 0n;
  const text = (negative ? -scaled : scaled).toString().padStart(places + 1, "0");
  return new D(`${negative ? "-" : ""}${text.slice(0, -places)}.${text.slice(-places)}`);
}

/**
 * The product of Decimals divided by the product of others, rounded at most once: a plain Decimal
 * product when nothing divides and the digits fit the precision (so it is exact), else through
 * {@link fraction} and {@link toDecimalOnce}.
 */
export function exactly(numerator: readonly Decimal[], denominator: readonly Decimal[] = NONE): Decimal {
  const divisors = denominator.length === 0 ? denominator : denominator.filter((value) => !value.eq(1));
  if (divisors.length === 0) {
    let digits = 0;
    for (const value of numerator) digits += value.sd();
    if (digits <= 64) {
      // A product of at most 64 digits is exact in D (a copy of the first factor keeps the result a D).
      let product = new D(numerator[0] ?? 1);
      for (let index = 1; index < numerator.length; index++) product = product.times(numerator[index] as Decimal);
      return product;
    }
  }
  return toDecimalOnce(fraction(numerator, divisors));
}

const NONE: readonly Decimal[] = [];
