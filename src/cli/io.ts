import { isKoploperError, type KoploperIssue } from "../index.js";

/**
 * What the CLI touches of the outside world, so tests can run it in-process: two output streams,
 * the file operations it needs (`mkdir` makes parents too, `exists` tells whether a path is taken)
 * and, optionally, how it loads the optional packages vega and vega-lite (a dynamic `import` when
 * absent).
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<string>;
  readonly writeFile: (path: string, data: string) => Promise<void>;
  readonly mkdir: (path: string) => Promise<void>;
  readonly exists: (path: string) => Promise<boolean>;
  readonly load?: (name: string) => Promise<unknown>;
}

/** A failure the CLI reports as one message: exit code 2 for usage errors, 1 for bad input. */
export class CliError extends Error {
  readonly exitCode: 1 | 2;
  constructor(message: string, exitCode: 1 | 2) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}

/** A usage error: a missing or unknown argument, or a flag value that cannot be right. */
export const usage = (message: string): CliError => new CliError(message, 2);

/** The reason of a failed file operation as Node gives it (`ENOENT: no such file or directory, ...`). */
const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A failure of the operating system (Node's errors with a `code` and a `syscall`: EACCES, ENOSPC, ...). */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string" && typeof (error as NodeJS.ErrnoException).syscall === "string";
}

/**
 * The CLI error for what a command threw: a CLI error as it is, a failure of the operating system
 * as a message (exit 1, no stack trace); anything else (a bug) is rethrown.
 */
export function ioFailure(error: unknown): CliError {
  if (error instanceof CliError) return error;
  if (isSystemError(error)) return new CliError(`koploper: ${reason(error)}`, 1);
  throw error;
}

/** A path inside a JSON document as people read it: `activities[0].quantity`, `(root)` when empty. */
function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`)).join("");
}

/** The issues of an error, one line each, prefixed with where they are (a file, or "options"). */
function formatIssues(where: string, issues: readonly KoploperIssue[]): string {
  return issues.map((issue) => `  ${where}: ${formatPath(issue.path)}: ${issue.message}`).join("\n");
}

/**
 * Turns a library error about `where` (a file name or "--flag") into a CLI error: the message names
 * `where` and lists every issue with its path. Anything else is rethrown.
 */
export function explain(error: unknown, where: string, exitCode: 1 | 2): never {
  if (!isKoploperError(error)) throw error;
  const first = error.message.split("\n")[0] ?? "";
  if (error.issues.length === 0) throw new CliError(`${where}: ${first}`, exitCode);
  // An INVALID_INPUT message heads its issue list; other codes repeat their one issue's message.
  const heading = error.code === "INVALID_INPUT" ? first : `${error.code}:`;
  throw new CliError(`${where}: ${heading}\n${formatIssues(where, error.issues)}`, exitCode);
}

/** Reads and parses a JSON file, naming the file in every failure. */
export async function readJson(io: CliIo, file: string): Promise<unknown> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new CliError(`${file}: cannot read the file${code === "ENOENT" ? " (it does not exist)" : ` (${reason(error)})`}`, 1);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${file}: not valid JSON: ${reason(error)}`, 1);
  }
}

/** Writes a file, naming it when that fails (a missing folder, no permission). */
export async function writeText(io: CliIo, file: string, data: string): Promise<void> {
  try {
    await io.writeFile(file, data);
  } catch (error) {
    throw new CliError(`${file}: cannot write the file (${reason(error)})`, 1);
  }
}

/** Makes a folder and its parents, naming it when that fails (a file of that name, no permission). */
export async function makeFolder(io: CliIo, folder: string): Promise<void> {
  try {
    await io.mkdir(folder);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = code === "EEXIST" || code === "ENOTDIR" ? "a file of that name is in the way" : reason(error);
    throw new CliError(`${folder}: cannot make the folder (${why})`, 1);
  }
}

/** Pads the columns of a table to their widest cell; the last column is not padded. */
export function table(rows: readonly (readonly string[])[], rightAligned: readonly number[] = []): string {
  const widths = rows.reduce<number[]>((max, row) => row.map((cell, i) => Math.max(max[i] ?? 0, cell.length)), []);
  return rows
    .map((row) =>
      row
        .map((cell, i) => (rightAligned.includes(i) ? cell.padStart(widths[i] ?? 0) : i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
