/**
 * The footprint engine: Milieubarometer-style CO2 footprints (scope 1, 2 both ways, and 3) from
 * activity data, on a factor set such as `koploper/factors/nl-2026`.
 *
 * @module koploper/footprint
 */
export { KoploperError, isKoploperError, type KoploperErrorCode, type KoploperIssue } from "../core/errors.js";
export { findFactors, getFactor, overrideFactors } from "../factors/lookup.js";
export {
  checkedFactorSetSchema,
  factorOverrideInputSchema,
  factorQuerySchema,
  overrideOptionsSchema,
  parseFactorSet,
  safeParseFactorSet,
  type FactorOverrideInput,
  type FactorQuery,
  type OverrideOptions,
} from "../factors/factor-input.schema.js";
export type { Factor, FactorSet, FactorValues } from "../factors/factor-set.schema.js";
export { gwp } from "../factors/gwp.js";
export { BLENDS, PURE_GASES, type Blend, type BlendCode, type GasCode, type GwpValue, type PureGas, type PureGasCode } from "../factors/gases.js";
export type { GwpSet } from "../factors/codes.js";
export type { DecimalInput } from "../core/decimal.js";
export type { SafeParseResult } from "../core/parse.js";
export {
  applyScenario,
  checkReductionPath,
  compareFootprints,
  keyFigures,
  reductionPath,
  type Change,
  type FootprintComparison,
  type KeyFigure,
  type KeyFigures,
  type PathCheck,
  type ReductionPath,
  type ScenarioResult,
} from "./analysis.js";
export { reductionPathSchema, scenarioChangeSchema, type ReductionPathInput, type ScenarioChange } from "./analysis.schema.js";
export { parseReductionPath, reductionPathResultSchema, safeParseReductionPath } from "./analysis.schema.js";
export { footprintSchema, parseFootprint, safeParseFootprint } from "./footprint.schema.js";
export { calculateFootprint, createFootprintAccumulator, mergeFootprints, recalculateFootprint, type FootprintAccumulator } from "./calculate.js";
export type { FactorRef } from "./factor-index.js";
export {
  activitiesSchema,
  activitySchema,
  footprintInputSchema,
  organisationSchema,
  unitSchema,
  type Activity,
  type ActivityInput,
  type FootprintInput,
  type Organisation,
  type OrganisationInput,
} from "./activity.schema.js";
export { parseActivities, safeParseActivities } from "./activities.js";
export { accumulatorOptionsSchema, footprintOptionsSchema, type AccumulatorOptions, type FootprintOptions } from "./options.schema.js";
export { GREEN_SOURCES, THEME_SCOPES, THEMES, type Scope3Category, type Theme } from "./themes.js";
export type {
  Accounting,
  DualAmount,
  Footprint,
  FootprintGroup,
  FootprintLine,
  GreenSource,
  GroupPart,
  LineCounts,
  OverrideLayer,
  PlausibilityWarning,
  TypedActivity,
  TypedLine,
  WarningCode,
  WithDecimalInputs,
} from "./types.js";
export { convertUnit, UNIT_ALIASES, UNIT_DIMENSIONS, type Conversion, type UnitDimension } from "./units.js";
export { footprintByPeriod, type FootprintByPeriod, type PeriodAmounts, type PeriodFootprint } from "./periods.js";
export { periodOptionsSchema, type PeriodOptions } from "./periods.schema.js";
export { prestatieladderView, type PrestatieladderView } from "./ladder.js";
export { environmentalPerformance } from "./environment.js";
export type {
  ClassificationSource,
  DistanceFigure,
  EnergyFigure,
  EnergySplit,
  EnvironmentalKeyFigures,
  EnvironmentalPerformance,
  Figure,
  GasFigure,
  RenewableBasis,
  WasteStream,
} from "./environment-types.js";
