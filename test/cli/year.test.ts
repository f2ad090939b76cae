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
    const scope12 = year.participants.reduce((sum, p) => sum.plus(p.baseline.scope1).plus(p.baseline.scope2.marketBased), year.participants[0]!.baseline.scope1.minus(year.participants[0]!.baseline.scope1));
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
