import { describe, expect, it } from "vitest";
import { calculateFootprint, createFootprintAccumulator, environmentalPerformance, nl2026, parseActivities, type ActivityInput } from "../../src/index.js";
import { caught } from "./helpers.js";

const on = (activities: unknown, year: unknown = 2026) => calculateFootprint({ year, activities } as never, { factors: nl2026 });
const paths = (error: { issues: readonly { path: readonly (string | number)[] }[] }) => error.issues.map((issue) => issue.path.join("."));

describe("every problem at once (issue 12, section 3)", () => {
  it("reports an unknown factor on line 0 and a unit mismatch on line 1", () => {
    const error = caught(() =>
      on([
        { id: "a", theme: "fuel", factor: "no-such-factor", quantity: 1, unit: "l" },
        { id: "b", theme: "business-travel", factor: 178, quantity: 100, unit: "kWh" },
      ]),
    );
    expect(paths(error)).toEqual(["activities.0.factor", "activities.1.unit"]);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toContain("2 problems");
    expect(error.issues[1]?.message).toContain("energy does not convert");
  });

  it("keeps the shared code when every problem has it", () => {
    const error = caught(() =>
      on([
        { id: "a", theme: "fuel", factor: "nope-1", quantity: 1, unit: "l" },
        { id: "b", theme: "fuel", factor: "nope-2", quantity: 1, unit: "l" },
      ]),
    );
    expect(error.code).toBe("UNKNOWN_FACTOR");
    expect(paths(error)).toEqual(["activities.0.factor", "activities.1.factor"]);
  });

  it("reports shape problems together with the factor, unit, duplicate-id and green problems of all lines", () => {
    const error = caught(() =>
      on(
        [
          { id: "a", theme: "fuel", factor: 135, quantity: -1, unit: "Nm3" },
          { id: "b", theme: "fuel", factor: "nope", quantity: 1, unit: "Nm3" },
          { id: "b", theme: "electricity", quantity: 1, unit: "kWh", green: [{ quantity: 2, source: "wind" }] },
          { id: "d", theme: "freight", factor: 79, quantity: 1, unit: "MJ" },
        ],
        1800,
      ),
    );
    expect(paths(error).sort()).toEqual(["activities.0.quantity", "activities.1.factor", "activities.2.green", "activities.2.id", "activities.3.unit", "year"]);
    expect(error.code).toBe("INVALID_INPUT");
  });

  it("reports every shape, duplicate and green problem from parseActivities", () => {
    const error = caught(() =>
      parseActivities([
        { id: "a", theme: "fuel", factor: 135, quantity: "x", unit: "Nm3" },
        { id: "a", theme: "electricity", quantity: 1, unit: "kWh", green: [{ quantity: 5, source: "solar" }] },
        { id: "c", theme: "fuel", factor: 135, quantity: 1, unit: "km" },
      ]),
    );
    expect(paths(error).sort()).toEqual(["0.quantity", "1.green", "1.id", "2.unit"]);
  });

  it("reports every problem of a chunk from the accumulator's add, and adds none of it", () => {
    const acc = createFootprintAccumulator({ factors: nl2026, year: 2026 });
    acc.add([{ theme: "fuel", factor: 135, quantity: 10, unit: "Nm3" }]);
    const error = caught(() =>
      acc.add([
        { theme: "fuel", factor: 135, quantity: 5, unit: "Nm3" },
        { theme: "fuel", factor: "nope", quantity: 1, unit: "l" },
        { theme: "fuel", factor: 135, quantity: -3, unit: "Nm3" },
        { theme: "business-travel", factor: 178, quantity: 1, unit: "kWh" },
        { theme: "electricity", quantity: 1, unit: "kWh", green: [{ quantity: 2, source: "wind" }] },
      ]),
    );
    expect(paths(error)).toEqual(["1.factor", "2.quantity", "3.unit", "4.green"]);
    expect(acc.result().scope1.toString()).toBe("21.34");
    expect(acc.result().groups.map((group) => group.lines)).toEqual([1]);
  });

  it("reports one problem as before: its own code and message", () => {
    const error = caught(() => on([{ id: "a", theme: "fuel", factor: "nope", quantity: 1, unit: "l" }]));
    expect(error.code).toBe("UNKNOWN_FACTOR");
    expect(error.issues).toHaveLength(1);
  });

  it("reports every problem from environmentalPerformance too", () => {
    const activities: ActivityInput[] = [
      { id: "a", theme: "fuel", factor: "nope", quantity: 1, unit: "l" },
      { id: "b", theme: "water", quantity: 1, unit: "kg" },
    ];
    expect(paths(caught(() => environmentalPerformance({ year: 2026, activities }, { factors: nl2026 })))).toEqual([
      "activities.0.factor",
      "activities.1.unit",
    ]);
  });
});
