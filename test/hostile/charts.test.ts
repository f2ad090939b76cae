import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  calculateFootprint,
  cohortChart,
  comparisonChart,
  isKoploperError,
  nl2026,
  parseFootprintSummary,
  type FootprintSummary,
  type VegaLiteSpec,
} from "../../src/index.js";
import { renderSvg } from "../charts/render.js";
import { footprint } from "../lifecycle/fixtures.js";

// Issue 18, class 8 for the charts: a specification parses and renders in vega for any names and
// labels (control characters, line separators, quotes, backslashes, lone surrogates) and any
// amount from 1e-400 to 1e400, or the chart is refused with INVALID_INPUT; its numbers are finite.

// Vega itself fails on a text that names a member of Object.prototype ("constructor", "toString",
// ...) wherever it shows it (a title too): such names are left out here, and cohortChart's documentation says so.
const inherited = new Set(Object.getOwnPropertyNames(Object.prototype));
const text = fc
  .oneof(
    fc.string({ unit: "binary", minLength: 1, maxLength: 20 }),
    fc.string({
      unit: fc.constantFrom("a", "\u0000", "\u001b", "\u2028", "\u2029", "'", '"', "\\", "\n", "${", "}", "\ud800", "datum."),
      minLength: 1,
      maxLength: 12,
    }),
  )
  .filter((name) => !inherited.has(name));

const amount = fc.oneof(
  fc.constantFrom("0", "1e-400", "1e-7", "0.0005", "1e296", "1e300", "1e303", "1e400", "-1e400"),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: -400, max: 400 })).map(([mantissa, exponent]) => `${mantissa}e${exponent}`),
);

/** A lifecycle footprint summary (the fixture's, without scope 2 and 3) of `scope1` kg. */
function summary(scope1: string): FootprintSummary {
  const base = footprint(0, 0, 0);
  return parseFootprintSummary({ ...base, scope1, scope2: { marketBased: 0, locationBased: 0 }, total: { marketBased: scope1, locationBased: scope1 } });
}

/** Every number in a JSON value. */
function numbers(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (typeof value !== "object" || value === null) return [];
  return Object.values(value).flatMap(numbers);
}

/** The chart renders (vega parses it) and holds only finite numbers; or it was refused with INVALID_INPUT. */
async function rendersOrRefused(make: () => VegaLiteSpec): Promise<void> {
  let spec: VegaLiteSpec;
  try {
    spec = make();
  } catch (error) {
    expect(isKoploperError(error) && error.code).toBe("INVALID_INPUT");
    return;
  }
  for (const number of numbers(spec)) expect(Number.isFinite(number)).toBe(true);
  expect((await renderSvg(spec)).startsWith("<svg")).toBe(true);
}

describe("the charts in vega", () => {
  test.prop([text, text, amount], { numRuns: 20 })(
    "cohortChart renders any names and amounts",
    async (first, second, scope1) => {
      fc.pre(first !== second);
      await rendersOrRefused(() =>
        cohortChart([
          { name: first, footprint: summary(scope1) },
          { name: second, footprint: summary("1") },
        ]),
      );
    },
    60_000,
  );

  test.prop([text, text, amount], { numRuns: 20 })(
    "comparisonChart renders any period labels, titles and quantities",
    async (base, current, quantity) => {
      await rendersOrRefused(() => {
        const gas = (year: number, value: string) =>
          calculateFootprint({ year, activities: [{ id: "gas", theme: "fuel", factor: 135, quantity: value, unit: "Nm3" }] }, { factors: nl2026 });
        return comparisonChart(gas(2025, quantity), gas(2026, "1"), { labels: { base, current }, title: base });
      });
    },
    60_000,
  );
});
