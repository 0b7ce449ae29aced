/** Periods are quarters (`2026-Q1`) or whole years (`2026`). */
const pattern = /^(\d{4})(?:-Q([1-4]))?$/;

export const isPeriod = (period: string): boolean => pattern.test(period);

/** First day of a period, `YYYY-MM-DD`. */
export function periodStart(period: string): string {
  const match = pattern.exec(period);
  if (!match) return `${period}-01-01`;
  const quarter = Number(match[2] ?? 1);
  return `${match[1]}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** Last day of a period, `YYYY-MM-DD`. */
export function periodEnd(period: string): string {
  const match = pattern.exec(period);
  if (!match) return `${period}-12-31`;
  const quarter = Number(match[2] ?? 4);
  const month = quarter * 3;
  const lastDay = new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/** Sort order for periods: by end date, then by start date. */
export const comparePeriods = (a: string, b: string): number =>
  periodEnd(a).localeCompare(periodEnd(b)) || periodStart(a).localeCompare(periodStart(b));
