import { describe, expect, it } from "vitest";
import { D } from "../../src/core/decimal.js";
import { chartNumber, chartSpec, formatAmount } from "../../src/charts/spec.js";
import { caught } from "../helpers.js";

describe("chartNumber", () => {
  it("converts kg to the chart's unit, rounded to 3 decimals, as a number", () => {
    expect(chartNumber(new D("25608.4567"), "t")).toBe(25.608);
    expect(chartNumber(new D("25608.4567"), "kg")).toBe(25608.457);
    expect(chartNumber(new D("1e-400"), "kg")).toBe(0);
  });

  it("refuses an amount of 1e300 or more in the chart's unit, which a renderer's sums could not keep finite", () => {
    expect(chartNumber(new D("9.99e302"), "t")).toBe(9.99e299);
    const error = caught(() => chartNumber(new D("1e303"), "t"));
    expect([error.code, error.issues[0]?.code]).toEqual(["INVALID_INPUT", "too_large"]);
    expect(error.message).toMatchInlineSnapshot(`"1.000e+300 t is too large to draw: a chart takes amounts below 1e300"`);
  });
});

describe("formatAmount", () => {
  it("writes tonnes with 1 decimal and kg without, half up, in the locale's format", () => {
    expect(formatAmount(new D("1234567.89"), "t", "nl")).toBe("1.234,6");
    expect(formatAmount(new D("1234567.89"), "t", "en")).toBe("1,234.6");
    expect(formatAmount(new D("1234567.5"), "kg", "nl")).toBe("1.234.568");
  });
});

describe("chartSpec", () => {
  it("gives the schema, the title, a white background and the locale's number format", () => {
    const spec = chartSpec("nl", { text: "T", subtitle: "S" }, { values: [] }, { mark: "bar" });
    expect(spec).toEqual({
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      title: { text: "T", subtitle: "S" },
      datasets: { values: [] },
      background: "white",
      config: { locale: { number: { decimal: ",", thousands: ".", grouping: [3], currency: ["€ ", ""] } }, view: { stroke: null } },
      mark: "bar",
    });
  });
});
