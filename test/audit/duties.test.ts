import { describe, expect, it } from "vitest";
import { energyDuties, nlEnergyDuties, parseEnergyDutyRules, type EnergyDutyRuleSetInput } from "../../src/audit/index.js";
import { nl2026 } from "../../src/index.js";
import { caught, deepFreeze } from "../helpers.js";
import { bakeryLines } from "./fixtures.js";

const applying = (check: ReturnType<typeof energyDuties>) => check.duties.filter((d) => d.applies === true).map((d) => d.duty);

describe("energyDuties: the bakery of the acceptance", () => {
  const check = energyDuties({ electricityKWh: 62000, naturalGasM3: 18000 }, { date: "2026-06-01" });

  it("applies the energiebesparingsplicht and informatieplicht from 62,000 kWh, with 1 Dec 2027 next", () => {
    expect(applying(check)).toEqual(["energiebesparingsplicht", "informatieplicht"]);
    expect(check.nextDeadline).toBe("2027-12-01");
    expect(check.ruleSet.id).toBe("nl-energy-duties-2026");
    const plicht = check.duties[0]!;
    expect(plicht.reasons.map((r) => [r.figure, String(r.value), String(r.threshold), r.met])).toEqual([
      ["electricityKWh", "62000", "50000", true],
      ["gasM3Equivalent", "18000", "25000", false],
    ]);
  });

  it("shows the announced 100,000 kWh threshold as an outlook only", () => {
    expect(check.outlook).toHaveLength(1);
    expect(check.outlook[0]).toMatchObject({ status: "announced", validFrom: null, applies: false });
    expect(String(check.outlook[0]!.reasons[0]!.threshold)).toBe("100000");
    expect(check.duties.map((d) => d.status)).not.toContain("announced");
  });

  it("gives no energy duty at 40,000 kWh and 18,000 m3", () => {
    const low = energyDuties({ electricityKWh: 40000, naturalGasM3: 18000 }, { date: "2026-06-01" });
    expect(applying(low)).toEqual([]);
    expect(low.duties.filter((d) => d.duty !== "energielabel-c").every((d) => d.applies === false)).toBe(true);
    expect(low.nextDeadline).toBeNull();
  });

  it("lists the EML parts: G always with its categories, F and P to choose unless the site names them", () => {
    const g = check.duties[0]!.eml.find((p) => p.code === "G")!;
    expect(g.alwaysApplies).toBe(true);
    expect(g.categories.map((c) => c.code)).toEqual(["GA", "GB", "GC", "GD", "GE", "GF"]);
    expect(g.categories.flatMap((c) => c.measures.map((m) => m.code))).toEqual(["GC1", "GC3", "GD1", "GF4"]);
    expect(check.duties[0]!.eml.find((p) => p.code === "F")).toMatchObject({ toChoose: true, categories: [] });
    const chosen = energyDuties({ electricityKWh: 62000 }, { date: "2026-06-01", site: { emlCategories: ["FD", "FF"] } });
    const f = chosen.duties[0]!.eml.find((p) => p.code === "F")!;
    expect(f.toChoose).toBe(false);
    expect(f.categories.map((c) => [c.code, c.measures.map((m) => m.code)])).toEqual([
      ["FD", ["FD3", "FD7"]],
      ["FF", []],
    ]);
  });
});

describe("energyDuties: dates and rule sets", () => {
  it("uses an app's own rule set on a later date, and says so", () => {
    const base = nlEnergyDuties as unknown as EnergyDutyRuleSetInput;
    const rules: EnergyDutyRuleSetInput = {
      ...base,
      id: "app-rules-2028",
      rules: [
        ...base.rules.map((rule) =>
          rule.id === "energiebesparingsplicht-2023" || rule.id === "informatieplicht-2023" ? { ...rule, validTo: "2027-12-31" } : rule,
        ),
        ...base.rules
          .filter((rule) => rule.duty === "energiebesparingsplicht" || rule.duty === "informatieplicht")
          .filter((rule) => rule.status === "in-force")
          .map((rule) => ({
            ...rule,
            id: `${rule.duty}-2028`,
            validFrom: "2028-01-01",
            validTo: null,
            deadlines: ["2031-12-01"],
            trigger: { kind: "energy-use" as const, electricityKWh: 100000, gasM3Equivalent: 25000 },
          })),
      ],
    };
    const usage = { electricityKWh: 62000, naturalGasM3: 18000 };
    const later = energyDuties(usage, { date: "2028-03-01", rules });
    expect(later.ruleSet.id).toBe("app-rules-2028");
    expect(later.duties.map((d) => d.ruleId)).toEqual([
      "onderzoeksplicht-2023",
      "energielabel-c-2023",
      "energiebesparingsplicht-2028",
      "informatieplicht-2028",
    ]);
    expect(applying(later)).toEqual([]);
    const before = energyDuties(usage, { date: "2027-06-01", rules });
    expect(applying(before)).toEqual(["energiebesparingsplicht", "informatieplicht"]);
    expect(energyDuties({ electricityKWh: 120000 }, { date: "2028-03-01", rules }).nextDeadline).toBe("2031-12-01");
  });

  it("uses only rules in force on the date: none of the bundled ones before 2023", () => {
    const early = energyDuties({ electricityKWh: 62000 }, { date: "2022-06-01" });
    expect(early.duties).toEqual([]);
    expect(energyDuties({ electricityKWh: 62000 }, { date: "2023-03-01" }).duties.map((d) => d.duty)).toEqual(["energielabel-c"]);
    expect(energyDuties({ electricityKWh: 62000 }, { date: "2023-07-01" }).duties.map((d) => d.duty)).toContain("energiebesparingsplicht");
  });

  it("gives the deadline on or after the date, and none after the last known round", () => {
    expect(energyDuties({ electricityKWh: 62000 }, { date: "2023-08-01" }).nextDeadline).toBe("2023-12-01");
    expect(energyDuties({ electricityKWh: 62000 }, { date: "2027-12-01" }).nextDeadline).toBe("2027-12-01");
    expect(energyDuties({ electricityKWh: 62000 }, { date: "2027-12-02" }).nextDeadline).toBeNull();
  });

  it("takes the date from a Date as its calendar day in Amsterdam", () => {
    expect(energyDuties({ electricityKWh: 1 }, { date: new Date("2026-05-31T23:30:00Z") }).date).toBe("2026-06-01");
  });
});

describe("energyDuties: figures", () => {
  it("counts own generation and not what is resold", () => {
    const usage = { electricityKWh: 40000, generatedKWh: 15000, resoldKWh: 4000 };
    const check = energyDuties(usage, { date: "2026-06-01" });
    expect(check.usage.electricityKWh.value.toString()).toBe("51000");
    expect(applying(check)).toEqual(["energiebesparingsplicht", "informatieplicht"]);
  });

  it("cannot tell when a figure below the threshold is unknown, unknown is not zero", () => {
    const gasOnly = energyDuties({ naturalGasM3: 18000 }, { date: "2026-06-01" });
    expect(gasOnly.duties[0]!.applies).toBeNull();
    expect(energyDuties({ naturalGasM3: 30000 }, { date: "2026-06-01" }).duties[0]!.applies).toBe(true);
  });

  it("needs a Rijk activity for the onderzoeksplicht, and says when it is unknown", () => {
    const big = { electricityKWh: 12000000 };
    expect(energyDuties(big, { date: "2026-06-01" }).duties.find((d) => d.duty === "onderzoeksplicht")!.applies).toBeNull();
    expect(energyDuties(big, { date: "2026-06-01", site: { rijkActivity: true } }).duties.find((d) => d.duty === "onderzoeksplicht")!.applies).toBe(true);
    expect(energyDuties(big, { date: "2026-06-01", site: { rijkActivity: false } }).duties.find((d) => d.duty === "onderzoeksplicht")!.applies).toBe(false);
  });

  it("applies energielabel C to office use above 100 m2 that is at least half the building", () => {
    const label = (site: { officeAreaM2?: number; officeShare?: number }) =>
      energyDuties({ electricityKWh: 1 }, { date: "2026-06-01", site }).duties.find((d) => d.duty === "energielabel-c")!.applies;
    expect(label({ officeAreaM2: 240, officeShare: 0.8 })).toBe(true);
    expect(label({ officeAreaM2: 100, officeShare: 1 })).toBe(false);
    expect(label({ officeAreaM2: 240, officeShare: 0.4 })).toBe(false);
    expect(label({ officeAreaM2: 240 })).toBeNull();
  });
});

describe("energyDuties: from a footprint input", () => {
  it("counts electricity and natural gas lines, and leaves vehicle fuel out", () => {
    const check = energyDuties(deepFreeze({ year: 2026, activities: bakeryLines(62000, 18000) }), { date: "2026-06-01", factors: nl2026 });
    expect(check.usage.electricityKWh).toMatchObject({ complete: true, lines: ["power"] });
    expect(check.usage.electricityKWh.value.toString()).toBe("62000");
    expect(check.usage.gasM3Equivalent.value.toString()).toBe("18000");
    expect(check.usage.notCounted).toEqual([{ line: "van", reason: "vehicle-fuel" }]);
    expect(check.usage.assumptions).toEqual([]);
    expect(applying(check)).toEqual(["energiebesparingsplicht", "informatieplicht"]);
  });

  it("converts propane and district heat to natural gas equivalent by energy content, and states the assumption", () => {
    const check = energyDuties(
      {
        year: 2026,
        activities: [
          { id: "gas", theme: "fuel", factor: 135, quantity: 20000, unit: "Nm3" },
          { id: "propane", theme: "fuel", factor: "propaan", quantity: 3165, unit: "l" },
          { id: "heat", theme: "heat", factor: "gemiddelde-warmtenetten", quantity: 31.65, unit: "GJ" },
          { id: "gas-kwh", theme: "fuel", factor: 135, quantity: 31.65, unit: "MWh" },
        ],
      },
      { date: "2026-06-01", factors: nl2026 },
    );
    // propane 3165 l x 25.41 MJ/l / 31.65 MJ/Nm3 = 2541; heat 31,650 MJ / 31.65 = 1000; 31.65 MWh = 113,940 MJ / 31.65 = 3600
    expect(check.usage.gasM3Equivalent.value.toString()).toBe(String(20000 + 2541 + 1000 + 3600));
    expect(check.usage.assumptions).toHaveLength(1);
    expect(check.usage.assumptions[0]!.en).toContain("koploper's assumption");
    expect(check.duties[0]!.reasons[1]!.met).toBe(true);
  });

  it("checks one location at a time", () => {
    const input = {
      year: 2026,
      activities: [
        { id: "a", theme: "electricity", quantity: 30000, unit: "kWh", location: "shop" },
        { id: "b", theme: "electricity", quantity: 30000, unit: "kWh", location: "bakehouse" },
      ],
    } as const;
    expect(caught(() => energyDuties(input, { date: "2026-06-01", factors: nl2026 })).issues[0]).toMatchObject({
      path: ["location"],
      code: "several_locations",
    });
    const shop = energyDuties(input, { date: "2026-06-01", factors: nl2026, location: "shop" });
    expect(shop.usage.electricityKWh.value.toString()).toBe("30000");
    expect(shop.usage.notCounted).toEqual([{ line: "b", reason: "other-location" }]);
  });

  it("marks a figure incomplete when a line's quantity is unknown", () => {
    const check = energyDuties(
      {
        year: 2026,
        activities: [
          { id: "p", theme: "electricity", quantity: null, unit: "kWh" },
          { id: "g", theme: "fuel", factor: 135, quantity: null, unit: "Nm3" },
        ],
      },
      { date: "2026-06-01", factors: nl2026 },
    );
    expect(check.usage.electricityKWh.complete).toBe(false);
    expect(check.usage.gasM3Equivalent.complete).toBe(false);
    expect(check.duties[0]!.applies).toBeNull();
  });

  it("needs the factor set for a footprint", () => {
    expect(caught(() => energyDuties({ year: 2026, activities: [] }, { date: "2026-06-01" })).issues[0]).toMatchObject({ path: ["factors"] });
  });
});

describe("the bundled Dutch rules", () => {
  it("parse, and every rule carries a source URL, dates and a status", () => {
    const set = parseEnergyDutyRules(nlEnergyDuties);
    for (const rule of set.rules) {
      expect(rule.sources.length).toBeGreaterThan(0);
      expect(rule.status === "announced" || rule.validFrom !== null).toBe(true);
    }
    expect(set.rules.filter((r) => r.status === "announced").map((r) => r.validFrom)).toEqual([null]);
  });
});
