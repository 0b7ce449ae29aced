import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoryListSchema } from '../../src/schemas/category.ts';
import { validateKb } from '../../src/lib/kb/validate.ts';
import {
  appendCategories,
  planImport,
  resolveLink,
  shortenSummary,
  type ImportOptions,
  type SourceDoc,
} from '../../src/lib/kb-import/import-plan.ts';
import { buildImportReport, formatImportReport } from '../../src/lib/kb-import/import-report.ts';
import { decodeDoc, readSource } from '../../src/lib/kb-import/source.ts';

const fixture = join(import.meta.dirname, '../fixtures/import/wiki');
const repoCategories = readFileSync(
  join(import.meta.dirname, '../../data/categories.json'),
  'utf8',
);
const categories = categoryListSchema.parse(JSON.parse(repoCategories));
const options: ImportOptions = {
  locale: 'en',
  tier: 'basic',
  categoryFrom: 'folder',
  defaultCategory: 'general',
  audience: 'internal',
  owner: 'Support',
  today: '2026-11-23',
  reviewEvery: 180,
  vars: {},
};
const docs = await readSource(fixture);
const byPath = (plan: ReturnType<typeof planImport>) =>
  Object.fromEntries(plan.files.map((f) => [f.source, f]));

describe('planning an import', () => {
  const plan = planImport(docs, options, { articles: [], categories });
  const files = byPath(plan);

  it('writes articles that pass every content check', () => {
    const declared = [...categories, ...plan.categoriesCreated];
    const { problems } = validateKb(
      plan.files.map((f) => ({ path: f.path, source: f.content })),
      declared,
    );
    expect(problems).toEqual([]);
    expect(categoryListSchema.safeParse(declared).success).toBe(true);
  });

  it('maps front matter, derives the rest and rewrites links between the imported files', () => {
    expect(plan.files.map((f) => `${f.source} → ${f.path} [${f.derived.join(', ')}]`))
      .toMatchInlineSnapshot(`
      [
        "_index.md → content/kb/en/general/home.md [summary]",
        "faq/_index.md → content/kb/en/faq/faq.md []",
        "guide/other.md → content/kb/en/guide/other.md [title, summary]",
        "guide/refund.md → content/kb/en/guide/refund.md []",
        "退款说明.md → content/kb/en/general/doc-0201ba3c.md [title, summary]",
      ]
    `);
    expect(files['guide/refund.md']!.content.split('---\n\n')[0]).toMatchInlineSnapshot(`
      "---
      # Imported from guide/refund.md
      title: Refund timelines
      summary: How long a refund takes, by payment method.
      tier: basic
      category: guide
      type: guide
      tags: [refund, timelines, payments]
      owner: Support
      reviewed: 2026-03-02
      reviewEvery: 180
      audience: internal
      translationKey: refund
      "
    `);
    expect(files['guide/other.md']!.content).toContain('title: Other ways to pay back\n');
    expect(files['guide/other.md']!.content).toContain(
      'summary: Store credit is instant. Bank transfers take two working days, as the bank says.\n',
    );
    expect(files['guide/other.md']!.content).not.toContain('# Other ways');
    expect(files['_index.md']!.content).toContain(
      'Start here: [refunds](../guide/refund.md) and [the FAQ](../faq/faq.md).',
    );
    expect(files['_index.md']!.content).toContain('aliases: [helpdesk]');
    expect(files['faq/_index.md']!.content).toContain('type: faq');
    expect(files['guide/refund.md']!.content).toContain('[the other page](other.md#card-refunds)');
  });

  it('declares the categories it creates, named after the folder’s index page', () => {
    expect(plan.categoriesCreated).toMatchInlineSnapshot(`
      [
        {
          "description": {
            "en": "Articles imported from “faq/”.",
            "zh-cn": "从“faq/”导入的文章。",
          },
          "id": "faq",
          "label": {
            "en": "Frequently asked questions",
            "zh-cn": "Faq",
          },
        },
        {
          "description": {
            "en": "Imported articles.",
            "zh-cn": "导入的文章。",
          },
          "id": "general",
          "label": {
            "en": "General",
            "zh-cn": "General",
          },
        },
        {
          "description": {
            "en": "Articles imported from “guide/”.",
            "zh-cn": "从“guide/”导入的文章。",
          },
          "id": "guide",
          "label": {
            "en": "Guide",
            "zh-cn": "Guide",
          },
        },
      ]
    `);
  });

  it('reports what it could not map, by kind, with file and line', () => {
    const report = buildImportReport(plan, { source: 'wiki', locale: 'en', dryRun: true });
    expect(formatImportReport(report, 1)).toMatchInlineSnapshot(`
      "Would import 5 articles from wiki into content/kb/en/ (title from the first heading: 2; summary from the first paragraph: 3).
      Would declare 3 categories in data/categories.json: faq, general, guide
      Links to a #heading: 1 kept, 0 without their anchor.
      Could not map:
        shortcode: 1 in 1 file — removed
          guide/refund.md:15  {{< copyable "shell" >}}
        variable: 1 in 1 file — kept as written (pass --var name=value to fill it in)
          guide/refund.md:13  {{{ .company }}}
        wiki-link: 1 in 1 file — turned into plain text
          guide/refund.md:24  [[Card refunds|three to five days]]
        component: 2 in 1 file — tags removed, their content kept
          guide/refund.md:21  <SimpleTab>
        html-comment: 1 in 1 file — kept (invisible on the page)
          guide/refund.md:29  <!-- markdownlint-disable MD001 -->
        link-not-imported: 1 in 1 file — turned into plain text: the target is not in the import
          guide/refund.md:31  [the old manual](/missing.md)
        asset-not-imported: 1 in 1 file — turned into plain text: files other than Markdown are not imported
          guide/refund.md:31  [the diagram](flow.svg)
        image: 1 in 1 file — replaced by its alt text: images are not imported
          guide/refund.md:31  ![Refund flow](/media/refund-flow.png)
        front-matter-key: 2 in 2 files — ignored
          _index.md:4  weight
        front-matter-value: 1 in 1 file — ignored
          _index.md:3  aliases: 1 old URL(s) dropped"
    `);
  });

  it('never overwrites: an existing target is skipped, a slug used elsewhere gets a number', () => {
    const again = planImport(docs, options, {
      articles: [
        { path: 'content/kb/en/guide/refund.md', translationKey: 'refund' },
        { path: 'content/kb/en/returns/other.md', translationKey: 'other' },
      ],
      categories,
    });
    expect(again.skipped).toEqual([
      {
        source: 'guide/refund.md',
        target: 'content/kb/en/guide/refund.md',
        reason: 'an article already exists there; it was left as it is',
      },
    ]);
    const other = byPath(again)['guide/other.md']!;
    expect(other.path).toBe('content/kb/en/guide/other-2.md');
    expect(other.content).toContain('translationKey: other-2');
    // Links still reach the article that was already there.
    expect(byPath(again)['_index.md']!.content).toContain('[refunds](../guide/refund.md)');
  });

  it('honours a fixed category, type and template variables', () => {
    const fixed = planImport(
      docs,
      {
        ...options,
        category: 'returns',
        categoryFrom: undefined,
        type: 'howto',
        vars: { company: 'Acme' },
      },
      { articles: [], categories },
    );
    expect(new Set(fixed.files.map((f) => f.path.split('/')[3]))).toEqual(new Set(['returns']));
    expect(fixed.categoriesCreated).toEqual([]);
    expect(byPath(fixed)['guide/refund.md']!.content).toContain('Acme pays within three days.');
    expect(fixed.files.every((f) => f.content.includes('type: howto'))).toBe(true);
  });
});

describe('import helpers', () => {
  const imported = new Map([
    ['a/x.md', 'content/kb/zh-cn/a/x.md'],
    ['b/_index.md', 'content/kb/zh-cn/b/b.md'],
  ]);
  const assets = new Set(['media/p.png']);
  it('resolves root-relative, relative and folder links', () => {
    expect(resolveLink('a/x.md', '/b/_index.md#top', imported, assets)).toEqual({
      kind: 'article',
      href: '../b/b.md#top',
    });
    expect(resolveLink('b/_index.md', '../a/x', imported, assets)).toEqual({
      kind: 'article',
      href: '../a/x.md',
    });
    expect(resolveLink('a/x.md', '/b/', imported, assets)).toEqual({
      kind: 'article',
      href: '../b/b.md',
    });
    expect(resolveLink('a/x.md', '../media/p.png', imported, assets)).toEqual({ kind: 'asset' });
    expect(resolveLink('a/x.md', '../../outside.md', imported, assets)).toEqual({
      kind: 'missing',
    });
    expect(resolveLink('a/x.md', 'mailto:a@b.c', imported, assets)).toEqual({ kind: 'keep' });
    expect(resolveLink('a/x.md', '#here', imported, assets)).toEqual({ kind: 'keep' });
  });

  it('shortens a long summary at a sentence end', () => {
    const long = `${'这是第一句话，讲的是退款到账的时效和原路退回的规则'.repeat(2)}。${'后面还有很多很多内容'.repeat(20)}`;
    expect(shortenSummary(long)).toBe(
      `${'这是第一句话，讲的是退款到账的时效和原路退回的规则'.repeat(2)}。`,
    );
    expect(shortenSummary('x'.repeat(200))).toHaveLength(160);
    expect(shortenSummary('short.')).toBe('short.');
  });

  it('appends categories without touching the existing entries', () => {
    const created = [
      {
        id: 'tiup',
        label: { 'zh-cn': 'TiUP', en: 'Tiup' },
        description: { 'zh-cn': '一', en: 'One.' },
      },
    ];
    const text = appendCategories(repoCategories, created);
    expect(text.startsWith(repoCategories.trimEnd().slice(0, -1).trimEnd())).toBe(true);
    expect(JSON.parse(text)).toEqual([...(JSON.parse(repoCategories) as unknown[]), ...created]);
    expect(
      text.endsWith(`  {
    "id": "tiup",
    "label": { "zh-cn": "TiUP", "en": "Tiup" },
    "description": { "zh-cn": "一", "en": "One." }
  }
]
`),
    ).toBe(true);
    expect(appendCategories('[]\n', created)).toBe(
      `[\n${text.slice(text.lastIndexOf('  {\n    "id": "tiup"'))}`,
    );
  });
});

describe('reading the source', () => {
  it('reads a folder, with paths relative to it and no text for other files', () => {
    expect(docs.map((d: SourceDoc) => `${d.path}${d.text ? '' : ' (no text)'}`)).toEqual([
      '_index.md',
      'faq/_index.md',
      'guide/flow.svg (no text)',
      'guide/other.md',
      'guide/refund.md',
      '退款说明.md',
    ]);
  });

  it('skips a file saved as GBK with the check’s message instead of importing it garbled', async () => {
    // “# 退货时效\n\n七天内。” in GBK: 0xCD is not valid UTF-8 where it stands.
    const gbk = Buffer.from([
      0x23, 0x20, 0xcd, 0xcb, 0xbb, 0xf5, 0xca, 0xb1, 0xd0, 0xa7, 0x0a, 0x0a, 0xc6, 0xdf, 0xcc,
      0xec, 0xc4, 0xda, 0xa1, 0xa3, 0x0a,
    ]);
    const doc = decodeDoc('guide/legacy.md', gbk);
    expect(doc.text).toBe('');
    expect(doc.unreadable).toMatchInlineSnapshot(
      `"contains bytes that are not UTF-8 (the first, 0xCD, is on line 1); the file is probably saved as GBK/GB2312 or another legacy encoding → save the file as UTF-8 (in VS Code: “Reopen with Encoding” → GBK, then “Save with Encoding” → UTF-8)"`,
    );
    const dir = mkdtempSync(join(tmpdir(), 'kb-import-gbk-'));
    try {
      writeFileSync(join(dir, 'legacy.md'), gbk);
      writeFileSync(join(dir, 'fine.md'), '# Fine\n\nText.\n');
      const plan = planImport(await readSource(dir), options, { articles: [], categories });
      expect(plan.files.map((f) => f.source)).toEqual(['fine.md']);
      expect(plan.skipped).toEqual([{ source: 'legacy.md', reason: doc.unreadable }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps a UTF-8 file with a byte-order mark and an empty file as they are', () => {
    expect(decodeDoc('a.md', Buffer.from('\uFEFF# 标题\n'))).toEqual({
      path: 'a.md',
      text: '# 标题\n',
    });
    expect(decodeDoc('b.md', Buffer.from(''))).toEqual({ path: 'b.md', text: '' });
  });
});
