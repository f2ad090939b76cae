import type { Decimal } from "decimal.js";
import { ofMillionths } from "../core/decimal.js";
import { wideZero } from "./exact.js";

// The exact sum of a group's quantities, chunk by chunk: a chunk's quantities are pending until the
// whole chunk is valid (commit), and dropped when a line is refused (rollback).
//
// The fast lane: quantities that are numbers with at most 6 decimals and at most 4e9 are summed
// exactly as integers (x 1e6) in a float: `n / 1e6 === q` proves the number's decimal value is
// n x 10^-6, and every partial sum stays below 2^53 (it is flushed to a Decimal above 4.5e15).
// Anything else goes through decimal.js (Wide, wide enough for any sum inside the exact domain).

/** The scale of the fast lane: quantities as integer millionths. */
const SCALE = 1e6;
/** The largest quantity the fast lane takes. */
const FAST_MAX = 4e9;
/** The pending integer sum is moved into the Decimal sum above this (2^53 is about 9.007e15). */
const FLUSH_AT = 4.5e15;

/** A running exact sum with a pending chunk. */
export interface Sum {
  sum: Decimal;
  lines: number;
  /** The chunk being added: committed only when the whole chunk is valid. */
  pendingInt: number; // sum of quantities x 1e6 that were exact 6-decimal numbers
  pendingDec: Decimal | null;
  pendingLines: number;
  /** The chunk this sum was last touched in (0: none pending). */
  epoch: number;
}

/** A new, empty sum of what `template` describes (one object literal: every sum has one shape). */
export function emptySum<T>(template: T): Sum & { readonly template: T } {
  return { template, sum: wideZero(), lines: 0, pendingInt: 0, pendingDec: null, pendingLines: 0, epoch: 0 };
}

/**
 * The quantity as integer millionths when the fast lane can take it exactly, else -1: a number
 * from 0 to 4e9 with at most 6 decimals.
 */
export function scaled(q: unknown): number {
  if (typeof q !== "number" || !(q >= 0 && q <= FAST_MAX)) return -1;
  const n = Math.round(q * SCALE);
  return n / SCALE === q ? n : -1;
}

/** Opens the sum for chunk `epoch` (once per chunk), remembering it in `touched`. */
export function touch(sum: Sum, epoch: number, touched: Sum[]): void {
  if (sum.epoch === epoch) return;
  sum.epoch = epoch;
  sum.pendingInt = 0;
  sum.pendingDec = null;
  sum.pendingLines = 0;
  touched.push(sum);
}

/** Adds one line's quantity as integer millionths (from {@link scaled}) to the pending chunk. */
export function addScaled(sum: Sum, n: number, epoch: number, touched: Sum[]): void {
  touch(sum, epoch, touched);
  sum.pendingLines++;
  sum.pendingInt += n;
  if (sum.pendingInt > FLUSH_AT) {
    sum.pendingDec = (sum.pendingDec ?? wideZero()).plus(ofMillionths(sum.pendingInt));
    sum.pendingInt = 0;
  }
}

/** Adds one line's exact quantity to the pending chunk. */
export function addDecimal(sum: Sum, amount: Decimal, epoch: number, touched: Sum[]): void {
  touch(sum, epoch, touched);
  sum.pendingLines++;
  sum.pendingDec = (sum.pendingDec ?? wideZero()).plus(amount);
}

/** Commits the pending chunk of every touched sum. */
export function commit(touched: readonly Sum[]): void {
  for (const sum of touched) {
    let total = sum.sum;
    if (sum.pendingDec !== null) total = total.plus(sum.pendingDec);
    if (sum.pendingInt !== 0) total = total.plus(ofMillionths(sum.pendingInt));
    sum.sum = total;
    sum.lines += sum.pendingLines;
    sum.epoch = 0;
  }
}

/** Drops the pending chunk of every touched sum: the sums are as before the chunk. */
export function rollback(touched: readonly Sum[]): void {
  for (const sum of touched) sum.epoch = 0;
}
