import { describe, expect, it } from "vitest";
import { auditRecommendations } from "../../src/audit/index.js";
import { calculateFootprint, defaultRelevance, koploperScan, nl2026, parseResponse, scoreAssessment } from "../../src/index.js";
import { deepFreeze } from "../helpers.js";
import { fullScanAnswers } from "../iso26000/fixtures.js";
import { BAKERY_PROFILE, bakery } from "./fixtures.js";

const OPTIONS = { date: "2026-06-01", factors: nl2026 } as const;
const score = scoreAssessment(
  koploperScan,
  parseResponse(koploperScan, { questionnaire: `${koploperScan.id}@${koploperScan.version}`, answers: fullScanAnswers(1) }),
);
const relevance = defaultRelevance(BAKERY_PROFILE);
const withScan = { ...bakery(), iso26000: { score, relevance } };

describe("auditRecommendations: the bakery", () => {
  const result = auditRecommendations(deepFreeze(withScan), {
    ...OPTIONS,
    estimates: { "led-lighting": { parameters: { share: 0.1 }, investment: 3000, annualSavings: 1500 } },
  });
  const ids = result.items.map((item) => item.id);

  it("puts the legal duties first, each with the figure that triggers it and the deadline", () => {
    expect(ids.slice(0, 2)).toEqual(["duty:energiebesparingsplicht-2023", "duty:informatieplicht-2023"]);
    expect(result.items[1]!.deadline).toBe("2027-12-01");
    expect(result.items[0]!.triggers).toEqual([
      { kind: "threshold", figure: "electricityKWh", value: expect.anything(), threshold: expect.anything(), ruleId: "energiebesparingsplicht-2023" },
    ]);
    expect(result.duties.ruleSet.id).toBe("nl-energy-duties-2026");
  });

  it("ranks footprint measures by exact CO2 reduction, those waiting for the adviser after", () => {
    const measures = result.items.filter((item) => item.source === "measure");
    const known = measures.filter((m) => m.co2ReductionKg !== null);
    for (let i = 1; i < known.length; i++) expect(known[i - 1]!.co2ReductionKg!.marketBased.gte(known[i]!.co2ReductionKg!.marketBased)).toBe(true);
    expect(measures.findIndex((m) => m.co2ReductionKg === null)).toBeGreaterThanOrEqual(known.length);
    // Green electricity: 62,000 kWh x 0.483 kg/kWh grey (the 2026 list), wind has no market-based emission.
    expect(measures[0]).toMatchObject({ id: "measure:green-electricity" });
    expect(measures[0]!.co2ReductionKg!.marketBased.toString()).toBe("29946");
    expect(measures[0]!.co2ReductionKg!.locationBased.toString()).toBe("0");
  });

  it("computes the payback and marks the adviser's figures as estimates", () => {
    const led = result.items.find((item) => item.id === "measure:led-lighting")!;
    expect(led.paybackYears?.toString()).toBe("2");
    expect(led.investment).toEqual({ eur: expect.anything(), basis: "adviser-estimate" });
    expect(led.parameters).toEqual([{ id: "share", value: expect.anything(), basis: "adviser-estimate", source: null }]);
    expect(led.co2ReductionKg!.marketBased.toString()).toBe("2994.6");
    expect(led.emlCode).toBe("GF4");
    expect(led.servesDuty).toBe("energiebesparingsplicht-2023");
  });

  it("leaves the reduction empty and names the parameter when the adviser has not supplied it", () => {
    const timer = result.items.find((item) => item.id === "measure:heating-timer")!;
    expect(timer.co2ReductionKg).toBeNull();
    expect(timer.missingParameters).toEqual(["share"]);
    expect(timer.paybackYears).toBeNull();
  });

  it("ends with the ISO 26000 gaps as analyzeGaps ranks them", () => {
    const iso = result.items.filter((item) => item.source === "iso26000");
    expect(iso).toHaveLength(5);
    expect(ids.indexOf(iso[0]!.id)).toBeGreaterThan(ids.lastIndexOf(result.items.filter((i) => i.source === "measure").at(-1)!.id));
    expect(iso[0]!.triggers[0]).toMatchObject({ kind: "gap" });
  });

  it("names a trigger for every item, and numbers the ranks", () => {
    for (const item of result.items) expect(item.triggers.length).toBeGreaterThan(0);
    expect(result.items.map((item) => item.rank)).toEqual(result.items.map((_, index) => index + 1));
  });

  it("names the refrigerant line for the R404A replacement, computed with the line's own GWP", () => {
    const r404a = result.items.find((item) => item.id === "measure:refrigerant-r404a-to-co2")!;
    expect(r404a.triggers).toEqual([expect.objectContaining({ kind: "line", lines: ["r404a"] })]);
    const before = calculateFootprint(
      { year: 2026, activities: [{ id: "x", theme: "refrigerant", factor: "r404a", quantity: 1.5, unit: "kg" }] },
      { factors: nl2026 },
    );
    const after = calculateFootprint(
      { year: 2026, activities: [{ id: "x", theme: "refrigerant", factor: "r744-co2", quantity: 1.5, unit: "kg" }] },
      { factors: nl2026 },
    );
    expect(r404a.co2ReductionKg!.marketBased.toString()).toBe(before.total.marketBased.minus(after.total.marketBased).toString());
  });
});

describe("auditRecommendations: options", () => {
  it("cuts per source and overall", () => {
    const result = auditRecommendations(withScan, { ...OPTIONS, topPerSource: { measures: 2, iso26000: 1 } });
    expect(result.items.map((i) => i.source)).toEqual(["duty", "duty", "measure", "measure", "iso26000"]);
    expect(auditRecommendations(withScan, { ...OPTIONS, top: 3 }).items.map((i) => i.source)).toEqual(["duty", "duty", "measure"]);
    expect(auditRecommendations(withScan, { ...OPTIONS, topPerSource: { duties: 0, measures: 0 } }).items.every((i) => i.source === "iso26000")).toBe(true);
  });

  it("gives no duty to the smaller bakery", () => {
    const result = auditRecommendations(bakery(40000, 18000), OPTIONS);
    expect(result.items.filter((i) => i.source === "duty")).toEqual([]);
    expect(result.items.find((i) => i.id === "measure:led-lighting")!.servesDuty).toBeNull();
  });

  it("uses the catalogue default of a parameter only with its source, and an app's own catalogue", () => {
    const catalogue = {
      id: "mine",
      measures: [
        {
          id: "less-gas",
          title: { nl: "Minder gas", en: "Less gas" },
          description: { nl: "x", en: "x" },
          theme: "energy",
          issues: ["6.5.5"],
          applies: { kind: "line", lines: { theme: "fuel" }, atLeast: { quantity: 10, unit: "Nm3" } },
          effect: {
            parameters: [{ id: "share", kind: "share", label: { nl: "deel", en: "share" }, default: { value: 0.5, source: "https://example.org/study" } }],
            changes: [{ kind: "reduce", lines: { factors: ["aardgas-g-gas"] }, share: { parameter: "share" } }],
          },
          investment: { eur: 1000, basis: "source", source: "https://example.org/price" },
          annualSavings: { eur: 400, basis: "adviser-estimate" },
        },
      ],
    } as const;
    const item = auditRecommendations(bakery(), { ...OPTIONS, catalogue }).items.find((i) => i.source === "measure")!;
    expect(item.parameters).toEqual([{ id: "share", value: expect.anything(), basis: "source", source: "https://example.org/study" }]);
    expect(item.paybackYears?.toString()).toBe("2.5");
    expect(item.triggers[0]).toMatchObject({ kind: "line", lines: ["gas"], unit: "Nm3" });
    expect(item.co2ReductionKg!.marketBased.toString()).toBe("19206"); // 9,000 Nm3 x 2.134
  });

  it("shifts a share of a line to another factor, and adds a line for a fuel switch", () => {
    const result = auditRecommendations(bakery(), {
      ...OPTIONS,
      estimates: { "fleet-hvo": { parameters: { share: 1 } }, "heat-pump": { parameters: { share: 1, extraKWh: 0 } } },
    });
    const hvo = result.items.find((i) => i.id === "measure:fleet-hvo")!;
    const diesel = calculateFootprint(
      { year: 2026, activities: [{ id: "d", theme: "fuel", factor: "diesel-b7", quantity: 4200, unit: "l" }] },
      { factors: nl2026 },
    );
    const renewable = calculateFootprint(
      { year: 2026, activities: [{ id: "d", theme: "fuel", factor: "biodiesel-hvo", quantity: 4200, unit: "l" }] },
      { factors: nl2026 },
    );
    expect(hvo.co2ReductionKg!.marketBased.toString()).toBe(diesel.total.marketBased.minus(renewable.total.marketBased).toString());
    const heatPump = result.items.find((i) => i.id === "measure:heat-pump")!;
    expect(heatPump.co2ReductionKg!.marketBased.toString()).toBe("38412"); // all 18,000 Nm3 x 2.134, no extra kWh given
  });

  it("evaluates answer, duty and quantity rules, and an unknown answer or unconvertible unit never meets one", () => {
    const measure = (id: string, applies: unknown) => ({
      id,
      title: { nl: id, en: id },
      description: { nl: id, en: id },
      theme: "energy",
      issues: ["6.5.5"],
      applies,
    });
    const catalogue = {
      id: "rules",
      measures: [
        measure("answered", { kind: "answer", key: "env_footprint", atLeast: 0 }),
        measure("unanswered", { kind: "answer", key: "no-such-question", atLeast: 0 }),
        measure("duty", { kind: "duty", duty: "energiebesparingsplicht" }),
        measure("no-duty", { kind: "duty", duty: "onderzoeksplicht" }),
        measure("fuel-in-kwh", { kind: "line", lines: { theme: "fuel" }, atLeast: { quantity: 1, unit: "kWh" } }),
        measure("issue-level", { kind: "issue", clause: "6.5.5", atLeast: 0 }),
      ],
    } as never;
    const ids = (input: typeof withScan | ReturnType<typeof bakery>) =>
      auditRecommendations(input, { ...OPTIONS, catalogue })
        .items.filter((i) => i.source === "measure")
        .map((i) => i.id);
    expect(ids(withScan)).toEqual(["measure:answered", "measure:duty", "measure:issue-level"]);
    expect(ids(bakery())).toEqual(["measure:duty"]);
    const answered = auditRecommendations(withScan, { ...OPTIONS, catalogue }).items.find((i) => i.id === "measure:answered")!;
    expect(answered.triggers).toEqual([{ kind: "answer", key: "env_footprint", score: expect.anything() }]);
  });

  it("orders measures of equal reduction by payback, known paybacks first, then catalogue order", () => {
    const measure = (id: string) => ({
      id,
      title: { nl: id, en: id },
      description: { nl: id, en: id },
      theme: "social",
      issues: ["6.4.7"],
      applies: { kind: "always" },
    });
    const catalogue = { id: "money", measures: ["none", "slow", "quick", "also-none"].map(measure) } as never;
    const estimates = { slow: { investment: 900, annualSavings: 100 }, quick: { investment: 100, annualSavings: 100 } };
    const ids = auditRecommendations(bakery(), { ...OPTIONS, catalogue, estimates })
      .items.filter((i) => i.source === "measure")
      .map((i) => i.id);
    expect(ids).toEqual(["measure:quick", "measure:slow", "measure:none", "measure:also-none"]);
  });

  it("adds a line on a factor at the audited location, in the accounting asked for", () => {
    const catalogue = {
      id: "add",
      measures: [
        {
          id: "propane-heater",
          title: { nl: "p", en: "p" },
          description: { nl: "p", en: "p" },
          theme: "energy",
          issues: ["6.5.5"],
          applies: { kind: "always" },
          effect: {
            parameters: [{ id: "litres", kind: "quantity", unit: "l", label: { nl: "l", en: "l" } }],
            changes: [{ kind: "add", line: "heater", theme: "fuel", factor: "propaan", quantity: { parameter: "litres" }, unit: "l" }],
          },
        },
      ],
    } as never;
    const input = {
      footprint: { year: 2026, activities: [{ id: "gas", theme: "fuel", factor: 135, quantity: 1000, unit: "Nm3", location: "bakehouse" }] },
      profile: BAKERY_PROFILE,
    } as const;
    const item = auditRecommendations(input, {
      ...OPTIONS,
      catalogue,
      location: "bakehouse",
      accounting: "ghg-strict",
      estimates: { "propane-heater": { parameters: { litres: 100 } } },
    }).items[0]!;
    // Adding 100 l of propane raises the footprint: strict GHG Protocol puts 1.53 kg/l (TTW) in scope 1 and 0.1954 kg/l (WTT) in scope 3.
    expect(item.co2ReductionKg!.marketBased.toString()).toBe("-172.54");
  });

  it("recommends social measures from the scan levels", () => {
    const low = scoreAssessment(
      koploperScan,
      parseResponse(koploperScan, { questionnaire: `${koploperScan.id}@${koploperScan.version}`, answers: fullScanAnswers(0) }),
    );
    const result = auditRecommendations({ ...bakery(), iso26000: { score: low, relevance } }, { ...OPTIONS, topPerSource: { measures: 60 } });
    const safety = result.items.find((i) => i.id === "measure:health-and-safety");
    expect(safety?.triggers).toEqual([{ kind: "issue", clause: "6.4.6", level: expect.anything() }]);
    expect(
      auditRecommendations(bakery(), { ...OPTIONS, topPerSource: { measures: 60 } }).items.find((i) => i.id === "measure:health-and-safety"),
    ).toBeUndefined();
  });
});
