/** SQL result rows → the figures file (`data/tickets/computed.json`), deterministic to the byte. */
import type {
  Duration,
  PeriodFigures,
  ScopeFigures,
  TicketFigures,
} from '../../schemas/ticket-figures.ts';
import { calendarPeriodRange, type PeriodKind } from '../periods.ts';
import type { SqlRow } from './engine.ts';
import type { SourceDefinition, TicketField } from './sources.ts';

export type ComputedTickets = TicketFigures;

/** One file of an import: its name, hash and row counts. */
export interface FileStats {
  file: string;
  sha256: string;
  rows: number;
  rejected: number;
}

const round = (x: number, places = 4) => Math.round(x * 10 ** places) / 10 ** places;
const num = (v: SqlRow[string] | undefined): number | null =>
  v === null || v === undefined ? null : Number(v);
const rate = (
  part: SqlRow[string] | undefined,
  whole: SqlRow[string] | undefined,
): number | null => {
  const w = num(whole);
  return w ? round((100 * (num(part) ?? 0)) / w) : null;
};

/** Which measure needs which field, for the "cannot say" list. */
const needs: [measure: string, fields: TicketField[][]][] = [
  ['first reply time', [['firstReplyMinutes'], ['firstReplyAt'], ['firstReplyBusinessMinutes']]],
  ['business-hours first reply time', [['firstReplyBusinessMinutes']]],
  ['resolution time', [['solved'], ['fullResolutionMinutes']]],
  ['reopen rate', [['reopens']]],
  ['reassignment (escalation proxy)', [['reassignments'], ['groupStations']]],
  ['SLA attainment', [['sla']]],
  ['CSAT', [['rating']]],
  ['one-touch resolution (first-contact proxy)', [['replies']]],
  ['repeat contacts', [['requester']]],
  ['problem frequency by category', [['category']]],
  ['problem frequency by tag', [['tags']]],
];

export interface ComputedInput {
  source: SourceDefinition;
  files: FileStats[];
  tickets: number;
  tz: string;
  dateOrder: string | undefined;
  firstDay: string;
  lastDay: string;
  exportedOn: string;
  repeatWindowDays: number;
  workingDayMinutes: number;
  engine: string;
  fileNames: string[];
  rows: {
    kpis: SqlRow[];
    quantiles: SqlRow[];
    backlog: SqlRow[];
    categories: SqlRow[];
    tags: SqlRow[];
  };
}

export function buildComputed(input: ComputedInput): ComputedTickets {
  const key = (r: SqlRow) => `${String(r['kind'])}|${String(r['period'])}|${String(r['scope'])}`;
  const durations = new Map<string, Duration>();
  for (const r of input.rows.quantiles) {
    const hours = (v: SqlRow[string] | undefined) => round((num(v) ?? 0) / 60);
    durations.set(`${key(r)}|${String(r['measure'])}`, {
      n: num(r['n']) ?? 0,
      mean: hours(r['mean']),
      median: hours(r['median']),
      p90: hours(r['p90']),
    });
  }
  const backlog = new Map(input.rows.backlog.map((r) => [key(r), num(r['backlog'])]));
  const periods: Record<string, PeriodFigures> = {};
  for (const r of input.rows.kpis) {
    const period = String(r['period']);
    const kind = String(r['kind']) as PeriodKind;
    const scope = String(r['scope']);
    const { start, end } = calendarPeriodRange(period);
    const entry = (periods[period] ??= {
      kind,
      start,
      end,
      complete: start >= input.firstDay && end <= input.exportedOn,
      scopes: {},
      categories: [],
      tags: [],
    });
    const d = (measure: string) => durations.get(`${key(r)}|${measure}`) ?? null;
    const figures: ScopeFigures = {
      volume: num(r['volume']) ?? 0,
      solved: num(r['solved']) ?? 0,
      backlog: end <= input.exportedOn ? (backlog.get(key(r)) ?? null) : null,
      firstReplyHours: d('first_reply'),
      firstReplyBusinessHours: d('first_reply_business'),
      resolutionHours: d('resolution'),
      resolutionBusinessHours: d('resolution_business'),
      reopenRate: rate(r['reopened'], r['reopen_known']),
      reassignmentRate: rate(r['reassigned'], r['reassign_known']),
      slaAttainment: rate(r['sla_met'], r['sla_known']),
      csat: rate(r['satisfied'], r['rated']),
      oneTouchRate: rate(r['one_touch'], r['replies_known']),
      repeatContactRate: rate(r['repeats'], r['repeat_known']),
    };
    entry.scopes[scope] = figures;
  }
  for (const r of input.rows.categories) {
    const p = periods[String(r['period'])];
    if (p) p.categories.push({ category: String(r['category']), tickets: num(r['tickets']) ?? 0 });
  }
  for (const r of input.rows.tags) {
    const p = periods[String(r['period'])];
    if (p) p.tags.push({ tag: String(r['tag']), tickets: num(r['tickets']) ?? 0 });
  }
  // Sorted keys: the same export gives the same bytes.
  const sorted = Object.fromEntries(
    Object.keys(periods)
      .sort()
      .map((k) => [k, periods[k]!]),
  );
  const has = (f: TicketField) => input.source.columns[f] !== undefined;
  const unsupported = needs
    .filter(([, alternatives]) => !alternatives.some((fields) => fields.every(has)))
    .map(([measure, alternatives]) => ({
      measure,
      reason: `${input.source.system} exports as read here have no ${alternatives
        .map((fields) => fields.map((f) => `“${f}”`).join(' + '))
        .join(' or ')} column`,
    }));
  const proxies: Record<string, string> = {};
  if (input.source.proxies.escalation) proxies['escalation-rate'] = input.source.proxies.escalation;
  if (input.source.proxies.fcr) proxies['fcr'] = input.source.proxies.fcr;
  return {
    version: 1,
    provenance: {
      source: input.source.id,
      system: input.source.system,
      files: input.files,
      tickets: input.tickets,
      timeZone: input.tz,
      ...(input.dateOrder ? { dateOrder: input.dateOrder } : {}),
      firstDay: input.firstDay,
      lastDay: input.lastDay,
      exportedOn: input.exportedOn,
      repeatWindowDays: input.repeatWindowDays,
      workingDayMinutes: input.workingDayMinutes,
      engine: input.engine,
      computedAt: '',
    },
    unsupported,
    proxies,
    periods: sorted,
  };
}
