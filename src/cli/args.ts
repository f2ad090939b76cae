// What every command shares: its shape, argument parsing with the common options (--help,
// --locale and its alias --lang), flag checks and the end of every help text.
import { type ParseArgsConfig, parseArgs } from "node:util";
import type { Locale } from "../index.js";
import { CliError, usage, type CliIo } from "./io.js";

/** One command: its help text and what it does with its arguments (after the command name). */
export interface Command {
  readonly summary: string;
  readonly help: string;
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
}

type Options = NonNullable<ParseArgsConfig["options"]>;

const COMMON_OPTIONS = { help: { type: "boolean", short: "h" }, locale: { type: "string" }, lang: { type: "string" } } as const;

/** What {@link parse} gives: the values and positionals of `util.parseArgs`, and the locale. */
export type Parsed<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T & typeof COMMON_OPTIONS; allowPositionals: true; strict: true }>
> & { readonly locale: Locale };

/**
 * `util.parseArgs` in strict mode, with the options every command has (`--help`, `--locale` and
 * its alias `--lang`); its errors become usage errors naming the command.
 */
export function parse<T extends Options>(command: string, args: readonly string[], options: T): Parsed<T> {
  try {
    const parsed = parseArgs({ args: [...args], options: { ...options, ...COMMON_OPTIONS }, allowPositionals: true, strict: true });
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
export const COMMON_HELP = `  --locale nl|en               language of all output, Dutch by default (--lang is the same)
  -h, --help                   show this help

Exit codes: 0 done; 1 not all done (see koploper --help); 2 a usage error.
`;

export function oneOf<T extends string>(command: string, flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usage(`koploper ${command}: --${flag} must be one of ${allowed.join(", ")}, not "${value}"`);
}

/** A whole-number flag value, `undefined` when the flag is absent. */
export function integer(command: string, flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw usage(`koploper ${command}: --${flag} must be a whole number, not "${value}"`);
  return Number(value);
}

/** Prints a command's help; exit code 0. */
export function help(io: CliIo, command: Command): number {
  io.stdout(command.help);
  return 0;
}
