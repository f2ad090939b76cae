import { describe, expect, it } from "vitest";
import { calculateFootprint, createFootprintAccumulator, mergeFootprints, nl2026, type ActivityInput } from "../../src/index.js";
import { fixture } from "./fixture.js";
import { caught, deepFreeze, plain } from "./helpers.js";

const fp = (activities: ActivityInput[], options: { accounting?: "wtw" | "ghg-strict"; year?: number } = {}) =>
  calculateFootprint(
    { year: options.year ?? 2026, activities },
    { factors: nl2026, ...(options.accounting === undefined ? {} : { accounting: options.accounting }) },
  );
const gas = (id: string, quantity: number | null): ActivityInput => ({ id, theme: "fuel", factor: 135, quantity, unit: "Nm3" });

describe("createFootprintAccumulator", () => {
  it("gives the footprint so far at any time", () => {
    const acc = createFootprintAccumulator({ factors: nl2026, year: 2026 });
    expect(acc.result().total.marketBased.toString()).toBe("0");
    acc.add([{ theme: "fuel", factor: 135, quantity: 250, unit: "Nm3" }]);
    expect(acc.result().scope1.toString()).toBe("533.5");
    acc.add([{ theme: "fuel", factor: 135, quantity: 750, unit: "Nm3" }]).add([]);
    expect(acc.result().scope1.toString()).toBe("2134");
    expect(acc.result().detail).toBe("groups");
    expect(acc.result().lines).toEqual([]);
  });

  it("sums plain numbers, decimal strings and huge numbers exactly", () => {
    const acc = createFootprintAccumulator({ factors: nl2026, year: 2026 });
    acc.add([
      { theme: "fuel", factor: 135, quantity: 0.1, unit: "Nm3" },
      { theme: "fuel", factor: 135, quantity: 0.2, unit: "Nm3" },
      { theme: "fuel", factor: 135, quantity: "0.0000001", unit: "Nm3" },
      { theme: "fuel", factor: 135, quantity: 5e12, unit: "Nm3" },
    ]);
    expect(acc.result().groups[0]?.lineQuantity.toString()).toBe("5000000000000.3000001");
  });

  it("keeps exact sums past 2^53 of scaled integers", () => {
    const acc = createFootprintAccumulator({ factors: nl2026, year: 2026 });
    acc.add(Array.from({ length: 3000 }, () => ({ theme: "fuel" as const, factor: 135, quantity: 3_999_999_999.999999, unit: "Nm3" as const })));
    expect(acc.result().groups[0]?.lineQuantity.toString()).toBe("11999999999999.997");
  });

  it("counts unknown and estimated lines per theme, without keeping ids", () => {
    const acc = createFootprintAccumulator({ factors: nl2026, year: 2026 });
    acc.add([
      { theme: "fuel", factor: 135, quantity: null, unit: "Nm3" },
      { theme: "electricity", quantity: null, unit: "kWh", green: [{ quantity: 100, source: "wind" }] },
      { theme: "fuel", factor: 135, quantity: 1, unit: "Nm3", estimated: true },
    ]);
    const result = acc.result();
    expect(result.unknown).toEqual({ count: 2, byTheme: { fuel: 1, electricity: 1 }, ids: [] });
    expect(result.estimated.count).toBe(1);
    expect(result.warnings.map((w) => w.code)).toEqual(["GREEN_ABOVE_TOTAL"]);
  });

  it("routes each electricity and other line on its own supplier value and category", () => {
    const custom = { value: 2, unit: "kg" as const, source: "supplier" };
    const acc = createFootprintAccumulator({ factors: nl2026, year: 2026 }).add([
      { theme: "electricity", factor: 50, supplierFactor: "0.1", quantity: 1000, unit: "kWh" },
      { theme: "electricity", factor: 50, supplierFactor: "0.2", quantity: 1000, unit: "kWh" },
      { theme: "other", category: 1, factor: custom, quantity: 1, unit: "kg" },
      { theme: "other", category: 2, factor: custom, quantity: 1, unit: "kg" },
    ]);
    const result = acc.result();
    expect(result.scope2.marketBased.toString()).toBe("388"); // 1000 x (0.1 + 0.044) + 1000 x (0.2 + 0.044)
    expect(result.scope3.categories[1].toString()).toBe("2");
    expect(result.scope3.categories[2].toString()).toBe("2");
  });

  it("does not mutate the lines it is given", () => {
    const lines = deepFreeze([{ theme: "electricity" as const, quantity: 10, unit: "kWh" as const, green: [{ quantity: 5, source: "wind" as const }] }]);
    expect(() => createFootprintAccumulator({ factors: nl2026, year: 2026 }).add(lines)).not.toThrow();
  });
});

describe("mergeFootprints", () => {
  it("adds group sums and line lists", () => {
    const merged = mergeFootprints(fp([gas("a", 600), gas("u", null)]), fp([gas("b", 400)]));
    expect(merged.scope1.toString()).toBe("2134");
    expect(merged.lines.map((line) => line.id)).toEqual(["a", "u", "b"]);
    expect(merged.unknown.ids).toEqual(["u"]);
    expect(merged.groups).toHaveLength(1);
  });

  it("keeps line detail only when both footprints have it", () => {
    const acc = createFootprintAccumulator({ factors: nl2026, year: 2026 }).add([{ theme: "fuel", factor: 135, quantity: 1, unit: "Nm3" }]);
    expect(mergeFootprints(fp([gas("a", 1)]), acc.result()).detail).toBe("groups");
  });

  it("combines the vehicles seen, so a fuel and a distance line in different parts still warn", () => {
    const fuel = fp([{ id: "f", theme: "fuel", factor: 67, quantity: 10, unit: "l", vehicle: "van-1" }]);
    const km = fp([{ id: "k", theme: "business-travel", factor: 147, quantity: 10, unit: "vkm", vehicle: "van-1" }]);
    const merged = mergeFootprints(fuel, km);
    expect(merged.warnings.map((w) => w.code)).toEqual(["FUEL_AND_DISTANCE"]);
    expect(merged.warnings[0]?.subjects).toEqual(["van-1"]);
    const again = fp([{ id: "f2", theme: "fuel", factor: 67, quantity: 1, unit: "l", vehicle: "van-1" }]);
    expect(mergeFootprints(merged, again).checks.vehicles["van-1"]).toEqual({ fuel: true, distance: true });
  });

  it("refuses footprints of another year, accounting or set, and shared line ids", () => {
    const base = fp([gas("a", 1)]);
    expect(caught(() => mergeFootprints(base, fp([gas("b", 1)], { year: 2025 }))).code).toBe("INCOMPATIBLE_FOOTPRINTS");
    expect(caught(() => mergeFootprints(base, fp([gas("b", 1)], { accounting: "ghg-strict" }))).code).toBe("INCOMPATIBLE_FOOTPRINTS");
    const other = calculateFootprint({ year: 2026, activities: [gas("b", 1)] }, { factors: fixture });
    expect(caught(() => mergeFootprints(base, other)).code).toBe("INCOMPATIBLE_FOOTPRINTS");
    expect(caught(() => mergeFootprints(base, fp([gas("a", 2)]))).message).toContain("a");
  });

  it("does not mutate the footprints it merges", () => {
    const a = deepFreeze(fp([gas("a", 1)]));
    const b = deepFreeze(fp([gas("b", 2)]));
    const before = plain(a);
    mergeFootprints(a, b);
    expect(plain(a)).toEqual(before);
  });
});

describe("calculateFootprint purity", () => {
  it("does not mutate its input or options and gives equal results for equal inputs", () => {
    const input = deepFreeze({
      year: 2026,
      activities: [{ id: "e", theme: "electricity" as const, quantity: 100, unit: "kWh", green: [{ quantity: 50, source: "solar" as const }] }, gas("g", 5)],
      organisation: { fte: 2, production: { quantity: 4, unit: "beds" } },
    });
    const options = deepFreeze({ factors: nl2026, electricity: { green: { solar: 55 } } });
    const one = calculateFootprint(input, options);
    expect(plain(calculateFootprint(input, options))).toEqual(plain(one));
  });
});
