import { parseArgs } from "node:util";
import {
  calculateFootprint,
  environmentalPerformance,
  nl2026,
  toVsmeMarkdown,
  toXbrlJson,
  vsmeReport,
  type EnvironmentalPerformance,
  type Footprint,
  type FootprintInput,
  type Locale,
  type ParticipantState,
  type VsmeInput,
  type VsmeReport,
} from "../index.js";
import { CliError, explain, readJson, usage, type CliIo } from "./io.js";
import type { KoploperYear } from "./year.js";

const HELP = `Usage: koploper vsme INPUT.json [--format json|xbrl-json|md] [--locale nl|en]

Writes the VSME report (Basic Module, B1-B11) of a company's year on the EFRAG VSME taxonomy
2026-05-01. INPUT.json holds the input of vsmeReport, with "footprint" as activity data
({ "year", "activities", "organisation" }: the footprint and its environmental performance are
calculated on the Dutch factor list 2026 with ghg-strict accounting, as VSME follows the GHG
Protocol) and a "period" { "start", "end" } (by default the footprint's calendar year).
See docs/examples/vsme-bakery.json.

Options:
  --format json|xbrl-json|md  json: the datapoints (default); xbrl-json: an xBRL-JSON report;
                              md: a readable report in Markdown
  --locale nl|en              language of the report (default nl)
  -h, --help                  show this help
`;

const FORMATS = ["json", "xbrl-json", "md"] as const;
const LOCALES = ["nl", "en"] as const;

function choice<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) return allowed[0] as T;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usage(`koploper vsme: --${flag} must be one of ${allowed.join(", ")}, not "${value}"`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `koploper vsme`: the command's help and what it does with its arguments. */
export const vsmeCommand = {
  summary: "a VSME report (Basic Module) as JSON datapoints, xBRL-JSON or Markdown",
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    // biome-ignore lint/suspicious/noImplicitAnyLet: typed by the parseArgs call that assigns it in the try block
    let parsed;
    try {
      parsed = parseArgs({
        args: [...args],
        options: { format: { type: "string" }, locale: { type: "string" }, help: { type: "boolean", short: "h" } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw usage(`koploper vsme: ${(error as Error).message.split("\n")[0] ?? ""}`);
    }
    const { values, positionals } = parsed;
    if (values.help === true) {
      io.stdout(HELP);
      return 0;
    }
    const format = choice("format", values.format, FORMATS);
    const locale = choice("locale", values.locale, LOCALES);
    if (positionals.length !== 1) throw usage(`koploper vsme: expected one INPUT.json, got ${positionals.length} arguments`);
    const file = positionals[0] ?? "";
    const data = await readJson(io, file);
    if (!isObject(data)) throw new CliError(`${file}: expected a JSON object with the VSME input`, 1);
    const { period, footprint: activities, ...rest } = data;
    let footprint: Footprint | undefined;
    let environment: EnvironmentalPerformance | undefined;
    if (activities !== undefined) {
      try {
        footprint = calculateFootprint(activities as FootprintInput, { factors: nl2026, accounting: "ghg-strict" });
        environment = environmentalPerformance(activities as FootprintInput, { factors: nl2026, accounting: "ghg-strict" });
      } catch (error) {
        explain(error, `${file}: footprint`, 1);
      }
    }
    const year = footprint?.year;
    const reportPeriod = period ?? (year === undefined ? undefined : { start: `${year}-01-01`, end: `${year}-12-31` });
    if (reportPeriod === undefined) throw new CliError(`${file}: give a "period" { "start", "end" } or a "footprint" with its year`, 1);
    let report: VsmeReport;
    try {
      report = vsmeReport({ ...rest, ...(footprint === undefined ? {} : { footprint, environment }) } as VsmeInput, {
        module: "basic",
        period: reportPeriod as { start: string; end: string },
        locale,
      });
    } catch (error) {
      explain(error, file, 1);
    }
    if (format === "md") io.stdout(toVsmeMarkdown(report, { locale }));
    else io.stdout(`${JSON.stringify(format === "xbrl-json" ? toXbrlJson(report) : report, null, 2)}\n`);
    return 0;
  },
};

/**
 * The demo's VSME files of one company (`demo --out`): the report of its final year (footprint,
 * MVO vision, action plan and the scan after the year) as Markdown and as xBRL-JSON. The companies
 * are fictional, so the entity identifier is a placeholder (`demo.<id>`), and the report lists as
 * missing all that the demo does not have.
 */
export function demoVsmeFiles(
  participant: KoploperYear["participants"][number],
  record: ParticipantState | undefined,
  out: string,
  locale: Locale,
): [string, string][] {
  if (participant.kind !== "company") return [];
  const { final } = participant;
  const practices: VsmeInput["practices"] = {
    ...(record?.vision === undefined ? {} : { vision: { text: record.vision.text, adoptedOn: record.vision.date } }),
    measures: record?.actionPlan?.measures ?? [],
    scan: Object.fromEntries(Object.entries(participant.scanAfter.issues).map(([clause, issue]) => [clause, issue.level])),
  };
  const report = vsmeReport(
    { entity: { name: participant.name, scheme: "euid", identifier: `demo.${participant.id}` }, footprint: final, practices },
    { module: "basic", period: { start: `${final.year}-01-01`, end: `${final.year}-12-31` }, locale },
  );
  return [
    [`${out}/${participant.id}-vsme.md`, toVsmeMarkdown(report)],
    [`${out}/${participant.id}-vsme.xbrl.json`, `${JSON.stringify(toXbrlJson(report), null, 2)}\n`],
  ];
}
