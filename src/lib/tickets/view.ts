/**
 * What the pages show of the computed ticket figures: the provenance line beside a quarter's
 * computed KPIs, and the tracking tables (last weeks and months). Pure: figures in, rows out.
 */
import type { PeriodFigures, ScopeFigures, TicketFigures } from '../../schemas/ticket-figures.ts';
import type { Locale } from '../../schemas/localized.ts';
import { langTag, translate } from '../i18n.ts';
import type { PeriodKind } from '../periods.ts';
import { kpisOfPeriod } from './merge.ts';

export interface Provenance {
  tickets: number;
  system: string;
  exportedOn: string;
  files: { name: string; sha256: string }[];
  timeZone: string;
  /** Catalog KPI ids this quarter's report takes from the export. */
  kpis: string[];
  /** Proxies, by KPI id. */
  proxies: Record<string, string>;
}

/** The provenance line of a quarter, or undefined when the export does not cover it. */
export function provenanceFor(
  figures: TicketFigures | undefined,
  period: string,
): Provenance | undefined {
  const p = figures?.periods[period];
  if (!figures || !p || p.kind !== 'quarter' || !p.complete) return undefined;
  const kpis = [...new Set(kpisOfPeriod(p, figures).map((k) => k.id))];
  return {
    tickets: p.scopes['all']?.volume ?? 0,
    system: figures.provenance.system,
    exportedOn: figures.provenance.exportedOn,
    files: figures.provenance.files.map((f) => ({
      name: f.file.split('/').pop() ?? f.file,
      sha256: f.sha256,
    })),
    timeZone: figures.provenance.timeZone,
    kpis,
    proxies: Object.fromEntries(
      Object.entries(figures.proxies).filter(([id]) => kpis.includes(id)),
    ),
  };
}

/** Columns of the tracking tables, in order; each shown only when the export gives it. */
export const trackingColumns = [
  'volume',
  'backlog',
  'firstReply',
  'resolution',
  'reopenRate',
  'reassignmentRate',
  'repeatContactRate',
  'slaAttainment',
  'csat',
] as const;
export type TrackingColumn = (typeof trackingColumns)[number];

export interface TrackingCell {
  value: number | null;
  /** `hours`, `percent` or `count`. */
  unit: 'hours' | 'percent' | 'count';
}

export interface TrackingRow {
  period: string;
  start: string;
  end: string;
  /** The export covers only part of the period. */
  partial: boolean;
  cells: Record<TrackingColumn, TrackingCell>;
}

export interface TrackingTable {
  kind: PeriodKind;
  columns: TrackingColumn[];
  /** Whether first reply is in business hours (the system's own field) or calendar hours. */
  firstReplyBasis: 'business' | 'calendar';
  rows: TrackingRow[];
}

const cellsOf = (
  s: ScopeFigures | undefined,
  business: boolean,
): Record<TrackingColumn, TrackingCell> => {
  const firstReply = business ? s?.firstReplyBusinessHours : s?.firstReplyHours;
  return {
    volume: { value: s?.volume ?? 0, unit: 'count' },
    backlog: { value: s?.backlog ?? null, unit: 'count' },
    firstReply: { value: firstReply?.median ?? null, unit: 'hours' },
    resolution: { value: s?.resolutionHours?.median ?? null, unit: 'hours' },
    reopenRate: { value: s?.reopenRate ?? null, unit: 'percent' },
    reassignmentRate: { value: s?.reassignmentRate ?? null, unit: 'percent' },
    repeatContactRate: { value: s?.repeatContactRate ?? null, unit: 'percent' },
    slaAttainment: { value: s?.slaAttainment ?? null, unit: 'percent' },
    csat: { value: s?.csat ?? null, unit: 'percent' },
  };
};

/**
 * The last `count` periods of `kind` that have started by the export's date, newest first, for
 * one scope (`all` or a channel). Columns the export never fills are left out.
 */
export function trackingTable(
  figures: TicketFigures,
  kind: PeriodKind,
  count: number,
  scope = 'all',
): TrackingTable {
  const periods = Object.entries(figures.periods)
    .filter(([, p]) => p.kind === kind && p.start <= figures.provenance.exportedOn)
    .sort(([a], [b]) => b.localeCompare(a))
    .slice(0, count);
  const business = periods.some(([, p]) => p.scopes[scope]?.firstReplyBusinessHours);
  const rows = periods.map(([period, p]: [string, PeriodFigures]) => ({
    period,
    start: p.start,
    end: p.end,
    partial: !p.complete,
    cells: cellsOf(p.scopes[scope], business),
  }));
  const columns = trackingColumns.filter((c) => rows.some((r) => r.cells[c].value !== null));
  return { kind, columns, firstReplyBasis: business ? 'business' : 'calendar', rows };
}

/** A tracking cell as text: counts whole, percentages and hours to one decimal; "—" when missing. */
export function formatCell(cell: TrackingCell, locale: Locale): string {
  if (cell.value === null) return '—';
  const tag = langTag(locale);
  if (cell.unit === 'count')
    return new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(cell.value);
  if (cell.unit === 'percent')
    return new Intl.NumberFormat(tag, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(cell.value / 100);
  return translate(locale, 'tracking.hours', {
    value: new Intl.NumberFormat(tag, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(cell.value),
  });
}

/** One tag's row of the tag table: its share of each month's tickets. */
export interface TagRow {
  tag: string;
  cells: { tickets: number; share: number | null }[];
}

export interface TagTable {
  /** The months, newest first, with whether the export covers them only in part. */
  months: { period: string; partial: boolean }[];
  rows: TagRow[];
}

/**
 * The `top` tags of the last `count` months (by tickets over those months), each with its share of
 * every month's tickets: what the team's agents tag most, and whether it is growing.
 */
export function tagTable(figures: TicketFigures, count = 6, top = 8): TagTable {
  const months = Object.entries(figures.periods)
    .filter(([, p]) => p.kind === 'month' && p.start <= figures.provenance.exportedOn)
    .sort(([a], [b]) => b.localeCompare(a))
    .slice(0, count);
  const totals = new Map<string, number>();
  for (const [, p] of months)
    for (const t of p.tags) totals.set(t.tag, (totals.get(t.tag) ?? 0) + t.tickets);
  const tags = [...totals]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, top)
    .map(([tag]) => tag);
  return {
    months: months.map(([period, p]) => ({ period, partial: !p.complete })),
    rows: tags.map((tag) => ({
      tag,
      cells: months.map(([, p]) => {
        const tickets = p.tags.find((t) => t.tag === tag)?.tickets ?? 0;
        const volume = p.scopes['all']?.volume ?? 0;
        return { tickets, share: volume ? Math.round((10_000 * tickets) / volume) / 100 : null };
      }),
    })),
  };
}
