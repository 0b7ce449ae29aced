import { describe, expect, it } from 'vitest';
import {
  localDay,
  parseHms,
  parseJiraDuration,
  parseTimestamp,
  slashDateEvidence,
} from '../../src/lib/tickets/dates.ts';
import {
  calendarPeriodRange,
  isIsoWeek,
  isMonth,
  isoWeekOf,
  monthsOfQuarter,
  nextCalendarPeriod,
  periodsBetween,
  quarterOf,
} from '../../src/lib/periods.ts';

const iso = (r: ReturnType<typeof parseTimestamp>) =>
  r.ok ? new Date(r.utc).toISOString() : r.reason;

describe('export timestamps', () => {
  it('reads ISO with and without offset, the latter only with a zone', () => {
    expect(iso(parseTimestamp('2026-03-04T09:15:00Z', undefined, undefined))).toBe(
      '2026-03-04T09:15:00.000Z',
    );
    expect(iso(parseTimestamp('2026-03-04 09:15:00 +0800', undefined, undefined))).toBe(
      '2026-03-04T01:15:00.000Z',
    );
    expect(iso(parseTimestamp('2026-03-04 09:15:00', undefined, undefined))).toBe('needs-tz');
    expect(iso(parseTimestamp('2026-03-04 09:15:00', 'Asia/Shanghai', undefined))).toBe(
      '2026-03-04T01:15:00.000Z',
    );
  });

  it('follows daylight saving time of the named zone', () => {
    expect(iso(parseTimestamp('2026-03-28 12:00', 'Europe/Berlin', undefined))).toBe(
      '2026-03-28T11:00:00.000Z',
    );
    expect(iso(parseTimestamp('2026-03-30 12:00', 'Europe/Berlin', undefined))).toBe(
      '2026-03-30T10:00:00.000Z',
    );
    expect(localDay(Date.parse('2026-03-29T22:30:00Z'), 'Europe/Berlin')).toBe('2026-03-30');
  });

  it('never guesses the order of a slash date', () => {
    expect(iso(parseTimestamp('3/4/2016 10:00', 'UTC', undefined))).toBe('ambiguous');
    expect(iso(parseTimestamp('3/4/2016 10:00', 'UTC', 'dmy'))).toBe('2016-04-03T10:00:00.000Z');
    expect(iso(parseTimestamp('3/4/2016 10:00', 'UTC', 'mdy'))).toBe('2016-03-04T10:00:00.000Z');
    expect(iso(parseTimestamp('29/2/2016 01:16', 'UTC', undefined))).toBe(
      '2016-02-29T01:16:00.000Z',
    );
    expect(iso(parseTimestamp('4/4/2016', 'UTC', undefined))).toBe('2016-04-04T00:00:00.000Z');
    expect(slashDateEvidence('29/2/2016 01:16')).toBe('dmy');
    expect(slashDateEvidence('2/29/2016 01:16')).toBe('mdy');
    expect(slashDateEvidence('3/4/2016 01:16')).toBeUndefined();
  });

  it('rejects dates that do not exist and text that is no date', () => {
    expect(iso(parseTimestamp('31/13/2016 09:00', 'UTC', 'dmy'))).toBe('invalid');
    expect(iso(parseTimestamp('2026-02-30 09:00', 'UTC', undefined))).toBe('invalid');
    expect(iso(parseTimestamp('yesterday', 'UTC', undefined))).toBe('unparseable');
  });

  it('reads Jira dates, dotted dates, Jira durations and HH:MM:SS', () => {
    expect(iso(parseTimestamp('08/Oct/24 9:15 PM', 'UTC', undefined))).toBe(
      '2024-10-08T21:15:00.000Z',
    );
    expect(iso(parseTimestamp('08/Oct/24 12:05 AM', 'UTC', undefined))).toBe(
      '2024-10-08T00:05:00.000Z',
    );
    expect(iso(parseTimestamp('04.03.2026 09:00', 'UTC', undefined))).toBe(
      '2026-03-04T09:00:00.000Z',
    );
    expect(parseJiraDuration('1d 2h 30m', 480)).toBe(630);
    expect(parseJiraDuration('-2h', 480)).toBe(-120);
    expect(parseJiraDuration('soon', 480)).toBeUndefined();
    expect(parseHms('04:00:00')).toBe(240);
    expect(parseHms('26:30')).toBe(1590);
  });
});

describe('months and ISO weeks', () => {
  it('numbers ISO weeks across the new year', () => {
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(isoWeekOf('2021-01-04')).toBe('2021-W01');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(calendarPeriodRange('2025-W01')).toEqual({ start: '2024-12-30', end: '2025-01-05' });
    expect(calendarPeriodRange('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(calendarPeriodRange('2026-Q3')).toEqual({ start: '2026-07-01', end: '2026-09-30' });
  });

  it('steps, lists and recognises periods', () => {
    expect(periodsBetween('week', '2024-12-20', '2025-01-10')).toEqual([
      '2024-W51',
      '2024-W52',
      '2025-W01',
      '2025-W02',
    ]);
    expect(nextCalendarPeriod('2026-12')).toBe('2027-01');
    expect(nextCalendarPeriod('2026-W53')).toBe('2027-W01');
    expect(monthsOfQuarter('2026-Q3')).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(quarterOf('2026-11-23')).toBe('2026-Q4');
    expect([
      isMonth('2026-13'),
      isMonth('2026-09'),
      isIsoWeek('2026-W54'),
      isIsoWeek('2026-W09'),
    ]).toEqual([false, true, false, true]);
    expect(() => calendarPeriodRange('2026')).toThrow(/not a month/);
  });
});
