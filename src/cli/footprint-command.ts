import {
  THEMES,
  THEME_LABELS,
  calculateFootprint,
  footprintByPeriod,
  periodOptionsSchema,
  footprintChart,
  formatNumber,
  nl2026,
  type Footprint,
  type FootprintByPeriod,
  type FootprintInput,
  type Locale,
  type PeriodAmounts,
  type WarningCode,
} from "../index.js";
import { explain, readJson, table, usage, writeText } from "./io.js";
import { renderSvg } from "./render.js";
import { COMMON_HELP, help, oneOf, parse, type Command } from "./args.js";

const kg = (value: Parameters<typeof formatNumber>[0], locale: Locale): string => formatNumber(value, 1, locale);

const FOOTPRINT_TEXT = {
  nl: {
    title: (year: number, file: string) => `CO2-footprint ${year} van ${file}`,
    set: (id: string, accounting: string, gwp: string) => `(factorlijst ${id}, methode ${accounting}, GWP ${gwp})`,
    scope2: (basis: string) => `Scope 2 (${basis})`,
    total: (basis: string) => `Totaal (${basis})`,
    market: "marktgebaseerd",
    location: "locatiegebaseerd",
    theme: "Thema",
    memo: (biogenic: string, avoided: string, offsets: string) =>
      `Memo (niet in de totalen): biogene CO2 ${biogenic} kg, vermeden ${avoided} kg, compensatie ${offsets} kg`,
    unknown: "Onbekende regels (nooit als nul geteld)",
    estimated: "Geschatte regels",
    warning: "Waarschuwing",
    period: "Periode",
    lines: "regels",
    notOne: { month: "niet in één maand", quarter: "niet in één kwartaal", "half-year": "niet in één halfjaar" },
  },
  en: {
    title: (year: number, file: string) => `CO2 footprint ${year} of ${file}`,
    set: (id: string, accounting: string, gwp: string) => `(factor set ${id}, accounting ${accounting}, GWP ${gwp})`,
    scope2: (basis: string) => `Scope 2 (${basis})`,
    total: (basis: string) => `Total (${basis})`,
    market: "market-based",
    location: "location-based",
    theme: "Theme",
    memo: (biogenic: string, avoided: string, offsets: string) =>
      `Memo (not in the totals): biogenic CO2 ${biogenic} kg, avoided ${avoided} kg, offsets ${offsets} kg`,
    unknown: "Unknown lines (never counted as zero)",
    estimated: "Estimated lines",
    warning: "Warning",
    period: "Period",
    lines: "lines",
    notOne: { month: "no single month", quarter: "no single quarter", "half-year": "no single half-year" },
  },
} as const;

/**
 * A plausibility warning in the locale. The library's messages are English; in Dutch the CLI says
 * what each code means, with what it is about.
 */
function warningText(footprint: Footprint, warning: Footprint["warnings"][number], locale: Locale): string {
  if (locale === "en") return warning.message;
  const about = warning.subjects.join(", ");
  const DUTCH: Readonly<Record<WarningCode, string>> = {
    GREEN_ABOVE_TOTAL: "er is meer groene stroom opgegeven dan het bekende stroomverbruik",
    FUEL_AND_DISTANCE: `brandstof en afstand zijn allebei opgegeven voor ${about}: tel een voertuig één keer`,
    BUILDING_VOLUME: "het gebouwvolume is niet de gebruikelijke 3 tot 5 keer het vloeroppervlak",
    REVENUE_PER_FTE: "de omzet per fte ligt buiten de gebruikelijke € 50.000 tot € 100.000 voor een dienstverlener",
    WASTEWATER_VE: "het afvalwater (VE) ligt ver van 2,5% van het waterverbruik",
    FACTOR_YEAR: `de factorlijst is van ${footprint.factorSet.year}, de CO2-footprint van ${footprint.year}`,
    TTW_ONLY: `geen WTW-waarde gepubliceerd, TTW gebruikt voor ${about}`,
  };
  return DUTCH[warning.code];
}

function footprintTable(footprint: Footprint, file: string, locale: Locale): string {
  const t = FOOTPRINT_TEXT[locale];
  const { factorSet } = footprint;
  const rows: string[][] = [
    ["", "kg CO2-eq"],
    ["Scope 1", kg(footprint.scope1, locale)],
    [t.scope2(t.market), kg(footprint.scope2.marketBased, locale)],
    [t.scope2(t.location), kg(footprint.scope2.locationBased, locale)],
    ["Scope 3", kg(footprint.scope3.total, locale)],
    [t.total(t.market), kg(footprint.total.marketBased, locale)],
    [t.total(t.location), kg(footprint.total.locationBased, locale)],
  ];
  const themes = THEMES.filter((theme) => !footprint.themes[theme].marketBased.isZero() || !footprint.themes[theme].locationBased.isZero()).map((theme) => [
    THEME_LABELS[theme][locale],
    kg(footprint.themes[theme].marketBased, locale),
    kg(footprint.themes[theme].locationBased, locale),
  ]);
  const lines = [
    `${t.title(footprint.year, file)} ${t.set(factorSet.id, factorSet.accounting, factorSet.gwp)}`,
    "",
    table(rows, [1]),
    "",
    table([[t.theme, t.market, t.location], ...themes], [1, 2]),
  ];
  const memo = footprint.memo;
  lines.push("", t.memo(kg(memo.biogenic, locale), kg(memo.avoided, locale), kg(memo.offsets, locale)));
  if (footprint.unknown.count > 0) lines.push(`${t.unknown}: ${footprint.unknown.ids.join(", ")}`);
  if (footprint.estimated.count > 0) lines.push(`${t.estimated}: ${footprint.estimated.ids.join(", ")}`);
  for (const warning of footprint.warnings) lines.push(`${t.warning} ${warning.code}: ${warningText(footprint, warning, locale)}`);
  return `${lines.join("\n")}\n`;
}

function periodTable(view: FootprintByPeriod, locale: Locale): string {
  const t = FOOTPRINT_TEXT[locale];
  const row = (name: string, amounts: PeriodAmounts) => [
    name,
    kg(amounts.scope1, locale),
    kg(amounts.scope2.marketBased, locale),
    kg(amounts.scope3, locale),
    kg(amounts.total.marketBased, locale),
    kg(amounts.total.locationBased, locale),
    formatNumber(amounts.lines, 0, locale),
  ];
  const rows = [
    [t.period, "Scope 1", t.scope2(t.market), "Scope 3", t.total(t.market), t.total(t.location), t.lines],
    ...view.periods.map((period) => row(period.period, period)),
    ...(view.unassigned === null ? [] : [row(t.notOne[view.by], view.unassigned)]),
  ];
  return `\n${table(rows, [1, 2, 3, 4, 5, 6])}\n`;
}

/** `koploper footprint`. */
export const footprint: Command = {
  summary: "a CO2 footprint from activity data (JSON), as a table or JSON",
  help: `Usage: koploper footprint FILE.json [--accounting wtw|ghg-strict] [--by month|quarter|half-year [--split]] [--json] [--chart OUT.svg] [--locale nl|en]

Calculates a CO2 footprint on the Dutch list of CO2 emission factors 2026 (nl2026).
FILE.json holds { "year": 2026, "activities": [ ... ], "organisation": { ... } }, for example
  { "year": 2026, "activities": [{ "id": "gas", "theme": "fuel", "factor": 135, "quantity": 12000, "unit": "Nm3" }] }

Options:
  --accounting wtw|ghg-strict  wtw: Dutch practice (default); ghg-strict: strict GHG Protocol scopes
  --by month|quarter|half-year also show the footprint per period, from the period on each line
  --split                      with --by: spread lines of a coarser period (a year) evenly over its periods
  --json                       print the whole footprint as JSON (amounts as decimal strings, kg CO2-eq);
                               with --by, as { "footprint": ..., "byPeriod": ... }
  --chart OUT.svg              also write the chart by scope and theme as SVG (needs vega and vega-lite)
${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals, locale } = parse("footprint", args, {
      accounting: { type: "string" },
      by: { type: "string" },
      split: { type: "boolean" },
      json: { type: "boolean" },
      chart: { type: "string" },
    });
    if (values.help === true) return help(io, this);
    const accounting = oneOf("footprint", "accounting", values.accounting, ["wtw", "ghg-strict"], "wtw");
    const by = values.by === undefined ? undefined : oneOf("footprint", "by", values.by, periodOptionsSchema.shape.by.options, "quarter");
    if (values.split === true && by === undefined) throw usage("koploper footprint: --split needs --by");
    if (positionals.length !== 1) throw usage(`koploper footprint: expected one FILE.json, got ${positionals.length} arguments`);
    const file = positionals[0] ?? "";
    const input = await readJson(io, file);
    let result: Footprint;
    try {
      result = calculateFootprint(input as FootprintInput, { factors: nl2026, accounting });
    } catch (error) {
      explain(error, file, 1);
    }
    const view = by === undefined ? undefined : footprintByPeriod(result, { by, split: values.split === true });
    if (values.json === true) io.stdout(`${JSON.stringify(view === undefined ? result : { footprint: result, byPeriod: view }, null, 2)}\n`);
    else io.stdout(footprintTable(result, file, locale) + (view === undefined ? "" : periodTable(view, locale)));
    if (values.chart !== undefined) {
      await writeText(io, values.chart, await renderSvg(footprintChart(result, { locale }), io.load));
      io.stderr(`${locale === "nl" ? "Geschreven" : "Wrote"}: ${values.chart}\n`);
    }
    return 0;
  },
};
