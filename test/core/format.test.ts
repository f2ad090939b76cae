import { fc, it } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { formatNumber, LIMITS, toDecimal, type Locale } from "../../src/index.js";
import { caught } from "../helpers.js";

describe("formatNumber", () => {
  it("writes Dutch with a decimal comma and a thousands point, English the other way round", () => {
    expect(formatNumber(toDecimal("25608"), 1, "nl")).toBe("25.608,0");
    expect(formatNumber("25608", 1, "en")).toBe("25,608.0");
    expect(formatNumber("-1234567.891", 2, "nl")).toBe("-1.234.567,89");
    expect(formatNumber(999, 0, "en")).toBe("999");
    expect(formatNumber("2.134", 3, "nl")).toBe("2,134");
  });

  it("rounds half up, and a value that rounds to zero has no minus sign", () => {
    expect(formatNumber("0.125", 2, "en")).toBe("0.13");
    expect(formatNumber("-0.125", 2, "en")).toBe("-0.13");
    expect(formatNumber("-0.04", 1, "nl")).toBe("0,0");
  });

  it.prop([fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 6 }), fc.constantFrom<Locale>("nl", "en")])(
    "gives back the exact value once its separators are read the locale's way",
    (units, places, locale) => {
      const value = toDecimal(units.toString()).div(10 ** places);
      const [group, mark] = locale === "nl" ? [".", ","] : [",", "."];
      const text = formatNumber(value, places, locale);
      expect(toDecimal(text.replaceAll(group, "").replace(mark, ".")).eq(value)).toBe(true);
    },
  );

  it("refuses what toDecimal refuses, and places or a locale that cannot be right, with every issue and its path", () => {
    expect(caught(() => formatNumber("1,5", 1, "nl")).code).toBe("INVALID_NUMBER");
    expect(caught(() => formatNumber(Number.NaN, 1, "nl")).code).toBe("INVALID_NUMBER");
    const error = caught(() => formatNumber(1, 1.5, "de" as Locale));
    expect([error.code, error.issues.map((issue) => [issue.path, issue.message])]).toMatchInlineSnapshot(`
      [
        "INVALID_INPUT",
        [
          [
            [
              "places",
            ],
            "places must be a whole number from 0 to 1000",
          ],
          [
            [
              "locale",
            ],
            "locale must be "nl" or "en"",
          ],
        ],
      ]
    `);
    for (const places of [-1, LIMITS.decimalLength + 1, Number.NaN, "2" as unknown as number])
      expect(caught(() => formatNumber(1, places, "nl")).issues[0]?.path).toEqual(["places"]);
    expect(caught(() => formatNumber(1, 0, "toString" as Locale)).issues[0]?.path).toEqual(["locale"]);
    expect(formatNumber(1, LIMITS.decimalLength, "en")).toHaveLength(LIMITS.decimalLength + 2);
  });
});
