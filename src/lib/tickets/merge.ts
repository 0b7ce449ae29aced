/**
 * The one place computed ticket figures meet the metrics model: each complete quarter of
 * `data/tickets/computed.json` fills the KPIs its export supports into that quarter's snapshot.
 * A figure typed in the snapshot as well is an error naming both: nothing is overwritten silently.
 */
import { existsSync } from 'node:fs';
import { jsonPositions } from '../diagnostics/json-position.ts';
import { readJsonWith } from '../diagnostics/json-read.ts';
import { problem, type Problem } from '../diagnostics/problem.ts';
import {
  ticketFiguresSchema,
  type PeriodFigures,
  type TicketFigures,
} from '../../schemas/ticket-figures.ts';
import type { Snapshot } from '../../schemas/snapshot.ts';

export const TICKET_FIGURES_FILE = 'data/tickets/computed.json';

/** A KPI of the catalog as one export's figures give it, with how it was measured. */
export interface ComputedKpi {
  id: string;
  channel?: string;
  value: number;
  /** `business` / `calendar` time, or `proxy` with what stands in. */
  note?: string;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The catalog KPIs one period's figures give (only where the export supports them). */
export function kpisOfPeriod(period: PeriodFigures, figures: TicketFigures): ComputedKpi[] {
  const out: ComputedKpi[] = [];
  const all = period.scopes['all'];
  const add = (
    id: string,
    value: number | null | undefined,
    extra: Omit<ComputedKpi, 'id' | 'value'> = {},
  ) => {
    if (value !== null && value !== undefined) out.push({ id, value, ...extra });
  };
  if (all) {
    add('ticket-volume', all.volume);
    add('backlog', all.backlog);
    add('reopen-rate', all.reopenRate === null ? null : round1(all.reopenRate));
    add('escalation-rate', all.reassignmentRate === null ? null : round1(all.reassignmentRate), {
      note: `proxy: ${figures.proxies['escalation-rate'] ?? 'reassignment'}`,
    });
    add(
      'repeat-contact-rate',
      all.repeatContactRate === null ? null : round1(all.repeatContactRate),
    );
    add('sla', all.slaAttainment === null ? null : round1(all.slaAttainment));
  }
  const ticket = period.scopes['ticket'];
  const frtTicket = (scope: typeof ticket) =>
    scope?.firstReplyBusinessHours
      ? {
          value: round1(
            (scope.firstReplyBusinessHours.mean * 60) / figures.provenance.workingDayMinutes,
          ),
          note: 'business',
        }
      : scope?.firstReplyHours
        ? { value: round1(scope.firstReplyHours.mean / 24), note: 'calendar' }
        : undefined;
  const t = frtTicket(ticket);
  if (t) {
    out.push({ id: 'frt-ticket', value: t.value, note: t.note });
    out.push({ id: 'frt-ticket', channel: 'ticket', value: t.value, note: t.note });
  }
  const chat = period.scopes['chat'];
  if (chat?.firstReplyHours) {
    const seconds = Math.round(chat.firstReplyHours.mean * 3600);
    out.push({ id: 'frt-chat', value: seconds, note: 'calendar' });
    out.push({ id: 'frt-chat', channel: 'chat', value: seconds, note: 'calendar' });
  }
  return out;
}

/** Read and check the figures file; undefined (and no problem) when there is none. */
export function loadTicketFigures(root: string): {
  value: TicketFigures | undefined;
  problems: Problem[];
} {
  if (!existsSync(`${root}/${TICKET_FIGURES_FILE}`)) return { value: undefined, problems: [] };
  const read = readJsonWith(root, TICKET_FIGURES_FILE, ticketFiguresSchema);
  return { value: read.value, problems: read.problems };
}

/** Where a snapshot's typed values sit, to name them in a conflict. */
export interface SnapshotText {
  file: string;
  text: string;
}

/**
 * Fill each snapshot's missing ticket-flow KPIs from the figures of its (complete) quarter.
 * Returns new snapshots; a typed value for a computed KPI is a conflict (error) naming both.
 */
export function mergeTicketFigures(
  snapshots: readonly Snapshot[],
  figures: TicketFigures,
  texts: readonly SnapshotText[],
): { value: Snapshot[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const exportName = figures.provenance.files.map((f) => f.file).join(', ');
  const value = snapshots.map((snapshot) => {
    const period = figures.periods[snapshot.period];
    if (!period || period.kind !== 'quarter' || !period.complete) return snapshot;
    const text = texts.find((t) => t.file.endsWith(`${snapshot.period.toLowerCase()}.json`));
    const position = text ? jsonPositions(text.text) : undefined;
    const metrics = { ...snapshot.metrics };
    const channels: Record<string, Record<string, number | null>> = Object.fromEntries(
      Object.entries(snapshot.channels ?? {}).map(([k, v]) => [k, { ...v }]),
    );
    for (const kpi of kpisOfPeriod(period, figures)) {
      const target = kpi.channel ? (channels[kpi.channel] ??= {}) : metrics;
      const typed = target[kpi.id];
      if (typeof typed === 'number') {
        const path = kpi.channel ? ['channels', kpi.channel, kpi.id] : ['metrics', kpi.id];
        problems.push(
          problem(
            'error',
            text?.file ?? `data/snapshots/${snapshot.period.toLowerCase()}.json`,
            position?.(path) ?? { line: 1, column: 1 },
            path.join('.'),
            'tickets.conflict',
            {
              kpi: kpi.channel ? `${kpi.id} (${kpi.channel})` : kpi.id,
              period: snapshot.period,
              typed,
              computed: kpi.value,
              export: `${exportName} (${TICKET_FIGURES_FILE})`,
            },
          ),
        );
        continue;
      }
      target[kpi.id] = kpi.value;
    }
    return { ...snapshot, metrics, channels };
  });
  return { value, problems };
}

/** The metrics model with the figures file's KPIs merged in: the hook `loadMetrics` calls. */
export function withTicketFigures<T extends { snapshots: Snapshot[] }>(
  figures: TicketFigures | undefined,
  data: T,
  texts: readonly SnapshotText[],
): { value: T; problems: Problem[] } {
  if (!figures) return { value: data, problems: [] };
  const merged = mergeTicketFigures(data.snapshots, figures, texts);
  return { value: { ...data, snapshots: merged.value }, problems: merged.problems };
}
