import type { Decimal } from "decimal.js";
import { describe, expectTypeOf, it } from "vitest";
import type {
  Amount,
  AuditInput,
  AuditItem,
  AuditOptions,
  AuditResult,
  DutyFinding,
  EnergyDuty,
  EnergyDutyCheck,
  EnergyDutyRuleSet,
  EnergyUsageInput,
  MeasureCatalogue,
  Trigger,
} from "../../src/audit/index.js";
import { auditRecommendations, energyDuties, itemToMeasure, nlEnergyDuties, parseEnergyDutyRules, parseMeasureCatalogue } from "../../src/audit/index.js";
import type { Measure } from "../../src/lifecycle/index.js";

describe("audit public types", () => {
  it("types the duty check", () => {
    expectTypeOf(energyDuties).returns.toEqualTypeOf<EnergyDutyCheck>();
    expectTypeOf<EnergyDuty>().toEqualTypeOf<"energiebesparingsplicht" | "informatieplicht" | "onderzoeksplicht" | "energielabel-c">();
    expectTypeOf<DutyFinding["applies"]>().toEqualTypeOf<boolean | null>();
    expectTypeOf<DutyFinding["status"]>().toEqualTypeOf<"in-force" | "announced">();
    expectTypeOf(parseEnergyDutyRules).returns.toEqualTypeOf<EnergyDutyRuleSet>();
    expectTypeOf<EnergyDutyRuleSet["rules"][number]["trigger"]["kind"]>().toEqualTypeOf<"energy-use" | "office">();
    expectTypeOf<EnergyUsageInput>().toMatchTypeOf<{ readonly electricityKWh?: unknown }>();
    expectTypeOf(nlEnergyDuties).toMatchTypeOf<Parameters<typeof parseEnergyDutyRules>[0]>();
  });

  it("types the catalogue and the audit list", () => {
    expectTypeOf(parseMeasureCatalogue).returns.toEqualTypeOf<MeasureCatalogue>();
    expectTypeOf(auditRecommendations).parameters.toEqualTypeOf<[AuditInput, AuditOptions]>();
    expectTypeOf<NonNullable<AuditOptions["catalogue"]>>().toMatchTypeOf<{ readonly id: string; readonly measures: readonly unknown[] }>();
    expectTypeOf<{ id: 1 }>().not.toMatchTypeOf<NonNullable<AuditOptions["catalogue"]>>();
    expectTypeOf(auditRecommendations).returns.toEqualTypeOf<AuditResult>();
    expectTypeOf<AuditItem["source"]>().toEqualTypeOf<"duty" | "measure" | "iso26000">();
    expectTypeOf<AuditItem["paybackYears"]>().toEqualTypeOf<Decimal | null>();
    expectTypeOf<Amount["basis"]>().toEqualTypeOf<"source" | "adviser-estimate">();
    expectTypeOf<Trigger["kind"]>().toEqualTypeOf<"line" | "profile" | "issue" | "answer" | "duty" | "threshold" | "gap">();
    expectTypeOf(itemToMeasure).returns.toEqualTypeOf<Measure>();
  });

  it("takes readonly inputs", () => {
    const lines = [{ id: "power", theme: "electricity", quantity: 1, unit: "kWh" }] as const;
    expectTypeOf({
      footprint: { year: 2026, activities: lines },
      profile: { size: "micro", offers: "services", customers: "businesses", market: "local", sector: "services" },
    } as const).toMatchTypeOf<AuditInput>();
  });
});
