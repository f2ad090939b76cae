// npm run bench: runs every benchmark suite in scripts/bench/ against the built package, each in
// its own process, and prints one table: the library's figure, the baseline's figure from the
// same run, their ratio and the target. With --check (npm run bench:check) it exits 1 when a
// ratio misses its target. Benchmarks report; they are never part of the test suite.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { arch, cpus, platform } from "node:os";
import { fileURLToPath } from "node:url";

const check = process.argv.includes("--check");
const only = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const folder = fileURLToPath(new URL("./bench/", import.meta.url));
const suites = readdirSync(folder)
  .filter((name) => name.endsWith(".mjs") && name !== "harness.mjs")
  .filter((name) => only.length === 0 || only.some((part) => name.includes(part)))
  .sort();

const rows = [];
for (const suite of suites) {
  process.stderr.write(`running ${suite} ...\n`);
  const output = execFileSync(process.execPath, ["--expose-gc", `${folder}${suite}`], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  for (const line of output.split("\n")) if (line.startsWith("{")) rows.push(JSON.parse(line));
}

const format = (value) => (value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toPrecision(3));
const header = ["measurement", "koploper", "baseline", "ratio", "target", ""];
// A row misses when its ratio is above its target or its own figure above its limit.
const misses = (row) => (row.target !== null && row.ratio > row.target) || (row.limit !== null && row.library > row.limit);
const targetOf = (row) => (row.target !== null ? `<= ${row.target}x` : row.limit !== null ? `<= ${row.limit} ${row.unit}` : "reported");
const table = rows.map((row) => [
  row.title,
  `${format(row.library)} ${row.unit}`,
  `${format(row.baseline)} ${row.unit} (${row.baselineName})`,
  `${row.ratio.toFixed(2)}x`,
  targetOf(row),
  row.target === null && row.limit === null ? "" : misses(row) ? "MISSED" : "ok",
]);
const widths = header.map((title, column) => Math.max(title.length, ...table.map((row) => row[column].length)));
const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(" | ")} |`;
console.log(`Node ${process.version}, ${platform()} ${arch()}, ${cpus().length} x ${cpus()[0]?.model ?? "unknown CPU"}`);
console.log(line(header));
console.log(line(widths.map((width) => "-".repeat(width))));
for (const row of table) console.log(line(row));
for (const row of rows) if (row.note) console.log(`- ${row.title}: ${row.note}`);

const missed = rows.filter(misses);
if (check && missed.length > 0) {
  console.error(`${missed.length} target(s) missed: ${missed.map((row) => row.id).join(", ")}`);
  process.exit(1);
}
