/**
 * `koploper`: the pure domain library behind the tools that run a Koploperproject.
 *
 * This entry point has the whole public API; the subpaths `koploper/footprint`,
 * `koploper/factors/nl-2026`, `koploper/iso26000` and `koploper/lifecycle` have one capability each.
 *
 * @module koploper
 */
export * from "./core/index.js";
export * from "./factors/schema.js";
export * from "./footprint/index.js";
