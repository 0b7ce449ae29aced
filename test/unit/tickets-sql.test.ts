/**
 * The KPI SQL stays portable: only constructs DuckDB, Spark SQL and Trino share, so a team whose
 * exports outgrow one machine runs the same files on Spark over the Parquet tickets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '../../src/lib/tickets/sql');
const queries = readdirSync(dir).filter((f) => f.endsWith('.sql') && f !== 'schema.sql');

/** Constructs one engine has and another lacks, with why they are out. */
const forbidden: [RegExp, string][] = [
  [/\bQUALIFY\b/i, 'QUALIFY (DuckDB, Spark ≥ 3.4 only; not Trino)'],
  [/\bGROUP\s+BY\s+ALL\b/i, 'GROUP BY ALL (not Trino)'],
  [/::/, 'the :: cast (DuckDB, Postgres; write CAST(x AS t))'],
  [
    /\b(strptime|strftime|try_strptime|to_timestamp|date_parse|date_format)\s*\(/i,
    'date parsing (dialect-specific: the loading step does it)',
  ],
  [
    /\b(median|quantile_cont|quantile_disc|percentile_cont|percentile_disc|approx_percentile|percentile_approx)\s*\(/i,
    'percentile functions (each engine names them differently)',
  ],
  [
    /\b(epoch|epoch_ms|date_diff|datediff|date_sub|date_add|date_trunc|dayofweek|isodow|week|yearweek)\s*\(/i,
    'date arithmetic functions (dialect-specific)',
  ],
  [
    /\b(list|array_agg|string_agg|group_concat|listagg|arg_max|arg_min|max_by|min_by|count_if)\s*\(/i,
    'aggregates not shared by all three',
  ],
  [/\bEXCLUDE\s*\(|\bREPLACE\s*\(|\bCOLUMNS\s*\(/i, 'star modifiers (DuckDB only)'],
  [/\bILIKE\b/i, 'ILIKE (not Trino)'],
  [/\bINTERVAL\b/i, 'interval literals (written differently per engine)'],
  [/^\s*FROM\b/i, 'FROM-first queries (DuckDB only)'],
  [/\bUSING\s+SAMPLE\b/i, 'USING SAMPLE (DuckDB only)'],
  [/"/, 'double-quoted identifiers (Spark reads them as strings)'],
];

const code = (sql: string) => sql.replace(/--[^\n]*/g, '');

describe('portable KPI SQL', () => {
  it('there are KPI queries to check', () => {
    expect(queries.sort()).toEqual([
      'backlog.sql',
      'kpis.sql',
      'problems.sql',
      'quantiles.sql',
      'tags.sql',
    ]);
  });

  for (const file of queries) {
    it(`${file} uses only shared constructs`, () => {
      const sql = code(readFileSync(join(dir, file), 'utf8'));
      const found = forbidden.filter(([pattern]) => pattern.test(sql)).map(([, why]) => why);
      expect(found).toEqual([]);
      // One statement per file, starting with WITH or SELECT.
      expect(sql.trim()).toMatch(/^(WITH|SELECT)\b/);
      expect(sql.trim().replace(/;$/, '')).not.toContain(';');
    });
  }

  it('the lint catches what it is meant to', () => {
    const bad = 'SELECT x::INT, median(y) FROM t GROUP BY ALL QUALIFY ROW_NUMBER() OVER () = 1';
    expect(forbidden.filter(([p]) => p.test(bad)).length).toBe(4);
  });
});
