import { cohortChart, comparisonChart, footprintChart, iso26000ProfileChart, toICalendar, type Locale, type VegaLiteSpec } from "../index.js";
import { CliError, makeFolder, writeText, type CliIo } from "./io.js";
import { INSTALL_VEGA, renderSvg } from "./render.js";
import { demoVsmeFiles } from "./vsme.js";
import { koploperYear } from "./year.js";
import { renderYear } from "./year-report.js";

/**
 * What `koploper demo` passes: the report's language, with `--out DIR` where to write files, and
 * with `--force` that files already there may be overwritten.
 */
export interface DemoOptions {
  readonly locale: Locale;
  readonly out?: string;
  readonly force?: boolean;
}

const TEXT = {
  nl: {
    written: "Geschreven",
    skipped: (count: number) => `Overgeslagen: ${count} SVG-grafieken (daarvoor zijn de optionele pakketten vega en vega-lite nodig: ${INSTALL_VEGA})`,
    taken: (files: readonly string[]) =>
      files.length === 1
        ? `Dit bestand bestaat al: ${files[0]}. Niets geschreven; --force overschrijft het.`
        : `Deze ${files.length} bestanden bestaan al: ${files.join(", ")}. Niets geschreven; --force overschrijft ze.`,
  },
  en: {
    written: "Written",
    skipped: (count: number) => `Skipped: ${count} SVG charts (they need the optional packages vega and vega-lite: ${INSTALL_VEGA})`,
    taken: (files: readonly string[]) =>
      files.length === 1
        ? `This file exists already: ${files[0]}. Nothing written; --force overwrites it.`
        : `These ${files.length} files exist already: ${files.join(", ")}. Nothing written; --force overwrites them.`,
  },
} as const;

/**
 * The Koploper year demo: prints the report of the example cohort in Oost-Groningen and, with
 * `out`, writes its timeline as an .ics file, each company's VSME report (Markdown and xBRL-JSON)
 * and its charts as SVG files into that folder. Without
 * vega and vega-lite it still writes the .ics, says which charts it skipped and returns 1. A file
 * that is there already is not overwritten without `force`: then nothing is written and it returns 1.
 */
export async function runDemo(options: DemoOptions, io: CliIo): Promise<number> {
  const { locale } = options;
  const t = TEXT[locale];
  const year = koploperYear();
  io.stdout(renderYear(year, locale));
  if (options.out === undefined) return 0;
  const out = options.out;
  await makeFolder(io, out);
  const charts: [string, VegaLiteSpec][] = [
    [
      `${out}/cohort.svg`,
      cohortChart(
        year.participants.map((p) => ({ name: p.name, footprint: p.baseline })),
        { locale },
      ),
    ],
  ];
  for (const participant of year.participants) {
    charts.push([`${out}/${participant.id}-footprint.svg`, footprintChart(participant.baseline, { locale, title: participant.name })]);
    charts.push([`${out}/${participant.id}-comparison.svg`, comparisonChart(participant.baseline, participant.final, { locale, title: participant.name })]);
    charts.push([`${out}/${participant.id}-iso26000.svg`, iso26000ProfileChart(participant.scanAfter, { locale, title: participant.name })]);
  }
  const files: [string, string][] = [[`${out}/timeline.ics`, toICalendar(year.timeline, { cohortName: year.cohortName, locale })]];
  for (const participant of year.participants) files.push(...demoVsmeFiles(participant, year.state.participants[participant.id], out, locale));
  if (options.force !== true) {
    const taken: string[] = [];
    for (const file of [...files, ...charts].map(([name]) => name)) if (await io.exists(file)) taken.push(file);
    if (taken.length > 0) throw new CliError(t.taken(taken), 1);
  }
  let skipped = false;
  try {
    for (const [file, spec] of charts) files.push([file, await renderSvg(spec, io.load)]);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    skipped = true;
  }
  for (const [file, content] of files) await writeText(io, file, content);
  io.stdout(`\n${t.written}: ${files.map(([file]) => file).join(", ")}\n`);
  if (!skipped) return 0;
  io.stderr(`${t.skipped(charts.length)}\n`);
  return 1;
}
