import { describe, expect, it } from "vitest";
import { D } from "../../src/core/decimal.js";
import type { Draft } from "../../src/audit/audit-item.js";
import { byReduction, checkEstimates, resolveLines } from "../../src/audit/measure-items.js";
import { auditRecommendations, measureCatalogue, parseMeasureCatalogue } from "../../src/audit/index.js";
import { nl2026, parseActivities } from "../../src/index.js";
import { caught } from "../helpers.js";
import { bakery, bakeryLines } from "./fixtures.js";

// measure-items.ts: which catalogue measures apply, their parameters and effect, and how they rank.

const OPTIONS = { date: "2026-06-01", factors: nl2026 } as const;
const catalogue = parseMeasureCatalogue(measureCatalogue);

describe("resolveLines", () => {
  it("orders the lines by id and names the factor id each uses (none for electricity)", () => {
    const lines = resolveLines(parseActivities(bakeryLines(62000, 18000)), nl2026);
    expect(lines.map(({ line, factorId }) => [line.id, factorId])).toEqual([
      ["gas", "aardgas-g-gas"],
      ["power", null],
      ["r404a", "r404a"],
      ["van", "diesel-b7"],
      ["waste", "restafval"],
    ]);
  });
});

describe("checkEstimates", () => {
  it("accepts estimates of known measures and parameters, and none at all", () => {
    expect(() => checkEstimates(catalogue, undefined)).not.toThrow();
    expect(() => checkEstimates(catalogue, { "led-lighting": { parameters: { share: new D("0.2") } } })).not.toThrow();
  });

  it("refuses an unknown measure, an unknown parameter and a share above 1, with messages users see", () => {
    const error = caught(() =>
      checkEstimates(catalogue, { nope: {}, "led-lighting": { parameters: { share: new D(2), other: new D(1) } }, "heating-timer": { investment: new D(1) } }),
    );
    expect(error.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["estimates.nope", "unknown_measure"],
      ["estimates.led-lighting.parameters.share", "too_big"],
      ["estimates.led-lighting.parameters.other", "unknown_parameter"],
    ]);
    expect(error.message).toMatchInlineSnapshot(
      `"invalid audit options: estimates.nope: no measure "nope" in the catalogue; estimates.led-lighting.parameters.share: a share is at most 1; estimates.led-lighting.parameters.other: measure "led-lighting" has no parameter "other""`,
    );
  });
});

describe("byReduction", () => {
  const draft = (co2: number | null, missing: string[], payback: number | null): Draft =>
    ({
      co2ReductionKg: co2 === null ? null : { marketBased: new D(co2), locationBased: new D(co2) },
      missingParameters: missing,
      paybackYears: payback === null ? null : new D(payback),
    }) as unknown as Draft;
  const rank = (drafts: Draft[]) =>
    drafts
      .map((item, order) => ({ item, order }))
      .sort(byReduction)
      .map((entry) => entry.order);

  it("puts known reductions first (largest first), then measures waiting for a parameter, then the rest", () => {
    expect(rank([draft(null, [], null), draft(null, ["share"], null), draft(10, [], null), draft(30, [], null), draft(0, [], null)])).toEqual([3, 2, 1, 0, 4]);
  });

  it("orders equal reductions by payback, a known payback first, then by catalogue order", () => {
    expect(rank([draft(5, [], null), draft(5, [], 4), draft(5, [], 2), draft(5, [], 2)])).toEqual([2, 3, 1, 0]);
  });
});

describe("measureItem through auditRecommendations", () => {
  const result = auditRecommendations(bakery(), {
    ...OPTIONS,
    estimates: {
      "green-electricity": { investment: 0, annualSavings: -300 },
      "led-lighting": { parameters: { share: 0.1 }, investment: 3000, annualSavings: 1500 },
    },
  });
  const pick = (id: string) => result.items.find((item) => item.id === id);

  it("uses the adviser's parameter and money as estimates and computes the payback", () => {
    expect(pick("measure:led-lighting")).toMatchObject({
      parameters: [{ id: "share", basis: "adviser-estimate", source: null }],
      investment: { basis: "adviser-estimate" },
      missingParameters: [],
    });
    expect(pick("measure:led-lighting")?.paybackYears?.toString()).toBe("2");
  });

  it("has no payback when the savings are not above zero", () => {
    expect(pick("measure:green-electricity")?.paybackYears).toBeNull();
  });

  it("serves the energiebesparingsplicht with a measure in an EML part of the duty that applies", () => {
    expect(pick("measure:led-lighting")?.servesDuty).toBe("energiebesparingsplicht-2023");
    expect(pick("measure:green-electricity")?.servesDuty).toBeNull();
  });
});
