import { describe, expect, it } from 'vitest';
import {
  computeHealth,
  formatHealth,
  healthFromArticles,
  healthFromSources,
  isPlaceholderOwner,
  linkedIds,
  type HealthSource,
} from '../../src/lib/kb/health.ts';
import { loadCategories, readKbSources } from '../../src/lib/kb/categories.ts';
import { checkProjectDetails } from '../../src/lib/project/check.ts';
import { repoRoot } from '../../scripts/lib/temp-project.ts';
import type { ArticleData } from '../../src/schemas/article.ts';
import { article } from './helpers/articles.ts';

const FILE = 'content/kb/zh-cn/returns/refund-timelines.md';
const source = (id: string, overrides: Partial<ArticleData> = {}, body = ''): HealthSource => {
  const a = article(id, overrides);
  return { article: { ...a, file: `content/kb/${id}.md` }, body };
};

describe('linkedIds', () => {
  it('resolves relative .md/.mdx paths, site paths and reference links to article ids', () => {
    const body = [
      'See [the table](../orders/split-shipment.md#when) and [this](./refund-confirm.mdx).',
      '[English](../../en/returns/refund-timelines.md "English version")',
      'Also [on the site](/zh-cn/kb/billing/invoice-faq/) and <a href="/handbook/en/kb/tools/glossary/">x</a>.',
      '[ref]: ../complaints/triage.md',
      '[same folder](same-folder.md)',
    ].join('\n');
    expect(linkedIds(body, FILE).sort()).toEqual([
      'en/returns/refund-timelines',
      'en/tools/glossary',
      'zh-cn/billing/invoice-faq',
      'zh-cn/complaints/triage',
      'zh-cn/orders/split-shipment',
      'zh-cn/returns/refund-confirm',
      'zh-cn/returns/same-folder',
    ]);
  });

  it('ignores external links, anchors, images of other files and links in code', () => {
    const body = [
      '[web](https://example.com/a.md) [mail](mailto:a@b.c) [top](#steps) ![pic](./chart.png)',
      '`[inline](../orders/x.md)`',
      '```md',
      '[fenced](../orders/y.md)',
      '```',
      '[outside](../../../README.md)',
    ].join('\n');
    expect(linkedIds(body, FILE)).toEqual([]);
  });

  it('ignores <a href> in a fenced HTML example and in a code span, so the target stays an orphan', () => {
    const body = [
      'To link from MDX, write:',
      '```html',
      '<a href="../orders/split-shipment.md">split shipment</a>',
      '```',
      '~~~',
      "<a href='/zh-cn/kb/billing/invoice-faq/'>x</a>",
      '~~~',
      'or `<a href="../complaints/triage.md">`.',
      'A real one: <a href="../tools/glossary.md">glossary</a>',
    ].join('\n');
    expect(linkedIds(body, FILE)).toEqual(['zh-cn/tools/glossary']);
    const linking = source('zh-cn/returns/refund-timelines', {}, body);
    const report = computeHealth(
      [
        source('zh-cn/orders/split-shipment'),
        { ...linking, article: { ...linking.article, file: FILE } },
      ],
      { today: '2026-11-23' },
    );
    expect(report.orphans.map((e) => e.id)).toContain('zh-cn/orders/split-shipment');
  });
});

describe('isPlaceholderOwner', () => {
  it('flags importer defaults and placeholders in both languages, not real owners', () => {
    for (const owner of ['imported', 'TBD', ' tbd ', '待定', '未知', 'TODO: ask Li', 'n/a', '?'])
      expect(isPlaceholderOwner(owner), owner).toBe(true);
    for (const owner of ['售后服务组', 'Complaints team', 'Todorov Ivan', 'Tbdesk'])
      expect(isPlaceholderOwner(owner), owner).toBe(false);
  });
});

describe('computeHealth', () => {
  const sources = [
    // Reviewed 2026-01-01 every 180 days → due 2026-06-30, 146 days before 2026-11-23.
    source('zh-cn/returns/a', { related: ['b'], translationKey: 'a' }),
    source(
      'zh-cn/returns/b',
      { reviewed: '2026-06-01', reviewEvery: 180, translationKey: 'b', owner: '待定' },
      '[a](./a.md)',
    ),
    source('zh-cn/orders/c', { reviewed: '2026-11-01', reviewEvery: 30, tier: 'expert' }),
    source('en/returns/a', { translationKey: 'a', reviewed: '2026-05-10' }),
    source('zh-cn/orders/d', { status: 'draft', owner: 'imported' }, '[c](../orders/c.md)'),
    source('zh-cn/orders/e', { status: 'archived', owner: 'TBD' }, '[c](../orders/c.md)'),
  ];
  const report = computeHealth(sources, { today: '2026-11-23', categories: ['orders', 'returns'] });
  const files = (list: readonly { file: string }[]) => list.map((e) => e.file);

  it('lists overdue reviews most overdue first, and reviews due within 30 days', () => {
    expect(report.overdue.map((e) => [e.id, e.daysOverdue])).toEqual([
      ['zh-cn/returns/a', 146],
      ['en/returns/a', 17],
    ]);
    expect(report.dueSoon.map((e) => [e.id, e.dueOn, -e.daysOverdue])).toEqual([
      ['zh-cn/returns/b', '2026-11-28', 5],
      ['zh-cn/orders/c', '2026-12-01', 8],
    ]);
  });

  it('flags placeholder owners on live and draft articles, not archived ones', () => {
    expect(files(report.placeholderOwner)).toEqual([
      'content/kb/zh-cn/orders/d.md',
      'content/kb/zh-cn/returns/b.md',
    ]);
  });

  it('finds published articles without a translation, per missing locale', () => {
    expect(report.untranslated.map((e) => [e.id, e.missing])).toEqual([
      ['zh-cn/orders/c', 'en'],
      ['zh-cn/returns/b', 'en'],
    ]);
  });

  it('counts related and body links from published articles only as inbound links', () => {
    // a ← b's body, b ← a's related; c is linked only from a draft and an archived page.
    expect(files(report.orphans)).toEqual([
      'content/kb/en/returns/a.md',
      'content/kb/zh-cn/orders/c.md',
    ]);
  });

  it('counts drafts, archived and the published distribution by tier and category', () => {
    expect(report.counts).toEqual({ total: 6, published: 4, draft: 1, archived: 1 });
    expect(files(report.drafts)).toEqual(['content/kb/zh-cn/orders/d.md']);
    expect(files(report.archived)).toEqual(['content/kb/zh-cn/orders/e.md']);
    expect(report.distribution[0]).toEqual({
      locale: 'zh-cn',
      rows: [
        { category: 'orders', byTier: { basic: 0, advanced: 0, expert: 1 }, total: 1 },
        { category: 'returns', byTier: { basic: 2, advanced: 0, expert: 0 }, total: 2 },
      ],
      totals: { basic: 2, advanced: 0, expert: 1 },
      total: 3,
    });
  });

  it('prints the same report in the terminal, in English or Chinese', () => {
    expect(formatHealth(report, 'en')).toMatchInlineSnapshot(`
      "Content health on 2026-11-23
      Articles: 6 (published 4, drafts 1, archived 1)

      Overdue for review (2)
        content/kb/zh-cn/returns/a.md  due 2026-06-30, 146 days ago
        content/kb/en/returns/a.md  due 2026-11-06, 17 days ago

      Review due within 30 days (2)
        content/kb/zh-cn/returns/b.md  due 2026-11-28, in 5 days
        content/kb/zh-cn/orders/c.md  due 2026-12-01, in 8 days

      Owner is a placeholder (2)
        content/kb/zh-cn/orders/d.md  owner: imported
        content/kb/zh-cn/returns/b.md  owner: 待定

      Without a translation (2)
        content/kb/zh-cn/orders/c.md  no en version
        content/kb/zh-cn/returns/b.md  no en version

      Not linked from any other article (2)
        content/kb/en/returns/a.md  owner: Desk
        content/kb/zh-cn/orders/c.md  owner: Desk

      Drafts (1)
        content/kb/zh-cn/orders/d.md  owner: imported

      Archived (1)
        content/kb/zh-cn/orders/e.md  owner: TBD

      Published articles by category and tier
        zh-cn
                   Basic  Advanced  Expert  Total
          orders       0         0       1      1
          returns      2         0       0      2
          Total        2         0       1      3
        en
                   Basic  Advanced  Expert  Total
          returns      1         0       0      1
          Total        1         0       0      1"
    `);
    const zh = formatHealth(report, 'zh-cn');
    expect(zh).toContain(
      '已过复核期 (2)\n  content/kb/zh-cn/returns/a.md  应于 2026-06-30 复核，已过 146 天',
    );
    expect(zh.split('\n').slice(-10).join('\n')).toMatchInlineSnapshot(`
      "已发布文章：按分类和层级统计
        zh-cn
                   基础  进阶  专家  合计
          orders      0     0     1     1
          returns     2     0     0     2
          合计        2     0     1     3
        en
                   基础  进阶  专家  合计
          returns     1     0     0     1
          合计        1     0     0     1"
    `);
  });
});

describe('healthFromSources (the sample content)', () => {
  it('agrees with the articles’ own review states and status counts', () => {
    const files = readKbSources(repoRoot);
    const report = healthFromSources(files, loadCategories(repoRoot).value, '2026-11-23');
    expect(report.counts.total).toBe(files.length);
    expect(report.overdue.every((e) => e.daysOverdue > 0 && e.status === 'published')).toBe(true);
    expect(report.distribution.reduce((n, d) => n + d.total, 0)).toBe(report.counts.published);
    expect(report.drafts.map((e) => e.file)).toEqual([
      'content/kb/zh-cn/orders/same-day-delivery-rule.md',
    ]);
  });
});

describe('healthFromArticles (what the check already validated)', () => {
  it('gives the same report as reading and validating the files again', () => {
    const { kb } = checkProjectDetails(repoRoot);
    expect(kb.files.length).toBe(readKbSources(repoRoot).length);
    expect(kb.articles.every((a) => kb.files.some((f) => f.path === a.file))).toBe(true);
    expect(healthFromArticles(kb.articles, kb.categories, '2026-11-23')).toEqual(
      healthFromSources(readKbSources(repoRoot), loadCategories(repoRoot).value, '2026-11-23'),
    );
  });
});
