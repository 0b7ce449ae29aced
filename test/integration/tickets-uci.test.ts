/**
 * `npm run data:import` on a real ServiceNow export: the UCI incident event log (Amaral, Fantinato
 * & Peres, 2018, "Incident management process enriched event log", UCI Machine Learning
 * Repository, doi:10.24432/C57S4H, CC BY 4.0), read from ../shared/corpora and never copied into
 * the repository. The monthly figures are checked against a computation written here separately:
 * plain JavaScript over the file's lines, without csv-parse, DuckDB or the import's code.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TicketFigures } from '../../src/schemas/ticket-figures.ts';

const repo = join(import.meta.dirname, '../..');
const uci = join(repo, '../shared/corpora/uci-incident-event-log.csv.gz');
const hasCorpus = existsSync(uci);
let work: string;

function runImport(file: string, out: string, extra: string[] = []) {
  return spawnSync(
    process.execPath,
    [
      'scripts/data-import.ts',
      file,
      '--source',
      'servicenow',
      '--tz',
      'UTC',
      '--out',
      out,
      '--parquet',
      join(work, `${out.split('/').pop()}.parquet`),
      '--lang',
      'en',
      ...extra,
    ],
    { cwd: repo, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } },
  );
}

/** The independent computation: one incident per `number`, its row with the highest sys_mod_count. */
function independent(csv: string) {
  const lines = csv.split('\n').filter((l) => l.length > 0);
  const header = lines[0]!.split(',');
  const col = (name: string) => header.indexOf(name);
  const [num, mod, upd, opened, resolved, reopen, reassign] = [
    'number',
    'sys_mod_count',
    'sys_updated_at',
    'opened_at',
    'resolved_at',
    'reopen_count',
    'reassignment_count',
  ].map(col) as [number, number, number, number, number, number, number];
  // d/m/Y H:M, read as UTC
  const time = (s: string) => {
    const [d, m, rest] = s.split('/');
    const [y, hm] = rest!.split(' ');
    const [h, mi] = hm!.split(':');
    return Date.UTC(+y!, +m! - 1, +d!, +h!, +mi!);
  };
  const last = new Map<string, string[]>();
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const kept = last.get(cells[num]!);
    if (
      !kept ||
      +cells[mod]! > +kept[mod]! ||
      (+cells[mod]! === +kept[mod]! && time(cells[upd]!) >= time(kept[upd]!))
    )
      last.set(cells[num]!, cells);
  }
  const month = (t: number) => new Date(t).toISOString().slice(0, 7);
  const monthEnd = (m: string) => Date.UTC(+m.slice(0, 4), +m.slice(5, 7), 1); // first instant after the month
  return (m: string) => {
    let volume = 0;
    let reassigned = 0;
    let backlog = 0;
    const hours: number[] = [];
    let reopened = 0;
    for (const c of last.values()) {
      const o = time(c[opened]!);
      const r = c[resolved] === '?' ? undefined : time(c[resolved]!);
      if (month(o) === m) {
        volume++;
        if (+c[reassign]! > 0) reassigned++;
      }
      if (r !== undefined && month(r) === m) {
        hours.push((r - o) / 3_600_000);
        if (+c[reopen]! > 0) reopened++;
      }
      if (o < monthEnd(m) && (r === undefined || r >= monthEnd(m))) backlog++;
    }
    hours.sort((a, b) => a - b);
    const mid = (hours.length - 1) / 2;
    const median = (hours[Math.floor(mid)]! + hours[Math.ceil(mid)]!) / 2;
    return {
      volume,
      medianHours: median,
      reopenRate: (100 * reopened) / hours.length,
      reassignmentRate: (100 * reassigned) / volume,
      backlog,
    };
  };
}

describe.skipIf(!hasCorpus)('data:import on the UCI ServiceNow incident log', () => {
  let csv: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'tickets-uci-'));
    csv = gunzipSync(readFileSync(uci)).toString('utf8');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('computes March, April and May 2016 as an independent computation does, and names the file and its sha256', () => {
    const out = join(work, 'uci.json');
    const run = runImport(uci, out);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('141712 rows read, 0 rejected');
    const figures = JSON.parse(readFileSync(out, 'utf8')) as TicketFigures;
    const sha = createHash('sha256').update(readFileSync(uci)).digest('hex');
    expect(figures.provenance.files).toEqual([
      {
        file: '../shared/corpora/uci-incident-event-log.csv.gz',
        sha256: sha,
        rows: 141712,
        rejected: 0,
      },
    ]);
    expect(figures.provenance.tickets).toBe(24918);
    expect(figures.provenance.dateOrder).toBe('dmy');
    const expected = independent(csv);
    for (const month of ['2016-03', '2016-04', '2016-05']) {
      const got = figures.periods[month]!.scopes['all']!;
      const want = expected(month);
      expect(got.volume, month).toBe(want.volume);
      expect(got.backlog, month).toBe(want.backlog);
      expect(got.resolutionHours!.median.toFixed(1), month).toBe(want.medianHours.toFixed(1));
      expect(got.reopenRate!.toFixed(1), month).toBe(want.reopenRate.toFixed(1));
      expect(got.reassignmentRate!.toFixed(1), month).toBe(want.reassignmentRate.toFixed(1));
    }
    // The export has no first reply, rating or reply count: those are missing, with the reason.
    expect(figures.unsupported.map((u) => u.measure)).toEqual(
      expect.arrayContaining([
        'first reply time',
        'CSAT',
        'one-touch resolution (first-contact proxy)',
      ]),
    );
    expect(figures.periods['2016-03']!.scopes['all']!.firstReplyHours).toBeNull();
    expect(figures.proxies['escalation-rate']).toMatch(/reassignment_count/);
  });

  it('names the row and column of a broken date, and fails writing nothing when many rows are broken', () => {
    const lines = csv.split('\n');
    const header = lines[0]!.split(',');
    const openedAt = header.indexOf('opened_at');
    const breakRow = (i: number) => {
      const cells = lines[i]!.split(',');
      cells[openedAt] = '31/13/2016 09:00';
      lines[i] = cells.join(',');
    };
    breakRow(10);
    const one = join(work, 'one-broken.csv.gz');
    writeFileSync(one, gzipSync(lines.join('\n')));
    const oneOut = join(work, 'one.json');
    const run = runImport(one, oneOut);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`one-broken.csv.gz:11:${openedAt + 1}`);
    expect(run.stdout).toContain(
      'row 10, column “opened_at”: “31/13/2016 09:00” is not a real date or time',
    );
    expect(run.stdout).toContain('141712 rows read, 1 rejected');
    expect(existsSync(oneOut)).toBe(true);

    for (let i = 20; i < lines.length - 1; i += 40) breakRow(i);
    const many = join(work, 'many-broken.csv.gz');
    writeFileSync(many, gzipSync(lines.join('\n')));
    const manyOut = join(work, 'many.json');
    const failed = runImport(many, manyOut);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(
      /\d+ of 141712 rows were rejected, more than the limit of 1%; nothing was written/,
    );
    expect(failed.stdout).toContain('The import failed; nothing was written.');
    expect(existsSync(manyOut)).toBe(false);
    expect(existsSync(join(work, 'many.json.parquet'))).toBe(false);
  });
});
