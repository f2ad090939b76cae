// Import cost of each entry point, each in a fresh process (process start + import), against a
// fresh process importing only what koploper itself imports: zod and decimal.js.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { median, report, timeMs } from "./harness.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const entries = ["koploper", "koploper/footprint", "koploper/factors/nl-2026", "koploper/iso26000", "koploper/lifecycle", "koploper/audit", "koploper/vsme"];
const RUNS = 35;

/** One fresh process importing `specifiers`, in milliseconds. */
function importTime(specifiers) {
  const code = specifiers.map((specifier) => `await import(${JSON.stringify(specifier)});`).join(" ");
  return timeMs(() => execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root }));
}

// Process by process, the baseline and every entry point take turns, so that a machine that gets
// busier or quieter during the run slows or speeds all of them alike; each figure is the median of
// all its processes.
const baselineSpecifiers = ["zod/v4", "decimal.js"];
const times = Object.fromEntries(entries.map((entry) => [entry, []]));
const baselines = [];
// One warm-up process each (disk cache).
importTime(baselineSpecifiers);
for (const entry of entries) importTime([entry]);
for (let run = 0; run < RUNS; run++) {
  baselines.push(importTime(baselineSpecifiers));
  for (const entry of entries) times[entry].push(importTime([entry]));
}
const baseline = median(baselines);
for (const entry of entries) {
  report({
    id: `import:${entry}`,
    title: `import ${entry} (process start + import)`,
    unit: "ms",
    library: median(times[entry]),
    baseline,
    baselineName: "import zod and decimal.js",
    target: entry === "koploper" ? 1.5 : null,
    note: entry === "koploper" ? `median of ${RUNS} fresh processes each, taking turns with the baseline process by process` : "",
  });
}
