// Footprint engine benchmark, run against the built package (`npm run build` first; `npm run bench`
// does). Prints, from one run, the time ratios of the accumulator (the typed fast path) to a
// plain-number loop and to a decimal.js loop line by line, checks that the results are exactly equal
// to the decimal.js reference, and the accumulator's peak memory for 10,000,000 vs 1,000,000 lines.
// Usage: node scripts/bench-footprint.mjs [lines]   (default 1000000)
// This script may print; the library never does.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Decimal } from "decimal.js";
import { createFootprintAccumulator, factorSetSchema } from "koploper";

const FACTORS = 50;
const CHUNK = 100_000;

// 50 vehicle-fuel factors with 3-decimal WTW values, like the Dutch list's.
const factors = factorSetSchema.parse({
  id: "bench",
  year: 2026,
  publisher: "bench",
  source: "https://co2emissiefactoren.nl/",
  citation: "synthetic",
  gwp: "AR6",
  factors: Array.from({ length: FACTORS }, (_, i) => ({
    id: `fuel-${i}`,
    sourceId: 1000 + i,
    sourceUrl: `https://co2emissiefactoren.nl/factoren/2026/0/${1000 + i}/fuel/`,
    name: { nl: `Brandstof ${i}`, en: `Fuel ${i}` },
    section: "vehicle-fuels",
    subsection: null,
    unit: "l",
    status: "active",
    values: { wtw: (1 + ((i * 0.137) % 3)).toFixed(3) },
  })),
});
const values = new Map(factors.factors.map((f) => [f.id, Number(f.values.wtw)]));
const decimals = new Map(factors.factors.map((f) => [f.id, new Decimal(f.values.wtw)]));

/** Line i of the synthetic data set: a fuel line in litres with at most 2 decimals. */
function line(i) {
  return { theme: "fuel", factor: `fuel-${(i * 7919) % FACTORS}`, quantity: ((i * 104_729) % 1_000_000) / 100, unit: "l" };
}

function chunkAt(start, size) {
  return Array.from({ length: size }, (_, k) => line(start + k));
}

function time(fn) {
  const start = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

function memoryRun(lines) {
  const acc = createFootprintAccumulator({ factors, year: 2026 });
  for (let start = 0; start < lines; start += CHUNK) acc.add(chunkAt(start, Math.min(CHUNK, lines - start)));
  acc.result();
  return process.resourceUsage().maxRSS; // kB
}

if (process.argv[2] === "--memory") {
  console.log(memoryRun(Number(process.argv[3])));
} else {
  const n = Number(process.argv[2] ?? 1_000_000);
  const lines = chunkAt(0, n);
  const plain = () => {
    let total = 0;
    for (const l of lines) total += values.get(l.factor) * l.quantity;
    return total;
  };
  const reference = () => {
    let total = new Decimal(0);
    for (const l of lines) total = total.plus(new Decimal(l.quantity).times(decimals.get(l.factor)));
    return total;
  };
  // The same lines, cut into chunks of 100,000 before timing (cutting is the caller's work).
  const chunks = Array.from({ length: Math.ceil(n / CHUNK) }, (_, c) => lines.slice(c * CHUNK, (c + 1) * CHUNK));
  const engine = () => {
    const acc = createFootprintAccumulator({ factors, year: 2026 });
    for (const chunk of chunks) acc.add(chunk);
    return acc.result().scope1;
  };
  // Warm up, then take the best of 9 runs each, interleaved.
  for (const fn of [plain, engine, plain, engine]) fn();
  const best = { plain: Infinity, engine: Infinity };
  let engineTotal;
  for (let run = 0; run < 9; run++) {
    best.plain = Math.min(best.plain, time(plain).ms);
    const e = time(engine);
    best.engine = Math.min(best.engine, e.ms);
    engineTotal = e.result;
  }
  const ref = time(reference);
  const exact = engineTotal.toString() === ref.result.toString();
  console.log(`footprint bench: ${n} lines over ${FACTORS} factors`);
  console.log(`  plain-number loop      ${best.plain.toFixed(1)} ms`);
  console.log(`  accumulator (exact)    ${best.engine.toFixed(1)} ms   ratio ${(best.engine / best.plain).toFixed(2)}x plain (limit 3x)`);
  console.log(`  decimal.js per line    ${ref.ms.toFixed(1)} ms   ratio ${(ref.ms / best.plain).toFixed(1)}x plain, ${(ref.ms / best.engine).toFixed(1)}x the accumulator`);
  console.log(`  exact: ${exact} (engine ${engineTotal.toString()} = reference ${ref.result.toString()})`);
  const script = fileURLToPath(import.meta.url);
  const peak = (count) => Number(execFileSync(process.execPath, [script, "--memory", String(count)], { encoding: "utf8" }).trim());
  const small = peak(1_000_000);
  const big = peak(10_000_000);
  console.log(`  accumulator peak RSS   1M lines ${(small / 1024).toFixed(1)} MB, 10M lines ${(big / 1024).toFixed(1)} MB, ratio ${(big / small).toFixed(2)} (limit 1.2)`);
  if (!exact) process.exitCode = 1;
}
