import { formatNumber, nl2026, type Factor, type Locale } from "../index.js";
import { SECTION_LABELS, searchFactors } from "./factor-search.js";
import { table, usage } from "./io.js";
import { COMMON_HELP, help, parse, type Command } from "./args.js";

const MAIN_VALUES = ["wtw", "ghgProtocol", "gwp100", "total", "co2"] as const;

function mainValue(factor: Factor, locale: Locale): string {
  const field = MAIN_VALUES.find((name) => factor.values[name] !== undefined);
  const value = field === undefined ? undefined : factor.values[field];
  // A factor value with all its places: 2,134 in Dutch.
  return value === undefined ? "-" : `${formatNumber(value, value.split(".")[1]?.length ?? 0, locale)} (${field})`;
}

const FACTOR_TEXT = {
  nl: {
    header: ["id", "bron-id", "naam", "sectie", "eenheid", "kg CO2-eq per eenheid", "status"],
    status: { active: "geldig", withdrawn: "vervallen", "supplier-specific": "leverancierspecifiek" },
    none: (set: string, text: string) => `Geen factor in ${set} past bij "${text}".`,
    count: (found: number, all: number, set: string) => `${formatNumber(found, 0, "nl")} van ${formatNumber(all, 0, "nl")} factoren in ${set}`,
  },
  en: {
    header: ["id", "source id", "name", "section", "unit", "kg CO2-eq per unit", "status"],
    status: { active: "active", withdrawn: "withdrawn", "supplier-specific": "supplier-specific" },
    none: (set: string, text: string) => `No factor in ${set} matches "${text}".`,
    count: (found: number, all: number, set: string) => `${formatNumber(found, 0, "en")} of ${formatNumber(all, 0, "en")} factors in ${set}`,
  },
} as const;

/** `koploper factors`. */
export const factors: Command = {
  summary: "find factors in the Dutch factor list 2026 by id, source id, name, section or unit",
  help: `Usage: koploper factors [SEARCH] [--json] [--locale nl|en]

Lists the factors of the Dutch list of CO2 emission factors 2026 that match SEARCH, or all of them:
id, source id, name, section, unit, main value (kg CO2-eq per unit, with the column it comes from)
and status. SEARCH is a factor id (diesel-b7), a source id (67), part of a Dutch or English name,
a section or subsection (afval, Refrigerants) or a unit (tkm); case and accents are ignored. The
best matches come first: the id or source id, then names that start with SEARCH, names that
contain it, then sections and units; when nothing matches, near matches (a typo), closest first.

Options:
  --json                       print the matching factors as JSON, best first ([] and exit 1 when none)
${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals, locale } = parse("factors", args, { json: { type: "boolean" } });
    if (values.help === true) return help(io, this);
    if (positionals.length > 1) throw usage(`koploper factors: expected at most one SEARCH text, got ${positionals.length}; quote a search with spaces`);
    const t = FACTOR_TEXT[locale];
    const text = positionals[0];
    const found = searchFactors(nl2026, text);
    if (values.json === true) io.stdout(`${JSON.stringify(found, null, 2)}\n`);
    if (found.length === 0) {
      io.stderr(`${t.none(nl2026.id, text ?? "")}\n`);
      return 1;
    }
    if (values.json === true) return 0;
    const rows = found.map((factor) => [
      factor.id,
      String(factor.sourceId),
      factor.name[locale],
      SECTION_LABELS[factor.section][locale],
      factor.unit,
      mainValue(factor, locale),
      t.status[factor.status],
    ]);
    io.stdout(`${table([[...t.header], ...rows])}\n${t.count(found.length, nl2026.factors.length, nl2026.id)}\n`);
    return 0;
  },
};
