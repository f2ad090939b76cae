import { describe, expect, it } from "vitest";
import { calculateFootprint, nl2026, overrideFactors, type ActivityInput, type FootprintOptions } from "../../src/index.js";
import { fixture } from "./fixture.js";

const on = (activities: ActivityInput[], options: Partial<FootprintOptions> = {}, year = 2026) =>
  calculateFootprint({ year, activities }, { factors: nl2026, ...options });

describe("calculateFootprint on the 2026 Dutch list", () => {
  it("puts 1000 Nm3 of natural gas at 2134 kg WTW in scope 1", () => {
    const fp = on([{ id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" }]);
    expect(fp.scope1.toString()).toBe("2134");
    expect(fp.total.marketBased.toString()).toBe("2134");
    expect(fp.themes.fuel.marketBased.toString()).toBe("2134");
    expect(fp.energyGJ.toString()).toBe("31.65");
  });

  it("converts GJ of natural gas to Nm3 through 31.65 MJ/Nm3", () => {
    const fp = on([{ id: "gas", theme: "fuel", factor: "aardgas-g-gas", quantity: "63.3", unit: "GJ" }]);
    const part = fp.lines[0]?.parts[0];
    expect(part?.quantity.toString()).toBe("2000");
    expect(part?.kg.toString()).toBe("4268");
  });

  it("reproduces the published worked example: 570,791 l diesel x 3.135 = 1,789,429.785 kg", () => {
    const fp = calculateFootprint(
      { year: 2026, activities: [{ id: "fleet", theme: "fuel", factor: "diesel-2009", quantity: 570791, unit: "liter" }] },
      { factors: fixture },
    );
    expect(fp.scope1.toString()).toBe("1789429.785");
  });

  it("reports scope 2 twice: grey and green market-based, grid mix location-based", () => {
    const fp = on([{ id: "power", theme: "electricity", quantity: 10000, unit: "kWh", green: [{ quantity: 4000, source: "wind" }] }]);
    expect(fp.scope2.marketBased.toString()).toBe("2898"); // 6000 x 0.483 + 4000 x 0
    expect(fp.scope2.locationBased.toString()).toBe("2440"); // 10000 x 0.244
    expect(fp.total.marketBased.toString()).toBe("2898");
    expect(fp.total.locationBased.toString()).toBe("2440");
    expect(fp.energyGJ.toString()).toBe("36");
  });

  it("accepts electricity in MWh and counts biomass green power at its own factor", () => {
    const fp = on([{ id: "power", theme: "electricity", quantity: 2, unit: "MWh", green: [{ quantity: 1, source: "biomass" }] }]);
    expect(fp.scope2.marketBased.toString()).toBe("554"); // 1000 x 0.483 + 1000 x 0.071
    expect(fp.scope2.locationBased.toString()).toBe("488");
  });

  it("uses a supplier's stroometiket value plus the published chain part", () => {
    const fp = on([{ id: "power", theme: "electricity", factor: 50, supplierFactor: "0.3", quantity: 1000, unit: "kWh" }]);
    expect(fp.scope2.marketBased.toString()).toBe("344");
    expect(fp.scope2.locationBased.toString()).toBe("244");
  });

  it("puts heat, refrigerants, travel, freight, waste, wastewater, other items and offsets where they belong", () => {
    const fp = on([
      { id: "heat", theme: "heat", factor: 48, quantity: 10, unit: "GJ" },
      { id: "r410a", theme: "refrigerant", factor: "r410a", quantity: 2, unit: "kg" },
      { id: "car", theme: "business-travel", factor: 147, quantity: 1000, unit: "vkm" },
      { id: "train", theme: "commuting", factor: 178, quantity: 10000, unit: "reizigerskilometer" },
      { id: "visitors", theme: "visitor-travel", factor: 178, quantity: 1000, unit: "pkm" },
      { id: "truck", theme: "freight", factor: 80, quantity: 1000, unit: "tkm" },
      { id: "waste", theme: "waste", factor: 235, quantity: 500, unit: "kg" },
      { id: "paper", theme: "waste", factor: 225, quantity: 2, unit: "t" },
      { id: "sewage", theme: "wastewater", factor: 226, quantity: 10, unit: "VE" },
      { id: "laptops", theme: "other", category: 2, factor: { value: 250, unit: "kg", source: "supplier LCA" }, quantity: 40, unit: "kg" },
      { id: "forest", theme: "offset", quantity: 3, unit: "t" },
    ]);
    expect(fp.scope2.marketBased.toString()).toBe("404.5");
    expect(fp.scope1.toString()).toBe("4512");
    expect(fp.scope3.categories[6].toString()).toBe("190");
    expect(fp.scope3.categories[7].toString()).toBe("300");
    expect(fp.scope3.categories[9].toString()).toBe("30");
    expect(fp.scope3.categories[4].toString()).toBe("256");
    expect(fp.scope3.categories[5].toString()).toBe(String(19 + 14 + 262.7));
    expect(fp.scope3.categories[2].toString()).toBe("10000");
    expect(fp.scope3.total.toString()).toBe(String(190 + 300 + 30 + 256 + 295.7 + 10000));
    expect(fp.memo.avoided.toString()).toBe(String(0.5 * -252 + 2 * -464));
    expect(fp.memo.offsets.toString()).toBe("3000");
    expect(fp.total.marketBased.toString()).toBe(fp.scope1.plus(fp.scope2.marketBased).plus(fp.scope3.total).toString());
  });

  it("reports biogenic CO2 outside the scopes", () => {
    const fp = on([{ id: "hvo", theme: "fuel", factor: "biodiesel-hvo", quantity: 1000, unit: "l" }]);
    expect(fp.scope1.toString()).toBe("468");
    expect(fp.memo.biogenic.toString()).toBe("2446");
  });

  it("lists unknown lines as unknown, never as zero, and flags estimated lines", () => {
    const fp = on([
      { id: "gas", theme: "fuel", factor: 135, quantity: null, unit: "Nm3" },
      { id: "zero", theme: "fuel", factor: 135, quantity: 0, unit: "Nm3", estimated: true },
    ]);
    expect(fp.unknown).toEqual({ count: 1, byTheme: { fuel: 1 }, ids: ["gas"] });
    expect(fp.estimated).toEqual({ count: 1, byTheme: { fuel: 1 }, ids: ["zero"] });
    expect(fp.lines[0]?.quantity).toBeNull();
    expect(fp.lines[0]?.parts).toEqual([]);
    expect(fp.lines[1]?.estimated).toBe(true);
    expect(fp.groups).toHaveLength(1);
    expect(fp.groups[0]?.lines).toBe(1);
  });

  it("gives every line its provenance: factor, column, value, quantity in the factor's unit, kg, scope", () => {
    const fp = on([
      { id: "diesel", theme: "fuel", factor: 67, quantity: 100, unit: "l", location: "Veendam", note: "tank", period: { year: 2026, quarter: 1 } },
    ]);
    const line = fp.lines[0];
    expect(line?.location).toBe("Veendam");
    expect(line?.note).toBe("tank");
    expect(line?.period).toEqual({ year: 2026, quarter: 1 });
    expect(
      line?.parts.map((p) => [p.factorId, p.column, p.value.toString(), p.quantity.toString(), p.unit, p.kg.toString(), p.scope, p.kind, p.overridden]),
    ).toEqual([
      ["diesel-b7", "wtw", "3.251", "100", "l", "325.1", 1, "emission", false],
      ["diesel-b7", "biogenic", "0.176", "100", "l", "17.6", null, "biogenic", false],
    ]);
    expect(fp.factorSet).toEqual({ id: "nl-2026", year: 2026, accounting: "wtw", gwp: "AR6" });
  });

  it("marks overridden factors in every line and group that uses them", () => {
    const factors = overrideFactors(nl2026, [{ factor: 135, values: { wtw: "2" }, reason: "own measurement" }]);
    const fp = calculateFootprint({ year: 2026, activities: [{ id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" }] }, { factors });
    expect(fp.scope1.toString()).toBe("2000");
    expect(fp.lines[0]?.parts[0]?.overridden).toBe(true);
    expect(fp.groups[0]?.overridden).toBe(true);
  });
});

describe("calculateFootprint accounting modes", () => {
  const lines: ActivityInput[] = [
    { id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" },
    { id: "power", theme: "electricity", quantity: 1000, unit: "kWh" },
    { id: "heat", theme: "heat", factor: 48, quantity: 1, unit: "GJ" },
    { id: "train", theme: "business-travel", factor: 178, quantity: 1000, unit: "pkm" },
  ];

  it("puts the whole WTW value in the line's scope by default (Dutch practice)", () => {
    const fp = on(lines);
    expect(fp.factorSet.accounting).toBe("wtw");
    expect(fp.scope1.toString()).toBe("2134");
    expect(fp.scope2.marketBased.toString()).toBe(String(483 + 40.45));
    expect(fp.scope3.categories[3].toString()).toBe("0");
  });

  it("puts combustion and production in scopes 1 and 2 and the chain part in category 3 under ghg-strict", () => {
    const fp = on(lines, { accounting: "ghg-strict" });
    expect(fp.scope1.toString()).toBe("1779");
    expect(fp.scope2.marketBased.toString()).toBe(String(401 + 34.31));
    expect(fp.scope2.locationBased.toString()).toBe(String(200 + 34.31));
    expect(fp.scope3.categories[3].toString()).toBe(String(355 + 82 + 6.14));
    expect(fp.scope3.categories[6].toString()).toBe("30");
    expect(fp.total.marketBased.toString()).toBe(on(lines).total.marketBased.toString());
  });

  it("uses a fuel's TTW value with a warning when the list publishes no WTW", () => {
    const fp = on([{ id: "oil", theme: "fuel", factor: "petroleum", quantity: 100, unit: "kg" }]);
    expect(fp.scope1.toString()).toBe("309.9");
    expect(fp.warnings.map((w) => w.code)).toEqual(["TTW_ONLY"]);
  });

  it("takes refrigerant GWPs from the chosen IPCC report", () => {
    const line: ActivityInput[] = [{ id: "leak", theme: "refrigerant", factor: 24, quantity: 1, unit: "kg" }];
    expect(on(line).scope1.toString()).toBe("2256");
    expect(on(line, { gwp: "AR4" }).scope1.toString()).toBe("2088");
    expect(on(line, { gwp: "AR5" }).scope1.toString()).toBe("1923.5");
    expect(on([{ id: "n2o", theme: "refrigerant", factor: 27, quantity: 1, unit: "kg" }], { gwp: "AR4" }).scope1.toString()).toBe("298");
    expect(on(line, { gwp: "AR4" }).factorSet.gwp).toBe("AR4");
  });
});

describe("a supplier-specific factor given the supplier's figure as an override", () => {
  it("is accepted and marked as overridden in the result", async () => {
    const { calculateFootprint, nl2026, overrideFactors } = await import("../../src/index.js");
    const set = overrideFactors(nl2026, [{ factor: "stroometiket", values: { total: "0.12" }, reason: "supplier label" }]);
    const footprint = calculateFootprint(
      { year: 2026, activities: [{ id: "power", theme: "electricity", factor: "stroometiket", quantity: 1000, unit: "kWh" }] },
      { factors: set },
    );
    expect(footprint.scope2.marketBased.toString()).toBe("120");
    expect(footprint.lines[0]?.parts.some((part) => part.overridden)).toBe(true);
  });
});
