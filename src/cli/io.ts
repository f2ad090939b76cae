// What the CLI may touch of the outside world, passed in so that the commands stay testable
// in-process. bin.ts wires it to the real process; tests pass an in-memory one.
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string;
  readonly writeFile: (path: string, content: string) => void;
  readonly makeDir: (path: string) => void;
}

/** A failure the user caused (bad arguments, a bad file): printed without a stack, exit code 1. */
export class CliError extends Error {
  override readonly name = "CliError";
}
