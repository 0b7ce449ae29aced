const DAY = 86_400_000;

/** `YYYY-MM-DD` plus whole days, in UTC so the machine's timezone never moves a date. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

// One formatter per locale: creating an Intl.DateTimeFormat costs far more than using one, and a
// 10,000-article build formats dates hundreds of thousands of times.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date for people: 2026年9月15日 / 15 Sep 2026. */
export function formatDate(isoDate: string, locale: string): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'zh-cn' ? 'zh-CN' : 'en-GB', {
      year: 'numeric',
      month: locale === 'zh-cn' ? 'long' : 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}
