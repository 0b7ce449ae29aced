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
import type { ImportReport } from '../../src/lib/kb-import/import-report.ts';
import { readFrontMatter } from '../../src/lib/diagnostics/front-matter.ts';
import { fencedLines } from '../../src/lib/markdown/fences.ts';
import { anchorIds, extractLinks } from '../../src/lib/markdown/links.ts';
import { existsSync } from 'node:fs';

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

/**
 * Real repositories of three docs tools (../shared/corpora, read in place, never copied into the
 * project): VitePress (Simplified), mdBook (Traditional, Taiwan) and PingCAP's own format.
 */
const corpora = join(repo, '../shared/corpora');
const corpus = {
  vitepress: join(corpora, 'vue-docs-zh-cn_md_c2715ff.tar.gz'),
  mdbook: join(corpora, 'trpl-zh-tw_md_1769389.tar.gz'),
  pingcap: join(corpora, 'pingcap-docs-cn_md_ae9ab0f.tar.gz'),
};
const missing = Object.values(corpus).filter((file) => !existsSync(file));

describe.skipIf(missing.length)(
  `kb:import on real docs repositories${missing.length ? ` (skipped: ${missing.join(', ')} not found)` : ''}`,
  () => {
    let docsProject: string;
    const reports: Record<string, ImportReport> = {};
    beforeAll(() => {
      docsProject = join(work, 'docs-project');
      mkdirSync(join(docsProject, 'content/kb'), { recursive: true });
      for (const item of ['data', 'content/reports'])
        cpSync(join(repo, item), join(docsProject, item), { recursive: true });
      for (const [name, file] of Object.entries(corpus)) {
        const reportFile = join(work, `${name}.json`);
        const run = cli(
          file,
          '--locale',
          'zh-cn',
          '--category-from',
          'folder',
          '--owner',
          '文档组',
          '--out',
          docsProject,
          '--report',
          reportFile,
        );
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        reports[name] = JSON.parse(readFileSync(reportFile, 'utf8')) as ImportReport;
      }
    }, 120_000);

    const imported = (name: string) =>
      reports[name]!.imported.map((i) => ({
        ...i,
        text: readFileSync(join(docsProject, i.path), 'utf8'),
      }));

    it('leaves no literal ::: container, no table of contents as an article, no @anchor in a title', () => {
      for (const name of ['vitepress', 'mdbook']) {
        for (const page of imported(name)) {
          const lines = page.text.split('\n');
          const fenced = fencedLines(lines);
          expect(
            lines.filter((l, i) => !fenced[i] && /^\s*:::/.test(l)),
            page.path,
          ).toEqual([]);
          expect(page.title).not.toMatch(/^(sidebar|summary)$|\s@[A-Za-z]/i);
          expect(page.source).not.toMatch(/(^|\/)(_sidebar|SUMMARY)\.md$/);
        }
      }
      expect(reports['mdbook']!.skipped).toContainEqual({
        source: 'SUMMARY.md',
        reason:
          'table of contents: read for titles, sections and order, not imported as an article',
      });
      const vite = reports['vitepress']!.converted;
      expect(vite.callouts).toBeGreaterThan(100);
      expect(vite.headingIds).toBeGreaterThan(900);
      const book = reports['mdbook']!;
      expect(book.converted.tocTitles).toBe(
        book.imported.filter((i) => i.source !== 'README.md').length - 1,
      );
      // mdBook's chapter titles come from SUMMARY.md; 簡介 is named by the book.
      expect(book.imported.find((i) => i.source === 'ch00-00-introduction.md')!.title).toBe(
        'Rust 程式設計語言：簡介',
      );
    });

    it('marks the Traditional book lang: zh-Hant and none of the Simplified pages', () => {
      const lang = (text: string) => readFrontMatter(text)!.data['lang'];
      expect(imported('mdbook').every((p) => lang(p.text) === 'zh-Hant')).toBe(true);
      expect(imported('vitepress').some((p) => lang(p.text) !== undefined)).toBe(false);
    });

    it('keeps in-page links working: every #anchor on the same page exists there', () => {
      let checked = 0;
      for (const name of ['vitepress', 'mdbook', 'pingcap']) {
        for (const page of imported(name)) {
          const body = readFrontMatter(page.text)!.body;
          const ids = anchorIds(body);
          for (const link of extractLinks(body)) {
            if (!link.href.startsWith('#') || link.href === '#') continue;
            checked++;
            expect(ids, `${page.path}: ${link.href}`).toContain(
              decodeURIComponent(link.href.slice(1)),
            );
          }
        }
      }
      expect(checked).toBeGreaterThan(1000);
      for (const report of Object.values(reports)) {
        const { kept, dropped } = report.converted.anchorLinks;
        expect(dropped / (kept + dropped)).toBeLessThan(0.05);
      }
    });

    it('gives a project that passes npm run check', () => {
      expect(checkProject(docsProject).filter((p) => p.severity === 'error')).toEqual([]);
    }, 120_000);
  },
);
