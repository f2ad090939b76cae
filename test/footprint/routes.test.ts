import { describe, expect, it } from "vitest";
import { createState } from "../../src/footprint/groups.js";
import { knownRoute, routeOf } from "../../src/footprint/routes.js";
import type { TypedActivity } from "../../src/index.js";
import { fixture } from "./fixture.js";
import { caught } from "./helpers.js";

const gas = (extra: Partial<TypedActivity> = {}): TypedActivity => ({ theme: "fuel", factor: 135, quantity: 1, unit: "Nm3", ...extra }) as TypedActivity;

describe("the routes", () => {
  it("are found once per theme, factor, unit and location, then come from the cache", () => {
    const state = createState({ factors: fixture });
    const first = routeOf(state, gas());
    expect(routeOf(state, gas({ quantity: 7 }))).toBe(first);
    expect(knownRoute(state.routes, gas())).toBe(first);
    const inGJ = routeOf(state, gas({ unit: "GJ" }));
    expect(inGJ).not.toBe(first);
    // Both hang on one chain per factor reference.
    expect(first.next).toBe(inGJ);
    expect(inGJ.group.template.conversion.divide.toString()).toBe("31.65");
  });

  it("serve every location with one route when the factor is the same everywhere", () => {
    const state = createState({ factors: fixture });
    const here = routeOf(state, gas({ location: "a" }));
    expect(here.anyLocation).toBe(true);
    expect(routeOf(state, gas({ location: "b" }))).toBe(here);
  });

  it("route lines with a factor of their own every time, into one group per factor", () => {
    const state = createState({ factors: fixture });
    const line = (): TypedActivity => ({ theme: "other", category: 1, factor: { value: "0.5", unit: "kg", source: "s" }, quantity: 1, unit: "t" });
    const one = routeOf(state, line());
    const two = routeOf(state, line());
    expect(two).not.toBe(one);
    expect(two.group).toBe(one.group);
    expect(state.routes.size).toBe(0);
  });

  it("route electricity by factor, supplier value, unit and location", () => {
    const state = createState({ factors: fixture });
    const grey = routeOf(state, { theme: "electricity", quantity: 1, unit: "kWh" });
    expect(routeOf(state, { theme: "electricity", quantity: 2, unit: "kWh" })).toBe(grey);
    const supplier = routeOf(state, { theme: "electricity", factor: 50, supplierFactor: "0.3", quantity: 1, unit: "kWh" });
    expect(supplier.electricity?.market.template.parts.map((part) => [part.column, part.value.toString()])).toEqual([["supplier+chain", "0.344"]]);
    expect(state.electricityRoutes.size).toBe(2);
  });

  it("refuse a theme, unit or factor that does not fit, at its field", () => {
    const state = createState({ factors: fixture });
    const path = (line: unknown) => caught(() => routeOf(state, line as TypedActivity)).issues.map((issue) => issue.path);
    expect(path({ theme: "toString", quantity: 1, unit: "kg" })).toEqual([["theme"]]);
    expect(path({ theme: "fuel", factor: 135, quantity: 1, unit: "constructor" })).toEqual([["unit"]]);
    expect(path({ theme: "fuel", factor: 24, quantity: 1, unit: "kg" })).toEqual([["factor"]]);
    expect(path({ theme: "other", category: 16, factor: { value: 1, unit: "kg", source: "s" }, quantity: 1, unit: "kg" })).toEqual([["category"]]);
    expect(path({ theme: "other", category: 1, factor: { value: -1, unit: "kg", source: "s" }, quantity: 1, unit: "kg" })).toEqual([["factor", "value"]]);
    expect(path({ theme: "paper", factor: { value: 1, unit: "__proto__", source: "s" }, quantity: 1, unit: "kg" })).toEqual([["factor", "unit"]]);
    expect(path({ theme: "paper", factor: { value: 1, unit: "kg", source: "" }, quantity: 1, unit: "kg" })).toEqual([["factor", "source"]]);
    expect(path({ theme: "water", quantity: 1, unit: "kg" })).toEqual([["unit"]]);
  });
});
