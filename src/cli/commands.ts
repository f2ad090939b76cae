import { parseArgs } from "node:util";
import {
  THEMES,
  calculateFootprint,
  findFactors,
  footprintByPeriod,
  periodOptionsSchema,
  footprintChart,
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
} from "../index.js";
import { runDemo } from "./demo.js";
import { explain, readJson, table, usage, writeText, type CliIo } from "./io.js";
import { renderSvg } from "./render.js";
import { vsmeCommand as vsme } from "./vsme.js";

/** One command: its help text and what it does with its arguments (after the command name). */
export interface Command {
  readonly summary: string;
  readonly help: string;
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

/** `util.parseArgs` in strict mode; its errors become usage errors naming the command. */
function parse<T extends Options>(command: string, args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw usage(`koploper ${command}: ${(error as Error).message.split("\n")[0] ?? ""}`);
  }
}

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

const kg = (value: { toFixed: (places: number) => string }): string => value.toFixed(1);

function footprintTable(footprint: Footprint, file: string): string {
  const { factorSet } = footprint;
  const rows: string[][] = [
    ["", "kg CO2-eq"],
    ["Scope 1", kg(footprint.scope1)],
    ["Scope 2 (market-based)", kg(footprint.scope2.marketBased)],
    ["Scope 2 (location-based)", kg(footprint.scope2.locationBased)],
    ["Scope 3", kg(footprint.scope3.total)],
    ["Total (market-based)", kg(footprint.total.marketBased)],
    ["Total (location-based)", kg(footprint.total.locationBased)],
  ];
  const themes = THEMES.filter((theme) => !footprint.themes[theme].marketBased.isZero() || !footprint.themes[theme].locationBased.isZero()).map((theme) => [
    theme,
    kg(footprint.themes[theme].marketBased),
    kg(footprint.themes[theme].locationBased),
  ]);
  const lines = [
    `CO2 footprint ${footprint.year} of ${file} (factor set ${factorSet.id}, accounting ${factorSet.accounting}, GWP ${factorSet.gwp})`,
    "",
    table(rows, [1]),
    "",
    table([["Theme", "market-based", "location-based"], ...themes], [1, 2]),
  ];
  const memo = footprint.memo;
  lines.push("", `Memo (not in the totals): biogenic CO2 ${kg(memo.biogenic)} kg, avoided ${kg(memo.avoided)} kg, offsets ${kg(memo.offsets)} kg`);
  if (footprint.unknown.count > 0) lines.push(`Unknown lines (never counted as zero): ${footprint.unknown.ids.join(", ")}`);
  if (footprint.estimated.count > 0) lines.push(`Estimated lines: ${footprint.estimated.ids.join(", ")}`);
  for (const warning of footprint.warnings) lines.push(`Warning ${warning.code}: ${warning.message}`);
  return `${lines.join("\n")}\n`;
}

function periodTable(view: FootprintByPeriod): string {
  const row = (name: string, amounts: PeriodAmounts) => [
    name,
    kg(amounts.scope1),
    kg(amounts.scope2.marketBased),
    kg(amounts.scope3),
    kg(amounts.total.marketBased),
    kg(amounts.total.locationBased),
    String(amounts.lines),
  ];
  const rows = [
    ["Period", "scope 1", "scope 2 (market)", "scope 3", "total (market)", "total (location)", "lines"],
    ...view.periods.map((period) => row(period.period, period)),
    ...(view.unassigned === null ? [] : [row(`no single ${view.by}`, view.unassigned)]),
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
  --locale nl|en               language of the chart (default nl)
  -h, --help                   show this help
`,
  async run(args, io) {
    const { values, positionals } = parse("footprint", args, {
      accounting: { type: "string" },
      by: { type: "string" },
      split: { type: "boolean" },
      json: { type: "boolean" },
      chart: { type: "string" },
      locale: { type: "string" },
    });
    if (values.help === true) return help(io, this);
    const accounting = oneOf("footprint", "accounting", values.accounting, ["wtw", "ghg-strict"], "wtw");
    const locale = oneOf<Locale>("footprint", "locale", values.locale, ["nl", "en"], "nl");
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
    if (values.chart !== undefined) {
      await writeText(io, values.chart, await renderSvg(footprintChart(result, { locale })));
      io.stderr(`Wrote ${values.chart}\n`);
    }
    const view = by === undefined ? undefined : footprintByPeriod(result, { by, split: values.split === true });
    if (values.json === true) io.stdout(`${JSON.stringify(view === undefined ? result : { footprint: result, byPeriod: view }, null, 2)}\n`);
    else io.stdout(footprintTable(result, file) + (view === undefined ? "" : periodTable(view)));
    return 0;
  },
};

const MAIN_VALUES = ["wtw", "ghgProtocol", "gwp100", "total", "co2"] as const;

function mainValue(factor: Factor): string {
  const field = MAIN_VALUES.find((name) => factor.values[name] !== undefined);
  return field === undefined ? "-" : `${factor.values[field] ?? ""} (${field})`;
}

const factors: Command = {
  summary: "find factors in the Dutch factor list 2026",
  help: `Usage: koploper factors [SEARCH] [--json]

Lists the factors of the Dutch list of CO2 emission factors 2026 whose Dutch or English name
contains SEARCH (case and accents ignored), or all of them: id, source id, Dutch and English name,
unit, main value (kg CO2-eq per unit, with the column it comes from) and status.

Options:
  --json      print the matching factors as JSON
  -h, --help  show this help
`,
  async run(args, io) {
    const { values, positionals } = parse("factors", args, { json: { type: "boolean" } });
    if (values.help === true) return help(io, this);
    if (positionals.length > 1) throw usage(`koploper factors: expected at most one SEARCH text, got ${positionals.length}; quote a search with spaces`);
    const text = positionals[0];
    const found = findFactors(nl2026, text === undefined ? {} : { text });
    if (values.json === true) {
      io.stdout(`${JSON.stringify(found, null, 2)}\n`);
      return 0;
    }
    if (found.length === 0) {
      io.stderr(`No factor in ${nl2026.id} matches "${text ?? ""}".\n`);
      return 1;
    }
    const rows = found.map((factor) => [factor.id, String(factor.sourceId), factor.name.nl, factor.name.en, factor.unit, mainValue(factor), factor.status]);
    io.stdout(`${table([["id", "source", "name (nl)", "name (en)", "unit", "kg CO2-eq per unit", "status"], ...rows])}\n${found.length} of ${nl2026.factors.length} factors in ${nl2026.id}\n`);
    return 0;
  },
};

function questionLines(question: Question, text: (value: QuestionnaireText) => string): string[] {
  const head = `  [${question.key}] ${text(question.title)}${question.required ? " *" : ""}`;
  switch (question.type) {
    case "single-choice":
    case "multiple-choice":
      return [head, ...question.options.map((option) => `      ${question.type === "single-choice" ? "( )" : "[ ]"} ${text(option.label)}`)];
    case "maturity":
      return [head, ...question.levels.map((level, index) => `      ${index} ${text(level)}`)];
    case "yes-no":
      return [head, "      ( ) ja / yes   ( ) nee / no"];
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
  --locale nl|en  language (default nl)
  --surveyjs      print the scan as a SurveyJS survey (JSON) instead
  -h, --help      show this help
`,
  async run(args, io) {
    const { values, positionals } = parse("scan", args, { locale: { type: "string" }, surveyjs: { type: "boolean" } });
    if (values.help === true) return help(io, this);
    if (positionals.length > 0) throw usage(`koploper scan: unexpected argument "${positionals[0] ?? ""}"`);
    const locale = oneOf<Locale>("scan", "locale", values.locale, ["nl", "en"], "nl");
    if (values.surveyjs === true) {
      io.stdout(`${JSON.stringify(toSurveyJs(koploperScan, { locale }), null, 2)}\n`);
      return 0;
    }
    const text = (value: QuestionnaireText): string => value[locale] ?? value[koploperScan.defaultLocale] ?? "";
    const lines = [`${text(koploperScan.title)} (${koploperScan.id}@${koploperScan.version})`];
    for (const section of koploperScan.sections) {
      lines.push("", `${section.clause === undefined ? "" : `${section.clause} `}${text(section.title)}`);
      for (const question of section.questions) lines.push(...questionLines(question, text));
    }
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};

function timelineText(timeline: Timeline, locale: Locale): string {
  const phases = timeline.phases.map((phase) => [phase.label[locale], phase.start, phase.end]);
  const meetings = timeline.meetings.map((meeting) => [meeting.label[locale], meeting.date]);
  return `Koploper year ${timeline.start} - ${timeline.end} (${timeline.months} months, ${timeline.timeZone})\n\n${table([["phase", "from", "to"], ...phases])}\n\n${table([["meeting", "date"], ...meetings])}\n`;
}

const timeline: Command = {
  summary: "the one-year programme from a kick-off date, as text or iCalendar",
  help: `Usage: koploper timeline --kickoff YYYY-MM-DD [--ics] [--months N] [--exchange-meetings N] [--name NAME] [--locale nl|en]

Plans a Koploper year: a window per phase and meeting dates that avoid weekends and Dutch public
holidays (Europe/Amsterdam).

Options:
  --kickoff YYYY-MM-DD     date of the kick-off meeting (required)
  --months N               length of the programme in months (6-24, default 12)
  --exchange-meetings N    number of exchange meetings (0-24, default 3)
  --ics                    print the plan as an iCalendar (.ics) file
  --name NAME              cohort name in the calendar (default "Koploperproject")
  --locale nl|en           language (default nl)
  -h, --help               show this help
`,
  async run(args, io) {
    const { values, positionals } = parse("timeline", args, {
      kickoff: { type: "string" },
      months: { type: "string" },
      "exchange-meetings": { type: "string" },
      ics: { type: "boolean" },
      name: { type: "string" },
      locale: { type: "string" },
    });
    if (values.help === true) return help(io, this);
    if (positionals.length > 0) throw usage(`koploper timeline: unexpected argument "${positionals[0] ?? ""}"`);
    if (values.kickoff === undefined) throw usage("koploper timeline: --kickoff YYYY-MM-DD is required");
    const locale = oneOf<Locale>("timeline", "locale", values.locale, ["nl", "en"], "nl");
    const months = integer("timeline", "months", values.months);
    const exchangeMeetings = integer("timeline", "exchange-meetings", values["exchange-meetings"]);
    let plan: Timeline;
    try {
      plan = planTimeline({ kickoff: values.kickoff, ...(months === undefined ? {} : { months }), ...(exchangeMeetings === undefined ? {} : { exchangeMeetings }) });
    } catch (error) {
      explain(error, "koploper timeline: options", 2);
    }
    io.stdout(values.ics === true ? toICalendar(plan, { cohortName: values.name ?? "Koploperproject", locale }) : timelineText(plan, locale));
    return 0;
  },
};

const demo: Command = {
  summary: "a Koploper year with a fictional cohort, as a report (and files with --out)",
  help: `Usage: koploper demo [--lang nl|en] [--out DIR]

Runs a fictional Koploper year on the real 2026 factor list and the Koploper scan and prints the report.

Options:
  --lang nl|en  language of the report (default nl)
  --out DIR     also write the charts (SVG, needs vega and vega-lite), the timeline (.ics) and each
                company's VSME report (-vsme.md, -vsme.xbrl.json) to DIR
  -h, --help    show this help
`,
  async run(args, io) {
    const { values, positionals } = parse("demo", args, { lang: { type: "string" }, out: { type: "string" } });
    if (values.help === true) return help(io, this);
    if (positionals.length > 0) throw usage(`koploper demo: unexpected argument "${positionals[0] ?? ""}"`);
    const lang = oneOf<Locale>("demo", "lang", values.lang, ["nl", "en"], "nl");
    return runDemo(values.out === undefined ? { lang } : { lang, out: values.out }, io);
  },
};

function help(io: CliIo, command: Command): number {
  io.stdout(command.help);
  return 0;
}

/** The commands by name, in the order the top-level help lists them. */
export const COMMANDS: Readonly<Record<string, Command>> = { footprint, factors, scan, timeline, demo, vsme };
