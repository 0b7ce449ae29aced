/**
 * `npm run kb:import` end to end on a small archive: what it writes, that it never changes the
 * source, never overwrites an article on a second run, and reports in both forms.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lib/project/check.ts';
import { readSource } from '../../src/lib/kb-import/source.ts';

const repo = join(import.meta.dirname, '../..');
const fixture = join(import.meta.dirname, '../fixtures/import/wiki');
const existingArticle = `---
title: Refund policy
summary: Who gets a refund, and when.
tier: basic
category: returns
type: policy
owner: Support
reviewed: 2026-10-01
reviewEvery: 90
translationKey: refund-policy
---

Refunds follow the payment method.
`;
let work: string;
let archive: string;
let project: string;

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(repo, 'scripts/kb-import.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: '2026-11-23', NO_COLOR: '1' },
  });
const articles = (root: string) =>
  readdirSync(join(root, 'content/kb'), { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.md'))
    .sort();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kb-import-'));
  // The archive holds one top folder, as `tar czf wiki.tar.gz wiki` makes it.
  cpSync(fixture, join(work, 'src/wiki'), { recursive: true });
  archive = join(work, 'wiki.tar.gz');
  await create({ gzip: true, file: archive, cwd: join(work, 'src') }, ['wiki']);
  // The checks need the project's data; the content starts with one article of our own.
  project = join(work, 'project');
  for (const item of ['data', 'content/reports'])
    cpSync(join(repo, item), join(project, item), { recursive: true });
  mkdirSync(join(project, 'content/kb/en/returns'), { recursive: true });
  writeFileSync(join(project, 'content/kb/en/returns/refund-policy.md'), existingArticle);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('kb:import', () => {
  it('reads an archive like the folder it was made from', async () => {
    expect(await readSource(archive)).toEqual(await readSource(fixture));
  });

  it('imports an archive into a project that then passes every check', () => {
    const before = digest(archive);
    const reportFile = join(work, 'report.json');
    const run = cli(
      archive,
      '--locale',
      'en',
      '--category-from',
      'folder',
      '--owner',
      'Support',
      '--out',
      project,
      '--report',
      reportFile,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      `Imported 5 articles from ${archive} into content/kb/en/ (title from the first heading: 2; summary from the first paragraph: 3).`,
    );
    expect(run.stdout).toContain(
      'Declared 3 categories in data/categories.json: faq, general, guide',
    );
    expect(run.stdout).toMatch(
      /component: 2 in 1 file — tags removed, their content kept\n {4}guide\/refund\.md:21 {2}<SimpleTab>/,
    );
    expect(digest(archive)).toBe(before);
    expect(articles(project)).toEqual([
      'en/faq/faq.md',
      'en/general/doc-0201ba3c.md',
      'en/general/home.md',
      'en/guide/other.md',
      'en/guide/refund.md',
      'en/returns/refund-policy.md',
    ]);
    expect(checkProject(project).filter((p) => p.severity === 'error')).toEqual([]);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
      imported: unknown[];
      unmapped: { kind: string; count: number; items: { file: string; line: number }[] }[];
    };
    expect(report.imported).toHaveLength(5);
    expect(report.unmapped.find((u) => u.kind === 'shortcode')).toMatchObject({
      count: 1,
      items: [{ file: 'guide/refund.md', line: 15 }],
    });
  });

  it('skips every article on a second run and changes nothing', () => {
    const refund = join(project, 'content/kb/en/guide/refund.md');
    const stamp = statSync(refund).mtimeMs;
    const categories = readFileSync(join(project, 'data/categories.json'), 'utf8');
    const run = cli(
      fixture,
      '--locale',
      'en',
      '--category-from',
      'folder',
      '--owner',
      'Support',
      '--out',
      project,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Imported 0 articles');
    expect(run.stdout).toContain('Skipped 5 files:');
    expect(statSync(refund).mtimeMs).toBe(stamp);
    expect(readFileSync(join(project, 'data/categories.json'), 'utf8')).toBe(categories);
    expect(articles(project)).toHaveLength(6);
  });

  it('writes nothing on --dry-run and explains a wrong option', () => {
    const dry = cli(
      fixture,
      '--locale',
      'zh-cn',
      '--category-from',
      'folder',
      '--out',
      project,
      '--dry-run',
      '--owner',
      'x',
    );
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('Would import 5 articles');
    expect(articles(project)).toHaveLength(6);
    const wrong = cli(fixture, '--locale', 'zh-cn', '--tier', 'guru', '--out', project);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr.trim()).toBe(
      'kb-import: --tier “guru” is not allowed → use one of: basic, advanced, expert',
    );
  });

  it('names what is missing, then shows the usage (exit 2)', () => {
    const none = cli();
    expect(none.status).toBe(2);
    expect(none.stderr.split('\n')[0]).toBe(
      'kb-import: give exactly one folder or archive to import; --locale is required → the language of the source: zh-cn or en',
    );
    expect(none.stderr).toContain('Usage: npm run kb:import');
    const noLocale = cli(fixture, '--out', project);
    expect(noLocale.status).toBe(2);
    expect(noLocale.stderr.split('\n')[0]).toBe(
      'kb-import: --locale is required → the language of the source: zh-cn or en',
    );
    expect(articles(project)).toHaveLength(6);
  });
});
