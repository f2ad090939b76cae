// Shared helpers for the benchmark suites in this folder. A suite is a module that, run as a
// script, prints one JSON line per measurement via `report(...)`. scripts/bench.mjs runs every
// suite in its own process (so memory figures do not mix) and prints the table.

/**
 * The median wall time in milliseconds of `runs` calls of `fn` (after `warmup` calls).
 * @param {() => unknown} fn
 * @param {{ runs?: number, warmup?: number }} [options]
 */
export function medianMs(fn, { runs = 7, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i += 1) fn();
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * Prints one measurement for scripts/bench.mjs.
 * @param {{ id: string, title: string, unit: string, library: number, baseline: number,
 *   baselineName: string, target?: number | null, note?: string }} row
 */
export function report(row) {
  const ratio = row.library / row.baseline;
  console.log(JSON.stringify({ target: null, note: "", ...row, ratio }));
}
