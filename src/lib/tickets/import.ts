/**
 * `npm run data:import`: exports in, ticket-flow figures out. Rows are read and checked in one
 * pass (every problem with file, row and column), normalised into DuckDB, and the KPI SQL runs
 * over them. Nothing is written when more rows are rejected than the limit allows.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { problem, type Problem } from '../diagnostics/problem.ts';
import { isTimeZone, localDay, parseTimestamp, type DateOrder } from './dates.ts';
import { TicketEngine } from './engine.ts';
import { csvRows, isJsonExport, zendeskJsonRows, type RowStream } from './read.ts';
import {
  dateOrderEvidence,
  resolveColumns,
  RowNormaliser,
  type NormalisedTicket,
} from './normalise.ts';
import { buildComputed, type ComputedTickets, type FileStats } from './computed.ts';

export type { FileStats };
import type { SourceDefinition, TicketField } from './sources.ts';

export interface ImportFile {
  /** Where to read it. */
  path: string;
  /** How problems and provenance name it (relative to the project, forward slashes). */
  name: string;
}

export interface ImportOptions {
  files: ImportFile[];
  source: SourceDefinition;
  tz?: string | undefined;
  dateOrder?: DateOrder | undefined;
  /** Rejected rows allowed: a count (`50`) or a share of all rows (`1%`). */
  maxRejected?: string;
  /** Repeat contact: the same requester again within this many days. */
  repeatWindowDays?: number;
  /** Minutes in a working day (ticket first response is reported in working days). */
  workingDayMinutes?: number;
  /** The export's date (`YYYY-MM-DD`) when known; otherwise the latest time in it is used. */
  exportedOn?: string | undefined;
  /**
   * Write the normalised tickets here as Parquet, and their tags beside them
   * ({@link tagsParquetFile}), only when the import succeeds.
   */
  parquet?: string | undefined;
  threads?: number;
}

export interface ImportResult {
  value: ComputedTickets | undefined;
  problems: Problem[];
  files: FileStats[];
  tickets: number;
}

/** The tags' Parquet file beside the tickets' one: `tickets.parquet` → `tickets-tags.parquet`. */
export const tagsParquetFile = (ticketsFile: string): string =>
  ticketsFile.replace(/(?:\.parquet)?$/u, '-tags.parquet');

const sha256 = (path: string) =>
  new Promise<string>((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });

/** `1%` of 2,000 rows → 20; `50` → 50. */
export function rejectLimit(spec: string, rows: number): number {
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(spec.trim());
  if (!m) return 0;
  return m[2] ? Math.floor((Number(m[1]) / 100) * rows) : Number(m[1]);
}

const DAY = 86_400_000;
const dayString = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

function openRows(file: ImportFile, delimiter: string | undefined): Promise<RowStream> | RowStream {
  return isJsonExport(file.path) ? zendeskJsonRows(file.path) : csvRows(file.path, delimiter);
}

/** Is the first date of the file a slash date, so the file's order has to be found? */
async function findDateOrder(
  file: ImportFile,
  index: Partial<Record<TicketField, number>>,
  delimiter: string | undefined,
): Promise<DateOrder | undefined> {
  const stream = await openRows(file, delimiter);
  for await (const row of stream.rows) {
    const created = index.created === undefined ? '' : (row.cells[index.created] ?? '');
    if (!created.includes('/')) return undefined;
    const evidence = dateOrderEvidence(row.cells, index);
    if (evidence) return evidence;
  }
  return undefined;
}

export async function importTickets(options: ImportOptions): Promise<ImportResult> {
  const { source } = options;
  const problems: Problem[] = [];
  const files: FileStats[] = [];
  const tz = options.tz ?? source.tz;
  const first = options.files[0]?.name ?? '';
  if (tz !== undefined && !isTimeZone(tz)) {
    problems.push(
      problem('error', first, { line: 1, column: 1 }, 'tz', 'tickets.unknown-tz', { tz }),
    );
    return { value: undefined, problems, files, tickets: 0 };
  }
  const workingDayMinutes = options.workingDayMinutes ?? 480;
  const repeatWindowDays = options.repeatWindowDays ?? 7;
  const engine = await TicketEngine.open(source.id, options.threads ?? 2);
  try {
    const seen = new Map<string, { row: number; file: string }>();
    const latest = new Map<string, NormalisedTicket>();
    let rowsTotal = 0;
    let rejectedTotal = 0;
    let minDay = Infinity;
    let maxDay = -Infinity;
    let maxInstant = -Infinity;
    let tickets = 0;
    const dateOrders = new Set<DateOrder>();
    for (const file of options.files) {
      let stream: RowStream;
      try {
        stream = await openRows(file, source.delimiter);
      } catch (e) {
        problems.push(
          problem('error', file.name, { line: 1, column: 1 }, '', 'tickets.unreadable', {
            reason: e instanceof Error ? e.message : String(e),
          }),
        );
        continue;
      }
      const { index, missing } = resolveColumns(source, stream.header);
      const required = missing.filter((m) => m.field === 'id' || m.field === 'created');
      for (const m of missing)
        problems.push(
          problem(
            m.field === 'id' || m.field === 'created' ? 'error' : 'warning',
            file.name,
            { line: 1, column: 1 },
            m.column,
            'tickets.missing-column',
            {
              column: m.column,
              system: source.system,
              field: m.field,
            },
          ),
        );
      if (required.length > 0) continue;
      const dateOrder =
        options.dateOrder ??
        source.dateOrder ??
        (await findDateOrder(file, index, source.delimiter));
      if (dateOrder) dateOrders.add(dateOrder);
      const normaliser = new RowNormaliser(source, index, stream.header, {
        file: file.name,
        tz,
        dateOrder,
        workingDayMinutes,
      });
      let rows = 0;
      let rejected = 0;
      let checkedZone = false;
      try {
        for await (const r of stream.rows) {
          rows++;
          if (!checkedZone && tz === undefined && index.created !== undefined) {
            checkedZone = true;
            const parsed = parseTimestamp(
              r.cells[index.created] ?? '',
              undefined,
              dateOrder ?? 'dmy',
            );
            if (!parsed.ok && parsed.reason === 'needs-tz') {
              // One message, not one per row: the whole file needs a zone.
              normaliser.normalise(r.cells, r);
              problems.push(
                normaliser.problems.find((p) => p.code === 'tickets.date-needs-tz') ??
                  normaliser.problems[0]!,
              );
              return { value: undefined, problems, files, tickets: 0 };
            }
          }
          const ticket = normaliser.normalise(r.cells, r);
          if (!ticket) {
            rejected++;
            continue;
          }
          if (source.eventLog) {
            const kept = latest.get(ticket.id);
            if (
              !kept ||
              ticket.version > kept.version ||
              (ticket.version === kept.version && (ticket.updated ?? 0) >= (kept.updated ?? 0))
            )
              latest.set(ticket.id, ticket);
          } else {
            const before = seen.get(ticket.id);
            if (before) {
              rejected++;
              const col = index.id ?? 0;
              problems.push(
                problem(
                  'error',
                  file.name,
                  { line: r.line, column: col + 1 },
                  stream.header[col] ?? 'id',
                  'tickets.duplicate-id',
                  {
                    row: r.row,
                    column: stream.header[col] ?? 'id',
                    value: ticket.id,
                    firstRow: before.row,
                  },
                ),
              );
              continue;
            }
            seen.set(ticket.id, { row: r.row, file: file.name });
            engine.append(ticket);
            tickets++;
          }
          minDay = Math.min(minDay, ticket.createdDay);
          maxDay = Math.max(maxDay, ticket.createdDay, ticket.solvedDay ?? -Infinity);
          maxInstant = Math.max(
            maxInstant,
            ticket.created,
            ticket.solved ?? -Infinity,
            ticket.updated ?? -Infinity,
          );
        }
      } catch (e) {
        problems.push(
          problem('error', file.name, { line: rows + 2, column: 1 }, '', 'tickets.unreadable', {
            reason: e instanceof Error ? e.message : String(e),
          }),
        );
      }
      problems.push(...normaliser.problems);
      rowsTotal += rows;
      rejectedTotal += rejected;
      files.push({ file: file.name, sha256: await sha256(file.path), rows, rejected });
    }
    for (const t of latest.values()) {
      engine.append(t);
      tickets++;
    }
    const limitSpec = options.maxRejected ?? '1%';
    if (rejectedTotal > rejectLimit(limitSpec, rowsTotal)) {
      problems.push(
        problem('error', first, { line: 1, column: 1 }, '', 'tickets.too-many-rejected', {
          rejected: rejectedTotal,
          rows: rowsTotal,
          limit: limitSpec,
        }),
      );
    }
    if (
      problems.some(
        (p) =>
          p.code !== 'tickets.missing-column' &&
          p.severity === 'error' &&
          !/^tickets\.(date|number|negative|required|channel|value|before|duplicate)/.test(p.code),
      )
    )
      return { value: undefined, problems, files, tickets };
    if (tickets === 0) return { value: undefined, problems, files, tickets };
    const exportedOn = options.exportedOn ?? localDay(maxInstant, tz ?? 'UTC');
    await engine.finishLoading(dayString(minDay), dayString(Math.max(maxDay, minDay)), {
      repeat_window_days: repeatWindowDays,
      working_day_minutes: workingDayMinutes,
    });
    const [kpis, quantiles, backlog, categories, tags] = [
      await engine.query('kpis'),
      await engine.query('quantiles'),
      await engine.query('backlog'),
      await engine.query('problems'),
      await engine.query('tags'),
    ];
    if (options.parquet)
      await engine.writeParquet({
        tickets: options.parquet,
        tags: tagsParquetFile(options.parquet),
      });
    const value = buildComputed({
      source,
      files,
      tickets,
      tz: tz ?? 'UTC',
      dateOrder: [...dateOrders].join(' ') || undefined,
      firstDay: dayString(minDay),
      lastDay: dayString(maxDay),
      exportedOn,
      repeatWindowDays,
      workingDayMinutes,
      engine: await engine.version(),
      rows: { kpis, quantiles, backlog, categories, tags },
      fileNames: options.files.map((f) => basename(f.name)),
    });
    return { value, problems, files, tickets };
  } finally {
    engine.close();
  }
}
