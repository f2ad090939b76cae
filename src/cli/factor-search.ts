// `koploper factors SEARCH`: finds factors by what people type: an id, a source id, a Dutch or
// English name, a section or a unit, and ranks near matches (a typo, a missing letter) last.
import type { Factor, FactorSection, FactorSet, Localized } from "../index.js";

/** The sections of the Dutch factor list: Dutch as the list names them, English as we translate them. */
export const SECTION_LABELS: Readonly<Record<FactorSection, Localized>> = {
  "vehicle-fuels": { nl: "Brandstoffen voertuigen en schepen", en: "Fuels for vehicles and ships" },
  "energy-fuels": { nl: "Brandstoffen energieopwekking", en: "Fuels for energy generation" },
  electricity: { nl: "Elektriciteit", en: "Electricity" },
  heat: { nl: "Warmtelevering", en: "Heat supply" },
  refrigerants: { nl: "Koudemiddelen", en: "Refrigerants" },
  "other-emissions": { nl: "Overige emissies", en: "Other emissions" },
  "passenger-transport": { nl: "Personenvervoer", en: "Passenger transport" },
  "freight-transport": { nl: "Goederenvervoer", en: "Freight transport" },
  waste: { nl: "Afval", en: "Waste" },
};

/** Lowercase, accents removed, runs of whitespace as one space. */
const fold = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

/** The letter pairs of a word, for the Dice similarity of two words. */
function pairs(word: string): string[] {
  return Array.from({ length: Math.max(word.length - 1, 0) }, (_, index) => word.slice(index, index + 2));
}

/**
 * Dice similarity (0-1) of the letter pairs of the query (`left`, its pairs made once per search)
 * and a word: 1 for equal words, 0 for nothing shared. Below {@link NEAR} it only says "not near":
 * words whose pair counts differ too much to reach it are not compared, so a long search stays
 * linear in its length.
 */
function similarity(query: string, left: readonly string[], word: string): number {
  const right = pairs(word);
  if (left.length + right.length === 0) return query === word ? 1 : 0;
  if ((2 * Math.min(left.length, right.length)) / (left.length + right.length) < NEAR) return 0;
  let shared = 0;
  const rest = [...right];
  for (const pair of left) {
    const at = rest.indexOf(pair);
    if (at >= 0) {
      shared += 1;
      rest.splice(at, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** Near matches must share at least this much with a word of the factor. */
const NEAR = 0.6;
/** The rank of near matches starts here (see {@link rank}). */
const NEAR_TIER = 4;

/**
 * How well a factor matches a folded query; lower is better, `undefined` is no match. Tiers:
 * 0 the id or the source id, 1 an id or name that starts with the query, 2 one that contains it,
 * 3 its section (code or name), subsection or unit, 4 to 5 a near match (closer is lower).
 */
function rank(factor: Factor, query: string, queryPairs: readonly string[]): number | undefined {
  if (factor.id === query || String(factor.sourceId) === query) return 0;
  const names = [factor.id, factor.name.nl, factor.name.en].map(fold);
  if (names.some((name) => name.startsWith(query))) return 1;
  if (names.some((name) => name.includes(query))) return 2;
  const section = SECTION_LABELS[factor.section];
  const places = [factor.section, section.nl, section.en, factor.subsection ?? ""].map(fold);
  if (places.some((place) => place.includes(query)) || fold(factor.unit) === query) return 3;
  const words = names.flatMap((name) => name.split(/[^a-z0-9]+/)).filter((word) => word.length > 0);
  const best = Math.max(0, ...[...words, ...names].map((word) => similarity(query, queryPairs, word)));
  return best >= NEAR ? NEAR_TIER + 1 - best : undefined;
}

/**
 * The factors of `set` that match `text`, best first (ties in the order of the set); near matches
 * only when nothing else matches; every factor without a text.
 */
export function searchFactors(set: FactorSet, text: string | undefined): Factor[] {
  if (text === undefined) return [...set.factors];
  const query = fold(text);
  const queryPairs = pairs(query);
  const found = set.factors
    .map((factor, index) => ({ factor, index, rank: rank(factor, query, queryPairs) }))
    .filter((match): match is { factor: Factor; index: number; rank: number } => match.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  const direct = found.filter((match) => match.rank < NEAR_TIER);
  return (direct.length > 0 ? direct : found).map(({ factor }) => factor);
}
