/**
 * Reading a learning-platform export (CSV) into checked rows. csv-parse does the parsing (quotes,
 * commas inside fields, CRLF, a byte-order mark); this module checks every cell against its
 * column's rule and reports each bad cell with file, line, column, the column's name, the row
 * number and a fix, all in one pass.
 */
import { parse } from 'csv-parse/sync';
import { suggestIsoDate } from '../diagnostics/date-suggest.ts';
import { problem, type Problem } from '../diagnostics/problem.ts';
import { closest } from '../diagnostics/zod-problems.ts';

/** What a column holds and how its cells are checked. */
export type ColumnRule =
  | { name: string; type: 'text'; optional?: boolean }
  | { name: string; type: 'date' }
  | { name: string; type: 'number'; min: number; max: number; optional?: boolean }
  | { name: string; type: 'enum'; allowed: readonly string[] }
  | { name: string; type: 'agent'; optional?: boolean };

export type Cell = string | number | undefined;

/** A row that passed every check, with the line it came from. */
export interface CheckedRow {
  line: number;
  cells: Record<string, Cell>;
}

/** Where each field of a CSV line starts (1-based columns), quotes taken into account. */
export function fieldColumns(line: string): number[] {
  const starts = [1];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) starts.push(i + 2);
  }
  return starts;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** Whether `text` is a real calendar day written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!isoDate.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

interface Options {
  /** Agent ids of the roster, for `agent` columns. */
  agents?: ReadonlySet<string>;
}

/**
 * Parse `text` (the file `file`) and check it against `rules`: the header must name every rule's
 * column (in any order; extra columns are ignored). Rows with a problem are left out of `rows`.
 */
export function readCsv(
  file: string,
  text: string,
  rules: readonly ColumnRule[],
  options: Options = {},
): { rows: CheckedRow[]; problems: Problem[] } {
  const problems: Problem[] = [];
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      raw: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    const line = typeof e.lines === 'number' && e.lines > 0 ? e.lines : 1;
    const detail = (e.message ?? String(error)).split(':')[0] ?? 'CSV';
    return {
      rows: [],
      problems: [
        problem('error', file, { line, column: 1 }, '', 'training.csv-syntax', { detail }),
      ],
    };
  }
  const [header, ...body] = records;
  const names = header?.record ?? [];
  const index = new Map(names.map((name, i) => [name, i]));
  const missing = rules.filter((r) => !index.has(r.name));
  for (const rule of missing)
    problems.push(
      problem('error', file, { line: 1, column: 1 }, rule.name, 'training.csv-column', {
        column: rule.name,
        allowed: rules.map((r) => r.name),
      }),
    );
  if (missing.length) return { rows: [], problems };
  const rows: CheckedRow[] = [];
  for (const { record, raw, info } of body) {
    const trimmed = raw.replace(/^(?:\r?\n)+/, '').replace(/\r?\n$/, '');
    const line = info.lines - (trimmed.match(/\n/g)?.length ?? 0);
    const columns = fieldColumns(trimmed.split(/\r?\n/)[0] ?? '');
    const row = line; // the row number an editor sees in a spreadsheet is the file's line
    const before = problems.length;
    const cells: Record<string, Cell> = {};
    for (const rule of rules) {
      const i = index.get(rule.name)!;
      const value = (record[i] ?? '').trim();
      const at = { line, column: columns[i] ?? columns.at(-1) ?? 1 };
      const report = (...args: Parameters<typeof cellProblem>) =>
        problems.push(cellProblem(...args));
      if (value === '') {
        if ('optional' in rule && rule.optional) cells[rule.name] = undefined;
        else report(file, at, rule.name, { code: 'training.csv-empty', row, column: rule.name });
        continue;
      }
      switch (rule.type) {
        case 'text':
          cells[rule.name] = value;
          break;
        case 'date':
          if (isIsoDate(value)) cells[rule.name] = value;
          else {
            const suggestion = suggestIsoDate(value);
            report(file, at, rule.name, {
              code: 'training.csv-date',
              row,
              found: value,
              ...(suggestion ? { suggestion } : {}),
            });
          }
          break;
        case 'number': {
          const n = /^-?\d+(?:\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
          if (Number.isFinite(n) && n >= rule.min && n <= rule.max) cells[rule.name] = n;
          else
            report(file, at, rule.name, {
              code: 'training.csv-number',
              row,
              found: value,
              min: rule.min,
              max: rule.max,
            });
          break;
        }
        case 'enum':
          if (rule.allowed.includes(value)) cells[rule.name] = value;
          else
            report(file, at, rule.name, {
              code: 'training.csv-enum',
              row,
              found: value,
              allowed: [...rule.allowed],
            });
          break;
        case 'agent':
          if (!options.agents || options.agents.has(value)) cells[rule.name] = value;
          else {
            const suggestion = closest(value, [...options.agents]);
            report(file, at, rule.name, {
              code: 'training.csv-unknown-agent',
              row,
              found: value,
              ...(suggestion ? { suggestion } : {}),
            });
          }
          break;
      }
    }
    if (problems.length === before) rows.push({ line, cells });
  }
  return { rows, problems };
}

type CellIssue =
  | { code: 'training.csv-empty'; row: number; column: string }
  | { code: 'training.csv-date'; row: number; found: string; suggestion?: string }
  | { code: 'training.csv-number'; row: number; found: string; min: number; max: number }
  | { code: 'training.csv-enum'; row: number; found: string; allowed: string[] }
  | { code: 'training.csv-unknown-agent'; row: number; found: string; suggestion?: string };

function cellProblem(
  file: string,
  at: { line: number; column: number },
  field: string,
  issue: CellIssue,
): Problem {
  const { code, ...params } = issue;
  return problem('error', file, at, field, code, params as never);
}
