import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { isKoploperError, KoploperError, toDecimal } from "../../src/index.js";
import { D, exactOfNumber, scaledInteger } from "../../src/core/decimal.js";

function failure(input: unknown): KoploperError {
  try {
    toDecimal(input as never);
  } catch (error) {
    if (error instanceof KoploperError) return error;
    throw new Error(`expected a KoploperError, got ${String(error)}`);
  }
  throw new Error(`expected ${String(input)} to be rejected`);
}

describe("exactOfNumber (toDecimal's words for plain numbers)", () => {
  const internals = (value: Decimal) => ({ ...(value as unknown as { s: number; e: number; d: number[] }) });
  test.prop([
    fc.oneof(
      fc.integer({ min: 0, max: 4_000_000_000_000_000 }).map((n) => n / 1e6),
      fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => n / 100),
      fc.double({ min: 0, max: 1e12, noNaN: true }),
      fc.double({ noNaN: true }),
      fc.constantFrom(1e-7, 5e-7, 0.000001, 1e7, 1e14, 4e9, 4e9 + 0.5, 3999999999.999999, 1234567.000001, 0.1 + 0.2, -1.5, 1e-300),
    ),
  ])("builds the Decimal decimal.js builds, digit for digit, or leaves the number to decimal.js", (value) => {
    const fast = exactOfNumber(value);
    // Exactly the positive numbers of at most 4e9 with at most six decimals take the fast way.
    expect(fast !== undefined).toBe(value > 0 && value <= 4e9 && Math.round(value * 1e6) / 1e6 === value);
    if (fast === undefined) return;
    const reference = new D(value);
    expect(internals(fast)).toEqual(internals(reference));
    expect(Object.keys(fast)).toEqual(Object.keys(reference));
    expect(Object.getPrototypeOf(fast)).toBe(Object.getPrototypeOf(reference));
    expect(fast.toString()).toBe(reference.toString());
    expect(internals(toDecimal(value))).toEqual(internals(reference));
  });
});

describe("scaledInteger", () => {
  test.prop([fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: -60, max: 60 })])(
    "reads a Decimal as an integer without trailing zeros times a power of ten",
    (digits, exponent) => {
      const value = new D(`${digits}e${exponent}`);
      const { n, shift } = scaledInteger(value);
      if (digits === 0n) {
        expect(n).toBe(0n);
        return;
      }
      expect(n % 10n).not.toBe(0n);
      expect(new D(`${n}e${shift}`).eq(value)).toBe(true);
    },
  );
});

describe("toDecimal", () => {
  it("reads numbers, decimal strings and Decimals exactly", () => {
    expect(toDecimal(1.5).toString()).toBe("1.5");
    expect(toDecimal(" 12.50 ").toString()).toBe("12.5");
    expect(toDecimal("2.5e3").toString()).toBe("2500");
    expect(toDecimal(".5").toString()).toBe("0.5");
    expect(toDecimal("-3").toString()).toBe("-3");
    expect(toDecimal(new Decimal("0.1")).plus("0.2").toString()).toBe("0.3");
  });

  it("reproduces the published worked example exactly", () => {
    expect(toDecimal(570791).times("3.135").toString()).toBe("1789429.785");
  });

  it("serialises small and large values as plain decimal strings", () => {
    expect(toDecimal("0.0000001").toString()).toBe("0.0000001");
    expect(JSON.stringify({ kg: toDecimal("1e-7") })).toBe('{"kg":"0.0000001"}');
    expect(toDecimal("1e25").toString()).toBe("10000000000000000000000000");
  });

  it("turns negative zero into zero", () => {
    expect(toDecimal(-0).isNegative()).toBe(false);
    expect(toDecimal("-0").toString()).toBe("0");
    expect(toDecimal(new Decimal("-0")).isNegative()).toBe(false);
  });

  it.each([
    [Number.NaN, "not_finite"],
    [Number.POSITIVE_INFINITY, "not_finite"],
    [Number.NEGATIVE_INFINITY, "not_finite"],
    [new Decimal(Number.NaN), "not_finite"],
    [new Decimal(Number.POSITIVE_INFINITY), "not_finite"],
    ["", "empty"],
    ["   ", "empty"],
    ["1,5", "decimal_comma"],
    ["abc", "not_decimal"],
    ["NaN", "not_decimal"],
    ["Infinity", "not_decimal"],
    ["0x10", "not_decimal"],
    ["1e", "not_decimal"],
    ["1e5e3", "not_decimal"],
    ["1.2.3", "not_decimal"],
    ["1 000", "not_decimal"],
    ["1e999", "exponent_range"],
    ["1e-999", "exponent_range"],
    ["1e401", "exponent_range"],
    [null, "invalid_type"],
    [undefined, "invalid_type"],
    [{}, "invalid_type"],
    [[1], "invalid_type"],
    [true, "invalid_type"],
    [10n, "invalid_type"],
  ])("rejects %s with INVALID_NUMBER (%s)", (input, rule) => {
    const error = failure(input);
    expect(error.code).toBe("INVALID_NUMBER");
    expect(isKoploperError(error)).toBe(true);
    expect(error.issues).toEqual([expect.objectContaining({ code: rule, path: [] })]);
    expect(error.message).toBe(error.issues[0]?.message);
  });

  it("hints at the dot when a comma is used", () => {
    expect(failure("1,5").message).toContain('write it with a dot ("1.5")');
  });

  it("names the type it got", () => {
    expect(failure(null).message).toContain("got null");
    expect(failure({}).message).toContain("got an object");
    expect(failure([]).message).toContain("got an array");
  });

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])("round-trips every finite number through its string", (x) => {
    expect(toDecimal(x).equals(toDecimal(String(x)))).toBe(true);
  });

  const sixtyDigits = 10n ** 60n;
  test.prop([fc.bigInt({ min: -sixtyDigits, max: sixtyDigits }), fc.nat(30)])("keeps values of up to 60 digits exact", (units, scale) => {
    const text = `${units.toString()}e-${scale}`;
    const value = toDecimal(text);
    expect(value.times(new Decimal(10).pow(scale)).toFixed(0)).toBe(units.toString());
  });
});
