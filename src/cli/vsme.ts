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
import { COMMON_HELP, help, oneOf, parse, type Command } from "./args.js";
import { CliError, explain, readJson, usage } from "./io.js";
import type { KoploperYear } from "./year.js";

const HELP = `Usage: koploper vsme INPUT.json [--format json|xbrl-json|md] [--locale nl|en]

Writes the VSME report (Basic Module, B1-B11) of a company's year on the EFRAG VSME taxonomy
2026-05-01. INPUT.json holds the input of vsmeReport, with "footprint" as activity data
({ "year", "activities", "organisation" }: the footprint and its environmental performance are
calculated on the Dutch factor list 2026 with ghg-strict accounting, as VSME follows the GHG
Protocol) and a "period" { "start", "end" } (by default the footprint's calendar year).
See docs/examples/vsme-bakery.json.

Options:
  --format json|xbrl-json|md   json: the datapoints (default); xbrl-json: an xBRL-JSON report;
                               md: a readable report in Markdown
${COMMON_HELP}`;

const FORMATS = ["json", "xbrl-json", "md"] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `koploper vsme`: the command's help and what it does with its arguments. */
export const vsmeCommand: Command = {
  summary: "a VSME report (Basic Module) as JSON datapoints, xBRL-JSON or Markdown",
  help: HELP,
  async run(args, io) {
    const { values, positionals, locale } = parse("vsme", args, { format: { type: "string" } });
    if (values.help === true) return help(io, this);
    const format = oneOf("vsme", "format", values.format, FORMATS, "json");
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
