/**
 * The sample records are reproducible: the seeded generator, run again into another folder, writes
 * byte for byte the files kept in data/training/ (so they were not edited by hand since).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/temp-project.ts';

const out = mkdtempSync(join(tmpdir(), 'training-generator-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('scripts/generate-training-records.ts', () => {
  it('writes the same bytes as the committed sample records', () => {
    const run = spawnSync(
      process.execPath,
      [join(repoRoot, 'scripts/generate-training-records.ts'), out],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('wrote 140 agents');
    for (const file of ['roster.csv', 'attendance.csv', 'assessments.csv', 'certifications.csv'])
      expect(readFileSync(join(out, file), 'utf8'), file).toBe(
        readFileSync(join(repoRoot, 'data/training', file), 'utf8'),
      );
  });
});
