/**
 * A table as a CSV file for spreadsheet users in China: UTF-8 with a byte-order mark (without
 * it Excel reads UTF-8 as GBK and garbles every Chinese header), CRLF line ends, the header row
 * first. Numbers stay in machine form (87.5, not "87.5%"); a missing value is an empty field,
 * never 0. Written by csv-stringify, which quotes fields holding commas, quotes or line breaks.
 */
import { stringify } from 'csv-stringify/sync';

/** One field: text, a number in machine form, or missing. */
export type CsvCell = string | number | null;

/** A table ready to download: what the page's table shows, in machine form. */
export interface DataTable {
  /** Stable id, the file's name: `scorecard`, `trend-outcomes`, `plan-goals`. */
  id: string;
  /** What the table is, as its caption on the page says. */
  caption: string;
  /** Column headers in the page's language, the unit in brackets where a column has one. */
  header: string[];
  rows: CsvCell[][];
}

/** "客户满意度 (%)": a header with its unit; the header alone when there is none. */
export const withUnit = (header: string, unit: string | undefined): string =>
  unit ? `${header} (${unit})` : header;

/** Float noise (0.1 + 0.2) never reaches a file: at most 6 decimals, no trailing zeros. */
const machine = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/** The file's text, byte-order mark included. */
export function toCsv(table: Pick<DataTable, 'header' | 'rows'>): string {
  return stringify([table.header, ...table.rows], {
    bom: true,
    record_delimiter: 'windows',
    // With CRLF records csv-stringify quotes only fields holding "\r\n"; a lone line break in a
    // field must be quoted too, or Excel starts a new row there.
    quoted_match: /[\r\n]/,
    cast: { number: machine },
  });
}
