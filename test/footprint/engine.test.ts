import { describe, expect, it } from "vitest";
import { addLines, combine, problemsOf } from "../../src/footprint/engine.js";
import { createState } from "../../src/footprint/groups.js";
import { calculateFootprint, createFootprintAccumulator, mergeFootprints, type ActivityInput, type TypedActivity } from "../../src/index.js";
import { fixture } from "./fixture.js";
import { caught } from "./helpers.js";

const gas = (quantity: unknown): TypedActivity => ({ theme: "fuel", factor: 135, quantity, unit: "Nm3" }) as TypedActivity;
const sumOf = (state: ReturnType<typeof createState>) => [...state.groups.values()].map((group) => [group.template.key, group.sum.toString(), group.lines]);

describe("the engine", () => {
  it("adds a chunk whole, or nothing of it when one line is refused", () => {
    const state = createState({ factors: fixture });
    addLines(state, [gas(1.5), gas("2.25")], []);
    const before = sumOf(state);
    const error = caught(() => addLines(state, [gas(10), gas(-1), gas("x")], ["chunk"]));
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ["chunk", 1, "quantity"],
      ["chunk", 2, "quantity"],
    ]);
    expect(sumOf(state)).toEqual(before);
    expect(before).toEqual([["fuel||aardgas-g-gas|Nm3|", "3.75", 2]]);
  });

  it("checks every field a typed line gives as the activity schema does, at its path", () => {
    const state = createState({ factors: fixture });
    const path = (extra: Record<string, unknown>) => problemsOf(state, { ...gas(1), ...extra } as TypedActivity, [])?.issues.map((issue) => issue.path);
    expect(path({ id: "" })).toEqual([["id"]]);
    expect(path({ estimated: "yes" })).toEqual([["estimated"]]);
    expect(path({ vehicle: 5 })).toEqual([["vehicle"]]);
    expect(path({ note: 5 })).toEqual([["note"]]);
    expect(path({ period: { year: 2026, quarter: 1, month: 2 } })).toEqual([["period"]]);
    expect(path({ period: null })).toEqual([["period"]]);
    expect(path({ renewable: "no" })).toEqual([["renewable"]]);
    expect(path({ id: "a", estimated: true, vehicle: "van", note: "", period: { year: 2026, month: 3 }, renewable: true })).toBeUndefined();
    const waste = (extra: Record<string, unknown>) =>
      problemsOf(state, { theme: "waste", factor: 235, quantity: 1, unit: "t", ...extra } as TypedActivity, [])?.issues.map((issue) => issue.path);
    expect([waste({ hazardous: 1 }), waste({ treatment: "burn" }), waste({ hazardous: true, treatment: "disposal" })]).toEqual([
      [["hazardous"]],
      [["treatment"]],
      undefined,
    ]);
    const green = (parts: unknown) =>
      problemsOf(state, { theme: "electricity", quantity: 5, unit: "kWh", green: parts } as TypedActivity, [])?.issues.map((issue) => issue.path);
    expect([green("wind"), green([null]), green([{ quantity: 1, source: "wind", origin: "bought" }])]).toEqual([
      [["green"]],
      [["green", 0, "quantity"]],
      [["green", 0, "origin"]],
    ]);
  });

  it("checks a line without adding it", () => {
    const state = createState({ factors: fixture });
    expect(problemsOf(state, gas(1), ["a", 0])).toBeNull();
    expect(problemsOf(state, gas(-1), ["a", 0])?.issues[0]?.path).toEqual(["a", 0, "quantity"]);
    expect(sumOf(state)).toEqual([["fuel||aardgas-g-gas|Nm3|", "0", 0]]);
  });

  it("combines errors: every issue once, the shared code or INVALID_INPUT", () => {
    const state = createState({ factors: fixture });
    const one = problemsOf(state, gas(-1), [0]);
    const two = problemsOf(state, { theme: "fuel", factor: 24, quantity: 1, unit: "kg" }, [1]);
    if (one === null || two === null) throw new Error("expected two problems");
    expect(combine([one])).toBe(one);
    expect(combine([one, one]).issues).toHaveLength(1);
    expect(combine([one, two]).code).toBe("INVALID_INPUT");
  });
});

describe("the footprint errors users see", () => {
  const on = (activities: readonly ActivityInput[]) => caught(() => calculateFootprint({ year: 2026, activities }, { factors: fixture })).message;
  const acc = () => createFootprintAccumulator({ factors: fixture, year: 2026 });

  it("name the line and what is wrong with it", () => {
    expect(on([{ id: "a", theme: "fuel", factor: 24, quantity: 1, unit: "kg" }])).toMatchInlineSnapshot(
      `"activities.0: factor r410a (refrigerants) does not fit theme fuel"`,
    );
    expect(on([{ id: "a", theme: "fuel", factor: 139, quantity: 1, unit: "Nm3" }])).toMatchInlineSnapshot(
      `"activities.0: factor groengas-covergisting (Groengas (Covergisting)) is withdrawn in fixture-2026; pass allowWithdrawn: true to use it"`,
    );
    expect(on([{ id: "a", theme: "electricity", factor: 50, quantity: 1, unit: "kWh" }])).toMatchInlineSnapshot(
      `"activities.0: factor stroometiket (Stroometiket) needs the supplier's own value: give supplierFactor"`,
    );
    expect(on([{ id: "a", theme: "fuel", factor: 135, quantity: 1, unit: "pkm" }])).toMatchInlineSnapshot(
      `"activities.0: a quantity in pkm cannot be converted to Nm3: the line resolved to factor aardgas-g-gas (Aardgas (G-gas), in Nm3), the factor named on the line"`,
    );
    expect(on([{ id: "a", theme: "water", quantity: 1, unit: "kWh" }])).toMatchInlineSnapshot(
      `"activities.0: a water line is in m3 or another unit of liquid-volume, not kWh"`,
    );
  });

  it("list every problem of every line", () => {
    expect(
      on([
        { id: "a", theme: "fuel", factor: 24, quantity: 1, unit: "kg" },
        { id: "b", theme: "electricity", factor: 51, supplierFactor: 0.3, quantity: 1, unit: "kWh" },
      ]),
    ).toMatchInlineSnapshot(`
      "2 problems:
      - activities.0.factor: factor r410a (refrigerants) does not fit theme fuel
      - activities.1.supplierFactor: factor grijze-stroom is not supplier-specific: leave out supplierFactor"
    `);
  });

  it("name the refused line of an accumulator's chunk", () => {
    expect(caught(() => acc().add([gas(1), gas(-1)])).message).toMatchInlineSnapshot(`"1: -1 is negative: quantities are zero or more"`);
    expect(
      caught(() => acc().add([{ theme: "electricity", quantity: 1, unit: "kWh", green: [{ quantity: 2, source: "solar" }] }])).message,
    ).toMatchInlineSnapshot(`"0: green kWh (2) above the line's total (1)"`);
    expect(caught(() => acc().add([{ theme: "toString", quantity: 1, unit: "kg" } as never])).message).toMatchInlineSnapshot(`"0: unknown theme "toString""`);
    expect(caught(() => acc().add([null as never])).message).toMatchInlineSnapshot(`"0: expected an activity line, got null"`);
    expect(caught(() => acc().add({} as never)).message).toMatchInlineSnapshot(`"expected a list of activity lines, got object"`);
  });

  it("say why footprints do not merge", () => {
    const a = calculateFootprint({ year: 2026, activities: [{ id: "a", theme: "offset", quantity: 1, unit: "t" }] }, { factors: fixture });
    const b = calculateFootprint(
      { year: 2026, activities: [{ id: "a", theme: "offset", quantity: 1, unit: "t" }] },
      { factors: fixture, accounting: "ghg-strict" },
    );
    expect(caught(() => mergeFootprints(a, b)).message).toMatchInlineSnapshot(
      `"cannot merge a 2026 footprint on fixture-2026/wtw/AR6 with a 2026 footprint on fixture-2026/ghg-strict/AR6"`,
    );
    expect(caught(() => mergeFootprints(a, a)).message).toMatchInlineSnapshot(`"both footprints have lines a"`);
  });
});
