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

export const p95 = (values: readonly number[]): number => percentile(values, 95);

export const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

export const kb = (bytes: number): string => `${round(bytes / 1024)} KB`;

/** The size of a buffer or file after `gzip -9`, what a compressing host sends. */
export const gzipSize = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

export const gzipFileBytes = (file: string): number => gzipSize(readFileSync(file));
