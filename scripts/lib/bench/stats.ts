/** Small number helpers shared by the benchmarks. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The p-th percentile (0–100) by the nearest-rank method; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

const gzipSizes = new Map<string, number>();

/**
 * The size of a file after `gzip -9`, what a compressing host sends. Kept by path: a run asks for
 * the same CSS, JS and index files on every page type, and the files do not change during it.
 */
export function gzipFileBytes(file: string): number {
  let size = gzipSizes.get(file);
  if (size === undefined)
    gzipSizes.set(file, (size = gzipSync(readFileSync(file), { level: 9 }).length));
  return size;
}
