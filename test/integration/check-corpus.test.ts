/**
 * Issue 6, acceptance: "`npm run check` on a set of at least 30 kinds of broken files that are not
 * in the project's tests: every problem reported with the right file and line, no stack trace;
 * correct files not reported." Each kind in test/fixtures/broken/ is laid over a valid project
 * slice; the check must report exactly the problems its expect.json lists, and nothing else.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lib/project/check.ts';
import { localize } from '../../src/lib/diagnostics/problem.ts';
import {
  buildProject,
  expected,
  generated,
  storedKinds,
  type Expected,
} from '../unit/helpers/broken-corpus.ts';

const kinds = [...storedKinds(), ...Object.keys(generated)];
const projects: string[] = [];
const project = (names: string[]) => {
  const root = buildProject(names);
  projects.push(root);
  return root;
};
afterAll(() => {
  for (const root of projects) rmSync(root, { recursive: true, force: true });
});

const key = (p: Expected) =>
  `${p.severity} ${p.file}:${p.line}${p.column === undefined ? '' : `:${p.column}`} ${p.code}${p.field === undefined ? '' : ` [${p.field}]`}`;

describe('the broken-file corpus', () => {
  it('has at least 35 kinds', () => {
    expect(kinds.length).toBeGreaterThanOrEqual(35);
  });

  it('reports nothing for the valid base project', () => {
    expect(checkProject(project([]))).toEqual([]);
  });

  it.each(kinds)('%s: reports exactly the expected problems', (kind) => {
    const problems = checkProject(project([kind]));
    const want = expected(kind);
    const got = problems.map((p) => {
      const w = want.find((e) => e.file === p.file && e.code === p.code && e.line === p.line);
      return key({
        severity: p.severity,
        file: p.file,
        line: p.line,
        code: p.code,
        ...(w?.column !== undefined ? { column: p.column } : {}),
        ...(w?.field !== undefined ? { field: p.field } : {}),
      });
    });
    expect(got.sort()).toEqual(want.map(key).sort());
    // Every message reads complete in both languages.
    for (const lang of ['en', 'zh-cn'] as const) {
      for (const p of localize(problems, lang)) {
        expect(p.message, p.code).not.toMatch(/undefined|\[object|NaN/);
        expect(p.fix, p.code).not.toMatch(/undefined|\[object|NaN/);
        expect(p.fix.length, p.code).toBeGreaterThan(3);
        if (lang === 'zh-cn') expect(`${p.message}${p.fix}`, p.code).toMatch(/\p{Script=Han}/u);
      }
    }
  });
});

describe('npm run check on every kind at once', () => {
  it('exits 1 with a JSON report and no stack trace', () => {
    const root = project(kinds);
    const run = spawnSync(
      process.execPath,
      [join(import.meta.dirname, '../../scripts/check.ts'), '--root', root, '--json'],
      { encoding: 'utf8', timeout: 170_000 },
    );
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).not.toMatch(/^\s+at /m);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as {
      problems: { file: string; line: number; code: string }[];
      summary: { errors: number };
    };
    expect(report.summary.errors).toBeGreaterThan(5);
    for (const p of report.problems) {
      expect(p.file).toMatch(/^(content|data)\//);
      expect(p.line).toBeGreaterThanOrEqual(1);
    }
  }, 180_000);
});
