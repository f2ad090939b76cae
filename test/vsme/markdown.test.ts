// toVsmeMarkdown (src/vsme/markdown.ts).
import { describe, expect, it } from "vitest";
import { toVsmeMarkdown, vsmeReport } from "../../src/index.js";
import { bakery, entity, options, rich } from "./fixture.js";

describe("toVsmeMarkdown", () => {
  it("writes Dutch with the taxonomy's Dutch labels and decimal commas", () => {
    const text = toVsmeMarkdown(rich);
    expect(text).toContain("# VSME-duurzaamheidsverslag: Bakkerij Hofstede");
    expect(text).toContain("## B3 - Milieu - Totale energieverbruik");
    expect(text).toContain("| Totale energieconsumptie | 300,529 MWh | 29 |");
    expect(text).toContain("| Electriciteitsverbruik (Hernieuwbare energie) | 24,000 MWh | 29 |");
    expect(text).toContain("| Medewerkerverlooppercentage | 13,3 % | 40 |");
    expect(text).toContain("| NACE-sectorclassificatiecodes | C10.71 | 24(e)(ii) |");
    expect(text).toContain("| Aantal werknemers per land van arbeidsovereenkomst (DE) | 1 | 39(c) |");
    expect(text).toContain("| Afval herbestemd voor recycling of hergebruik (massa) | 3.200 kg | 38(a-b) |");
    expect(text).toContain("Ja");
    expect(text).toContain("_Afronding alleen voor weergave");
  });

  it("writes English with the English labels, and the locale of the report by default", () => {
    const english = vsmeReport(bakery, { ...options, locale: "en" });
    const text = toVsmeMarkdown(english);
    expect(text).toContain("| Total energy consumption | 300.529 MWh | 29 |");
    expect(text).toContain("| Location-based Scope 1 and Scope 2 Greenhouse Gas Emissions intensity | 0.00005564 t CO2-eq/EUR | 31 |");
    expect(text).toContain("The report is complete");
    expect(toVsmeMarkdown(english, { locale: "nl" })).toContain("Het verslag is volledig");
  });

  it("names what is missing and asks the open questions", () => {
    const text = toVsmeMarkdown(vsmeReport({ entity }, options), { locale: "en" });
    expect(text).toContain("## Missing datapoints");
    expect(text).toContain("- B8 par. 39(b): Number of male employees (`vsme:NumberOfMaleEmployees`)");
    expect(text).toContain("## Questions that decide whether a datapoint applies");
    expect(text).toContain("Does the undertaking have 50 or more employees? (not answered yet)");
  });

  it("refuses bad options with their path", () => {
    const error = (() => {
      try {
        toVsmeMarkdown(rich, { locale: "de" } as never);
      } catch (caught) {
        return caught as { code: string; issues: { path: unknown[] }[] };
      }
      return undefined;
    })();
    expect(error?.code).toBe("INVALID_INPUT");
    expect(error?.issues.map((issue) => issue.path)).toEqual([["locale"]]);
  });
});
