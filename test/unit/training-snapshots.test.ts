/**
 * One source of truth: a snapshot that types a figure the training records compute is rejected,
 * pointing at the line; a project without records keeps its typed figures.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMetrics } from '../../src/lib/metrics/load-metrics.ts';
import { checkTraining } from '../../src/lib/training/check.ts';
import { repoRoot } from '../../scripts/lib/temp-project.ts';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function project(withRecords: boolean): string {
  root = mkdtempSync(join(tmpdir(), 'training-snapshots-'));
  cpSync(join(repoRoot, 'data'), join(root, 'data'), { recursive: true });
  if (!withRecords) rmSync(join(root, 'data/training'), { recursive: true });
  return root;
}

const typeCoverage = (dir: string) => {
  const file = join(dir, 'data/snapshots/2026-q3.json');
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as { metrics: Record<string, number> };
  snapshot.metrics['training-coverage'] = 74;
  writeFileSync(file, `${JSON.stringify(snapshot, null, 2)}\n`);
};

describe('training figures in snapshots', () => {
  it('rejects a figure typed where the records compute it, naming file and line', () => {
    const dir = project(true);
    typeCoverage(dir);
    const { problems } = loadMetrics(dir);
    const typed = problems.filter((p) => p.code === 'training.typed-twice');
    expect(typed).toHaveLength(1);
    const line = readFileSync(join(dir, 'data/snapshots/2026-q3.json'), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('"training-coverage"'));
    expect(typed[0]).toMatchObject({
      file: 'data/snapshots/2026-q3.json',
      line: line + 1,
      field: 'metrics.training-coverage',
    });
    expect(typed[0]!.message).toBe(
      '“training-coverage” is typed here but is computed from data/training/*.csv',
    );
  });

  it('keeps typed figures in a project without training records', () => {
    const dir = project(false);
    typeCoverage(dir);
    const { value, problems } = loadMetrics(dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const q3 = value.snapshots.find((s) => s.period === '2026-Q3')!;
    expect(q3.metrics['training-coverage']).toBe(74);
    expect(q3.training).toBeUndefined();
  });
});

describe('attendance and the curriculum', () => {
  it('rejects a session whose module is not in the curriculum, with row and column', () => {
    const dir = project(true);
    cpSync(join(repoRoot, 'content/training'), join(dir, 'content/training'), { recursive: true });
    const file = join(dir, 'data/training/attendance.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const cells = lines[1]!.split(',');
    cells[2] = 'basic-empathy-wordin';
    lines[1] = cells.join(',');
    writeFileSync(file, lines.join('\n'));
    const problems = checkTraining(dir, []).filter((p) => p.file.startsWith('data/'));
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.field}: ${p.message}`)).toEqual(
      [
        `data/training/attendance.csv:2:${cells[0]!.length + cells[1]!.length + 3} module: row 2: “basic-empathy-wordin” is not allowed`,
      ],
    );
  });
});
