import { cohortChart, comparisonChart, footprintChart, iso26000ProfileChart, toICalendar, type Locale } from "../index.js";
import { writeText, type CliIo } from "./io.js";
import { renderSvg } from "./render.js";
import { demoVsmeFiles } from "./vsme.js";
import { koploperYear } from "./year.js";
import { renderYear } from "./year-report.js";

/** What `koploper demo` passes: the report's language and, with `--out DIR`, where to write files. */
export interface DemoOptions {
  readonly lang: Locale;
  readonly out?: string;
}

/**
 * The Koploper year demo: prints the report of the example cohort in Oost-Groningen and, with
 * `out`, writes its charts as SVG files and its timeline as an .ics file into that folder.
 */
export async function runDemo(options: DemoOptions, io: CliIo): Promise<number> {
  const locale = options.lang;
  const year = koploperYear();
  io.stdout(renderYear(year, locale));
  if (options.out === undefined) return 0;
  const out = options.out;
  await io.mkdir(out);
  const files: [string, string][] = [];
  const svg = async (name: string, spec: Parameters<typeof renderSvg>[0]): Promise<void> => {
    files.push([`${out}/${name}.svg`, await renderSvg(spec)]);
  };
  await svg("cohort", cohortChart(year.participants.map((p) => ({ name: p.name, footprint: p.baseline })), { locale }));
  for (const participant of year.participants) {
    await svg(`${participant.id}-footprint`, footprintChart(participant.baseline, { locale, title: participant.name }));
    await svg(`${participant.id}-comparison`, comparisonChart(participant.baseline, participant.final, { locale, title: participant.name }));
    await svg(`${participant.id}-iso26000`, iso26000ProfileChart(participant.scanAfter, { locale, title: participant.name }));
    files.push(...demoVsmeFiles(participant, year.state.participants[participant.id], out, locale));
  }
  files.push([`${out}/timeline.ics`, toICalendar(year.timeline, { cohortName: year.cohortName, locale })]);
  for (const [file, content] of files) await writeText(io, file, content);
  io.stdout(`\n${locale === "nl" ? "Geschreven" : "Written"}: ${files.map(([file]) => file).join(", ")}\n`);
  return 0;
}
