import { COMMON_HELP, help, parse, type Command } from "./args.js";
import { runDemo } from "./demo.js";
import { factors } from "./factors-command.js";
import { footprint } from "./footprint-command.js";
import { usage } from "./io.js";
import { scan, timeline } from "./scan-command.js";
import { vsmeCommand as vsme } from "./vsme.js";

export type { Command } from "./args.js";

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

/** The commands by name, in the order the top-level help lists them. */
export const COMMANDS: Readonly<Record<string, Command>> = { footprint, factors, scan, timeline, demo, vsme };
