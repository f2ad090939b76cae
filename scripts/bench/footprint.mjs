// Footprint engine: the typed fast path against a plain-number loop and a per-line decimal.js loop
// (and the exact result checked against the decimal.js reference), parse + calculate of raw JSON
// lines against a bare zod schema of the same shape, a typical company, and the accumulator's peak
// memory for 10,000,000 vs 1,000,000 streamed lines. Every section and memory figure runs in its own
// child process.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Decimal } from "decimal.js";
import * as z from "zod/v4";
import { calculateFootprint, createFootprintAccumulator, factorSetSchema, parseActivities } from "../../dist/index.js";
import { nl2026 } from "../../dist/factors/nl-2026/index.js";
import { interleavedMs, report } from "./harness.mjs";

const FACTORS = 50;
const LINES = 1_000_000;
const CHUNK = 100_000;
// Parse + calculate runs on 200,000 lines, the size, to keep the run short (it is linear in lines).
const PARSED_LINES = 200_000;

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

/** Line i of the synthetic data set: a fuel line in litres with at most 2 decimals. */
const line = (i) => ({ theme: "fuel", factor: `fuel-${(i * 7919) % FACTORS}`, quantity: ((i * 104_729) % 1_000_000) / 100, unit: "l" });
const chunkAt = (start, size) => Array.from({ length: size }, (_, k) => line(start + k));

/** Max RSS and the high-water mark of the heap left after each chunk (garbage collected), in MB. */
function peakMemory(count) {
  const acc = createFootprintAccumulator({ factors, year: 2026 });
  let heap = 0;
  for (let start = 0; start < count; start += CHUNK) {
    acc.add(chunkAt(start, Math.min(CHUNK, count - start)));
    globalThis.gc();
    heap = Math.max(heap, process.memoryUsage().heapUsed);
  }
  acc.result();
  return { rss: process.resourceUsage().maxRSS / 1024, heap: heap / 1024 / 1024 };
}

const script = fileURLToPath(import.meta.url);
/** Runs this script with `args` in a fresh process and returns its output. */
const child = (...args) => execFileSync(process.execPath, ["--expose-gc", script, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

// 1. The fast path: typed lines, cut into chunks of 100,000 before timing (cutting is the caller's work).
function fastPath() {
  const lines = chunkAt(0, LINES);
  const chunks = Array.from({ length: LINES / CHUNK }, (_, c) => lines.slice(c * CHUNK, (c + 1) * CHUNK));
  const numbers = new Map(factors.factors.map((f) => [f.id, Number(f.values.wtw)]));
  const decimals = new Map(factors.factors.map((f) => [f.id, new Decimal(f.values.wtw)]));
  let exact;
  let plainTotal;
  const times = interleavedMs(
    {
      plain: () => {
        let total = 0;
        for (const l of lines) total += numbers.get(l.factor) * l.quantity;
        plainTotal = total;
      },
      library: () => {
        const acc = createFootprintAccumulator({ factors, year: 2026 });
        for (const chunk of chunks) acc.add(chunk);
        exact = acc.result().scope1;
      },
    },
    { runs: 9, warmup: 2 },
  );
  const reference = { total: new Decimal(0) };
  const decimalTimes = interleavedMs(
    {
      decimal: () => {
        let total = new Decimal(0);
        for (const l of lines) total = total.plus(new Decimal(l.quantity).times(decimals.get(l.factor)));
        reference.total = total;
      },
    },
    { runs: 3, warmup: 0 },
  );
  if (exact.toString() !== reference.total.toString()) {
    throw new Error(`the accumulator's ${exact.toString()} differs from the decimal.js reference ${reference.total.toString()}`);
  }
  const note = `exact ${exact.toString()} kg = decimal.js reference (the plain loop gives ${plainTotal})`;
  const common = { unit: "ms", library: times.library };
  report({
    id: "footprint:plain",
    title: `accumulator, ${LINES.toLocaleString("en")} typed lines, ${FACTORS} factors`,
    ...common,
    baseline: times.plain,
    baselineName: "plain-number loop",
    target: 3,
    note,
  });
  report({
    id: "footprint:decimal",
    title: `accumulator, ${LINES.toLocaleString("en")} typed lines, ${FACTORS} factors`,
    ...common,
    baseline: decimalTimes.decimal,
    baselineName: "decimal.js per line",
  });
}

// 2. Parse + calculate raw JSON lines (full validation; per-line detail on first read, timed in its own row) vs a bare zod schema.
function parsing() {
  const text = Array.from({ length: PARSED_LINES }, (_, i) => JSON.stringify({ id: `l${i}`, ...line(i) })).join("\n");
  const raw = text.split("\n").map((row) => JSON.parse(row));
  const bare = z.object({
    year: z.number(),
    activities: z.array(z.object({ id: z.string(), theme: z.string(), factor: z.union([z.string(), z.number()]), quantity: z.number(), unit: z.string() })),
  });
  const input = { year: 2026, activities: raw };
  // The same lines with their ids in a scrambled order (a permutation: still all different).
  const scrambled = raw.map((row, i) => ({ ...row, id: `l${(i * 7919) % PARSED_LINES}` }));
  const fns = {
    library: () => calculateFootprint(input, { factors }),
    parseOnly: () => parseActivities(raw),
    scrambled: () => parseActivities(scrambled),
    baseline: () => bare.parse(input),
  };
  // Steady: one call after another, as an app parses file after file, V8 collecting as it goes.
  const times = interleavedMs(fns, { runs: 11, warmup: 2, collect: false });
  // Right after a forced full collection, V8 starts from its smallest young generation, and every
  // line's objects that a call keeps (the parsed lines, their Decimals) are copied as it grows.
  const collected = interleavedMs(fns, { runs: 5, warmup: 1 });
  // The per-line detail makes a few objects per line: it is timed apart, so its garbage does not
  // weigh on the rows above.
  const detail = interleavedMs({ detail: () => calculateFootprint(input, { factors }).lines, baseline: fns.baseline }, { runs: 5, warmup: 1 });
  const title = `${PARSED_LINES.toLocaleString("en")} JSON lines`;
  const baselineName = "bare zod schema, same shape";
  const baseline = { unit: "ms", baseline: times.baseline, baselineName };
  report({ id: "footprint:parse", title: `calculateFootprint, ${title}`, ...baseline, library: times.library, target: 2 });
  report({ id: "footprint:parse-only", title: `parseActivities alone, ${title}`, ...baseline, library: times.parseOnly, target: 1.5 });
  report({
    id: "footprint:parse-scrambled",
    title: `parseActivities alone, ${title}, ids out of order`,
    ...baseline,
    library: times.scrambled,
    note: "ids in increasing order (l0, l1, ...) are checked for repeats by one comparison each; in any other order they go through a set",
  });
  const afterGc = { unit: "ms", baseline: collected.baseline, baselineName };
  report({
    id: "footprint:parse-after-gc",
    title: `calculateFootprint, ${title}, right after a full garbage collection`,
    ...afterGc,
    library: collected.library,
  });
  report({
    id: "footprint:parse-only-after-gc",
    title: `parseActivities alone, ${title}, right after a full garbage collection`,
    ...afterGc,
    library: collected.parseOnly,
    note: "each call after a forced full garbage collection; the rows above time the calls one after another",
  });
  report({
    id: "footprint:parse-detail",
    title: `calculateFootprint and every line's detail, ${title}`,
    unit: "ms",
    baseline: detail.baseline,
    baselineName,
    library: detail.detail,
    note: "the per-line detail (footprint.lines) is built on first read; this row reads it",
  });
}

// 3. A typical company: 60 lines over every theme on the Dutch list, parsed and calculated.
function company() {
  const templates = [
    { theme: "electricity", quantity: 42000, unit: "kWh", green: [{ quantity: 12000, source: "wind" }] },
    { theme: "fuel", factor: 135, quantity: 12000, unit: "Nm3" },
    { theme: "fuel", factor: "diesel-b7", quantity: 3500, unit: "liter" },
    { theme: "heat", factor: 48, quantity: 10, unit: "GJ" },
    { theme: "refrigerant", factor: "r410a", quantity: 2, unit: "kg" },
    { theme: "business-travel", factor: 147, quantity: 1000, unit: "vkm" },
    { theme: "commuting", factor: 178, quantity: 52000, unit: "reizigerskilometer" },
    { theme: "visitor-travel", factor: 178, quantity: 1000, unit: "pkm" },
    { theme: "freight", factor: 80, quantity: 1000, unit: "tkm" },
    { theme: "waste", factor: "restafval", quantity: 2400, unit: "kg" },
    { theme: "wastewater", factor: 226, quantity: 10, unit: "VE" },
    { theme: "other", category: 2, factor: { value: 250, unit: "kg", source: "supplier LCA" }, quantity: 40, unit: "kg" },
    { theme: "offset", quantity: 3, unit: "t" },
  ];
  const activities = Array.from({ length: 60 }, (_, i) => ({
    id: `line-${i}`,
    ...templates[i % templates.length],
    quantity: (templates[i % templates.length].quantity * (i + 1)) / 10,
  }));
  activities[0].green = [{ quantity: 100, source: "wind" }];
  const bare = z.object({
    year: z.number(),
    activities: z.array(
      z.object({
        id: z.string(),
        theme: z.string(),
        factor: z.optional(z.union([z.string(), z.number(), z.object({ value: z.number(), unit: z.string(), source: z.string() })])),
        category: z.optional(z.number()),
        green: z.optional(z.array(z.object({ quantity: z.number(), source: z.string() }))),
        quantity: z.number(),
        unit: z.string(),
      }),
    ),
  });
  const input = { year: 2026, activities };
  const BATCH = 1000;
  const batches = {
    library: () => {
      for (let i = 0; i < BATCH; i += 1) calculateFootprint(input, { factors: nl2026 });
    },
    baseline: () => {
      for (let i = 0; i < BATCH; i += 1) bare.parse(input);
    },
  };
  // An app calculates footprint after footprint; V8 collects its garbage as it goes. A batch right
  // after a forced full collection takes about twice as long (V8 starts again from its smallest
  // young generation and, as far as we can tell, re-optimises the code): that figure is reported in
  // a row of its own.
  const steady = interleavedMs(batches, { runs: 15, warmup: 3, collect: false });
  const collected = interleavedMs(batches, { runs: 9, warmup: 1 });
  const common = { title: "typical company (60 lines, every theme), per footprint", unit: "ms", baselineName: "bare zod schema, same lines" };
  report({
    id: "footprint:company",
    ...common,
    library: steady.library / BATCH,
    baseline: steady.baseline / BATCH,
    limit: 0.2,
    note: `median of 15 alternating batches of ${BATCH}`,
  });
  report({
    id: "footprint:company-after-gc",
    ...common,
    title: `${common.title}, right after a full garbage collection`,
    library: collected.library / BATCH,
    baseline: collected.baseline / BATCH,
    note: `median of 9 alternating batches of ${BATCH}, each after a forced full garbage collection`,
  });
}

// 4. Peak memory of the accumulator, each size in a fresh process.
function memory() {
  const peak = (count) => JSON.parse(child("--memory", String(count)));
  const small = peak(1_000_000);
  const big = peak(10_000_000);
  const title = "accumulator, 10,000,000 vs 1,000,000 streamed lines";
  const baselineName = "1,000,000 lines";
  report({
    id: "footprint:memory",
    title: `${title}: heap high-water`,
    unit: "MB",
    library: big.heap,
    baseline: small.heap,
    baselineName,
    target: 1.2,
    note: "chunks of 100,000 typed lines, each size in a fresh process; the largest heap left after a GC at each chunk",
  });
  report({
    id: "footprint:rss",
    title: `${title}: max RSS`,
    unit: "MB",
    library: big.rss,
    baseline: small.rss,
    baselineName,
    note: "max RSS includes garbage V8 has not returned yet",
  });
}

// Each section runs in a fresh process, so that no section's heap or compiled code skews the next.
const sections = { fastPath, parsing, company, memory };
if (process.argv[2] === "--memory") console.log(JSON.stringify(peakMemory(Number(process.argv[3]))));
else if (process.argv[2] === "--section") sections[process.argv[3]]();
else for (const name of Object.keys(sections)) process.stdout.write(child("--section", name));
