/**
 * Issue 13, acceptance: "A snapshot or plan whose baseline disagrees with the data is rejected
 * with both files and lines named; nothing is written to dist/". Runs `npm run check`'s script
 * and the real `astro build` in a throwaway copy of the project whose plan types a CSAT baseline
 * that differs from the 2024-Q4 snapshot.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTempProject,
  createTempProject,
  removeTempProject,
  type TempBuild,
} from '../../scripts/lib/temp-project.ts';

const TIMEOUT = 240_000;
const MARKER = '<!doctype html><title>earlier build</title>';

let project: string;
let build: TempBuild;
let check: SpawnSyncReturns<string>;
let output: string;
let planLine: number;
let snapshotLine: number;
let measured: number;

beforeAll(() => {
  project = createTempProject('baseline-mismatch');
  const planFile = join(project, 'data/plan.yaml');
  const plan = readFileSync(planFile, 'utf8');
  const snapshotText = readFileSync(join(project, 'data/snapshots/2024-q4.json'), 'utf8');
  measured = (JSON.parse(snapshotText) as { metrics: { csat: number } }).metrics.csat;
  // Type a CSAT baseline one point off the snapshot, whatever the plan typed before.
  const edited = plan.replace(
    /(- id: csat-90\n(?:.*\n)*?\s+baseline: )\{[^}]*\}/,
    `$1{ value: ${measured + 1}, period: 2024-Q4 }`,
  );
  if (edited === plan) throw new Error('the sample plan has no csat-90 goal to edit');
  writeFileSync(planFile, edited);
  planLine = edited.split('\n').findIndex((l) => l.includes(`value: ${measured + 1}`)) + 1;
  snapshotLine = snapshotText.split('\n').findIndex((l) => l.trimStart().startsWith('"csat"')) + 1;

  mkdirSync(join(project, 'dist'));
  writeFileSync(join(project, 'dist/previous.html'), MARKER);
  check = spawnSync(
    process.execPath,
    [join(import.meta.dirname, '../../scripts/check.ts'), '--root', project, '--lang', 'en'],
    { encoding: 'utf8', timeout: 60_000 },
  );
  build = buildTempProject(project, TIMEOUT - 5_000);
  output = build.output;
}, TIMEOUT);

afterAll(() => {
  if (project) removeTempProject(project);
});

describe('a typed baseline that differs from its snapshot', { timeout: TIMEOUT }, () => {
  it('fails the check, naming the plan line and the snapshot line', () => {
    expect(check.status, check.stdout + check.stderr).toBe(1);
    const line = check.stdout.split('\n').find((l) => l.startsWith('data/plan.yaml:'));
    expect(line).toBe(
      `data/plan.yaml:${planLine}:17  error  goals.0.baseline.value: goal “csat-90”: the baseline ${measured + 1} differs from ${measured}, the value of csat in 2024-Q4 at data/snapshots/2024-q4.json:${snapshotLine}`,
    );
    expect(check.stdout).toContain('1 error, 0 warnings');
  });

  it('stops the build with the same message and writes nothing to dist/', () => {
    expect(build.status, output).not.toBe(0);
    expect(output).toContain(
      `data/plan.yaml:${planLine}:17  error  goals.0.baseline.value: goal “csat-90”`,
    );
    expect(output).toContain(`data/snapshots/2024-q4.json:${snapshotLine}`);
    expect(output).toContain('Nothing was built.');
    expect(output).not.toMatch(/^ {4}at /m);
    expect(readdirSync(join(project, 'dist'))).toEqual(['previous.html']);
    expect(readFileSync(join(project, 'dist/previous.html'), 'utf8')).toBe(MARKER);
  });
});
