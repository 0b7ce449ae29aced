/**
 * The sample site's ticket-flow KPIs come from the committed Zendesk export: importing it again
 * reproduces data/tickets/computed.json byte for byte, and changing one ticket changes the report.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMetrics } from '../../src/lib/metrics/load-metrics.ts';

const repo = join(import.meta.dirname, '../..');
const exportFile = 'data/exports/zendesk-tickets.csv.gz';
let work: string;

const runImport = (root: string, file: string) =>
  spawnSync(
    process.execPath,
    [
      'scripts/data-import.ts',
      file,
      '--source',
      'zendesk',
      '--tz',
      'Asia/Shanghai',
      '--exported-on',
      '2026-10-09',
      '--root',
      root,
      '--parquet',
      join(root, 'tickets.parquet'),
      '--lang',
      'en',
    ],
    { cwd: repo, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } },
  );

/** The working copy of the sample export, line by line (header first). */
const exportLines = (): string[] =>
  gunzipSync(readFileSync(join(work, exportFile)))
    .toString('utf8')
    .split('\n');
const writeExportLines = (lines: readonly string[]) =>
  writeFileSync(join(work, exportFile), gzipSync(lines.join('\n')));

describe('the sample export', () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'tickets-sample-'));
    cpSync(join(repo, 'data'), join(work, 'data'), { recursive: true });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('imports again to the committed figures, byte for byte', () => {
    const run = runImport(work, join(work, exportFile));
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('48145 rows read, 0 rejected');
    expect(run.stdout).toContain('(unchanged)');
    expect(readFileSync(join(work, 'data/tickets/computed.json'), 'utf8')).toBe(
      readFileSync(join(repo, 'data/tickets/computed.json'), 'utf8'),
    );
    const q3 = loadMetrics(work).value.snapshots.find((s) => s.period === '2026-Q3')!;
    expect(q3.metrics).toMatchObject({
      'ticket-volume': 5480,
      backlog: 702,
      'reopen-rate': 7.5,
      'frt-ticket': 3.5,
    });
  });

  it('changing one ticket and importing again changes the report', () => {
    const lines = exportLines();
    const header = lines[0]!.split(',');
    const created = header.indexOf('Created at');
    const solved = header.indexOf('Solved at');
    // A ticket opened and solved in August 2026 is moved to the last day of June: Q3 loses it,
    // Q2 gains it, and it is still open when Q2 ends.
    const i = lines.findIndex((l) => {
      const c = l.split(',');
      return c[created]?.startsWith('2026-08-1') && c[solved]?.startsWith('2026-08-2');
    });
    const cells = lines[i]!.split(',');
    cells[created] = '2026-06-30 10:00:00';
    lines[i] = cells.join(',');
    writeExportLines(lines);
    const run = runImport(work, join(work, exportFile));
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const snapshots = loadMetrics(work).value.snapshots;
    expect(snapshots.find((s) => s.period === '2026-Q3')!.metrics['ticket-volume']).toBe(5479);
    expect(snapshots.find((s) => s.period === '2026-Q2')!.metrics).toMatchObject({
      'ticket-volume': 5721,
      backlog: 761,
    });
  });

  it('counts the diagnosis’s tagged problems from the export, and a re-tagged export moves them', () => {
    const lines = exportLines();
    const header = lines[0]!.split(',');
    const created = header.indexOf('Created at');
    const tags = header.indexOf('Tags');
    // Counted independently: rows opened in 2026-Q3 (local times) whose Tags hold the word.
    const inQ3 = (l: string) => /^2026-0[789]-/.test(l.split(',')[created] ?? '');
    const tagged = (l: string, tag: string) => (l.split(',')[tags] ?? '').split(' ').includes(tag);
    const q3 = lines.slice(1).filter(inQ3);
    const problems = () =>
      new Map(
        loadMetrics(work)
          .value.snapshots.find((s) => s.period === '2026-Q3')!
          .problems.map((p) => [p.id, p]),
      );
    const before = problems().get('handoff-delays')!;
    expect(before.frequencyFrom).toEqual({
      tag: 'handoff_delay',
      tickets: q3.filter((l) => tagged(l, 'handoff_delay')).length,
      of: q3.length,
      share:
        Math.round((10_000 * q3.filter((l) => tagged(l, 'handoff_delay')).length) / q3.length) /
        100,
    });
    expect(before.frequency).toBe(2); // 0.5 % ≤ share < 1.5 %
    expect(problems().get('knowledge-gaps')).not.toHaveProperty('frequencyFrom');
    // Agents stop tagging 40 of the quarter's hand-off delays: the share falls under 0.5 %.
    let removed = 0;
    const retagged = lines.map((l) => {
      if (removed === 40 || !inQ3(l) || !tagged(l, 'handoff_delay')) return l;
      removed++;
      const cells = l.split(',');
      cells[tags] = cells[tags]!.split(' ')
        .filter((t) => t !== 'handoff_delay')
        .join(' ');
      return cells.join(',');
    });
    writeExportLines(retagged);
    const run = runImport(work, join(work, exportFile));
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const after = problems().get('handoff-delays')!;
    expect(after.frequencyFrom!.tickets).toBe(before.frequencyFrom!.tickets - 40);
    expect(after.frequency).toBe(1);
  });
});
