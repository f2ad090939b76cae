import { describe, expect, it } from "vitest";
import { calculateFootprint, createFootprintAccumulator, nl2026, parseActivities, type ActivityInput } from "../../src/index.js";
import { caught } from "./helpers.js";

const on = (activities: ActivityInput[]) => calculateFootprint({ year: 2026, activities }, { factors: nl2026 });

describe("units as people write them (issue 12, section 2)", () => {
  it.each([
    ["kWh", "business-travel", 178],
    ["MJ", "commuting", 147],
    ["GJ", "freight", 79],
  ] as const)("refuses %s on a transport factor (%s, factor %s) as UNIT_MISMATCH", (unit, theme, factor) => {
    const error = caught(() => on([{ id: "t", theme, factor, quantity: 100, unit }]));
    expect(error.code).toBe("UNIT_MISMATCH");
    expect(error.issues[0]?.path).toEqual(["activities", 0, "unit"]);
    expect(error.issues[0]?.message).toMatch(/energy does not convert to (passenger|vehicle|freight)-distance/);
    expect(error.issues[0]?.message).toContain("the factor named on the line");
  });

  it("still converts energy to a fuel's own unit through its MJ per unit", () => {
    expect(on([{ id: "g", theme: "fuel", factor: 135, quantity: "63.3", unit: "GJ" }]).scope1.toString()).toBe("4268");
  });

  it("reads m3 on a factor in Nm3 as Nm3, with a note on the line", () => {
    const fp = on([{ id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "m3" }]);
    expect(fp.scope1.toString()).toBe("2134");
    expect(fp.lines[0]?.unitNote).toContain("m3 read as Nm3");
    expect(on([{ id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3" }]).lines[0]?.unitNote).toBeUndefined();
    const acc = createFootprintAccumulator({ factors: nl2026, year: 2026 }).add([{ theme: "fuel", factor: 135, quantity: 1000, unit: "m3" }]);
    expect(acc.result().scope1.toString()).toBe("2134");
  });

  it("keeps m3 a liquid volume elsewhere: m3 of diesel is 1000 l", () => {
    expect(on([{ id: "d", theme: "fuel", factor: "diesel-b7", quantity: 1, unit: "m3" }]).scope1.toString()).toBe("3251");
  });

  it("refuses km with a hint naming vkm and pkm, in the parser and the accumulator", () => {
    const parsed = caught(() => parseActivities([{ id: "car", theme: "business-travel", factor: 147, quantity: 10, unit: "km" }]));
    expect(parsed.issues[0]?.path).toEqual([0, "unit"]);
    expect(parsed.issues[0]?.message).toContain("write vkm (vehicle kilometres) or pkm (passenger kilometres)");
    const typed = caught(() =>
      createFootprintAccumulator({ factors: nl2026, year: 2026 }).add([{ theme: "business-travel", factor: 147, quantity: 10, unit: "km" as "vkm" }]),
    );
    expect(typed.code).toBe("UNIT_MISMATCH");
    expect(typed.issues[0]?.message).toContain("vkm");
  });

  it("names the factor an electricity line resolved to, and why", () => {
    const error = caught(() => on([{ id: "p", theme: "electricity", quantity: 10, unit: "l" }]));
    expect(error.code).toBe("UNIT_MISMATCH");
    expect(error.issues[0]?.message).toContain("stroom-onbekend-gridmix");
    expect(error.issues[0]?.message).toContain("the grid-mix factor every electricity line uses");
  });

  it("names the line's own factor for an other line", () => {
    const error = caught(() => on([{ id: "o", theme: "other", category: 1, factor: { value: 1, unit: "kg", source: "x" }, quantity: 1, unit: "l" }]));
    expect(error.issues[0]?.message).toContain("the factor given on the line is in kg");
  });
});
