import type { ScopeFigures, TicketFigures } from '../../../src/schemas/ticket-figures.ts';

/** One scope's figures, every measure filled; override parts with `over`. */
export const ticketScope = (over: Partial<ScopeFigures> = {}): ScopeFigures => ({
  volume: 100,
  solved: 90,
  backlog: 12,
  firstReplyHours: { n: 90, mean: 30, median: 20, p90: 60 },
  firstReplyBusinessHours: { n: 90, mean: 12, median: 8, p90: 30 },
  resolutionHours: { n: 90, mean: 50, median: 40, p90: 100 },
  resolutionBusinessHours: null,
  reopenRate: 8.3333,
  reassignmentRate: 12.04,
  slaAttainment: null,
  csat: 80,
  oneTouchRate: 55,
  repeatContactRate: 30.26,
  ...over,
});

/** A figures file's provenance: one Zendesk export of April to early October 2026. */
export const ticketProvenance = (
  over: Partial<TicketFigures['provenance']> = {},
): TicketFigures['provenance'] => ({
  source: 'zendesk',
  system: 'Zendesk',
  files: [{ file: 'data/exports/x.csv.gz', sha256: 'a'.repeat(64), rows: 300, rejected: 0 }],
  tickets: 300,
  timeZone: 'Asia/Shanghai',
  firstDay: '2026-04-01',
  lastDay: '2026-10-05',
  exportedOn: '2026-10-09',
  repeatWindowDays: 7,
  workingDayMinutes: 480,
  engine: 'v1.5.6',
  computedAt: '2026-10-10T00:00:00.000Z',
  ...over,
});
