import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { createState, listedGroup } from "../../src/footprint/groups.js";
import { listedParts } from "../../src/footprint/parts.js";
import { lineCounts, materialize, sortGroups } from "../../src/footprint/summary.js";
import { getFactor } from "../../src/index.js";
import { fixture } from "./fixture.js";

const state = createState({ factors: fixture });
const gas = getFactor(fixture, 135);
const template = listedGroup(state, { theme: "fuel", factor: gas, unit: "GJ", location: undefined, tag: "", why: "test", energy: true }, (values) =>
  listedParts("fuel", gas, values, "wtw", state.gwp),
).template;

describe("the summary", () => {
  it("turns a group's line sum into the factor's unit and each part's kg, dividing last", () => {
    const group = materialize(template, new Decimal("63.3"), 2);
    // 63.3 GJ at 31.65 MJ/Nm3 is 2000 Nm3; x 2.134 kg/Nm3.
    expect([group.quantity.toString(), group.energyGJ.toString(), group.parts.map((part) => part.kg.toString()), group.lines]).toEqual([
      "2000",
      "63.3",
      ["4268"],
      2,
    ]);
  });

  it("keeps the groups with lines, in key order", () => {
    const a = materialize({ ...template, key: "b" }, new Decimal(1), 1);
    const b = materialize({ ...template, key: "a" }, new Decimal(1), 1);
    const empty = materialize({ ...template, key: "c" }, new Decimal(0), 0);
    expect(sortGroups([a, empty, b]).map((group) => group.key)).toEqual(["a", "b"]);
  });

  it("counts lines over the themes", () => {
    expect(lineCounts({ fuel: 2, heat: 1 }, ["x"])).toEqual({ count: 3, byTheme: { fuel: 2, heat: 1 }, ids: ["x"] });
  });
});
