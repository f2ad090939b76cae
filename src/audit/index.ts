/**
 * The adviser's audit (doorlichting): the Dutch legal energy duties as dated rules, a catalogue of
 * measures with declarative rules and footprint effects, and one prioritised recommendation list
 * per participant that turns into action-plan measures.
 *
 * @module koploper/audit
 */
export { KoploperError, isKoploperError, type KoploperErrorCode, type KoploperIssue } from "../core/errors.js";
export type { SafeParseResult } from "../core/parse.js";
export { ENERGY_DUTIES, type EnergyDuty } from "./duty-codes.js";
export {
  dutyOptionsSchema,
  energyDutyRuleSetSchema,
  energyUsageSchema,
  parseEnergyDutyRules,
  siteSchema,
  type DutyOptions,
  type EnergyDutyRule,
  type EnergyDutyRuleSet,
  type EnergyDutyRuleSetInput,
  type EnergyUsageInput,
  type SiteInput,
} from "./duties.schema.js";
export { nlEnergyDuties } from "./data/nl-energy-duties.js";
export {
  energyDuties,
  type CountedUsage,
  type DutyFinding,
  type DutyReason,
  type EmlPartFinding,
  type EnergyDutyCheck,
  type DutyFigure,
} from "./duties.js";
export {
  applicabilityRuleSchema,
  measureCatalogueSchema,
  parseMeasureCatalogue,
  safeParseMeasureCatalogue,
  type Amount,
  type ApplicabilityRule,
  type CatalogueMeasure,
  type CheckedApplicabilityRule,
  type LineSelector,
  type MeasureCatalogue,
  type MeasureCatalogueInput,
} from "./catalogue.schema.js";
export { measureCatalogue } from "./data/catalogue.js";
export type { Trigger } from "./applicability.js";
export {
  auditInputSchema,
  auditOptionsSchema,
  measureOptionsSchema,
  type AuditInput,
  type AuditOptions,
  type MeasureOptions,
} from "./recommend.schema.js";
export type { AuditItem, AuditResult, UsedParameter } from "./audit-item.js";
export { auditRecommendations } from "./recommend.js";
export { itemToAuditRecommendation, itemToMeasure } from "./to-lifecycle.js";
