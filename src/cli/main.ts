import { COMMANDS } from "./commands.js";
import { CliError, type CliIo } from "./io.js";

export type { CliIo } from "./io.js";

const HELP = `Usage: koploper <command> [options]

CO2 footprints, the ISO 26000 Koploper scan and the Koploper year, from the command line.

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  .join("\n")}

Run koploper <command> --help for a command's options.
`;

/**
 * Runs the `koploper` command line: `argv` without the node and script paths. Output goes through
 * `io`; the result is the exit code: 0 done, 1 bad input (a message names the file and the path
 * inside it), 2 a usage error.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.stderr : io.stdout)(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    io.stderr(`koploper: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr(`${error.message}\n${error.exitCode === 2 ? `Run koploper ${name} --help for usage.\n` : ""}`);
    return error.exitCode;
  }
}
