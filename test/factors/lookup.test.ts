import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { findFactors, getFactor, nl2026, overrideFactors, toDecimal, type FactorSet } from "../../src/index.js";
import * as footprint from "../../src/footprint/index.js";
import { caught, deepFreeze } from "../helpers.js";

const frozen: FactorSet = deepFreeze(structuredClone(nl2026));

describe("getFactor", () => {
  it("finds a factor by id, by source id and by numeric string", () => {
    expect(getFactor(nl2026, "aardgas-g-gas").name.nl).toBe("Aardgas (G-gas)");
    expect(getFactor(nl2026, 51).name.nl).toBe("Grijze Stroom");
    expect(getFactor(nl2026, "135").id).toBe("aardgas-g-gas");
  });

  test.prop([fc.constantFrom(...nl2026.factors)])("finds every factor by its id and by its source id", (factor) => {
    expect(getFactor(nl2026, factor.id)).toBe(factor);
    expect(getFactor(nl2026, factor.sourceId)).toBe(factor);
    expect(getFactor(nl2026, String(factor.sourceId))).toBe(factor);
  });

  it("throws UNKNOWN_FACTOR naming the closest factors", () => {
    const error = caught(() => getFactor(nl2026, "aardgas-g"));
    expect(error.code).toBe("UNKNOWN_FACTOR");
    expect(error.message).toContain('closest: "aardgas-g-gas" (Aardgas (G-gas))');
    expect(error.issues[0]?.message).toContain("aardgas-g-gas");
    expect(error.issues[0]?.code).toBe("unknown_factor");
  });

  it("suggests by Dutch or English name, ignoring case and accents", () => {
    const error = caught(() => getFactor(nl2026, "GREY ELECTRICTY"));
    expect(error.message).toContain('closest: "grijze-stroom"');
  });

  it("throws UNKNOWN_FACTOR for an unknown source id and for a value that is no id at all", () => {
    for (const query of [99999, "0", null, { id: 1 }]) {
      const error = caught(() => getFactor(nl2026, query as string));
      expect(error.code).toBe("UNKNOWN_FACTOR");
    }
  });

  it("does not mutate the factor set", () => {
    expect(getFactor(frozen, 135)).toBe(frozen.factors.find((factor) => factor.sourceId === 135));
    expect(() => getFactor(frozen, "nope")).toThrow("closest");
  });

  it("is exported from koploper/footprint", () => {
    expect(footprint.getFactor).toBe(getFactor);
  });
});

describe("findFactors", () => {
  it("finds by text in the Dutch or English name, ignoring case and accents", () => {
    expect(findFactors(nl2026, { text: "OLIEN" }).map((factor) => factor.sourceId)).toEqual([125, 119]);
    expect(findFactors(nl2026, { text: "grey electricity" }).map((factor) => factor.id)).toEqual(["grijze-stroom", "elektrisch-grijze-stroom"]);
  });

  it("combines text, section, unit and status", () => {
    const ids = findFactors(nl2026, { text: "trein", unit: "tkm", section: "freight-transport", status: "active" }).map((factor) => factor.id);
    expect(ids.sort()).toEqual([
      "bulk-trein-combinatie",
      "bulk-trein-diesel",
      "bulk-trein-elektrisch",
      "containers-trein-combinatie",
      "containers-trein-diesel",
      "containers-trein-elektrisch",
    ]);
    expect(findFactors(nl2026, { status: "supplier-specific" }).map((factor) => factor.id)).toEqual(["stroometiket"]);
    expect(findFactors(nl2026, { status: "withdrawn" })).toHaveLength(13);
  });

  it("does not mutate the factor set or the query", () => {
    const query = deepFreeze({ text: "Trein", unit: "tkm" as const });
    expect(findFactors(frozen, query)).toHaveLength(6);
    expect(query).toEqual({ text: "Trein", unit: "tkm" });
  });

  it("lists every factor for an empty query and none for a text nothing has", () => {
    expect(findFactors(nl2026, {})).toHaveLength(229);
    expect(findFactors(nl2026, { text: "xyzzy" })).toEqual([]);
  });

  it.each([
    [{ section: "fuels" }, "section"],
    [{ unit: "MW" }, "unit"],
    [{ status: "gone" }, "status"],
    [{ text: 3 }, "text"],
    [{ name: "x" }, ""],
  ])("rejects the malformed query %j with INVALID_INPUT", (query, key) => {
    const error = caught(() => findFactors(nl2026, query as never));
    expect(error.code).toBe("INVALID_INPUT");
    if (key !== "") expect(error.issues[0]?.path).toEqual([key]);
  });
});

describe("overrideFactors", () => {
  it("returns a new set with the override's values and the published ones kept in override", () => {
    const acme = overrideFactors(frozen, [{ factor: "aardgas-g-gas", values: { wtw: 2.1 }, reason: "Meetrapport 2026" }]);
    const gas = getFactor(acme, 135);
    expect(gas.values).toEqual({ ...getFactor(nl2026, 135).values, wtw: "2.1" });
    expect(gas.override).toEqual({ reason: "Meetrapport 2026", published: getFactor(nl2026, 135).values });
    expect(getFactor(acme, 51)).toBe(getFactor(frozen, 51));
    expect(acme.id).toBe("nl-2026");
  });

  it("keeps an organisation and a location override of one factor as two layers", () => {
    const acme = overrideFactors(frozen, [
      { factor: 135, values: { wtw: 2.1 }, reason: "Meetrapport 2026" },
      { factor: 135, values: { wtw: 2 }, reason: "Meetrapport Utrecht", location: "Utrecht" },
    ]);
    const gas = getFactor(acme, 135);
    expect(gas.values.wtw).toBe("2.1");
    expect(gas.locationOverrides).toEqual([{ location: "Utrecht", reason: "Meetrapport Utrecht", values: { wtw: "2" } }]);
    const again = overrideFactors(acme, [{ factor: 135, values: { wtw: 1.9 }, reason: "Nieuwe meting", location: "Utrecht" }]);
    expect(getFactor(again, 135).locationOverrides).toEqual([{ location: "Utrecht", reason: "Nieuwe meting", values: { wtw: "1.9" } }]);
    expect(getFactor(again, 135).override?.published).toEqual(getFactor(nl2026, 135).values);
  });

  it("refuses two overrides of one factor in the same layer", () => {
    const twice = caught(() =>
      overrideFactors(frozen, [
        { factor: 135, values: { wtw: 2 }, reason: "a", location: "Utrecht" },
        { factor: 135, values: { wtw: 2 }, reason: "b", location: "Utrecht" },
      ]),
    );
    expect(twice.issues[0]).toMatchObject({ path: ["overrides", 1, "factor"], code: "duplicate_override" });
  });

  test.prop([fc.constantFrom(...nl2026.factors), fc.double({ min: -1e6, max: 1e6, noNaN: true })])(
    "changes only the overridden factor, to the exact value given",
    (factor, value) => {
      const result = overrideFactors(frozen, [{ factor: factor.sourceId, values: { total: value }, reason: "test" }]);
      expect(getFactor(result, factor.id).values.total).toBe(toDecimal(value).toString());
      expect(getFactor(result, factor.id).override?.published).toEqual(factor.values);
      expect(result.factors.filter((other, index) => other !== frozen.factors[index])).toHaveLength(1);
    },
  );

  it("does not mutate the input set", () => {
    const before = structuredClone(frozen);
    overrideFactors(frozen, [{ factor: 50, values: { total: "0.12" }, reason: "Stroometiket" }], { id: "nl-2026+acme" });
    expect(frozen).toEqual(before);
  });

  it("gives a supplier-specific factor the supplier's figure and names the new set", () => {
    const acme = overrideFactors(frozen, [{ factor: "50", values: { total: "0.12" }, reason: "Stroometiket leverancier" }], { id: "nl-2026+acme" });
    expect(acme.id).toBe("nl-2026+acme");
    expect(getFactor(acme, 50)).toMatchObject({ status: "supplier-specific", values: { total: "0.12", chain: "0.044" } });
    expect(getFactor(acme, 50).override).not.toHaveProperty("location");
  });

  it("keeps the first published values when an overridden set is overridden again", () => {
    const once = overrideFactors(frozen, [{ factor: 135, values: { wtw: "2.1" }, reason: "a" }]);
    const twice = overrideFactors(once, [{ factor: 135, values: { wtw: "2.2" }, reason: "b" }]);
    expect(getFactor(twice, 135).values.wtw).toBe("2.2");
    expect(getFactor(twice, 135).override?.published.wtw).toBe("2.134");
  });

  it("refuses two overrides of one factor, by id and by source id", () => {
    const error = caught(() =>
      overrideFactors(frozen, [
        { factor: "aardgas-g-gas", values: { wtw: "2" }, reason: "a" },
        { factor: 135, values: { wtw: "3" }, reason: "b" },
      ]),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues[0]?.path).toEqual(["overrides", 1, "factor"]);
  });

  it("refuses an override of a factor that is not in the set", () => {
    const error = caught(() => overrideFactors(frozen, [{ factor: "aardgas", values: { wtw: "2" }, reason: "a" }]));
    expect(error.code).toBe("UNKNOWN_FACTOR");
  });

  it.each([
    [[{ factor: 135, values: {}, reason: "a" }], ["overrides", 0, "values"]],
    [[{ factor: 135, values: { wtw: "1,5" }, reason: "a" }], ["overrides", 0, "values", "wtw"]],
    [[{ factor: 135, values: { kwh: "1" }, reason: "a" }], ["overrides", 0, "values"]],
    [[{ factor: 135, values: { wtw: "1" }, reason: "" }], ["overrides", 0, "reason"]],
    [[{ factor: 135, values: { wtw: "1" } }], ["overrides", 0, "reason"]],
    [[{ factor: -1, values: { wtw: "1" }, reason: "a" }], ["overrides", 0, "factor"]],
    [[{ factor: 135, values: { wtw: "1" }, reason: "a", location: "" }], ["overrides", 0, "location"]],
    [[{ factor: 135, values: { wtw: "1" }, reason: "a", extra: 1 }], ["overrides", 0]],
    ["not a list", ["overrides"]],
  ])("rejects the malformed overrides %j with INVALID_INPUT at %j", (overrides, path) => {
    const error = caught(() => overrideFactors(frozen, overrides as never));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues[0]?.path).toEqual(path);
  });

  it("rejects malformed options", () => {
    const error = caught(() => overrideFactors(frozen, [], { id: "" }));
    expect(error.issues[0]?.path).toEqual(["options", "id"]);
  });
});
