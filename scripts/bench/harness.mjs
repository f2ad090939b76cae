// Shared helpers for the benchmark suites in this folder. A suite is a module that, run as a
// script, prints one JSON line per measurement via `report(...)`. scripts/bench.mjs runs every
// suite in its own process (so memory figures do not mix) and prints the table.

/** The median of a list of numbers. @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall time of one call in milliseconds. @param {() => unknown} fn */
export function timeMs(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * The median wall time in milliseconds of `runs` calls of `fn` (after `warmup` calls).
 * @param {() => unknown} fn
 * @param {{ runs?: number, warmup?: number }} [options]
 */
export function medianMs(fn, { runs = 7, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i += 1) fn();
  return median(Array.from({ length: runs }, () => timeMs(fn)));
}

/**
 * Times several functions in alternation (a, b, a, b, ...), so that a machine busy with other work
 * slows each alike, and returns the median milliseconds of each, keyed like `fns`. Before each call
 * it forces a full garbage collection (so no call pays for another's garbage) unless `collect` is
 * false.
 * @template {Record<string, () => unknown>} T
 * @param {T} fns
 * @param {{ runs?: number, warmup?: number, collect?: boolean }} [options]
 * @returns {Record<keyof T, number>}
 */
export function interleavedMs(fns, { runs = 7, warmup = 1, collect = true } = {}) {
  const entries = Object.entries(fns);
  for (let i = 0; i < warmup; i += 1) for (const [, fn] of entries) fn();
  const times = Object.fromEntries(entries.map(([name]) => [name, []]));
  for (let i = 0; i < runs; i += 1) {
    for (const [name, fn] of entries) {
      if (collect) globalThis.gc?.();
      times[name].push(timeMs(fn));
    }
  }
  return Object.fromEntries(entries.map(([name]) => [name, median(times[name])]));
}

/**
 * Prints one measurement for scripts/bench.mjs.
 * `target` bounds the ratio to the baseline; `limit` bounds the library's own figure (in `unit`),
 * for targets that are absolute (a size, a time per call); a row may have either or neither.
 * @param {{ id: string, title: string, unit: string, library: number, baseline: number,
 *   baselineName: string, target?: number | null, limit?: number | null, note?: string }} row
 */
export function report(row) {
  const ratio = row.library / row.baseline;
  console.log(JSON.stringify({ target: null, limit: null, note: "", ...row, ratio }));
}
