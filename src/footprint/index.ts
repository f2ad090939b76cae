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
} from "../factors/parse.js";
export type { Factor, FactorSet, FactorValues } from "../factors/schema.js";
export {
  BLENDS,
  PURE_GASES,
  gwp,
  type Blend,
  type BlendCode,
  type GasCode,
  type GwpSet,
  type GwpValue,
  type PureGas,
  type PureGasCode,
} from "../factors/gwp.js";
