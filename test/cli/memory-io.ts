import { run, type CliIo } from "../../src/cli/main.js";

/** An in-memory CliIo: files to read, and what the CLI printed, wrote and created. */
export function memoryIo(files: Readonly<Record<string, string>> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const dirs: string[] = [];
  const io: CliIo = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" });
      return text;
    },
    writeFile: async (path, data) => void written.set(path, data),
    mkdir: async (path) => void dirs.push(path),
    exists: async (path) => Object.hasOwn(files, path) || written.has(path),
  };
  return { io, out: () => out.join(""), err: () => err.join(""), written, dirs };
}

/** Runs the CLI in-process on `argv` with `files` to read: the exit code and what it printed and wrote. */
export async function cli(argv: string[], files: Record<string, string> = {}) {
  const memory = memoryIo(files);
  const code = await run(argv, memory.io);
  return { code, ...memory };
}
