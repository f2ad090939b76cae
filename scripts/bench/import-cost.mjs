// Import cost of each entry point against importing decimal.js alone, each in a fresh process.
import { execFileSync } from "node:child_process";
import { medianMs, report } from "./harness.mjs";

const entries = ["koploper", "koploper/footprint", "koploper/factors/nl-2026", "koploper/iso26000", "koploper/lifecycle", "koploper/audit"];

function importTime(specifier) {
  return medianMs(() => execFileSync(process.execPath, ["--input-type=module", "-e", `await import(${JSON.stringify(specifier)})`]), {
    runs: 9,
    warmup: 1,
  });
}

const baseline = importTime("decimal.js");
for (const entry of entries) {
  report({
    id: `import:${entry}`,
    title: `import ${entry} (process start + import)`,
    unit: "ms",
    library: importTime(entry),
    baseline,
    baselineName: "import decimal.js",
  });
}
