import { isKoploperError, KoploperError } from "../core/errors.js";
import { getFactor } from "../factors/lookup.js";
import type { Factor, FactorSet } from "../factors/factor-set.schema.js";

/**
 * A factor's reference on an activity line: its `id` (slug) or its `sourceId` (the factor number in
 * the list's URLs, stable across list years).
 *
 * @example
 * ```ts
 * import type { FactorRef } from "koploper";
 *
 * const gas: FactorRef = 135;
 * const diesel: FactorRef = "diesel-b7";
 * ```
 */
export type FactorRef = string | number;

/**
 * The factors of the Dutch list that play the electricity roles, by their stable source ids: grey
 * electricity (market-based default, 51), the grid mix (location-based, 52), and the green sources
 * for kWh with Dutch guarantees of origin (wind 53, hydro 54, solar 55, biomass 56). The engine uses
 * these for any set that has them, unless `options.electricity` names others.
 *
 * @see GHG Protocol Scope 2 Guidance (2015), chapter 6
 * @example
 * ```ts
 * import { NL_ELECTRICITY_ROLES } from "koploper";
 *
 * NL_ELECTRICITY_ROLES.gridMix; //=> 52
 * ```
 */
export const NL_ELECTRICITY_ROLES = {
  grey: 51,
  gridMix: 52,
  green: { wind: 53, hydro: 54, solar: 55, biomass: 56 },
} as const;

interface FactorIndex {
  readonly byId: ReadonlyMap<string, Factor>;
  readonly bySourceId: ReadonlyMap<number, Factor>;
}

// One index per factor set object: built on first use, never observable from outside.
const INDEXES = new WeakMap<FactorSet, FactorIndex>();

function indexOf(set: FactorSet): FactorIndex {
  let index = INDEXES.get(set);
  if (index === undefined) {
    index = {
      byId: new Map(set.factors.map((factor) => [factor.id, factor])),
      bySourceId: new Map(set.factors.map((factor) => [factor.sourceId, factor])),
    };
    INDEXES.set(set, index);
  }
  return index;
}

/**
 * Finds a factor by id or source id through a per-set index built once; on a miss, asks
 * `getFactor` (which also takes numeric strings, and names the closest factors when none matches).
 *
 * @throws {@link KoploperError} `UNKNOWN_FACTOR` naming the closest factors, at the path `factor`
 */
export function lookupFactor(set: FactorSet, ref: FactorRef): Factor {
  const index = indexOf(set);
  const factor = typeof ref === "number" ? index.bySourceId.get(ref) : index.byId.get(ref);
  if (factor !== undefined) return factor;
  try {
    return getFactor(set, ref);
  } catch (error) {
    /* v8 ignore next */
    if (!isKoploperError(error)) throw error;
    throw new KoploperError(
      error.code,
      error.message,
      error.issues.map((issue) => ({ ...issue, path: ["factor"] })),
    );
  }
}
