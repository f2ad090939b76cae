/**
 * `koploper`: the pure domain library behind the tools that run a Koploperproject.
 *
 * This entry point has the whole public API; the subpaths `koploper/footprint`,
 * `koploper/factors/nl-2026`, `koploper/iso26000`, `koploper/lifecycle`, `koploper/audit` and `koploper/vsme` have one capability each.
 * In this reference, what a subpath exports is documented on that subpath's page (import it from
 * either); this page has the rest: the charts, exact numbers, texts and validation helpers.
 *
 * @module koploper
 */
export * from "./core/index.js";
export * from "./factors/factor-set.schema.js";
export {
  ELECTRICITY_ROLES,
  FACTOR_SECTIONS,
  FACTOR_VALUE_FIELDS,
  UNIT_CODES,
  type ElectricityRole,
  type FactorSection,
  type FactorStatus,
  type FactorValueField,
  type UnitCode,
} from "./factors/codes.js";
export { nl2026 } from "./factors/nl-2026/data.js";
export * from "./footprint/index.js";
export * from "./iso26000/index.js";
export * from "./lifecycle/index.js";
export * from "./audit/index.js";
export * from "./vsme/index.js";
export * from "./charts/index.js";
export { formatNumber } from "./core/format.js";
