/**
 * Streaming the rows of an export: CSV or `.csv.gz` through csv-parse (it reports each record's
 * line, so a problem names where the row starts), or a Zendesk incremental export in JSON whose
 * `metric_sets` are joined to their tickets and read with the Zendesk CSV's column names.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createGunzip, gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse';

/** One data row: its cells and where it starts. */
export interface ExportRow {
  cells: string[];
  row: number;
  line: number;
}

export interface RowStream {
  header: string[];
  rows: AsyncIterable<ExportRow>;
}

const isGzip = (file: string) => file.toLowerCase().endsWith('.gz');
export const isJsonExport = (file: string): boolean => /\.json(\.gz)?$/i.test(file);

/** Rows of a CSV export, header first. Multi-line quoted cells keep the row's first line. */
export async function csvRows(file: string, delimiter = ','): Promise<RowStream> {
  const input = createReadStream(file);
  const parser = parse({
    delimiter,
    info: true,
    relax_column_count: true,
    bom: true,
    skip_empty_lines: true,
  });
  (isGzip(file) ? input.pipe(createGunzip()) : input)
    .on('error', (e: Error) => parser.destroy(e))
    .pipe(parser);
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{
    record: string[];
    info: { lines: number };
  }>;
  const first = await iterator.next();
  if (first.done) return { header: [], rows: (async function* () {})() };
  const header = first.value.record;
  async function* rows(): AsyncIterable<ExportRow> {
    let row = 0;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      const { record, info } = next.value;
      let newlines = 0;
      for (const cell of record) if (cell.includes('\n')) newlines += cell.split('\n').length - 1;
      row++;
      yield { cells: record, row, line: info.lines - newlines };
    }
  }
  return { header, rows: rows() };
}

interface ZendeskJson {
  tickets?: Record<string, unknown>[];
  metric_sets?: Record<string, unknown>[];
}

const zendeskJsonColumns = [
  'Id',
  'Created at',
  'Solved at',
  'Updated at',
  'Status',
  'Via',
  'Requester id',
  'First reply time in minutes',
  'First reply time in minutes within business hours',
  'Full resolution time in minutes',
  'Full resolution time in minutes within business hours',
  'Reopens',
  'Group stations',
  'Satisfaction Score',
  'Replies',
  'Ticket type',
  'Tags',
];

const str = (v: unknown): string =>
  v === null || v === undefined
    ? ''
    : typeof v === 'string'
      ? v
      : typeof v === 'number' || typeof v === 'boolean'
        ? String(v)
        : '';
const minutes = (v: unknown, which: 'calendar' | 'business'): string =>
  v && typeof v === 'object' ? str((v as Record<string, unknown>)[which]) : '';

/**
 * A Zendesk incremental export (`/api/v2/incremental/tickets.json?include=metric_sets`) as rows
 * under the Zendesk CSV's column names. The row of a ticket is its index in `tickets`.
 */
export function zendeskJsonRows(file: string): RowStream {
  const bytes = readFileSync(file);
  const data = JSON.parse(
    (isGzip(file) ? gunzipSync(bytes) : bytes).toString('utf8'),
  ) as ZendeskJson;
  if (!Array.isArray(data.tickets))
    throw new Error('no “tickets” array (is this a Zendesk export?)');
  const metrics = new Map<string, Record<string, unknown>>();
  for (const m of data.metric_sets ?? []) metrics.set(str(m['ticket_id']), m);
  const tickets = data.tickets;
  // eslint-disable-next-line @typescript-eslint/require-await -- the same async iterable as a CSV's rows
  async function* rows(): AsyncIterable<ExportRow> {
    let row = 0;
    for (const t of tickets) {
      const m = metrics.get(str(t['id'])) ?? {};
      const via =
        t['via'] && typeof t['via'] === 'object'
          ? (t['via'] as Record<string, unknown>)['channel']
          : undefined;
      const rating =
        t['satisfaction_rating'] && typeof t['satisfaction_rating'] === 'object'
          ? (t['satisfaction_rating'] as Record<string, unknown>)['score']
          : undefined;
      const tags = Array.isArray(t['tags']) ? (t['tags'] as unknown[]).map(str).join(' ') : '';
      row++;
      yield {
        row,
        line: row,
        cells: [
          str(t['id']),
          str(t['created_at']),
          str(m['solved_at']),
          str(t['updated_at']),
          str(t['status']),
          str(via).replace(/_/g, ' '),
          str(t['requester_id']),
          minutes(m['reply_time_in_minutes'], 'calendar'),
          minutes(m['reply_time_in_minutes'], 'business'),
          minutes(m['full_resolution_time_in_minutes'], 'calendar'),
          minutes(m['full_resolution_time_in_minutes'], 'business'),
          str(m['reopens']),
          str(m['group_stations']),
          str(rating),
          str(m['replies']),
          str(t['type']),
          tags,
        ],
      };
    }
  }
  return { header: zendeskJsonColumns, rows: rows() };
}
