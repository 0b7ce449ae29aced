/**
 * Each vendor's export, in its own column format (test/fixtures/tickets/), through the real
 * import: csv-parse, the normaliser, DuckDB and the KPI SQL. Expected figures are worked out by
 * hand from the fixture rows (see the comments).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTickets } from '../../src/lib/tickets/import.ts';
import { loadMapping } from '../../src/lib/tickets/mapping.ts';
import { kpisOfPeriod } from '../../src/lib/tickets/merge.ts';
import { sources, type SourceDefinition } from '../../src/lib/tickets/sources.ts';

const fixtures = join(import.meta.dirname, '../fixtures/tickets');
const file = (name: string) => ({
  path: join(fixtures, name),
  name: `test/fixtures/tickets/${name}`,
});
let work: string;
beforeAll(() => (work = mkdtempSync(join(tmpdir(), 'tickets-vendors-'))));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const mapping = () => {
  const m = loadMapping(
    join(fixtures, 'generic-mapping.yaml'),
    'test/fixtures/tickets/generic-mapping.yaml',
  );
  expect(m.problems).toEqual([]);
  return m.value!;
};

describe('vendor exports', () => {
  it('Zendesk CSV: every figure of March 2026, per channel', async () => {
    const r = await importTickets({
      files: [file('zendesk.csv')],
      source: sources.zendesk,
      tz: 'Asia/Shanghai',
    });
    expect(r.problems).toEqual([]);
    expect(r.files[0]).toMatchObject({ rows: 4, rejected: 0 });
    const march = r.value!.periods['2026-03']!;
    const all = march.scopes['all']!;
    expect(all.volume).toBe(3);
    expect(all.backlog).toBe(1); // 103 is still open on 31 March
    expect(all.repeatContactRate).toBeCloseTo(33.3333, 3); // 103: requester 9001 again, 5 days after 101
    expect(all.reassignmentRate).toBeCloseTo(33.3333, 3); // 102 went through two groups
    expect(all.reopenRate).toBe(50); // solved in March: 101, 102 (reopened)
    expect(all.oneTouchRate).toBe(50); // 101: one reply, never reopened
    expect(all.csat).toBe(50); // Good, Bad, Unoffered
    expect(all.resolutionHours).toEqual({ n: 2, mean: 72, median: 72, p90: 110.4 }); // 24 h and 120 h
    expect(march.scopes['ticket']!.firstReplyBusinessHours).toMatchObject({ n: 2, mean: 3 }); // 120 and 240 min
    expect(march.scopes['chat']!.firstReplyHours).toMatchObject({ n: 1, mean: 0.0167 }); // one minute
    expect(r.value!.periods['2026-04']!.scopes['phone']!.volume).toBe(1); // the call with a two-line subject
    expect(r.value!.unsupported.map((u) => u.measure)).toEqual(['SLA attainment']);
    // Tags split on white space, counted per ticket: 101 and 103 order_status, 102 refund_delay vip.
    expect(march.tags).toEqual([
      { tag: 'order_status', tickets: 2 },
      { tag: 'refund_delay', tickets: 1 },
      { tag: 'vip', tickets: 1 },
    ]);
    expect(r.value!.periods['2026-Q1']!.tags).toEqual(march.tags);
    expect(r.value!.periods['2026-W10']!.tags).toEqual([]); // weeks carry no tag counts
    expect(kpisOfPeriod(march, r.value!)).toContainEqual({
      id: 'frt-ticket',
      value: 0.4,
      note: 'business',
    });
    expect(kpisOfPeriod(march, r.value!)).toContainEqual({
      id: 'frt-chat',
      value: 60,
      note: 'calendar',
    });
  });

  it('Zendesk incremental JSON with metric_sets', async () => {
    const r = await importTickets({
      files: [file('zendesk-incremental.json')],
      source: sources.zendesk,
    });
    expect(r.problems).toEqual([]);
    const all = r.value!.periods['2026-03']!.scopes['all']!;
    expect(all.volume).toBe(2);
    expect(all.reassignmentRate).toBe(50);
    expect(all.csat).toBe(100);
    expect(all.backlog).toBeNull(); // the export ends on 4 March: the month's end is not known yet
    expect(r.value!.periods['2026-03']!.complete).toBe(false);
    expect(r.value!.periods['2026-03']!.scopes['ticket']!.firstReplyBusinessHours).toMatchObject({
      mean: 1,
    });
  });

  it('Freshdesk: first reply from Initial response time, SLA from Resolution status, CSAT from Survey results', async () => {
    const r = await importTickets({
      files: [file('freshdesk.csv')],
      source: sources.freshdesk,
      tz: 'Asia/Shanghai',
    });
    expect(r.problems).toEqual([]);
    const march = r.value!.periods['2026-03']!;
    const all = march.scopes['all']!;
    expect(all.volume).toBe(3);
    expect(all.slaAttainment).toBe(50);
    expect(all.csat).toBe(50);
    // 2 h, 20 h (14:00 → 10:00 next day) and 10 min
    expect(all.firstReplyHours).toMatchObject({ n: 3, median: 2 });
    expect(march.scopes['ticket']!.firstReplyBusinessHours).toMatchObject({ n: 2, mean: 3 }); // 2.0 h and 04:00:00
    expect(march.scopes['phone']!.volume).toBe(1);
    expect(march.tags).toEqual([
      { tag: 'order_status', tickets: 1 },
      { tag: 'refund_delay', tickets: 1 },
    ]);
  });

  it('Jira Service Management: Jira dates and SLA durations', async () => {
    const r = await importTickets({ files: [file('jira.csv')], source: sources.jira, tz: 'UTC' });
    expect(r.problems).toEqual([]);
    const all = r.value!.periods['2026-03']!.scopes['all']!;
    expect(all.volume).toBe(3);
    expect(all.csat).toBe(50); // ratings 5 and 2 on a 1–5 scale
    expect(all.firstReplyBusinessHours).toMatchObject({ n: 2, mean: 6.25 }); // 2h 30m and 1d 2h (8 h days)
    expect(all.resolutionHours).toMatchObject({ n: 2, median: 73.875 }); // 31 h and 116.75 h
    expect(all.repeatContactRate).toBeCloseTo(33.3333, 3); // customer-a again after 4 days
    expect(r.value!.periods['2026-03']!.tags.map((t) => t.tag)).toEqual(['access', 'billing']); // Labels
  });

  it('a generic CSV through a mapping file: separator, dotted dates, own channel and SLA words', async () => {
    const r = await importTickets({ files: [file('generic.csv')], source: mapping() });
    expect(r.problems).toEqual([]);
    expect(r.value!.provenance).toMatchObject({
      system: 'Shop help desk',
      timeZone: 'Europe/Berlin',
    });
    const all = r.value!.periods['2026-03']!.scopes['all']!;
    expect(all.volume).toBe(3);
    expect(all.slaAttainment).toBeCloseTo(66.6667, 3);
    expect(all.reassignmentRate).toBeCloseTo(33.3333, 3);
    expect(all.repeatContactRate).toBeCloseTo(33.3333, 3); // C1 again 6 days 7.5 h later
    expect(all.resolutionHours).toMatchObject({ median: 31.75 }); // 24 h and 39.5 h
    // The mapping's separator "|": “Late|VIP” and “late” are one tag in any case.
    expect(r.value!.periods['2026-03']!.tags).toEqual([
      { tag: 'late', tickets: 2 },
      { tag: 'vip', tickets: 1 },
    ]);
  });
});

describe('bad input is named by file, row and column', () => {
  const header =
    'Ticket no.;Opened;Closed;Channel;Customer;First answer (min);Reopened;Handed over;Met SLA;Rating;Topic;Labels';
  const write = (name: string, rows: string[]) => {
    const path = join(work, name);
    writeFileSync(path, [header, ...rows].join('\n'));
    return { path, name };
  };

  it('ambiguous dates, an unknown channel, a negative duration and a duplicate id', async () => {
    const source: SourceDefinition = { ...mapping() };
    const f = write('bad.csv', [
      'T-1;3/4/2026 09:00;5/4/2026 09:00;E-mail;C1;30;0;0;yes;5;Delivery;',
      'T-2;04.03.2026 10:00;;Fax;C2;2;0;1;no;;Billing;',
      'T-3;04.03.2026 11:00;;E-mail;C3;-5;0;0;yes;;Billing;',
      'T-4;04.03.2026 12:00;;E-mail;C4;5;0;0;yes;;Billing;',
      'T-4;04.03.2026 13:00;;E-mail;C5;5;0;0;yes;;Billing;',
    ]);
    const r = await importTickets({ files: [f], source, maxRejected: '100%' });
    const shown = r.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code} ${p.message}`);
    expect([...shown].sort()).toEqual(
      [
        'bad.csv:2:2 tickets.date-ambiguous row 1, column “Opened”: “3/4/2026 09:00” can be read day first or month first, and no date in the file settles it',
        'bad.csv:2:3 tickets.date-ambiguous row 1, column “Closed”: “5/4/2026 09:00” can be read day first or month first, and no date in the file settles it',
        'bad.csv:3:4 tickets.channel row 2, column “Channel”: the channel “Fax” is not known',
        'bad.csv:4:6 tickets.negative row 3, column “First answer (min)”: the duration “-5” is negative',
        'bad.csv:6:1 tickets.duplicate-id row 5, column “Ticket no.”: ticket “T-4” already appears on row 4',
      ].sort(),
    );
    expect(r.files[0]).toMatchObject({ rows: 5, rejected: 4 });
    expect(r.value!.provenance.tickets).toBe(1);
    // The order settles it: 3 April.
    const ordered = await importTickets({
      files: [f],
      source,
      dateOrder: 'dmy',
      maxRejected: '100%',
    });
    expect(ordered.value!.periods['2026-04']!.scopes['all']!.volume).toBe(1);
  });

  it('dates without a zone need --tz: one message, nothing computed', async () => {
    const r = await importTickets({ files: [file('zendesk.csv')], source: sources.zendesk });
    expect(r.value).toBeUndefined();
    expect(r.problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.message}`)).toEqual([
      '2:16 tickets.date-needs-tz row 1, column “Created at”: “2026-03-02 09:00:00” has no time zone, and none was named',
    ]);
  });
});
