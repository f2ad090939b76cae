import { describe, expect, it } from "vitest";
import { koploperYear } from "../../src/cli/year.js";
import { renderYear } from "../../src/cli/year-report.js";

const year = koploperYear();

describe("the example Koploper year", () => {
  it("is deterministic: the same report every time, in both languages", () => {
    const again = koploperYear();
    expect(renderYear(again, "nl")).toBe(renderYear(year, "nl"));
    expect(renderYear(again, "en")).toBe(renderYear(year, "en"));
  });

  it("takes six companies and the municipality through the whole year to the network", () => {
    expect(year.state.companyCount).toBe(6);
    expect(year.report.participants.total).toBe(7);
    expect(year.report.phases.closed).toBe(true);
    expect(year.report.phases.audits).toMatchObject({ done: 7 });
  });

  it("ranks only the companies for the prize", () => {
    expect(year.ranking.entries).toHaveLength(6);
    expect(year.ranking.entries.map((entry) => entry.participantId)).not.toContain("gemeente-stadskanaal");
  });

  it("reports the cohort baseline as the sum of the participants' audited footprints", () => {
    const scope12 = year.participants.reduce(
      (sum, p) => sum.plus(p.baseline.scope1).plus(p.baseline.scope2.marketBased),
      year.participants[0]!.baseline.scope1.minus(year.participants[0]!.baseline.scope1),
    );
    expect(year.report.co2.baseline.scope12MarketBased.toString()).toBe(scope12.toString());
  });

  it("shows every participant, its footprint, recommendations and the prize in the report", () => {
    const nl = renderYear(year, "nl");
    for (const participant of year.participants) expect(nl).toContain(participant.name);
    expect(nl).toContain("Koploperprijs");
    expect(renderYear(year, "en")).toContain("Top recommendations");
    const first = year.participants[0]!;
    expect(nl).toContain(first.baseline.total.marketBased.div(1000).toFixed(1).replace(".", ","));
  });
});

describe("the example year's audit", () => {
  const ids = (id: string) => year.participants.find((p) => p.id === id)!.recommendations.map((item) => item.id);
  const plan = (id: string) => year.state.participants[id]?.actionPlan?.measures ?? [];

  it("fits each company: the bakery's duty, ovens and refrigeration, the fleet, the camping, the IT office", () => {
    expect(ids("bakkerij-hofstede").slice(0, 2)).toEqual(["duty:energiebesparingsplicht-2023", "duty:informatieplicht-2023"]);
    expect(ids("bakkerij-hofstede")).toEqual(expect.arrayContaining(["measure:oven-heat-recovery", "measure:night-covers", "measure:refrigerant-leak-check"]));
    expect(ids("transport-oldambt")).toEqual(expect.arrayContaining(["measure:fleet-hvo", "measure:eco-driving", "measure:route-planning"]));
    expect(ids("camping-pekelder-hoogte")).toEqual(
      expect.arrayContaining(["measure:weather-compensation", "measure:water-saving", "measure:visitor-mobility"]),
    );
    expect(ids("it-kanaalzicht")).toEqual(
      expect.arrayContaining(["duty:energielabel-c-2023", "measure:green-electricity", "measure:server-room", "measure:commuting-remote-work"]),
    );
  });

  it("builds each action plan from the audit's recommendations", () => {
    for (const participant of year.participants) {
      const audit = year.state.participants[participant.id]?.audit?.recommendations.map((r) => r.id) ?? [];
      expect(plan(participant.id).length).toBeGreaterThan(2);
      for (const measure of plan(participant.id)) expect(audit).toContain(measure.recommendationId);
    }
  });

  it("computes each payback from its own measure's figures, so they differ", () => {
    const paybacks = year.participants.flatMap((p) =>
      plan(p.id).flatMap((m) => (m.investment !== undefined && m.annualSavings?.eur?.gt(0) === true ? [m.investment.div(m.annualSavings.eur).toFixed(2)] : [])),
    );
    expect(paybacks.length).toBeGreaterThan(15);
    expect(new Set(paybacks).size).toBeGreaterThan(paybacks.length * 0.8);
    const bakery = plan("bakkerij-hofstede").find((m) => m.recommendationId === "measure:led-lighting")!;
    expect(bakery.investment?.toString()).toBe("6500");
    expect(bakery.annualCo2ReductionKg?.gt(0)).toBe(true);
  });
});

describe("the example year's final measurement", () => {
  const participant = (id: string) => year.participants.find((p) => p.id === id)!;
  const factorsOf = (footprint: (typeof year.participants)[number]["final"]) =>
    new Set(footprint.lines.flatMap((line) => line.parts.map((part) => part.factorId)));

  it("comes from the measures of each action plan: every company ends lower, by what its chosen measures do", () => {
    for (const p of year.participants) {
      const effects = p.chosen.filter((item) => item.changes.length > 0);
      expect(effects.length).toBeGreaterThan(0);
      expect(p.final.total.marketBased.lt(p.baseline.total.marketBased)).toBe(true);
      // Every line the measures add is named after a measure of the plan.
      const added = p.final.lines.map((line) => line.id).filter((id) => !p.baseline.lines.some((line) => line.id === id));
      for (const id of added) expect(effects.map((item) => item.id.slice("measure:".length))).toContain(id.split(":")[0]);
    }
  });

  it("follows the plan, not a list of its own: the fleet's HVO share and no green power the bakery did not choose", () => {
    const transport = participant("transport-oldambt");
    expect(transport.chosen.map((item) => item.id)).toContain("measure:fleet-hvo");
    expect(factorsOf(transport.final).has("biodiesel-hvo")).toBe(true);
    expect(factorsOf(transport.final).has("dieselvervanger-hvo30")).toBe(false);
    const bakery = participant("bakkerij-hofstede");
    expect(bakery.chosen.map((item) => item.id)).not.toContain("measure:green-electricity");
    expect(bakery.final.scope2.marketBased.gt(0)).toBe(true);
  });

  it("records in the final measurement what the report and the prize use", () => {
    for (const p of year.participants) {
      const final = year.state.participants[p.id]?.finalMeasurement?.footprint;
      expect(final?.total.marketBased.toString()).toBe(p.final.total.marketBased.toString());
    }
  });
});
