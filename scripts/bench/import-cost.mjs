// Import cost of each entry point, each in a fresh process (process start + import), against a
// fresh process importing only what koploper itself imports: zod and decimal.js.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { medianMs, report } from "./harness.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const entries = ["koploper", "koploper/footprint", "koploper/factors/nl-2026", "koploper/iso26000", "koploper/lifecycle", "koploper/audit", "koploper/vsme"];

function importTime(specifiers) {
  const code = specifiers.map((specifier) => `await import(${JSON.stringify(specifier)});`).join(" ");
  return medianMs(() => execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root }), { runs: 9, warmup: 1 });
}

// Alternate the baseline with the entry points, so a busy machine slows both alike.
const times = Object.fromEntries(entries.map((entry) => [entry, []]));
const baselines = [];
for (let round = 0; round < 3; round++) {
  baselines.push(importTime(["zod/v4", "decimal.js"]));
  for (const entry of entries) times[entry].push(importTime([entry]));
}
const middle = (values) => [...values].sort((a, b) => a - b)[1];
const baseline = middle(baselines);
for (const entry of entries) {
  report({
    id: `import:${entry}`,
    title: `import ${entry} (process start + import)`,
    unit: "ms",
    library: middle(times[entry]),
    baseline,
    baselineName: "import zod and decimal.js",
    target: entry === "koploper" ? 1.5 : null,
    note: entry === "koploper" ? "median of 3 rounds, each the median of 9 fresh processes, alternating with the baseline" : "",
  });
}
