import { describe, expect, it } from "vitest";
import { checkStatus, createState, customGroup, effective, listedGroup, locationFree } from "../../src/footprint/groups.js";
import { getFactor, overrideFactors } from "../../src/index.js";
import { fixture } from "./fixture.js";
import { caught } from "./helpers.js";

const gas = getFactor(fixture, 135);

describe("the groups", () => {
  it("take a factor's values from the published list, the organisation's or the location's layer", () => {
    const layered = getFactor(
      overrideFactors(fixture, [
        { factor: 135, values: { wtw: "2" }, reason: "own" },
        { factor: 135, location: "b", values: { wtw: "3" }, reason: "site" },
      ]),
      135,
    );
    expect(effective(gas, "a")).toEqual({ values: gas.values, layer: "published" });
    expect([effective(layered, "a").layer, effective(layered, "a").values.wtw]).toEqual(["organisation", "2"]);
    expect([effective(layered, "b").layer, effective(layered, "b").values.wtw]).toEqual(["location", "3"]);
    expect([locationFree(gas), locationFree(layered)]).toEqual([true, false]);
  });

  it("are one per key: a second use of the same factor, theme, unit and layer finds the first", () => {
    const state = createState({ factors: fixture });
    const use = { theme: "fuel" as const, factor: gas, unit: "Nm3" as const, location: undefined, tag: "", why: "test", energy: true };
    const one = listedGroup(state, use, () => []);
    expect(listedGroup(state, use, () => [])).toBe(one);
    expect(one.template.mjPerUnit?.toString()).toBe("31.65");
    expect(listedGroup(state, { ...use, unit: "GJ" }, () => []).template.conversion.divide.toString()).toBe("31.65");
    expect(state.groups.size).toBe(2);
  });

  it("refuse a unit that does not convert, saying why the factor applies", () => {
    const state = createState({ factors: fixture });
    expect(caught(() => customGroup(state, "other", "kWh", "x", "s", "pkm", null)).message).toMatchInlineSnapshot(
      `"a quantity in kWh cannot be converted to pkm: energy does not convert to passenger-distance: the factor given on the line is in pkm"`,
    );
  });

  it("refuse a withdrawn factor unless allowed, and a supplier-specific one without the supplier's value", () => {
    const withdrawn = getFactor(fixture, 139);
    expect(caught(() => checkStatus(createState({ factors: fixture }), withdrawn, false)).code).toBe("WITHDRAWN_FACTOR");
    expect(() => checkStatus(createState({ factors: fixture, allowWithdrawn: true }), withdrawn, false)).not.toThrow();
    const label = getFactor(fixture, 50);
    expect(caught(() => checkStatus(createState({ factors: fixture }), label, false)).code).toBe("SUPPLIER_VALUE_REQUIRED");
    expect(() => checkStatus(createState({ factors: fixture }), label, true)).not.toThrow();
  });
});
