/**
 * The one periods module. A period is a year (`2026`) or a calendar quarter (`2026-Q3`; `2026-q3`
 * in URLs and file names). Everything that parses, orders or steps through periods calls this.
 */

const quarterPattern = /^(\d{4})-[Qq]([1-4])$/;
const yearPattern = /^(\d{4})$/;

/** `2026-Q3`, also written `2026-q3` or with spaces around it, → `2026-Q3`; undefined otherwise. */
export function parseQuarter(text: string): string | undefined {
  const match = quarterPattern.exec(text.trim());
  return match ? `${match[1]}-Q${match[2]}` : undefined;
}

/** A calendar quarter written as data has it (`2026-Q3`) or as a URL has it (`2026-q3`). */
export const isQuarter = (value: string): boolean => quarterPattern.test(value);

/** A quarter or a whole year: the periods a plan and its snapshots may name. */
export const isPeriod = (value: string): boolean => isQuarter(value) || yearPattern.test(value);

/** A running quarter number, so quarters can be compared and subtracted. Throws for a non-quarter. */
export function quarterIndex(period: string): number {
  const match = quarterPattern.exec(period);
  if (!match) throw new Error(`“${period}” is not a quarter written YYYY-Qn`);
  return Number(match[1]) * 4 + Number(match[2]) - 1;
}

export const quarterFromIndex = (index: number): string =>
  `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;

/** The calendar quarter before. */
export const previousQuarter = (period: string): string =>
  quarterFromIndex(quarterIndex(period) - 1);

/** The calendar quarter after. */
export const nextQuarter = (period: string): string => quarterFromIndex(quarterIndex(period) + 1);

/** Quarters from `a` to `b` (negative if `b` is earlier). */
export const quartersBetween = (a: string, b: string): number => quarterIndex(b) - quarterIndex(a);

/** `2026-Q3` → `2026-q3` (URL segment and file name). */
export const periodSlug = (period: string): string => period.toLowerCase();

/** `2026-q3` → `2026-Q3`; undefined for anything that is not a quarter. */
export const periodFromSlug = (slug: string): string | undefined =>
  quarterPattern.test(slug) ? slug.toUpperCase() : undefined;

const pad = (n: number) => String(n).padStart(2, '0');

/** First day of a year or quarter, `YYYY-MM-DD`. */
export function periodStart(period: string): string {
  const match = quarterPattern.exec(period);
  if (!match) return `${period.slice(0, 4)}-01-01`;
  return `${match[1]}-${pad((Number(match[2]) - 1) * 3 + 1)}-01`;
}

/** Last day of a year or quarter, `YYYY-MM-DD` (the quarter's end for a quarter). */
export function periodEnd(period: string): string {
  const match = quarterPattern.exec(period);
  if (!match) return `${period.slice(0, 4)}-12-31`;
  const month = Number(match[2]) * 3;
  const lastDay = new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
  return `${match[1]}-${pad(month)}-${pad(lastDay)}`;
}

/** Sort order: by end date, then by start date (a year sorts after its fourth quarter). */
export const comparePeriods = (a: string, b: string): number =>
  periodEnd(a).localeCompare(periodEnd(b)) || periodStart(a).localeCompare(periodStart(b));
