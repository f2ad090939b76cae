import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { calculateFootprint, createFootprintAccumulator, getFactor, isKoploperError, mergeFootprints, nl2026 } from "../../src/index.js";
import { fixture } from "../footprint/fixture.js";

// Issue 18, class 6: every key a caller gives is looked up as an own property. The keys: the names
// every object inherits, and any other string.
const inherited = fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype), "__proto__", "prototype");
const key = fc.oneof(inherited, fc.string({ maxLength: 12 }));

/** The promise of every door: a valid value or a KoploperError, nothing else. */
function verdict(run: () => unknown): "value" | "refused" {
  try {
    run();
    return "value";
  } catch (error) {
    if (isKoploperError(error)) return "refused";
    throw error;
  }
}

const acc = () => createFootprintAccumulator({ factors: fixture, year: 2026 });
const THEMES_AND_UNITS = new Set(["electricity", "heat", "fuel", "kWh", "kg", "l", "t", "liter", "ton"]);

describe("inherited keys in footprints", () => {
  test.prop([key])("a theme, unit, green source or unit of an own factor that is not one is refused like any unknown one", (name) => {
    fc.pre(!THEMES_AND_UNITS.has(name));
    expect(verdict(() => acc().add([{ theme: name, quantity: 1, unit: "kg" } as never]))).toBe("refused");
    expect(verdict(() => acc().add([{ theme: "fuel", factor: 135, quantity: 1, unit: name } as never]))).toBe("refused");
    expect(verdict(() => acc().add([{ theme: "electricity", quantity: 2, unit: "kWh", green: [{ quantity: 1, source: name }] } as never]))).toBe("refused");
    expect(verdict(() => acc().add([{ theme: "paper", factor: { value: 1, unit: name, source: "s" }, quantity: 1, unit: "kg" } as never]))).toBe("refused");
    expect(
      verdict(() => calculateFootprint({ year: 2026, activities: [{ id: "a", theme: name, quantity: 1, unit: "kg" } as never] }, { factors: fixture })),
    ).toBe("refused");
  });

  test.prop([inherited])("a factor named by an inherited key is an unknown factor", (name) => {
    expect(verdict(() => getFactor(nl2026, name))).toBe("refused");
    expect(verdict(() => acc().add([{ theme: "fuel", factor: name, quantity: 1, unit: "l" }]))).toBe("refused");
  });

  test.prop([key, fc.boolean()])("a vehicle of any name is kept by mergeFootprints, in either order", (vehicle, distanceFirst) => {
    const fuel = { id: "fuel", theme: "fuel" as const, factor: 67, quantity: 10, unit: "l" as const, vehicle };
    const km = { id: "km", theme: "business-travel" as const, factor: 147, quantity: 100, unit: "vkm" as const, vehicle };
    fc.pre(vehicle !== "");
    const one = calculateFootprint({ year: 2026, activities: [distanceFirst ? km : fuel] }, { factors: fixture });
    const two = calculateFootprint({ year: 2026, activities: [distanceFirst ? fuel : km] }, { factors: fixture });
    for (const merged of [mergeFootprints(one, two), mergeFootprints(two, one)]) {
      expect(Object.hasOwn(merged.checks.vehicles, vehicle)).toBe(true);
      expect(Object.getOwnPropertyDescriptor(merged.checks.vehicles, vehicle)?.value).toEqual({ fuel: true, distance: true });
      expect(merged.warnings.map((warning) => warning.code)).toContain("FUEL_AND_DISTANCE");
    }
    expect(JSON.stringify(mergeFootprints(one, two).checks)).toBe(JSON.stringify(mergeFootprints(two, one).checks));
  });
});
