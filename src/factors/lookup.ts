import { invalidIssues, problem, type KoploperError } from "../core/errors.js";
import { LIMITS } from "../core/limits.js";
import {
  parseFactorQuery,
  parseOverrides,
  type FactorOverrideInput,
  type FactorQuery,
  type OverrideOptions,
  type ParsedOverrides,
} from "./factor-input.schema.js";

type Override = ParsedOverrides["overrides"][number];
import type { Factor, FactorSet } from "./factor-set.schema.js";

/** How many suggestions an `UNKNOWN_FACTOR` error names. */
const SUGGESTIONS = 3;

/** Lowercase, accents removed, runs of whitespace as one space: the form names are compared in. */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** The Levenshtein edit distance (insertions, deletions, substitutions of one character each). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** How close a text is to the query: starts with it (0), contains it (1) or neither (2), then edit distance. */
function closeness(query: string, text: string): readonly [number, number] {
  const folded = fold(text);
  const group = folded.startsWith(query) ? 0 : folded.includes(query) ? 1 : 2;
  return [group, editDistance(query, folded)];
}

function compare(a: readonly [number, number], b: readonly [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

function closest(set: FactorSet, query: string): Factor[] {
  // Bounded, so that the search stays linear in the query: no id or name is longer than this.
  const folded = fold(query.slice(0, LIMITS.idLength));
  return set.factors
    .map((factor) => ({
      factor,
      score: [factor.id, factor.name.nl, factor.name.en].map((text) => closeness(folded, text)).sort(compare)[0] ?? ([2, 0] as const),
    }))
    .sort((a, b) => compare(a.score, b.score) || a.factor.sourceId - b.factor.sourceId)
    .slice(0, SUGGESTIONS)
    .map(({ factor }) => factor);
}

function unknownFactor(set: FactorSet, idOrSourceId: unknown): KoploperError {
  const query = typeof idOrSourceId === "string" || typeof idOrSourceId === "number" ? String(idOrSourceId) : "";
  const suggestions = closest(set, query).map((factor) => `"${factor.id}" (${factor.name.nl})`);
  const shown = query.length > LIMITS.idLength ? `${JSON.stringify(query.slice(0, 40))}... (${query.length} characters)` : JSON.stringify(query);
  return problem("UNKNOWN_FACTOR", "unknown_factor", `no factor ${shown} in factor set "${set.id}"; closest: ${suggestions.join(", ")}`);
}

function find(set: FactorSet, idOrSourceId: string | number): Factor | undefined {
  if (typeof idOrSourceId === "number" || /^\d+$/.test(idOrSourceId)) {
    const sourceId = Number(idOrSourceId);
    return set.factors.find((factor) => factor.sourceId === sourceId);
  }
  return set.factors.find((factor) => factor.id === idOrSourceId);
}

/**
 * Finds one factor by its id (`"aardgas-g-gas"`) or by its source id, the stable number of the
 * factor on CO2emissiefactoren.nl, as a number or a numeric string (`135`, `"135"`).
 *
 * When nothing matches, the error names the three closest factors. Closeness compares the query
 * with each factor's id, Dutch name and English name (lowercase, without accents) and takes the
 * best of the three: first the factors where one of them starts with the query, then those where
 * one contains it, then the rest; within each group by the smallest Levenshtein edit distance;
 * ties by the lower source id.
 *
 * @param set - the factor set, for example `nl2026`
 * @param idOrSourceId - a factor id, or a source id as number or numeric string
 * @returns the factor, as it is in the set
 * @throws {@link KoploperError} `UNKNOWN_FACTOR` naming the closest factors
 *
 * @example
 * ```ts
 * import { getFactor, nl2026 } from "koploper";
 *
 * getFactor(nl2026, "aardgas-g-gas").values.wtw; //=> "2.134"
 * getFactor(nl2026, 51).name.nl; //=> "Grijze Stroom"
 * getFactor(nl2026, "aardgas"); // throws UNKNOWN_FACTOR: ... closest: "aardgas-g-gas" (Aardgas (G-gas)), ...
 * ```
 */
export function getFactor(set: FactorSet, idOrSourceId: string | number): Factor {
  const factor = typeof idOrSourceId === "string" || typeof idOrSourceId === "number" ? find(set, idOrSourceId) : undefined;
  if (factor === undefined) throw unknownFactor(set, idOrSourceId);
  return factor;
}

/**
 * Lists the factors that match every criterion of the query, in the order of the set: `text` in
 * the Dutch or English name (case and accents ignored), and the exact `section`, `unit` and
 * `status` when given. An empty query lists every factor.
 *
 * @param set - the factor set
 * @param query - the criteria (see {@link FactorQuery})
 * @returns the matching factors (possibly none)
 * @throws {@link KoploperError} `INVALID_INPUT` when the query is malformed
 *
 * @example
 * ```ts
 * import { findFactors, nl2026 } from "koploper";
 *
 * findFactors(nl2026, { text: "trein", unit: "tkm" }).map((factor) => factor.id);
 * //=> ["bulk-trein-combinatie", "bulk-trein-diesel", "bulk-trein-elektrisch", "containers-trein-combinatie", ...]
 * findFactors(nl2026, { text: "OLIEN" })[0]?.name.nl; //=> "Overige Oliën"
 * ```
 */
export function findFactors(set: FactorSet, query: FactorQuery): Factor[] {
  const { text, section, unit, status } = parseFactorQuery(query);
  const needle = text === undefined ? undefined : fold(text);
  return set.factors.filter(
    (factor) =>
      (section === undefined || factor.section === section) &&
      (unit === undefined || factor.unit === unit) &&
      (status === undefined || factor.status === status) &&
      (needle === undefined || fold(factor.name.nl).includes(needle) || fold(factor.name.en).includes(needle)),
  );
}

/**
 * Overlays an organisation's or a location's own factor values on a set, in layers. Returns a new
 * set; the input is not changed. An organisation override (no `location`) gives the factor the
 * given values in `values` (fields not given keep their current value) and an `override` with the
 * `reason` and the `published` values; overriding it again keeps its first published values. A
 * location override is added to `locationOverrides`: for lines at that location its values replace
 * the factor's (organisation or published) values field by field. One factor may have an
 * organisation override and location overrides at once; the location wins for lines at that
 * location, and every line says which layer gave its value. The status stays as published: a
 * supplier-specific factor (Stroometiket) overridden with the supplier's figure stays
 * supplier-specific, now with a value.
 *
 * @param set - the factor set to overlay
 * @param overrides - one per factor (see {@link FactorOverrideInput})
 * @param options - `id`: the id of the new set (default: the id of `set`)
 * @returns the new set
 * @throws {@link KoploperError} `INVALID_INPUT` for malformed overrides or two overrides of one
 *   factor in the same layer (twice for the organisation, or twice at one location);
 *   `UNKNOWN_FACTOR` for an override of a factor that is not in the set
 *
 * @example
 * ```ts
 * import { getFactor, nl2026, overrideFactors } from "koploper";
 *
 * const acme = overrideFactors(nl2026, [{ factor: 50, values: { total: "0.12" }, reason: "Stroometiket leverancier 2026" }], { id: "nl-2026+acme" });
 * getFactor(acme, "stroometiket").values.total; //=> "0.12"
 * getFactor(acme, "stroometiket").override?.reason; //=> "Stroometiket leverancier 2026"
 * ```
 */
export function overrideFactors(set: FactorSet, overrides: readonly FactorOverrideInput[], options: OverrideOptions = {}): FactorSet {
  const parsed = parseOverrides({ overrides, options });
  const organisation = new Map<number, Override>();
  const locations = new Map<number, Map<string, Override>>();
  parsed.overrides.forEach((override, index) => {
    const factor = getFactor(set, override.factor);
    const { location } = override;
    const atFactor = location === undefined ? undefined : (locations.get(factor.sourceId) ?? new Map<string, Override>());
    if (location === undefined ? organisation.has(factor.sourceId) : atFactor?.has(location)) {
      const message = `factor "${factor.id}" is overridden twice ${location === undefined ? "for the organisation" : `at location "${location}"`}`;
      throw invalidIssues("factor overrides", [{ path: ["overrides", index, "factor"], message, code: "duplicate_override" }]);
    }
    if (location === undefined || atFactor === undefined) organisation.set(factor.sourceId, override);
    else locations.set(factor.sourceId, atFactor.set(location, override));
  });
  return {
    ...set,
    id: parsed.options.id ?? set.id,
    factors: set.factors.map((factor) => {
      const override = organisation.get(factor.sourceId);
      const atLocations = locations.get(factor.sourceId);
      if (override === undefined && atLocations === undefined) return factor;
      const published = factor.override?.published ?? factor.values;
      const layered =
        override === undefined ? factor : { ...factor, values: { ...factor.values, ...override.values }, override: { reason: override.reason, published } };
      if (atLocations === undefined) return layered;
      const kept = (factor.locationOverrides ?? []).filter((layer) => !atLocations.has(layer.location));
      const added = [...atLocations.entries()].map(([location, layer]) => ({ location, reason: layer.reason, values: layer.values }));
      return { ...layered, locationOverrides: [...kept, ...added] };
    }),
  };
}
