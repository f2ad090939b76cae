import { describe, expect, it } from "vitest";
import { convertUnit, UNIT_ALIASES, UNIT_CODES, UNIT_DIMENSIONS, unitSchema } from "../../src/index.js";
import { caught } from "./helpers.js";

describe("convertUnit", () => {
  it.each([
    ["1", "MWh", "kWh", "1000"],
    ["1", "kWh", "MJ", "3.6"],
    ["3.6", "GJ", "kWh", "1000"],
    ["2.5", "t", "kg", "2500"],
    ["1500", "l", "m3", "1.5"],
    ["7", "pkm", "pkm", "7"],
  ])("converts %s %s to %s %s exactly", (quantity, from, to, expected) => {
    expect(convertUnit(quantity, from as never, to as never).toString()).toBe(expected);
  });

  it("converts energy to a fuel's unit through its MJ per unit", () => {
    expect(convertUnit(63.3, "GJ", "Nm3", "31.65").toString()).toBe("2000");
    expect(convertUnit(1, "GJ", "Nm3", 31.65).toSignificantDigits(10).toString()).toBe("31.59557662");
  });

  it("refuses conversions across dimensions with UNIT_MISMATCH naming both units", () => {
    for (const [from, to] of [
      ["vkm", "pkm"],
      ["kg", "kg-ds"],
      ["l", "kg"],
      ["Nm3", "GJ"],
    ] as const) {
      const error = caught(() => convertUnit(1, from, to, "31.65"));
      expect(error.code).toBe("UNIT_MISMATCH");
      expect(error.message).toContain(`${from} cannot be converted to ${to}`);
    }
    expect(caught(() => convertUnit(1, "GJ", "Nm3")).code).toBe("UNIT_MISMATCH");
    expect(caught(() => convertUnit(1, "GJ", "Nm3", 0)).code).toBe("UNIT_MISMATCH");
  });

  it("refuses a quantity that is not a finite number", () => {
    expect(caught(() => convertUnit(Number.NaN, "kg", "t")).code).toBe("INVALID_NUMBER");
  });
});

describe("units", () => {
  it("give every unit code a dimension, with vehicle-, passenger- and tonne-km apart", () => {
    expect(Object.keys(UNIT_DIMENSIONS).sort()).toEqual([...UNIT_CODES].sort());
    expect(new Set([UNIT_DIMENSIONS.vkm, UNIT_DIMENSIONS.pkm, UNIT_DIMENSIONS.tkm]).size).toBe(3);
  });

  it("accept the list's own spellings as aliases", () => {
    expect(Object.keys(UNIT_ALIASES).map((alias) => unitSchema.parse(alias))).toEqual(["l", "t", "vkm", "pkm", "tkm", "VE", "kg-ds"]);
    expect(unitSchema.safeParse("Liter").success).toBe(false);
  });
});
