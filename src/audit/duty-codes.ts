// The codes of the energy duties and EML parts, zod-free: duties.schema.ts and catalogue.schema.ts build on them.

/**
 * The Dutch legal energy duties a rule can describe: the `energiebesparingsplicht` (take every
 * energy-saving measure that pays back within five years), the `informatieplicht` (report those
 * measures every four years), the `onderzoeksplicht` (investigate the activity-bound measures every
 * four years) and `energielabel-c` (an office building needs label C or better).
 *
 * @example
 * ```ts
 * import { ENERGY_DUTIES } from "koploper/audit";
 *
 * ENERGY_DUTIES[0]; //=> "energiebesparingsplicht"
 * ```
 */
export const ENERGY_DUTIES = ["energiebesparingsplicht", "informatieplicht", "onderzoeksplicht", "energielabel-c"] as const;

/**
 * One of the {@link ENERGY_DUTIES}.
 *
 * @example
 * ```ts
 * import type { EnergyDuty } from "koploper/audit";
 *
 * const duty: EnergyDuty = "informatieplicht";
 * ```
 */
export type EnergyDuty = (typeof ENERGY_DUTIES)[number];

/** The parts of the Erkende Maatregelenlijst: G (Gebouwen), F (Faciliteiten) and P (Processen), as the bundled rules name them. */
export const EML_PARTS = ["G", "F", "P"] as const;
