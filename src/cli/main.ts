import pkg from "../../package.json" with { type: "json" };
import { COMMANDS } from "./commands.js";
import { type CliIo, ioFailure } from "./io.js";
import { visible } from "./visible.js";

export type { CliIo } from "./io.js";

const HELP = `Usage: koploper <command> [options]

CO2 footprints, the ISO 26000 Koploper scan and the Koploper year, from the command line.

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  .join("\n")}

Options:
  --version       print the version of koploper
  -h, --help      show this help

Every command takes --locale nl|en (--lang is the same): all its output in Dutch (the default,
with a decimal comma: 25.608,0) or in English (25,608.0).

Exit codes, the same for every command:
  0   done: everything asked for was written
  1   not all done: a file is missing, unreadable or invalid, the data is wrong, nothing matched
      the search, or a part was skipped (charts without vega and vega-lite); stderr says what
  2   a usage error: an unknown command, option or option value
  70  an internal error (a bug: please report it)
A closed output pipe (koploper scan --surveyjs | head -1) ends the command quietly with 0.

Run koploper <command> --help for a command's options.
`;

/**
 * Runs the `koploper` command line: `argv` without the node and script paths. Output goes through
 * `io`; the result is the exit code: 0 done, 1 not all done (bad input: a message names the file
 * and the path inside it; no match; a skipped part), 2 a usage error.
 */
export async function run(argv: readonly string[], outside: CliIo): Promise<number> {
  // The one place output is written: every text, whatever the command and format, made visible.
  const io: CliIo = { ...outside, stdout: (text) => outside.stdout(visible(text)), stderr: (text) => outside.stderr(visible(text)) };
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.stderr : io.stdout)(HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${pkg.version}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    io.stderr(`koploper: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (caught) {
    const error = ioFailure(caught);
    io.stderr(`${error.message}\n${error.exitCode === 2 ? `Run koploper ${name} --help for usage.\n` : ""}`);
    return error.exitCode;
  }
}
