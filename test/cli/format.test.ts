import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { formatDecimalString, formatEuro, formatNumber } from "../../src/cli/format.js";
import { toDecimal } from "../../src/index.js";

describe("CLI number formatting", () => {
  it("groups thousands and puts the decimal sign of the locale", () => {
    expect(formatNumber(toDecimal("25608"), 1, "nl")).toBe("25.608,0");
    expect(formatNumber(toDecimal("25608"), 1, "en")).toBe("25,608.0");
    expect(formatNumber(toDecimal("-1234567.891"), 2, "nl")).toBe("-1.234.567,89");
    expect(formatNumber(toDecimal("999"), 0, "en")).toBe("999");
    expect(formatNumber(7, 0, "nl")).toBe("7");
  });

  it("keeps every place of a factor value and writes euros as people do", () => {
    expect(formatDecimalString("2.134", "nl")).toBe("2,134");
    expect(formatDecimalString("1500", "en")).toBe("1,500");
    expect(formatEuro(toDecimal("727000"), "nl")).toBe("€ 727.000");
    expect(formatEuro(toDecimal("727000"), "en")).toBe("EUR 727,000");
  });

  test.prop([fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 4 })])(
    "reads back as the same number in both locales",
    (units, decimals) => {
      const value = toDecimal(units.toString()).div(10 ** decimals);
      const plain = value.toFixed(decimals);
      expect(formatNumber(value, decimals, "nl").replaceAll(".", "").replace(",", ".")).toBe(plain);
      expect(formatNumber(value, decimals, "en").replaceAll(",", "")).toBe(plain);
    },
  );
});
