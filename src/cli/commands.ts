import { parseArgs } from "node:util";
import {
  THEMES,
  THEME_LABELS,
  calculateFootprint,
  footprintByPeriod,
  periodOptionsSchema,
  footprintChart,
  formatNumber,
  koploperScan,
  nl2026,
  planTimeline,
  toICalendar,
  toSurveyJs,
  type Factor,
  type Footprint,
  type FootprintByPeriod,
  type FootprintInput,
  type Locale,
  type PeriodAmounts,
  type Question,
  type QuestionnaireText,
  type Timeline,
  type WarningCode,
} from "../index.js";
import { runDemo } from "./demo.js";
import { SECTION_LABELS, searchFactors } from "./factor-search.js";
import { CliError, explain, readJson, table, usage, writeText, type CliIo } from "./io.js";
import { renderSvg } from "./render.js";
import { vsmeCommand as vsme } from "./vsme.js";

/** One command: its help text and what it does with its arguments (after the command name). */
export interface Command {
  readonly summary: string;
  readonly help: string;
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

/**
 * `util.parseArgs` in strict mode, with the options every command has (`--help`, `--locale` and
 * its alias `--lang`); its errors become usage errors naming the command.
 */
function parse<T extends Options>(command: string, args: readonly string[], options: T) {
  try {
    const common = { help: { type: "boolean", short: "h" }, locale: { type: "string" }, lang: { type: "string" } } as const;
    const parsed = parseArgs({ args: [...args], options: { ...options, ...common }, allowPositionals: true, strict: true });
    const { locale, lang } = parsed.values as { readonly locale?: string; readonly lang?: string };
    if (locale !== undefined && lang !== undefined && locale !== lang)
      throw usage(`koploper ${command}: --locale ${locale} and --lang ${lang} disagree; give one`);
    return { ...parsed, locale: oneOf<Locale>(command, "locale", locale ?? lang, ["nl", "en"], "nl") };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw usage(`koploper ${command}: ${(error as Error).message.split("\n")[0] ?? ""}`);
  }
}

/** The options line every command's help ends with. */
const COMMON_HELP = `  --locale nl|en               language of all output, Dutch by default (--lang is the same)
  -h, --help                   show this help

Exit codes: 0 done; 1 not all done (see koploper --help); 2 a usage error.
`;

function oneOf<T extends string>(command: string, flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usage(`koploper ${command}: --${flag} must be one of ${allowed.join(", ")}, not "${value}"`);
}

function integer(command: string, flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw usage(`koploper ${command}: --${flag} must be a whole number, not "${value}"`);
  return Number(value);
}

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

const footprint: Command = {
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

const factors: Command = {
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

const SCAN_TEXT = {
  nl: { yes: "ja", no: "nee" },
  en: { yes: "yes", no: "no" },
} as const;

function questionLines(question: Question, text: (value: QuestionnaireText) => string, locale: Locale): string[] {
  const head = `  [${question.key}] ${text(question.title)}${question.required ? " *" : ""}`;
  switch (question.type) {
    case "single-choice":
    case "multiple-choice":
      return [head, ...question.options.map((option) => `      ${question.type === "single-choice" ? "( )" : "[ ]"} ${text(option.label)}`)];
    case "maturity":
      return [head, ...question.levels.map((level, index) => `      ${index} ${text(level)}`)];
    case "yes-no":
      return [head, `      ( ) ${SCAN_TEXT[locale].yes}   ( ) ${SCAN_TEXT[locale].no}`];
    case "number":
      return [head, `      ____ ${question.unit}`];
    default:
      return [head, "      ____"];
  }
}

const scan: Command = {
  summary: "the Koploper ISO 26000 scan, as text or SurveyJS JSON",
  help: `Usage: koploper scan [--locale nl|en] [--surveyjs]

Prints the Koploper scan (an ISO 26000 questionnaire for small companies) section by section.

Options:
  --surveyjs                   print the scan as a SurveyJS survey (JSON) instead
${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals, locale } = parse("scan", args, { surveyjs: { type: "boolean" } });
    if (values.help === true) return help(io, this);
    if (positionals.length > 0) throw usage(`koploper scan: unexpected argument "${positionals[0] ?? ""}"`);
    if (values.surveyjs === true) {
      io.stdout(`${JSON.stringify(toSurveyJs(koploperScan, { locale }), null, 2)}\n`);
      return 0;
    }
    const text = (value: QuestionnaireText): string => value[locale] ?? value[koploperScan.defaultLocale] ?? "";
    const lines = [`${text(koploperScan.title)} (${koploperScan.id}@${koploperScan.version})`];
    for (const section of koploperScan.sections) {
      lines.push("", `${section.clause === undefined ? "" : `${section.clause} `}${text(section.title)}`);
      for (const question of section.questions) lines.push(...questionLines(question, text, locale));
    }
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};

const TIMELINE_TEXT = {
  nl: {
    title: (start: string, end: string, months: string, zone: string) => `Koploperjaar ${start} - ${end} (${months} maanden, ${zone})`,
    phases: ["fase", "van", "tot en met"],
    meetings: ["bijeenkomst", "datum"],
  },
  en: {
    title: (start: string, end: string, months: string, zone: string) => `Koploper year ${start} - ${end} (${months} months, ${zone})`,
    phases: ["phase", "from", "to"],
    meetings: ["meeting", "date"],
  },
} as const;

function timelineText(timeline: Timeline, locale: Locale): string {
  const t = TIMELINE_TEXT[locale];
  const phases = timeline.phases.map((phase) => [phase.label[locale], phase.start, phase.end]);
  const meetings = timeline.meetings.map((meeting) => [meeting.label[locale], meeting.date]);
  const title = t.title(timeline.start, timeline.end, formatNumber(timeline.months, 0, locale), timeline.timeZone);
  return `${title}\n\n${table([[...t.phases], ...phases])}\n\n${table([[...t.meetings], ...meetings])}\n`;
}

const timeline: Command = {
  summary: "the one-year programme from a kick-off date, as text or iCalendar",
  help: `Usage: koploper timeline --kickoff YYYY-MM-DD [--ics] [--months N] [--exchange-meetings N] [--name NAME] [--locale nl|en]

Plans a Koploper year: a window per phase and meeting dates that avoid weekends and Dutch public
holidays (Europe/Amsterdam).

Options:
  --kickoff YYYY-MM-DD         date of the kick-off meeting (required)
  --months N                   length of the programme in months (6-24, default 12)
  --exchange-meetings N        number of exchange meetings (0-24, default 3)
  --ics                        print the plan as an iCalendar (.ics) file
  --name NAME                  cohort name in the calendar (default "Koploperproject")
${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals, locale } = parse("timeline", args, {
      kickoff: { type: "string" },
      months: { type: "string" },
      "exchange-meetings": { type: "string" },
      ics: { type: "boolean" },
      name: { type: "string" },
    });
    if (values.help === true) return help(io, this);
    if (positionals.length > 0) throw usage(`koploper timeline: unexpected argument "${positionals[0] ?? ""}"`);
    if (values.kickoff === undefined) throw usage("koploper timeline: --kickoff YYYY-MM-DD is required");
    const months = integer("timeline", "months", values.months);
    const exchangeMeetings = integer("timeline", "exchange-meetings", values["exchange-meetings"]);
    let plan: Timeline;
    try {
      plan = planTimeline({
        kickoff: values.kickoff,
        ...(months === undefined ? {} : { months }),
        ...(exchangeMeetings === undefined ? {} : { exchangeMeetings }),
      });
    } catch (error) {
      explain(error, "koploper timeline: options", 2);
    }
    if (values.ics !== true) {
      io.stdout(timelineText(plan, locale));
      return 0;
    }
    try {
      io.stdout(toICalendar(plan, { cohortName: values.name ?? "Koploperproject", locale }));
    } catch (error) {
      explain(error, "koploper timeline: --name", 2);
    }
    return 0;
  },
};

const demo: Command = {
  summary: "a Koploper year with a fictional cohort, as a report (and files with --out)",
  help: `Usage: koploper demo [--locale nl|en] [--out DIR [--force]]

Runs a fictional Koploper year on the real 2026 factor list and the Koploper scan and prints the report.

Options:
  --out DIR                    also write the timeline (.ics), each company's VSME report
                               (-vsme.md, -vsme.xbrl.json) and the charts (SVG, need vega and
                               vega-lite; without them the rest is written, the charts skipped, exit 1)
  --force                      with --out: overwrite files that are there already (without it, the
                               demo writes nothing when one is, names them and exits 1)
${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals, locale } = parse("demo", args, { out: { type: "string" }, force: { type: "boolean" } });
    if (values.help === true) return help(io, this);
    if (positionals.length > 0) throw usage(`koploper demo: unexpected argument "${positionals[0] ?? ""}"`);
    if (values.force === true && values.out === undefined) throw usage("koploper demo: --force needs --out");
    return runDemo(values.out === undefined ? { locale } : { locale, out: values.out, force: values.force === true }, io);
  },
};

function help(io: CliIo, command: Command): number {
  io.stdout(command.help);
  return 0;
}

/** The commands by name, in the order the top-level help lists them. */
export const COMMANDS: Readonly<Record<string, Command>> = { footprint, factors, scan, timeline, demo, vsme };
