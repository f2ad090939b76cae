import { describe, expect, it } from "vitest";
import { electricityGroups } from "../../src/footprint/electricity.js";
import { createState } from "../../src/footprint/groups.js";
import type { FactorSet } from "../../src/index.js";
import { fixture } from "./fixture.js";
import { caught } from "./helpers.js";

const line = { theme: "electricity", quantity: 1, unit: "kWh" } as const;

describe("the electricity groups", () => {
  it("take the roles from the factor set: grid mix location-based, grey market-based, each green source", () => {
    const { groups } = electricityGroups(createState({ factors: fixture }), line);
    expect(groups.grid.template.factorId).toBe("stroom-onbekend-gridmix");
    expect(groups.grid.template.parts.map((part) => part.basis)).toEqual(["location"]);
    expect(groups.market.template.factorId).toBe("grijze-stroom");
    expect(groups.market.template.parts.map((part) => part.basis)).toEqual(["market"]);
    expect(groups.green.solar().template.factorId).toBe("zonne-energie");
  });

  it("take a role options.electricity names over the set's", () => {
    const { groups } = electricityGroups(createState({ factors: fixture, electricity: { grey: 52, green: { wind: 55 } } }), line);
    expect(groups.market.template.factorId).toBe("stroom-onbekend-gridmix");
    expect(groups.green.wind().template.factorId).toBe("zonne-energie");
  });

  it("split a supplier's figure in strict accounting: scope 2 market-based, the chain in scope 3 category 3", () => {
    const state = createState({ factors: fixture, accounting: "ghg-strict" });
    const { groups } = electricityGroups(state, { ...line, factor: 50, supplierFactor: "0.3" });
    expect(groups.market.template.parts.map((part) => [part.column, part.scope, part.basis])).toEqual([
      ["supplier", 2, "market"],
      ["chain", 3, "both"],
    ]);
  });

  it("refuse a set that marks no factor for a role, naming the option that would", () => {
    const bare: FactorSet = { ...fixture, factors: fixture.factors.map(({ electricityRole: _role, ...factor }) => factor) };
    const error = caught(() => electricityGroups(createState({ factors: bare }), line));
    expect([error.code, error.issues[0]?.path]).toEqual(["UNKNOWN_FACTOR", ["factor"]]);
    expect(error.message).toMatchInlineSnapshot(`"no factor in fixture-2026 has the electricity role "grid-mix": name one with options.electricity.gridMix"`);
    const named = caught(() => electricityGroups(createState({ factors: fixture, electricity: { gridMix: 9999 } }), line));
    expect(named.message).toMatchInlineSnapshot(`"no factor 9999 in fixture-2026 for options.electricity.gridMix"`);
  });
});
