import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { formatExact as formatNumber } from "../../src/core/format.js";
import { cohortChart, LIMITS, parseFootprintSummary, toDecimal } from "../../src/index.js";
import { renderSvg, svgTexts } from "../charts/render.js";
import { caught } from "../helpers.js";

// Issue 18, classes 2, 5 and 8: numbers are bounded in digits and magnitude, Decimals from outside
// are checked by value, and what the charts write parses in Vega.

const summary = (scope1: string) =>
  parseFootprintSummary({
    year: 2026,
    factorSetId: "nl-2026",
    scope1,
    scope2: { marketBased: 0, locationBased: 0 },
    scope3: 0,
    total: { marketBased: scope1, locationBased: scope1 },
  });

describe("toDecimal at its limits", () => {
  it("refuses a decimal string longer than LIMITS.decimalLength before reading it, and names only its length", () => {
    const error = caught(() => toDecimal("1".repeat(LIMITS.decimalLength + 1)));
    expect(error.code).toBe("INVALID_NUMBER");
    expect(error.issues[0]?.code).toBe("too_long");
    expect(error.message.length).toBeLessThan(200);
    const longest = `0.${"1".repeat(LIMITS.decimalLength - 2)}`;
    expect(toDecimal(longest).toFixed()).toBe(longest);
  });

  it("refuses a magnitude beyond 1e-400..1e401 however it is written", () => {
    for (const text of [`1${"0".repeat(401)}`, `0.${"0".repeat(400)}1`, "0.1e-400", "10e400"]) {
      expect(caught(() => toDecimal(text)).issues[0]?.code).toBe("exponent_range");
    }
    expect(toDecimal(`1${"0".repeat(400)}`).toFixed()).toBe(`1${"0".repeat(400)}`);
    expect(toDecimal("1e-400").toFixed()).toBe(`0.${"0".repeat(399)}1`);
  });

  it("checks a Decimal by its value: huge exponents, too many digits and look-alikes are refused", () => {
    const Wide = Decimal.clone({ precision: 2000, maxE: 9e15 });
    expect(caught(() => toDecimal(new Wide("1e9000000000000000"))).issues[0]?.code).toBe("exponent_range");
    expect(caught(() => toDecimal(new Wide(`1.${"3".repeat(1200)}`))).issues[0]?.code).toBe("too_long");
    const lookAlike = { toStringTag: "[object Decimal]", s: 1, e: 0, d: ["x"] } as unknown as Decimal;
    expect(caught(() => toDecimal(lookAlike)).code).toBe("INVALID_NUMBER");
    const noDigits = { toStringTag: "[object Decimal]", s: 1, e: 0 } as unknown as Decimal;
    expect(caught(() => toDecimal(noDigits)).code).toBe("INVALID_NUMBER");
    expect(caught(() => toDecimal(new Decimal(Number.NaN))).message).toContain("NaN is not a finite number");
    expect(caught(() => toDecimal(new Decimal(-Infinity))).message).toContain("-Infinity is not a finite number");
  });

  it("copies a Decimal's words (its own copy) when they are laid out as decimal.js lays them out, and re-reads them otherwise", () => {
    const foreign = new Decimal("12.5");
    const own = toDecimal(foreign);
    (foreign as unknown as { d: number[] }).d[0] = 99;
    expect(own.toString()).toBe("12.5");
    // e = 0 puts one digit before the word boundary; a first word of four digits is read as digits from e on.
    const misaligned = { toStringTag: "[object Decimal]", s: 1, e: 0, d: [1234] } as unknown as Decimal;
    expect(toDecimal(misaligned).toString()).toBe("1.234");
    const trailingZeroWord = { toStringTag: "[object Decimal]", s: -1, e: 7, d: [1, 0] } as unknown as Decimal;
    expect(toDecimal(trailingZeroWord).toString()).toBe("-10000000");
  });

  test.prop([fc.integer({ min: -340, max: 340 }), fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n })])(
    "gives every Decimal inside the limits the same value, whatever its configuration",
    (exponent, digits) => {
      const Other = Decimal.clone({ precision: 100, toExpNeg: -7, toExpPos: 21 });
      const value = new Other(`${digits}e${exponent}`);
      const own = toDecimal(value);
      expect(own.eq(value.toString())).toBe(true);
      expect(own.toString()).not.toContain("e");
      expect({ ...own }).toEqual({ ...toDecimal(value.toFixed()) });
    },
  );
});

describe("formatNumber", () => {
  test.prop([fc.bigInt({ min: -(10n ** 2000n), max: 10n ** 2000n }), fc.constantFrom("nl" as const, "en" as const)])(
    "groups the whole digits by three from the right and keeps every digit",
    (value, locale) => {
      const text = formatNumber(toDecimalUnchecked(value), 0, locale);
      const separator = locale === "nl" ? "." : ",";
      const groups = text.replace("-", "").split(separator);
      expect(groups.join("")).toBe((value < 0n ? -value : value).toString());
      expect(groups.slice(1).every((group) => group.length === 3)).toBe(true);
      expect(groups[0]?.length).toBeGreaterThanOrEqual(1);
      expect(groups[0]?.length).toBeLessThanOrEqual(3);
    },
  );

  it("uses the locale's decimal mark", () => {
    expect(formatNumber(toDecimal("1234567.25"), 1, "nl")).toBe("1.234.567,3");
    expect(formatNumber(toDecimal("-1234.5"), 2, "en")).toBe("-1,234.50");
    expect(formatNumber(toDecimal("-0.04"), 1, "nl")).toBe("0,0");
  });
});

// A number with more digits than toDecimal takes, to check that formatting itself is linear.
function toDecimalUnchecked(value: bigint): Decimal {
  return new Decimal(value.toString());
}

describe("charts with extreme values", () => {
  it("refuses an amount too large to draw instead of writing Infinity", () => {
    const error = caught(() => cohortChart([{ name: "Huge", footprint: summary("1e400") }]));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues[0]?.code).toBe("too_large");
  });

  it("draws a cohort whose names hold line separators, quotes and backslashes", async () => {
    const names = ["Bakkerij\u2028Smit", 'Camping "De Es"', "Back\\slash", "Ordinary"];
    const spec = cohortChart(names.map((name, index) => ({ name, footprint: summary(String(1000 * (index + 1))) })));
    const shown = svgTexts(await renderSvg(JSON.parse(JSON.stringify(spec))));
    for (const name of names) expect(shown).toContain(name);
    const positions = names.map((name) => shown.indexOf(name));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe("errors with very many issues", () => {
  it("list LIMITS.reportedIssues issues and count the rest, with a message of bounded size", async () => {
    const { safeParseActivities } = await import("../../src/index.js");
    const lines = Array.from({ length: 20_000 }, (_, index) => ({ id: `l${index}`, theme: "fuel", factor: 135, quantity: "x", unit: "Nm3" }));
    const result = safeParseActivities(lines);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(LIMITS.reportedIssues + 1);
    expect(result.error.issues.at(-1)).toEqual({ path: [], code: "too_many_issues", message: `and ${20_000 - LIMITS.reportedIssues} more issues, not listed` });
    expect(result.error.issues[0]?.path).toEqual([0, "quantity"]);
    expect(result.error.message.length).toBeLessThan(100 * LIMITS.reportedIssues);
    expect(result.error.message).toContain(`and ${20_000 - LIMITS.reportedIssues} more issues`);
  });
});
