// The critical flags of ISO 26000 7.3.2.2 as a zod-free constant: relevance.schema.ts builds on it.

/**
 * The situations ISO 26000 7.3.2.2 calls generally significant. Any one of them makes an issue
 * critical: its target is at least level 3 and it comes first in the priorities.
 *
 * @see ISO 26000:2010 7.3.2.2
 * @example
 * ```ts
 * import { CRITICAL_FLAGS } from "koploper/iso26000";
 *
 * CRITICAL_FLAGS.includes("lifeOrHealth"); //=> true
 * ```
 */
export const CRITICAL_FLAGS = ["lawNonCompliance", "internationalNormsConflict", "humanRightsViolation", "lifeOrHealth", "seriousEnvironmentalHarm"] as const;

/** One of the {@link CRITICAL_FLAGS}. */
export type CriticalFlag = (typeof CRITICAL_FLAGS)[number];
