import { describe, expect, it } from 'vitest';
import { kpisOfPeriod, mergeTicketFigures } from '../../src/lib/tickets/merge.ts';
import { formatCell, provenanceFor, tagTable, trackingTable } from '../../src/lib/tickets/view.ts';
import type { Snapshot } from '../../src/schemas/snapshot.ts';
import type { TicketFigures } from '../../src/schemas/ticket-figures.ts';
import { ticketProvenance, ticketScope } from './helpers/ticket-figures.ts';

const scope = ticketScope;

const figures: TicketFigures = {
  version: 1,
  provenance: ticketProvenance(),
  unsupported: [{ measure: 'SLA attainment', reason: 'no “sla” column' }],
  proxies: { 'escalation-rate': 'reassigned: Group stations ≥ 2' },
  periods: {
    '2026-Q3': {
      kind: 'quarter',
      start: '2026-07-01',
      end: '2026-09-30',
      complete: true,
      scopes: { all: scope(), ticket: scope() },
      categories: [],
      tags: [],
    },
    '2026-Q4': {
      kind: 'quarter',
      start: '2026-10-01',
      end: '2026-12-31',
      complete: false,
      scopes: { all: scope({ backlog: null }) },
      categories: [],
      tags: [],
    },
    '2026-09': {
      kind: 'month',
      start: '2026-09-01',
      end: '2026-09-30',
      complete: true,
      scopes: { all: scope() },
      categories: [],
      tags: [],
    },
    '2026-10': {
      kind: 'month',
      start: '2026-10-01',
      end: '2026-10-31',
      complete: false,
      scopes: { all: scope({ backlog: null }) },
      categories: [],
      tags: [],
    },
  },
};

const snapshot = (metrics: Record<string, number | null>): Snapshot => ({
  period: '2026-Q3',
  metrics,
  channels: {},
  funnel: [],
  problems: [],
  skills: [],
});

describe('computed ticket figures in the metrics model', () => {
  it('gives the catalog KPIs the export supports, rounded as typed, with proxies and time basis', () => {
    expect(kpisOfPeriod(figures.periods['2026-Q3']!, figures)).toEqual([
      { id: 'ticket-volume', value: 100 },
      { id: 'backlog', value: 12 },
      { id: 'reopen-rate', value: 8.3 },
      { id: 'escalation-rate', value: 12, note: 'proxy: reassigned: Group stations ≥ 2' },
      { id: 'repeat-contact-rate', value: 30.3 },
      { id: 'frt-ticket', value: 1.5, note: 'business' },
      { id: 'frt-ticket', channel: 'ticket', value: 1.5, note: 'business' },
    ]);
  });

  it('fills a complete quarter, leaves typed KPIs it does not compute, skips incomplete quarters', () => {
    const merged = mergeTicketFigures([snapshot({ csat: 84 })], figures, []);
    expect(merged.problems).toEqual([]);
    expect(merged.value[0]!.metrics).toMatchObject({
      csat: 84,
      'ticket-volume': 100,
      'frt-ticket': 1.5,
    });
    expect(merged.value[0]!.channels['ticket']).toEqual({ 'frt-ticket': 1.5 });
    const q4 = mergeTicketFigures([{ ...snapshot({}), period: '2026-Q4' }], figures, []);
    expect(q4.value[0]!.metrics).toEqual({});
  });

  it('a typed value the export also computes is an error naming both', () => {
    const text = '{\n  "period": "2026-Q3",\n  "metrics": {\n    "backlog": 11\n  }\n}\n';
    const merged = mergeTicketFigures([snapshot({ backlog: 11 })], figures, [
      { file: 'data/snapshots/2026-q3.json', text },
    ]);
    expect(
      merged.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.field} ${p.message}`),
    ).toEqual([
      'data/snapshots/2026-q3.json:4:5 metrics.backlog backlog for 2026-Q3 is typed as 11 here, and computed as 12 from data/exports/x.csv.gz (data/tickets/computed.json)',
    ]);
    expect(merged.value[0]!.metrics['backlog']).toBe(11);
  });
});

describe('pages over the figures', () => {
  it('the provenance line of a covered quarter, none for a partial one', () => {
    expect(provenanceFor(figures, '2026-Q3')).toMatchObject({
      tickets: 100,
      system: 'Zendesk',
      exportedOn: '2026-10-09',
      files: [{ name: 'x.csv.gz' }],
      kpis: [
        'ticket-volume',
        'backlog',
        'reopen-rate',
        'escalation-rate',
        'repeat-contact-rate',
        'frt-ticket',
      ],
      proxies: { 'escalation-rate': 'reassigned: Group stations ≥ 2' },
    });
    expect(provenanceFor(figures, '2026-Q4')).toBeUndefined();
    expect(provenanceFor(undefined, '2026-Q3')).toBeUndefined();
  });

  it('tracking rows newest first, partial periods marked, empty columns left out', () => {
    const months = trackingTable(figures, 'month', 12);
    expect(months.rows.map((r) => [r.period, r.partial])).toEqual([
      ['2026-10', true],
      ['2026-09', false],
    ]);
    expect(months.columns).not.toContain('slaAttainment');
    expect(months.firstReplyBasis).toBe('business');
    expect(formatCell(months.rows[1]!.cells.reopenRate, 'en')).toBe('8.3%');
    expect(formatCell(months.rows[1]!.cells.firstReply, 'zh-cn')).toBe('8.0 小时');
    expect(formatCell(months.rows[0]!.cells.backlog, 'en')).toBe('—');
  });

  it('tags of the last months: the most used over them, each month’s share, weeks ignored', () => {
    const tagged: TicketFigures = {
      ...figures,
      periods: {
        ...figures.periods,
        '2026-09': {
          ...figures.periods['2026-09']!,
          tags: [
            { tag: 'vip', tickets: 30 },
            { tag: 'chaser', tickets: 5 },
          ],
        },
        '2026-10': {
          ...figures.periods['2026-10']!,
          tags: [
            { tag: 'chaser', tickets: 40 },
            { tag: 'billing', tickets: 1 },
          ],
        },
      },
    };
    const table = tagTable(tagged, 6, 2);
    expect(table.months).toEqual([
      { period: '2026-10', partial: true },
      { period: '2026-09', partial: false },
    ]);
    // chaser 45 over both months, vip 30, billing 1 (left out: only the top 2).
    expect(table.rows).toEqual([
      {
        tag: 'chaser',
        cells: [
          { tickets: 40, share: 40 },
          { tickets: 5, share: 5 },
        ],
      },
      {
        tag: 'vip',
        cells: [
          { tickets: 0, share: 0 },
          { tickets: 30, share: 30 },
        ],
      },
    ]);
    expect(tagTable(figures).rows).toEqual([]);
  });
});
