// Bundle size of calculateFootprint with and without zod, from `size-limit --json` (the same
// checks and budgets as `npm run size`), against decimal.js alone measured in the same run. The
// issue's targets are absolute sizes (`limit`, in kB); the ratio to decimal.js is reported beside them.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { report } from "./harness.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = fileURLToPath(new URL("../../node_modules/size-limit/bin.js", import.meta.url));
let output;
try {
  output = execFileSync(process.execPath, [bin, "--json"], { cwd: root, encoding: "utf8", maxBuffer: 16 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] });
} catch (error) {
  // size-limit exits 1 when a budget is exceeded; its JSON is still on stdout.
  output = error.stdout;
}
const rows = JSON.parse(output);
const kB = (name) => {
  const row = rows.find((candidate) => candidate.name === name);
  if (row === undefined) throw new Error(`no size-limit check named ${JSON.stringify(name)} in .size-limit.json`);
  return row.size / 1000;
};
const baseline = kB("decimal.js alone (baseline)");
const common = { unit: "kB", baseline, baselineName: "decimal.js alone", note: "" };
report({
  id: "size:calculateFootprint:zod",
  title: "calculateFootprint bundle with zod (minified, brotli)",
  ...common,
  library: kB("calculateFootprint, with zod"),
  limit: 25,
  note: "size-limit --json, the checks of .size-limit.json",
});
report({
  id: "size:calculateFootprint",
  title: "calculateFootprint bundle without zod (minified, brotli)",
  ...common,
  library: kB("calculateFootprint"),
  limit: 16,
});
