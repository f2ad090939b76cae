import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import {
  calculateFootprint,
  createFootprintAccumulator,
  footprintByPeriod,
  isKoploperError,
  type ActivityInput,
  type Footprint,
  type PeriodAmounts,
} from "../../src/index.js";
import { fixture } from "./fixture.js";
import { caught, deepFreeze, plain } from "./helpers.js";

const footprintOf = (activities: ActivityInput[]): Footprint => calculateFootprint({ year: 2026, activities }, { factors: fixture });
// Gas on the fixture's 2026 list: 2.134 kg CO2-eq per Nm3 (wtw), scope 1.
const gas = (id: string, quantity: number, period?: ActivityInput["period"]): ActivityInput =>
  period === undefined ? { id, theme: "fuel", factor: 135, quantity, unit: "Nm3" } : { id, theme: "fuel", factor: 135, quantity, unit: "Nm3", period };
const scope1 = (periods: readonly { readonly scope1: Decimal }[]) => periods.map((period) => period.scope1.toString());
// Sums in a decimal.js of its own with room to spare, so the test's own additions never round.
const Exact = Decimal.clone({ precision: 200 });
const sum = (amounts: readonly (PeriodAmounts | null)[], pick: (amount: PeriodAmounts) => Decimal) =>
  amounts.reduce((total, amount) => (amount === null ? total : total.plus(pick(amount))), new Exact(0));

describe("footprintByPeriod", () => {
  it("puts each line in the period that contains its own", () => {
    const footprint = footprintOf([
      gas("jan", 100, { year: 2026, month: 1 }),
      gas("mar", 200, { year: 2026, month: 3 }),
      gas("q2", 300, { year: 2026, quarter: 2 }),
      gas("dec", 400, { year: 2026, month: 12 }),
    ]);
    const quarters = footprintByPeriod(footprint, { by: "quarter" });
    expect(quarters.periods.map((period) => period.period)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    expect(scope1(quarters.periods)).toEqual(["640.2", "640.2", "0", "853.6"]);
    expect(quarters.periods.map((period) => period.lines)).toEqual([2, 1, 0, 1]);
    expect(quarters.unassigned).toBeNull();
    expect(scope1(footprintByPeriod(footprint, { by: "half-year" }).periods)).toEqual(["1280.4", "853.6"]);
  });

  it("labels months with two digits and gives their number in the year", () => {
    const months = footprintByPeriod(footprintOf([gas("mar", 100, { year: 2026, month: 3 })]), { by: "month" }).periods;
    expect(months.map((month) => month.period)).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
    ]);
    expect(months[2]).toMatchObject({ year: 2026, index: 3, lines: 1 });
    expect(months[2]?.scope1.toString()).toBe("213.4");
  });

  it("keeps lines of a coarser period apart, or spreads them evenly with split", () => {
    const footprint = footprintOf([gas("year", 1000), gas("only-year", 100, { year: 2026 }), gas("q1", 300, { year: 2026, quarter: 1 })]);
    const kept = footprintByPeriod(footprint, { by: "quarter" });
    expect(scope1(kept.periods)).toEqual(["640.2", "0", "0", "0"]);
    expect(kept.unassigned?.scope1.toString()).toBe("2347.4");
    expect(kept.unassigned?.lines).toBe(2);
    const spread = footprintByPeriod(footprint, { by: "quarter", split: true });
    expect(spread.unassigned).toBeNull();
    expect(scope1(spread.periods)).toEqual(["1227.05", "586.85", "586.85", "586.85"]);
    expect(spread.periods.map((period) => period.lines)).toEqual([3, 2, 2, 2]);
  });

  it("splits a quarter over its three months so that the months add up exactly", () => {
    const months = footprintByPeriod(footprintOf([gas("q1", 100, { year: 2026, quarter: 1 })]), { by: "month", split: true }).periods;
    const [jan, feb, _mar] = months;
    expect(jan?.scope1.equals(feb?.scope1 ?? 0)).toBe(true);
    expect(jan?.scope1.toString().startsWith("71.1333333333")).toBe(true);
    expect(sum(months, (month) => month.scope1).toString()).toBe("213.4");
    expect(months.slice(3).every((month) => month.scope1.isZero() && month.lines === 0)).toBe(true);
  });

  it("shows scope 2 both ways and the totals per period", () => {
    const footprint = footprintOf([
      { id: "power-h1", theme: "electricity", quantity: 1000, unit: "kWh", period: { year: 2026, quarter: 2 } },
      { id: "train", theme: "business-travel", factor: 178, quantity: 1000, unit: "pkm", period: { year: 2026, month: 5 } },
    ]);
    const [h1, h2] = footprintByPeriod(footprint, { by: "half-year" }).periods;
    expect(h1?.scope2.marketBased.equals(footprint.scope2.marketBased)).toBe(true);
    expect(h1?.scope2.locationBased.equals(footprint.scope2.locationBased)).toBe(true);
    expect(h1?.scope3.equals(footprint.scope3.total)).toBe(true);
    expect(h1?.total.marketBased.equals(footprint.total.marketBased)).toBe(true);
    expect(h1?.total.locationBased.equals(footprint.total.locationBased)).toBe(true);
    expect(h2?.total.marketBased.isZero()).toBe(true);
  });

  it("adds the periods of every year a line names, in order", () => {
    const view = footprintByPeriod(footprintOf([gas("dec-2025", 100, { year: 2025, month: 12 }), gas("jan", 100, { year: 2026, month: 1 })]), {
      by: "half-year",
    });
    expect(view.periods.map((period) => period.period)).toEqual(["2025-H1", "2025-H2", "2026-H1", "2026-H2"]);
    expect(scope1(view.periods)).toEqual(["0", "213.4", "213.4", "0"]);
  });

  it("counts an unknown line in its period without an amount", () => {
    const view = footprintByPeriod(footprintOf([{ id: "gas", theme: "fuel", factor: 135, quantity: null, unit: "Nm3", period: { year: 2026, quarter: 3 } }]), {
      by: "quarter",
    });
    expect(view.periods[2]).toMatchObject({ lines: 1 });
    expect(view.periods[2]?.total.marketBased.isZero()).toBe(true);
  });

  it("refuses a footprint without line detail", () => {
    const groupsOnly = createFootprintAccumulator({ factors: fixture, year: 2026 })
      .add([{ theme: "fuel", factor: 135, quantity: 1, unit: "Nm3" }])
      .result();
    const error = caught(() => footprintByPeriod(groupsOnly, { by: "quarter" }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues[0]?.path).toEqual(["footprint", "detail"]);
  });

  it.each([
    [{ by: "week" }, ["by"]],
    [{}, ["by"]],
    [{ by: "quarter", split: "yes" }, ["split"]],
    [{ by: "quarter", extra: true }, []],
    [null, []],
  ])("refuses the options %j with the path of the issue", (options, path) => {
    const error = caught(() => footprintByPeriod(footprintOf([]), options as never));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => issue.path)).toContainEqual(path);
  });

  test.prop([fc.anything()])("answers any options with a view or a KoploperError, never anything else", (options) => {
    try {
      footprintByPeriod(footprintOf([gas("a", 1)]), options as never);
    } catch (error) {
      expect(isKoploperError(error)).toBe(true);
    }
  });

  const period = fc.option(
    fc.oneof(
      fc.record({ year: fc.constantFrom(2025, 2026) }),
      fc.record({ year: fc.constantFrom(2025, 2026), quarter: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ year: fc.constantFrom(2025, 2026), month: fc.integer({ min: 1, max: 12 }) }),
    ),
    { nil: undefined },
  );
  const lines = fc
    .array(
      fc.record({
        kind: fc.constantFrom("gas", "power", "train"),
        thousandths: fc.integer({ min: 0, max: 10_000_000 }),
        green: fc.integer({ min: 0, max: 100 }),
        period,
      }),
      { maxLength: 25 },
    )
    .map((rows) =>
      rows.map(({ kind, thousandths, green, period: p }, i): ActivityInput => {
        const common = { id: `l${i}`, quantity: thousandths / 1000, ...(p === undefined ? {} : { period: p }) };
        if (kind === "gas") return { ...common, theme: "fuel", factor: 135, unit: "Nm3" };
        if (kind === "train") return { ...common, theme: "business-travel", factor: 178, unit: "pkm" };
        return { ...common, theme: "electricity", unit: "kWh", green: [{ quantity: Math.floor((thousandths * green) / 100) / 1000, source: "wind" }] };
      }),
    );

  test.prop([lines, fc.constantFrom("month", "quarter", "half-year" as const), fc.boolean()])(
    "adds up exactly to the footprint's totals (periods plus unassigned), and does not change the footprint",
    (activities, by, split) => {
      const footprint = deepFreeze(footprintOf(activities));
      const view = footprintByPeriod(footprint, { by, split });
      const all = [...view.periods, view.unassigned];
      expect(sum(all, (a) => a.scope1).equals(footprint.scope1)).toBe(true);
      expect(sum(all, (a) => a.scope2.marketBased).equals(footprint.scope2.marketBased)).toBe(true);
      expect(sum(all, (a) => a.scope2.locationBased).equals(footprint.scope2.locationBased)).toBe(true);
      expect(sum(all, (a) => a.scope3).equals(footprint.scope3.total)).toBe(true);
      expect(sum(all, (a) => a.total.marketBased).equals(footprint.total.marketBased)).toBe(true);
      if (split) expect(view.unassigned).toBeNull();
    },
  );

  test.prop([lines, fc.constantFrom("month", "quarter", "half-year" as const)])("does not depend on the order of the lines", (activities, by) => {
    const forward = footprintByPeriod(footprintOf(activities), { by, split: true });
    const backward = footprintByPeriod(footprintOf([...activities].reverse()), { by, split: true });
    expect(plain(backward)).toEqual(plain(forward));
  });
});
