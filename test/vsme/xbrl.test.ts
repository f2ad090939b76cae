// toXbrlJson (src/vsme/xbrl.ts).
import { describe, expect, it } from "vitest";
import { toXbrlJson, type VsmeReport } from "../../src/index.js";
import { TAXONOMY, type VsmeConceptName } from "../../src/vsme/taxonomy/data.js";
import { rich } from "./fixture.js";

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
