/**
 * Issue 15, acceptance, in real `astro build`s of throwaway copies of the project:
 * - a roster or assessment export with a bad date, an unknown agent id or a score out of range
 *   stops the build with file, line (the spreadsheet row) and column; nothing is written to dist/;
 * - a public build (SITE_AUDIENCE=public) of the sample project, curriculum included, carries no
 *   agent name or id from the records: every byte of every file is scanned, Pagefind's gzip index
 *   decompressed and percent-escapes decoded, file paths too; its learning paths are there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildEnv,
  buildTempProject,
  createTempProject,
  removeTempProject,
} from '../../scripts/lib/temp-project.ts';

const TIMEOUT = 300_000;
const projects: string[] = [];

const astroBuild = (project: string, env: Record<string, string> = {}) =>
  buildTempProject(project, TIMEOUT / 2 - 10_000, env);

const replaceLine = (file: string, line: number, edit: (text: string) => string) => {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines[line - 1] = edit(lines[line - 1]!);
  writeFileSync(file, lines.join('\n'));
};

afterAll(() => {
  for (const p of projects) removeTempProject(p);
});

describe('broken learning-platform exports', { timeout: TIMEOUT }, () => {
  let project: string;
  let build: ReturnType<typeof astroBuild>;
  beforeAll(() => {
    project = createTempProject('training-broken', ['content']);
    projects.push(project);
    const data = join(project, 'data/training');
    // Row 5 of the roster: the hire date written day-first.
    replaceLine(join(data, 'roster.csv'), 5, (l) =>
      l.replace(/,(\d{4})-(\d{2})-(\d{2}),/, ',$3.$2.$1,'),
    );
    // Row 2 of the assessments: an agent id nobody has; row 3: a score of 120.
    replaceLine(join(data, 'assessments.csv'), 2, (l) => l.replace(/^AG\d+/, 'AG9999'));
    replaceLine(join(data, 'assessments.csv'), 3, (l) => {
      const cells = l.split(',');
      cells[3] = '120';
      return cells.join(',');
    });
    build = astroBuild(project);
  }, TIMEOUT);

  it('stops the build with file, row and column for each, and writes no dist/', () => {
    expect(build.status).not.toBe(0);
    const roster = readFileSync(join(project, 'data/training/roster.csv'), 'utf8').split('\n')[4]!;
    const hiredColumn = roster.indexOf(roster.split(',')[3]!) + 1;
    expect(build.output).toContain(`data/training/roster.csv:5:${hiredColumn}`);
    expect(build.output).toMatch(/hired: row 5: “\d{2}\.\d{2}\.\d{4}” is not a date/);
    expect(build.output).toContain('data/training/assessments.csv:2:1');
    expect(build.output).toContain(
      'agent_id: row 2: no agent “AG9999” in data/training/roster.csv',
    );
    const row3 = readFileSync(join(project, 'data/training/assessments.csv'), 'utf8').split(
      '\n',
    )[2]!;
    const scoreColumn = row3.split(',').slice(0, 3).join(',').length + 2;
    expect(build.output).toContain(`data/training/assessments.csv:3:${scoreColumn}`);
    expect(build.output).toContain('attitude: row 3: “120” is not a number from 0 to 100');
    expect(existsSync(join(project, 'dist'))).toBe(false);
  });

  it('words the same problems in Chinese for `npm run check`', () => {
    const check = spawnSync(
      process.execPath,
      [join(import.meta.dirname, '../../scripts/check.ts'), '--root', project],
      { env: buildEnv({ HANDBOOK_LANG: 'zh-cn' }), encoding: 'utf8' },
    );
    const out = `${check.stdout}\n${check.stderr}`;
    expect(check.status).not.toBe(0);
    expect(out).toContain('第 2 行：data/training/roster.csv 里没有坐席“AG9999”');
    expect(out).toMatch(/data\/training\/roster\.csv:5:\d+ +错误 +hired：第 5 行：/);
    expect(out).toContain('第 3 行：“120”不是 0 到 100 之间的数');
  });
});

describe('a public build of the sample project', { timeout: TIMEOUT }, () => {
  let project: string;
  let build: ReturnType<typeof astroBuild>;
  const files = new Map<string, string>();
  let pagefindDecoded = 0;
  beforeAll(() => {
    project = createTempProject('training-public', ['content']);
    projects.push(project);
    build = astroBuild(project, { SITE_AUDIENCE: 'public' });
    const dist = join(project, 'dist');
    if (!existsSync(dist)) return;
    for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const path = relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/');
      let bytes = readFileSync(join(dist, path));
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
        bytes = gunzipSync(bytes);
        if (bytes.subarray(0, 12).toString() === 'pagefind_dcd') pagefindDecoded++;
      }
      const text = bytes.toString('utf8');
      let decoded = text;
      try {
        decoded = decodeURIComponent(text.replace(/%(?![0-9a-f]{2})/gi, '%25'));
      } catch {
        // Not URI-encoded text; the raw text is scanned.
      }
      files.set(path, `${text}\n${decoded}`);
    }
  }, TIMEOUT);

  it('builds, with a learning path per tier in both locales and no training record page', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    for (const locale of ['zh-cn', 'en'])
      for (const tier of ['basic', 'advanced', 'expert'])
        expect(files.has(`${locale}/training/${tier}/index.html`), `${locale} ${tier}`).toBe(true);
    expect([...files.keys()].filter((p) => /training\/(dashboard|agents)\//.test(p))).toEqual([]);
    // Internal modules stay out; public ones are in.
    expect(files.has('en/training/basic/basic-empathy-wording/index.html')).toBe(true);
    expect(files.has('en/training/expert/expert-fraud-identity/index.html')).toBe(false);
  });

  it('contains no agent name or id from the records in any byte, Pagefind’s index decompressed', () => {
    const roster = readFileSync(join(project, 'data/training/roster.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    expect(roster).toHaveLength(140);
    expect(pagefindDecoded).toBeGreaterThan(3);
    const needles = roster.flatMap(([id, name]) => [id!, name!]);
    const leaks: string[] = [];
    for (const [path, text] of files) {
      for (const needle of needles) {
        if (path.toLowerCase().includes(needle.toLowerCase()))
          leaks.push(`path ${path}: ${needle}`);
        const at = text.toLowerCase().indexOf(needle.toLowerCase());
        if (at >= 0)
          leaks.push(`${path}: ${needle} in …${text.slice(Math.max(0, at - 40), at + 40)}…`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
