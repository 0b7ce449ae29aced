/**
 * One export row → one normalised ticket, or the problems that kept it out. Every problem names
 * the file, the row (line) and the column; a rejected row is counted, never dropped silently.
 */
import { problem, type Problem } from '../diagnostics/problem.ts';
import {
  parseHms,
  parseJiraDuration,
  parseTimestamp,
  slashDateEvidence,
  zoneOffset,
  type DateOrder,
} from './dates.ts';
import { kindOf, type SourceDefinition, type TicketChannel, type TicketField } from './sources.ts';

/** A ticket as the KPI SQL reads it (see `sql/schema.sql`). */
export interface NormalisedTicket {
  id: string;
  channel: TicketChannel;
  via: string | null;
  requester: string | null;
  /** UTC instants, ms. */
  created: number;
  solved: number | null;
  /** Local calendar days (days since 1970-01-01 in the import's time zone). */
  createdDay: number;
  solvedDay: number | null;
  status: string | null;
  firstReplyMinutes: number | null;
  firstReplyBusinessMinutes: number | null;
  fullResolutionMinutes: number | null;
  fullResolutionBusinessMinutes: number | null;
  reopens: number | null;
  reassignments: number | null;
  slaMet: boolean | null;
  satisfied: boolean | null;
  replies: number | null;
  category: string | null;
  /** The ticket's tags, lower case, each once, sorted (split in this loading step, not in SQL). */
  tags: string[];
  /** Event logs: which update this row is, to keep each ticket's last state. */
  version: number;
  updated: number | null;
}

/**
 * One tags cell → its tags: split on the source's separator (`' '` = any white space), trimmed,
 * lower case (Zendesk stores tags lower case; Freshdesk keeps the case typed), each once, sorted.
 */
export function splitTags(cell: string | null, separator: string): string[] {
  if (cell === null) return [];
  const parts = separator === ' ' ? cell.split(/\s+/u) : cell.split(separator);
  return [...new Set(parts.map((t) => t.trim().toLowerCase()).filter(Boolean))].sort();
}

export interface NormaliseOptions {
  file: string;
  tz: string | undefined;
  dateOrder: DateOrder | undefined;
  /** Minutes in a working day, for Jira's `1d` durations. */
  workingDayMinutes: number;
}

/** Where a row sits in its file. */
export interface RowPlace {
  /** 1-based data row (the header is row 0). */
  row: number;
  /** 1-based line of the file where the row starts. */
  line: number;
}

const DAY = 86_400_000;

/** Headers → index of each field's column, and the mapped columns the export lacks. */
export function resolveColumns(
  source: SourceDefinition,
  header: readonly string[],
): {
  index: Partial<Record<TicketField, number>>;
  missing: { field: TicketField; column: string }[];
} {
  const positions = new Map<string, number>();
  header.forEach((h, i) => {
    const name = h.replace(/^\uFEFF/, '').trim();
    if (!positions.has(name)) positions.set(name, i);
  });
  const index: Partial<Record<TicketField, number>> = {};
  const missing: { field: TicketField; column: string }[] = [];
  for (const [field, column] of Object.entries(source.columns) as [TicketField, string][]) {
    const at = positions.get(column);
    if (at === undefined) missing.push({ field, column });
    else index[field] = at;
  }
  return { index, missing };
}

/** Does any date column of this row tell the file's slash-date order? */
export function dateOrderEvidence(
  row: readonly string[],
  index: Partial<Record<TicketField, number>>,
): DateOrder | undefined {
  for (const field of ['created', 'solved', 'updated', 'firstReplyAt'] as const) {
    const at = index[field];
    if (at === undefined) continue;
    const found = slashDateEvidence(row[at] ?? '');
    if (found) return found;
  }
  return undefined;
}

export class RowNormaliser {
  readonly problems: Problem[] = [];
  private readonly missing: Set<string>;
  private readonly source: SourceDefinition;
  private readonly index: Partial<Record<TicketField, number>>;
  private readonly header: readonly string[];
  private readonly options: NormaliseOptions;

  constructor(
    source: SourceDefinition,
    index: Partial<Record<TicketField, number>>,
    header: readonly string[],
    options: NormaliseOptions,
  ) {
    this.source = source;
    this.index = index;
    this.header = header;
    this.options = options;
    this.missing = new Set(['', ...source.missing]);
  }

  private report(
    place: RowPlace,
    field: TicketField,
    code: Parameters<typeof problem>[4],
    params: object,
  ): void {
    const col = this.index[field] ?? 0;
    this.problems.push(
      problem(
        'error',
        this.options.file,
        { line: place.line, column: col + 1 },
        this.header[col] ?? field,
        code as never,
        {
          row: place.row,
          column: this.header[col] ?? field,
          ...params,
        },
      ),
    );
  }

  private text(row: readonly string[], field: TicketField): string | null {
    const at = this.index[field];
    if (at === undefined) return null;
    const value = (row[at] ?? '').trim();
    return this.missing.has(value) ? null : value;
  }

  private date(row: readonly string[], field: TicketField, place: RowPlace): number | null | false {
    const value = this.text(row, field);
    if (value === null) return null;
    const parsed = parseTimestamp(value, this.options.tz, this.options.dateOrder);
    if (parsed.ok) return parsed.utc;
    this.report(place, field, `tickets.date-${parsed.reason}`, { value });
    return false;
  }

  private number(
    row: readonly string[],
    field: TicketField,
    place: RowPlace,
  ): number | null | false {
    const value = this.text(row, field);
    if (value === null) return null;
    const kind = kindOf(this.source, field);
    let n: number | undefined;
    if (kind === 'hms') n = parseHms(value);
    else if (kind === 'jira-duration') n = parseJiraDuration(value, this.options.workingDayMinutes);
    else if (kind === 'hours' && value.includes(':')) n = parseHms(value);
    else n = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : undefined;
    if (n === undefined) {
      this.report(place, field, 'tickets.number', { value });
      return false;
    }
    if (kind === 'hours' && !value.includes(':')) n *= 60;
    if (n < 0) {
      this.report(place, field, 'tickets.negative', { value });
      return false;
    }
    if ((kind === 'count' || kind === 'stations') && !Number.isInteger(n)) {
      this.report(place, field, 'tickets.number', { value });
      return false;
    }
    return n;
  }

  /** The ticket of one row, or undefined when the row is rejected (its problems are recorded). */
  normalise(row: readonly string[], place: RowPlace): NormalisedTicket | undefined {
    const before = this.problems.length;
    const tz = this.options.tz ?? 'UTC';
    const id = this.text(row, 'id');
    if (id === null) this.report(place, 'id', 'tickets.required', {});
    const created = this.date(row, 'created', place);
    if (created === null) this.report(place, 'created', 'tickets.required', {});
    const solved = this.date(row, 'solved', place);
    const updated = this.date(row, 'updated', place);
    const firstReplyAt = this.date(row, 'firstReplyAt', place);
    const num = (f: TicketField) => this.number(row, f, place);
    let firstReply = num('firstReplyMinutes');
    const firstReplyBusiness = num('firstReplyBusinessMinutes');
    let fullResolution = num('fullResolutionMinutes');
    const fullResolutionBusiness = num('fullResolutionBusinessMinutes');
    const reopens = num('reopens');
    let reassignments = num('reassignments');
    const stations = num('groupStations');
    const replies = num('replies');
    const version = num('version');

    let channel: TicketChannel | undefined = this.source.defaultChannel;
    const via = this.text(row, 'channel');
    if (via !== null) {
      channel = this.source.channels[via.toLowerCase()];
      if (!channel)
        this.report(place, 'channel', 'tickets.channel', {
          value: via,
          known: Object.keys(this.source.channels),
        });
    } else if (!channel) {
      this.report(place, 'channel', 'tickets.required', {});
    }

    let slaMet: boolean | null = null;
    const sla = this.text(row, 'sla');
    if (sla !== null && this.source.sla) {
      const v = sla.toLowerCase();
      if (this.source.sla.met.includes(v)) slaMet = true;
      else if (this.source.sla.breached.includes(v)) slaMet = false;
      else if (!this.source.sla.none.includes(v))
        this.report(place, 'sla', 'tickets.value', {
          value: sla,
          known: [...this.source.sla.met, ...this.source.sla.breached],
        });
    }

    let satisfied: boolean | null = null;
    const rating = this.text(row, 'rating');
    const scale = this.source.rating;
    if (rating !== null && scale) {
      if ('scale' in scale) {
        const n = Number(rating);
        if (!Number.isFinite(n) || n < scale.scale[0] || n > scale.scale[1])
          this.report(place, 'rating', 'tickets.value', {
            value: rating,
            known: [`${scale.scale[0]}–${scale.scale[1]}`],
          });
        else satisfied = n >= scale.goodFrom;
      } else {
        const v = rating.toLowerCase();
        if (scale.good.includes(v)) satisfied = true;
        else if (scale.bad.includes(v)) satisfied = false;
        else if (!scale.unrated.includes(v))
          this.report(place, 'rating', 'tickets.value', {
            value: rating,
            known: [...scale.good, ...scale.bad, ...scale.unrated],
          });
      }
    }

    if (this.problems.length > before || id === null || typeof created !== 'number' || !channel)
      return undefined;
    if (solved === false || updated === false || firstReplyAt === false) return undefined;
    if (
      [
        firstReply,
        firstReplyBusiness,
        fullResolution,
        fullResolutionBusiness,
        reopens,
        reassignments,
        stations,
        replies,
        version,
      ].includes(false)
    )
      return undefined;

    if (typeof solved === 'number' && solved < created) {
      this.report(place, 'solved', 'tickets.before-created', {
        value: this.text(row, 'solved') ?? '',
        created: this.text(row, 'created') ?? '',
      });
      return undefined;
    }
    if (typeof firstReplyAt === 'number') {
      if (firstReplyAt < created) {
        this.report(place, 'firstReplyAt', 'tickets.before-created', {
          value: this.text(row, 'firstReplyAt') ?? '',
          created: this.text(row, 'created') ?? '',
        });
        return undefined;
      }
      if (firstReply === null) firstReply = (firstReplyAt - created) / 60_000;
    }
    if (fullResolution === null && typeof solved === 'number')
      fullResolution = (solved - created) / 60_000;
    if (reassignments === null && typeof stations === 'number')
      reassignments = Math.max(0, stations - 1);

    const day = (utc: number) => Math.floor((utc + zoneOffset(tz, utc)) / DAY);
    return {
      id,
      channel,
      via,
      requester: this.text(row, 'requester'),
      created,
      solved: solved ?? null,
      createdDay: day(created),
      solvedDay: typeof solved === 'number' ? day(solved) : null,
      status: this.text(row, 'status'),
      firstReplyMinutes: firstReply as number | null,
      firstReplyBusinessMinutes: firstReplyBusiness as number | null,
      fullResolutionMinutes: fullResolution as number | null,
      fullResolutionBusinessMinutes: fullResolutionBusiness as number | null,
      reopens: reopens as number | null,
      reassignments: reassignments as number | null,
      slaMet,
      satisfied,
      replies: replies as number | null,
      category: this.text(row, 'category'),
      tags: splitTags(this.text(row, 'tags'), this.source.tagSeparator ?? ','),
      version: (version as number | null) ?? 0,
      updated: updated ?? null,
    };
  }
}
