import type { Decimal } from "decimal.js";
import { describe, expectTypeOf, it } from "vitest";
import {
  calculateFootprint,
  createFootprintAccumulator,
  footprintByPeriod,
  type Activity,
  type ActivityInput,
  type Footprint,
  type FootprintAccumulator,
  type FootprintByPeriod,
  type FootprintInput,
  type PeriodOptions,
  type Scope3Category,
  type Theme,
  type TypedActivity,
} from "../../src/index.js";

describe("footprint types", () => {
  it("give amounts as Decimal and scope 3 categories keyed 1 to 15", () => {
    expectTypeOf(calculateFootprint).returns.toEqualTypeOf<Footprint>();
    expectTypeOf<Footprint["scope1"]>().toEqualTypeOf<Decimal>();
    expectTypeOf<keyof Footprint["scope3"]["categories"]>().toEqualTypeOf<Scope3Category>();
    expectTypeOf<keyof Footprint["themes"]>().toEqualTypeOf<Theme>();
  });

  it("let a parsed activity be fed to the fast path unchanged", () => {
    expectTypeOf<Activity>().toExtend<TypedActivity>();
    expectTypeOf<TypedActivity["theme"]>().toEqualTypeOf<Theme>();
    expectTypeOf<Extract<TypedActivity, { theme: "other" }>["category"]>().toEqualTypeOf<number>();
    // @ts-expect-error a typed line is a union on theme: a fuel line has no green parts
    const fuel: TypedActivity = { theme: "fuel", factor: 135, quantity: 1, unit: "Nm3", green: [] };
    expectTypeOf(fuel).not.toBeAny();
    expectTypeOf(createFootprintAccumulator).returns.toEqualTypeOf<FootprintAccumulator>();
  });

  it("accept numbers, strings and null as quantities on input, and Decimal or null after parsing", () => {
    expectTypeOf<ActivityInput["quantity"]>().toEqualTypeOf<number | string | Decimal | null>();
    expectTypeOf<Activity["quantity"]>().toEqualTypeOf<Decimal | null>();
  });

  it("refuse a line without a theme", () => {
    // @ts-expect-error a line needs a theme
    const line: ActivityInput = { id: "a", quantity: 1, unit: "kg" };
    expectTypeOf(line).not.toBeAny();
  });

  it("accept readonly data, such as an `as const` literal, wherever they take input", () => {
    const activities = [
      { id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" },
      { id: "power", theme: "electricity", quantity: 10, unit: "kWh", green: [{ quantity: 5, source: "wind" }] },
    ] as const;
    expectTypeOf<{ readonly year: 2026; readonly activities: typeof activities }>().toExtend<FootprintInput>();
    expectTypeOf<typeof activities>().toExtend<Parameters<FootprintAccumulator["add"]>[0]>();
    // Mutable data is accepted as before.
    expectTypeOf<{ year: number; activities: ActivityInput[] }>().toExtend<FootprintInput>();
  });

  it("show a footprint per period with the views it names", () => {
    expectTypeOf(footprintByPeriod).returns.toEqualTypeOf<FootprintByPeriod>();
    expectTypeOf<PeriodOptions["by"]>().toEqualTypeOf<"month" | "quarter" | "half-year">();
    expectTypeOf<FootprintByPeriod["periods"][number]["total"]["marketBased"]>().toEqualTypeOf<Decimal>();
    // @ts-expect-error there is no weekly view
    const weekly: PeriodOptions = { by: "week" };
    expectTypeOf(weekly).not.toBeAny();
  });
});
