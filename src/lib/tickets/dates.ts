/**
 * Reading the timestamps of help-desk exports. Dates are never guessed: a date without a time zone
 * needs one named by the import (`--tz`), and `3/4/2016` is read day-first or month-first only when
 * the file or the import says which.
 */

/** How a slash date is ordered: `d/m/Y` or `m/d/Y`. */
export type DateOrder = 'dmy' | 'mdy';

export type ParsedDate =
  | { ok: true; utc: number }
  | { ok: false; reason: 'unparseable' | 'ambiguous' | 'needs-tz' | 'invalid' };

const months: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const iso =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
// Day-first with dots, as German and Russian locales write it: 04.03.2026 09:00
const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
// Jira's default export format: 08/Oct/24 9:15 AM
const jira = /^(\d{1,2})\/([A-Za-z]{3})\/(\d{2}|\d{4})(?: (\d{1,2}):(\d{2})(?: ?([AaPp][Mm]))?)?$/;

const offsetCache = new Map<string, Map<number, number>>();
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Is `tz` a time zone Intl knows (IANA name such as `Asia/Shanghai`, or `UTC`)? */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Offset of `tz` from UTC at the instant `utc`, in ms; cached per hour, which is exact for every real zone. */
export function zoneOffset(tz: string, utc: number): number {
  let cache = offsetCache.get(tz);
  if (!cache) {
    cache = new Map<number, number>();
    offsetCache.set(tz, cache);
  }
  const hour = Math.floor(utc / 3_600_000);
  const hit = cache.get(hour);
  if (hit !== undefined) return hit;
  let fmt = formatters.get(tz);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, fmt);
  }
  const at = hour * 3_600_000;
  const parts: Record<string, number> = {};
  for (const p of fmt.formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  const offset = wall - at;
  cache.set(hour, offset);
  return offset;
}

/** A wall-clock time in `tz` as a UTC instant (the earlier reading in a repeated DST hour). */
export function wallToUtc(wall: number, tz: string): number {
  const first = wall - zoneOffset(tz, wall);
  return wall - zoneOffset(tz, first);
}

/** The local calendar day (`YYYY-MM-DD`) of a UTC instant in `tz`. */
export const localDay = (utc: number, tz: string): string =>
  new Date(utc + zoneOffset(tz, utc)).toISOString().slice(0, 10);

function build(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  zone: string | undefined,
  tz: string | undefined,
): ParsedDate {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59)
    return { ok: false, reason: 'invalid' };
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  if (new Date(wall).getUTCDate() !== d) return { ok: false, reason: 'invalid' };
  if (zone !== undefined) {
    if (zone === 'Z') return { ok: true, utc: wall };
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.replace(/[+:-]/g, '');
    const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
    return { ok: true, utc: wall - offset };
  }
  if (tz === undefined) return { ok: false, reason: 'needs-tz' };
  return { ok: true, utc: wallToUtc(wall, tz) };
}

/**
 * Read one timestamp as exports write it: ISO 8601 (with or without offset), `d/m/Y H:M` or
 * `m/d/Y H:M` (per `order`), or Jira's `08/Oct/24 9:15 AM`. Without an offset `tz` is required.
 */
export function parseTimestamp(
  text: string,
  tz: string | undefined,
  order: DateOrder | undefined,
): ParsedDate {
  const t = text.trim();
  let m = iso.exec(t);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[7], tz);
  m = slash.exec(t);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    let day: number;
    let month: number;
    if (order === 'dmy') [day, month] = [a, b];
    else if (order === 'mdy') [day, month] = [b, a];
    else if (a > 12 && b <= 12) [day, month] = [a, b];
    else if (b > 12 && a <= 12) [day, month] = [b, a];
    else if (a === b) [day, month] = [a, b];
    else return { ok: false, reason: 'ambiguous' };
    return build(+m[3]!, month, day, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), undefined, tz);
  }
  m = dotted.exec(t);
  if (m)
    return build(+m[3]!, +m[2]!, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), undefined, tz);
  m = jira.exec(t);
  if (m) {
    const month = months[m[2]!.toLowerCase()];
    if (!month) return { ok: false, reason: 'unparseable' };
    const year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
    let hour = +(m[4] ?? 0);
    const ampm = m[6]?.toLowerCase();
    if (ampm && (hour < 1 || hour > 12)) return { ok: false, reason: 'invalid' };
    if (ampm === 'pm' && hour < 12) hour += 12;
    if (ampm === 'am' && hour === 12) hour = 0;
    return build(year, month, +m[1]!, hour, +(m[5] ?? 0), 0, undefined, tz);
  }
  return { ok: false, reason: 'unparseable' };
}

/** What a slash date says about the file's order: `dmy` when its first number is over 12, `mdy` when its second is, else nothing. */
export function slashDateEvidence(text: string): DateOrder | undefined {
  const m = slash.exec(text.trim());
  if (!m) return undefined;
  if (+m[1]! > 12 && +m[2]! <= 12) return 'dmy';
  if (+m[2]! > 12 && +m[1]! <= 12) return 'mdy';
  return undefined;
}

/** Jira's duration format (`1d 4h 30m`, `-2h`, `45m`) in minutes; a working day is `dayMinutes`. */
export function parseJiraDuration(text: string, dayMinutes: number): number | undefined {
  const t = text.trim();
  const m = /^(-)?\s*(?:(\d+)w\s*)?(?:(\d+)d\s*)?(?:(\d+)h\s*)?(?:(\d+)m)?$/.exec(t);
  if (!m || t === '' || t === '-') return undefined;
  const minutes =
    +(m[2] ?? 0) * 5 * dayMinutes + +(m[3] ?? 0) * dayMinutes + +(m[4] ?? 0) * 60 + +(m[5] ?? 0);
  return m[1] ? -minutes : minutes;
}

/** `HH:MM:SS` (hours may exceed 24) in minutes, as Freshdesk writes elapsed times. */
export function parseHms(text: string): number | undefined {
  const m = /^(-)?(\d+):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const minutes = +m[2]! * 60 + +m[3]! + +(m[4] ?? 0) / 60;
  return m[1] ? -minutes : minutes;
}
