import { describe, expect, it } from "vitest";
import { toVsmeMarkdown, toXbrlJson, vsmeReport, type VsmeInput, type VsmeReport } from "../../src/index.js";
import { TAXONOMY, type VsmeConceptName } from "../../src/vsme/taxonomy/data.js";
import { bakery, entity, options } from "./fixture.js";

/** A report that uses every kind of value: the bakery plus pollution, sites in B5, countries, subsidiaries and materials. */
const rich = vsmeReport(
  {
    ...bakery,
    general: {
      ...(bakery.general ?? {}),
      basis: "consolidated",
      subsidiaries: [{ id: "d1", name: "Hofstede Winkels BV", address: "Markt 2, Stadskanaal" }],
      omittedDisclosures: ["vsme:B11-ConvictionsAndFinesForCorruptionAndBriberyMember"],
    },
    pollution: {
      applies: true,
      publicReportUrl: "https://example.org/e-prtr",
      emissions: [{ pollutant: "vsme:ParticulateMatterPMMember", airKg: 3, waterKg: 0.5, soilKg: 0 }],
    },
    biodiversity: {
      sites: [{ site: "stadskanaal", in: true, near: true, areaHa: "0.25" }],
      landUse: { totalHa: 1, sealedHa: "0.6", natureOnSiteHa: "0.1", natureOffSiteHa: 0 },
    },
    resources: { circularEconomy: { applies: false }, materials: [{ id: "flour", name: "Meel", kg: 42000 }] },
    workforce: { ...(bakery.workforce ?? {}), byCountry: { NL: 14, DE: 1 }, leavers: 2, averageEmployees: 15, hourlyPayEur: { male: 19, female: 18 } },
    practices: {
      ...(bakery.practices ?? {}),
      cooperative: { participationInGovernance: "Leden stemmen", socialEconomyInvestmentEur: 500, profitDistributionLimits: "Geen" },
    },
    corruption: { convictions: 0, finesEur: 0 },
  } as VsmeInput,
  options,
);

describe("toXbrlJson", () => {
  const doc = toXbrlJson(rich);
  const facts = Object.values(doc.facts);

  it("names the xBRL-JSON document type and the 2026-05-01 entry point", () => {
    expect(doc.documentInfo.documentType).toBe("https://xbrl.org/2021/xbrl-json");
    expect(doc.documentInfo.taxonomy).toEqual(["https://xbrl.efrag.org/taxonomy/vsme/2026-05-01/vsme-all.xsd"]);
    expect(doc.documentInfo.namespaces["euid"]).toBe(
      "https://e-justice.europa.eu/topics/registers-business-insolvency-land/business-registers-search-company-eu_en",
    );
  });

  it("writes one fact per datapoint with entity, period, unit and decimals only when rounded", () => {
    expect(facts).toHaveLength(Object.values(rich.datapoints).flat().length);
    const energy = facts.find((fact) => fact.dimensions.concept === "vsme:TotalEnergyConsumption");
    expect(energy).toEqual({
      value: "300.529167",
      decimals: 6,
      dimensions: { concept: "vsme:TotalEnergyConsumption", entity: "euid:NLNHR.12345678", period: "2026-01-01T00:00:00/2027-01-01T00:00:00", unit: "utr:MWh" },
    });
    const male = facts.find((fact) => fact.dimensions.concept === "vsme:NumberOfMaleEmployees");
    expect(male?.dimensions.period).toBe("2027-01-01T00:00:00");
    expect(male).not.toHaveProperty("decimals");
    const text = facts.find(
      (fact) => fact.dimensions.concept === "vsme:DescriptionOfTheEffectiveParticipationOfWorkersUsersOrOtherInterestedPartiesOrCommunitiesInGovernance",
    );
    expect(text?.dimensions["language"]).toBe("nl");
  });

  it("uses only concepts, axes, members and units of the bundled taxonomy", () => {
    const namespaces = Object.keys(doc.documentInfo.namespaces);
    for (const fact of facts) {
      const { concept, entity: _entity, period: _period, unit, language: _language, ...axes } = fact.dimensions;
      const info = TAXONOMY.concepts[concept as VsmeConceptName];
      expect(info, concept).toBeDefined();
      for (const [axis, member] of Object.entries(axes)) {
        const known = TAXONOMY.axes[axis];
        expect(known?.concepts, `${concept} ${axis}`).toContain(concept);
        if (known?.typed === false) expect(known.members, `${axis} ${member}`).toContain(member);
      }
      if (info.dataType.startsWith("enum2:") && fact.value !== "") {
        for (const member of fact.value.split(" ")) expect(info.members, `${concept} ${member}`).toContain(member);
      }
      if (unit !== undefined) {
        for (const part of unit.split("/")) {
          expect(namespaces, part).toContain(part.split(":")[0]);
          if (info.units !== undefined) expect(info.units, `${concept} ${part}`).toContain(part);
        }
      }
      if (info.dataType === "xbrli:monetaryItemType") expect(unit).toBe("iso4217:EUR");
      if (/pure|percent|decimal/.test(info.dataType)) expect(unit).toBe("xbrli:pure");
    }
  });

  it("gives percentages as ratios, as XBRL stores them", () => {
    expect(facts.find((fact) => fact.dimensions.concept === "vsme:EmployeeTurnoverRate")).toMatchObject({
      value: "0.133333",
      decimals: 6,
      dimensions: { unit: "xbrli:pure" },
    });
  });

  it("refuses what is not a report", () => {
    expect(() => toXbrlJson({} as VsmeReport)).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
  });
});

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
