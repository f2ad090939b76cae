#!/usr/bin/env node
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { run } from "./main.js";
import { visible } from "./visible.js";

// A reader that stops early (`koploper scan --surveyjs | head -1`) closes the pipe: end quietly.
// Any other failure to print (a full disk) ends with a message where one can still be written.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    if (stream === process.stdout) process.stderr.write(`koploper: cannot write the output (${visible(error.message)})\n`);
    process.exit(1);
  });
}

run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, "utf8"),
  writeFile: (path, data) => writeFile(path, data, "utf8"),
  mkdir: async (path) => {
    await mkdir(path, { recursive: true });
  },
  exists: (path) =>
    stat(path).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return false;
        throw error;
      },
    ),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(visible(`koploper: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`));
    process.exitCode = 70;
  },
);
