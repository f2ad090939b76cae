import { calculateFootprint, footprintChart, nl2026, planTimeline, toICalendar, type Locale } from "../index.js";
import { writeText, type CliIo } from "./io.js";
import { renderSvg } from "./render.js";

/** What `koploper demo` passes: the report's language and, with `--out DIR`, where to write files. */
export interface DemoOptions {
  readonly lang: Locale;
  readonly out?: string;
}

/**
 * The Koploper year demo (a placeholder: the full scenario replaces this). Prints a heading and,
 * with `out`, writes a chart as SVG and the timeline as .ics into that folder.
 */
export async function runDemo(options: DemoOptions, io: CliIo): Promise<number> {
  io.stdout(options.lang === "nl" ? "Koploperproject: een voorbeeldjaar\n" : "Koploper project: an example year\n");
  if (options.out !== undefined) {
    const timeline = planTimeline({ kickoff: "2027-01-19" });
    const footprint = calculateFootprint({ year: 2026, activities: [{ id: "gas", theme: "fuel", factor: 135, quantity: 12000, unit: "Nm3" }] }, { factors: nl2026 });
    await io.mkdir(options.out);
    await writeText(io, `${options.out}/footprint.svg`, await renderSvg(footprintChart(footprint, { locale: options.lang })));
    await writeText(io, `${options.out}/timeline.ics`, toICalendar(timeline, { cohortName: "Koploperproject", locale: options.lang }));
  }
  return 0;
}
