import { describe, expect, it } from "vitest";
import { measureCatalogue, nlEnergyDuties, parseEnergyDutyRules, parseMeasureCatalogue, type ApplicabilityRule } from "../../src/audit/index.js";
import { getCoreSubjectOfIssue, getFactor, nl2026 } from "../../src/index.js";

const catalogue = parseMeasureCatalogue(measureCatalogue);

function factorsOf(rule: ApplicabilityRule): string[] {
  switch (rule.kind) {
    case "all":
    case "any":
      return rule.of.flatMap(factorsOf);
    case "not":
      return factorsOf(rule.rule);
    case "line":
      return [...(rule.lines.factors ?? [])];
    default:
      return [];
  }
}

describe("the bundled measure catalogue", () => {
  it("has at least 40 measures, each in Dutch and English", () => {
    expect(catalogue.measures.length).toBeGreaterThanOrEqual(40);
    for (const measure of catalogue.measures) {
      expect(measure.title.nl).not.toBe(measure.title.en);
      expect(measure.description.nl.length).toBeGreaterThan(20);
      expect(measure.description.en.length).toBeGreaterThan(20);
    }
  });

  it("names only factors of the Dutch 2026 list", () => {
    for (const measure of catalogue.measures) {
      const effect =
        measure.effect?.changes.flatMap((c) =>
          c.kind === "switch-factor"
            ? [c.from, c.to]
            : c.kind === "shift"
              ? [...(c.lines.factors ?? []), c.to]
              : c.kind === "reduce"
                ? [...(c.lines.factors ?? [])]
                : c.kind === "add" && c.factor !== undefined
                  ? [c.factor]
                  : [],
        ) ?? [];
      for (const id of [...factorsOf(measure.applies), ...effect]) expect(getFactor(nl2026, id).id, `${measure.id}: ${id}`).toBe(id);
    }
  });

  it("uses only EML codes and categories the rule set names", () => {
    const categories = parseEnergyDutyRules(nlEnergyDuties).eml.parts.flatMap((part) => part.categories);
    for (const measure of catalogue.measures) {
      if (measure.emlCategory !== undefined) expect(categories.map((c) => c.code)).toContain(measure.emlCategory);
      if (measure.emlCode !== undefined) {
        const category = categories.find((c) => c.code === measure.emlCategory)!;
        expect(category.measures.map((m) => m.code)).toContain(measure.emlCode);
      }
    }
    expect(
      catalogue.measures
        .filter((m) => m.emlCode !== undefined)
        .map((m) => m.emlCode)
        .sort(),
    ).toEqual(["FD3", "FD7", "FE4", "GC1", "GC3", "GD1", "GF4"]);
  });

  it("invents no number: no parameter default, no money, and a fixed share only as the measure's definition (all of it)", () => {
    for (const measure of catalogue.measures) {
      expect(measure.investment).toBeUndefined();
      expect(measure.annualSavings).toBeUndefined();
      for (const parameter of measure.effect?.parameters ?? []) expect(parameter.default).toBeUndefined();
      for (const change of measure.effect?.changes ?? []) {
        const value = change.kind === "add" ? change.quantity : change.kind === "switch-factor" ? null : change.share;
        if (value !== null && !("parameter" in value)) expect(value.toString()).toBe("1");
      }
    }
  });

  it("covers the themes an SME adviser proposes and every ISO 26000 core subject", () => {
    const ids = catalogue.measures.map((m) => m.id);
    for (const id of [
      "cavity-wall-insulation",
      "heat-pump",
      "led-lighting",
      "ventilation-timer",
      "cold-room-insulation",
      "oven-heat-recovery",
      "green-electricity",
      "solar-panels",
      "fleet-hvo",
      "commuting-bike-plan",
      "business-travel-policy",
      "refrigerant-leak-check",
      "refrigerant-r404a-to-co2",
      "paper-separation",
      "water-saving",
      "sustainable-purchasing",
    ]) {
      expect(ids).toContain(id);
    }
    const subjects = new Set(catalogue.measures.flatMap((m) => m.issues.map((issue) => getCoreSubjectOfIssue(issue).clause)));
    expect([...subjects].sort()).toEqual(["6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8"]);
    expect(new Set(catalogue.measures.map((m) => m.theme))).toEqual(new Set(["energy", "water", "waste", "mobility", "purchasing", "social", "governance"]));
  });
});
