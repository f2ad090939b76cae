import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { toDecimal } from "../../src/index.js";
import { Builder, paragraphOf, quotient } from "../../src/vsme/builder.js";

describe("quotient", () => {
  it("is exact when the quotient has a finite decimal form, else rounded once to the places, which it names", () => {
    expect(quotient(toDecimal(360), toDecimal("3.6"), 6)).toEqual({ value: toDecimal(100) });
    const third = quotient(toDecimal(1), toDecimal(3), 4);
    expect([third.value.toString(), third.decimals]).toEqual(["0.3333", 4]);
  });

  test.prop([fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 1, max: 10 ** 6 })])("is within half a unit of the last place of a / b", (a, b) => {
    const { value, decimals } = quotient(toDecimal(a), toDecimal(b), 6);
    const error = value.minus(toDecimal(a).div(b)).abs();
    expect(error.lte(decimals === undefined ? 0 : toDecimal("0.0000005"))).toBe(true);
  });
});

describe("paragraphOf", () => {
  it("gives the disclosure and the paragraph with sub-paragraph and clause, as the taxonomy has them", () => {
    expect(paragraphOf("vsme:AddressOfSite")).toEqual({ disclosure: "B1", paragraph: "24(e)(vii)" });
  });
});

describe("Builder", () => {
  it("dates a stock at the last day and a flow over the period, and takes each note once", () => {
    const b = new Builder({ start: "2026-01-01", end: "2026-12-31" });
    b.add("vsme:NumberOfEmployees", toDecimal(14), ["input general.employees.count"], { unit: "xbrli:pure" });
    b.add("vsme:Turnover", toDecimal(850000), ["input general.turnoverEur"], { unit: "iso4217:EUR" });
    expect(b.datapoints["vsme:NumberOfEmployees"]?.[0]?.period).toEqual({ instant: "2026-12-31" });
    expect(b.datapoints["vsme:Turnover"]?.[0]?.period).toEqual({ start: "2026-01-01", end: "2026-12-31" });
    const note = { en: "Once.", nl: "Eén keer." };
    b.note("FOOTPRINT_YEAR", note);
    b.note("FOOTPRINT_YEAR", note);
    expect(b.notes).toEqual([{ code: "FOOTPRINT_YEAR", message: note }]);
  });

  it("records an answer only when the input gives one", () => {
    const b = new Builder({ start: "2026-01-01", end: "2026-12-31" });
    b.answer(["vsme:EmployeeTurnoverRate"], undefined);
    expect(b.answers).toEqual({});
    b.answer(["vsme:EmployeeTurnoverRate"], false);
    expect(b.answers).toEqual({ "vsme:EmployeeTurnoverRate": "does-not-apply" });
  });
});
