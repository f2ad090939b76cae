import { isKoploperError, rewrap } from "../core/errors.js";
import type { Decimal } from "decimal.js";
import { D } from "../core/decimal.js";
import type { ElectricityRole, FactorValueField } from "../factors/codes.js";
import type { Factor, FactorSet, FactorValues } from "../factors/factor-set.schema.js";
import { getFactor } from "../factors/lookup.js";

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

interface FactorIndex {
  readonly byId: ReadonlyMap<string, Factor>;
  readonly bySourceId: ReadonlyMap<number, Factor>;
  readonly byRole: ReadonlyMap<ElectricityRole, Factor>;
}

// One index per factor set object: built on first use, never observable from outside.
const INDEXES = new WeakMap<FactorSet, FactorIndex>();

function indexOf(set: FactorSet): FactorIndex {
  let index = INDEXES.get(set);
  if (index === undefined) {
    const byRole = new Map<ElectricityRole, Factor>();
    for (const factor of set.factors)
      if (factor.electricityRole !== undefined && !byRole.has(factor.electricityRole)) byRole.set(factor.electricityRole, factor);
    index = {
      byId: new Map(set.factors.map((factor) => [factor.id, factor])),
      bySourceId: new Map(set.factors.map((factor) => [factor.sourceId, factor])),
      byRole,
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
    throw rewrap(error, ["factor"], "");
  }
}

/** The factor of a set that plays an electricity role (its `electricityRole`), if any. */
export function roleFactorOf(set: FactorSet, role: ElectricityRole): Factor | undefined {
  return indexOf(set).byRole.get(role);
}

// The Decimals of published values, per values object: each read as the text it had when it was
// parsed, so a value changed since (in a set someone changes in place) is parsed anew.
const VALUES = new WeakMap<FactorValues, Map<FactorValueField, { readonly text: string; readonly value: Decimal }>>();

/**
 * A published value as a Decimal (`undefined` when the factor does not publish it), parsed once per
 * values object and text: a set's factors are read by every calculation on it.
 */
export function factorValue(values: FactorValues, column: FactorValueField): Decimal | undefined {
  const text = values[column];
  if (text === undefined) return undefined;
  let parsed = VALUES.get(values);
  if (parsed === undefined) {
    parsed = new Map();
    VALUES.set(values, parsed);
  }
  const known = parsed.get(column);
  if (known !== undefined && known.text === text) return known.value;
  const value = new D(text);
  parsed.set(column, { text, value });
  return value;
}
