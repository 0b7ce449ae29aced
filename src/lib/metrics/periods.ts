/** Quarters as the reports name them: `2026-Q3` in data, `2026-q3` in URLs and file names. */

const pattern = /^(\d{4})-[Qq]([1-4])$/;

export const isPeriod = (value: string): boolean => pattern.test(value);

/** A running quarter number, so quarters can be compared and subtracted. */
export function periodIndex(period: string): number {
  const match = pattern.exec(period);
  if (!match) throw new Error(`not a quarter: ${period}`);
  return Number(match[1]) * 4 + Number(match[2]) - 1;
}

export const periodFromIndex = (index: number): string =>
  `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;

/** `2026-Q3` → `2026-q3` (URL segment and file name). */
export const periodSlug = (period: string): string => period.toLowerCase();

/** `2026-q3` → `2026-Q3`; undefined for anything that is not a quarter. */
export const periodFromSlug = (slug: string): string | undefined =>
  pattern.test(slug) ? slug.toUpperCase() : undefined;

export const comparePeriods = (a: string, b: string): number => periodIndex(a) - periodIndex(b);

/** The calendar quarter before. */
export const previousQuarter = (period: string): string => periodFromIndex(periodIndex(period) - 1);

/** Quarters from `a` to `b` (negative if `b` is earlier). */
export const quartersBetween = (a: string, b: string): number => periodIndex(b) - periodIndex(a);
