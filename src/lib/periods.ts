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

// Months and ISO weeks: the cadence of stand-ups and reviews. Quarters stay the published unit;
// these feed the tracking page and the imported ticket figures.

/** The kinds of calendar period a ticket export is counted by. */
export type PeriodKind = 'month' | 'week' | 'quarter';

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
const weekPattern = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/;

/** A calendar month written `YYYY-MM`. */
export const isMonth = (value: string): boolean => monthPattern.test(value);

/** An ISO 8601 week written `YYYY-Www` (the ISO week-numbering year, which may differ from the calendar year at new year). */
export const isIsoWeek = (value: string): boolean => weekPattern.test(value);

const dayNumber = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
  86_400_000;
const dateOfDayNumber = (day: number): string =>
  new Date(day * 86_400_000).toISOString().slice(0, 10);

/** The month of a `YYYY-MM-DD` date. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** The quarter of a `YYYY-MM-DD` date. */
export const quarterOf = (date: string): string =>
  `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

/** The ISO week of a `YYYY-MM-DD` date: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekOf(date: string): string {
  const day = dayNumber(date);
  // 1970-01-01 was a Thursday: (day + 3) % 7 is 0 on Mondays.
  const weekday = (((day + 3) % 7) + 7) % 7;
  const thursday = day - weekday + 3;
  const year = Number(dateOfDayNumber(thursday).slice(0, 4));
  const week = Math.floor((thursday - dayNumber(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${pad(week)}`;
}

/** The period of kind `kind` that holds a `YYYY-MM-DD` date. */
export const periodOf = (kind: PeriodKind, date: string): string =>
  kind === 'month' ? monthOf(date) : kind === 'week' ? isoWeekOf(date) : quarterOf(date);

/** First and last day (`YYYY-MM-DD`) of a month, an ISO week or a quarter. Throws for anything else. */
export function calendarPeriodRange(period: string): { start: string; end: string } {
  const month = monthPattern.exec(period);
  if (month) {
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return { start: `${period}-01`, end: `${period}-${pad(last)}` };
  }
  const week = weekPattern.exec(period);
  if (week) {
    const jan4 = dayNumber(`${week[1]}-01-04`);
    const monday = jan4 - ((((jan4 + 3) % 7) + 7) % 7) + (Number(week[2]) - 1) * 7;
    return { start: dateOfDayNumber(monday), end: dateOfDayNumber(monday + 6) };
  }
  if (quarterPattern.test(period)) return { start: periodStart(period), end: periodEnd(period) };
  throw new Error(`“${period}” is not a month (YYYY-MM), an ISO week (YYYY-Www) or a quarter`);
}

/** The period of the same kind that follows `period`. */
export function nextCalendarPeriod(period: string): string {
  const { end } = calendarPeriodRange(period);
  const kind: PeriodKind = isMonth(period) ? 'month' : isIsoWeek(period) ? 'week' : 'quarter';
  return periodOf(kind, dateOfDayNumber(dayNumber(end) + 1));
}

/** The months of a quarter, in order. */
export function monthsOfQuarter(quarter: string): string[] {
  const { start } = calendarPeriodRange(quarter);
  const first = Number(start.slice(5, 7));
  return [0, 1, 2].map((i) => `${start.slice(0, 4)}-${pad(first + i)}`);
}

/** Every period of `kind` that overlaps `from`…`to` (`YYYY-MM-DD`), oldest first. */
export function periodsBetween(kind: PeriodKind, from: string, to: string): string[] {
  const out: string[] = [];
  for (let p = periodOf(kind, from); calendarPeriodRange(p).start <= to; p = nextCalendarPeriod(p))
    out.push(p);
  return out;
}
