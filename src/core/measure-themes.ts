// The themes of an action-plan measure, shared by ISO 26000 recommendations and the lifecycle.

/**
 * The themes an action-plan measure belongs to (as comparable programmes record them): energy, water, waste, mobility, purchasing, social, governance.
 *
 * @example
 * ```ts
 * import { MEASURE_THEMES } from "koploper";
 *
 * MEASURE_THEMES.includes("energy"); //=> true
 * ```
 */
export const MEASURE_THEMES = ["energy", "water", "waste", "mobility", "purchasing", "social", "governance"] as const;

/**
 * One of the {@link MEASURE_THEMES}.
 *
 * @example
 * ```ts
 * import type { MeasureTheme } from "koploper";
 *
 * const theme: MeasureTheme = "mobility";
 * ```
 */
export type MeasureTheme = (typeof MEASURE_THEMES)[number];
