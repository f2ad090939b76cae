import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { calculateFootprint, createFootprintAccumulator, prestatieladderView, type ActivityInput, type TypedActivity } from "../../src/index.js";
import { fixture } from "./fixture.js";
import { deepFreeze } from "./helpers.js";

const year = 2026;

describe("prestatieladderView", () => {
  // On the fixture (2026 list values): gas 2.134 kg/Nm3 (scope 1); R410A GWP-100 2256 (scope 1, other
  // gases); grey electricity 0.483 kg/kWh, wind 0 (scope 2 market-based); train 0.005 kg/pkm.
  const activities: ActivityInput[] = [
    { id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" },
    { id: "r410a", theme: "refrigerant", factor: "r410a", quantity: 2, unit: "kg" },
    { id: "power", theme: "electricity", quantity: 1000, unit: "kWh", green: [{ quantity: 400, source: "wind" }] },
    { id: "trip", theme: "business-travel", factor: 178, quantity: 10000, unit: "pkm" },
    { id: "commute", theme: "commuting", factor: 178, quantity: 20000, unit: "pkm" },
    { id: "waste", theme: "waste", factor: "restafval", quantity: 1000, unit: "kg" },
  ];
  const footprint = deepFreeze(calculateFootprint({ year, activities }, { factors: fixture }));
  const view = prestatieladderView(footprint);

  it("splits scope 1 into CO2 from fuels and other greenhouse gases", () => {
    expect(view.scope1.co2.toString()).toBe("2134");
    expect(view.scope1.otherGases.toString()).toBe("4512");
    expect(view.scope1.total.equals(footprint.scope1)).toBe(true);
  });

  it("takes scope 2 market-based, so green electricity with guarantees of origin counts", () => {
    expect(view.scope2.equals(footprint.scope2.marketBased)).toBe(true);
    expect(view.scope2.equals(footprint.scope2.locationBased)).toBe(false);
  });

  it("counts business travel in the Ladder total and keeps the rest of scope 3 beside it", () => {
    const trip = footprint.themes["business-travel"].marketBased;
    expect(trip.isZero()).toBe(false);
    expect(view.businessTravel.equals(trip)).toBe(true);
    expect(view.total.equals(footprint.scope1.plus(footprint.scope2.marketBased).plus(trip))).toBe(true);
    expect(view.otherScope3.equals(footprint.themes.commuting.marketBased.plus(footprint.themes.waste.marketBased))).toBe(true);
  });

  it("gives the same view for an accumulator's result, which has no line detail", () => {
    const lines: TypedActivity[] = [
      { theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" },
      { theme: "refrigerant", factor: "r410a", quantity: 2, unit: "kg" },
      { theme: "business-travel", factor: 178, quantity: 10000, unit: "pkm" },
    ];
    const grouped = createFootprintAccumulator({ factors: fixture, year }).add(lines).result();
    const full = calculateFootprint({ year, activities: lines.map((line, i) => ({ ...line, id: `l${i}` }) as ActivityInput) }, { factors: fixture });
    expect(JSON.stringify(prestatieladderView(grouped))).toBe(JSON.stringify(prestatieladderView(full)));
  });

  it("puts the chain part of fuels outside scope 1 under strict GHG Protocol accounting", () => {
    const strict = prestatieladderView(calculateFootprint({ year, activities }, { factors: fixture, accounting: "ghg-strict" }));
    expect(strict.scope1.co2.toString()).toBe("1779");
    expect(strict.scope1.co2.lt(view.scope1.co2)).toBe(true);
  });

  const line = fc.oneof(
    fc.record({
      theme: fc.constant("fuel" as const),
      factor: fc.constantFrom(135, 67),
      quantity: fc.integer({ min: 0, max: 1e6 }),
      unit: fc.constantFrom("Nm3", "l"),
    }),
    fc.record({
      theme: fc.constant("refrigerant" as const),
      factor: fc.constantFrom("r410a", 27),
      quantity: fc.integer({ min: 0, max: 100 }),
      unit: fc.constant("kg" as const),
    }),
    fc.record({
      theme: fc.constantFrom("business-travel" as const, "commuting" as const),
      factor: fc.constant(178),
      quantity: fc.integer({ min: 0, max: 1e6 }),
      unit: fc.constant("pkm" as const),
    }),
    fc.record({ theme: fc.constant("electricity" as const), quantity: fc.integer({ min: 0, max: 1e6 }), unit: fc.constant("kWh" as const) }),
  );

  test.prop([fc.array(line, { maxLength: 20 }), fc.constantFrom("wtw" as const, "ghg-strict" as const)])(
    "always adds up: CO2 plus other gases is scope 1, business travel plus the rest is scope 3",
    (rows, accounting) => {
      const lines = rows.filter((row) => row.theme !== "fuel" || (row.factor === 135) === (row.unit === "Nm3"));
      const fp = calculateFootprint({ year, activities: lines.map((row, i) => ({ ...row, id: `l${i}` }) as ActivityInput) }, { factors: fixture, accounting });
      const v = prestatieladderView(fp);
      expect(v.scope1.co2.plus(v.scope1.otherGases).equals(fp.scope1)).toBe(true);
      expect(v.businessTravel.plus(v.otherScope3).equals(fp.scope3.total)).toBe(true);
      expect(v.total.equals(fp.scope1.plus(fp.scope2.marketBased).plus(v.businessTravel))).toBe(true);
    },
  );
});
