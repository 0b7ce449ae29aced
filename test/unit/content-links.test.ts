import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { suggestIsoDate } from '../../src/lib/diagnostics/date-suggest.ts';
import {
  articleSitePath,
  extractLinks,
  headingIds,
  parseArticlePath,
} from '../../src/lib/markdown/links.ts';
import {
  articleHref,
  articleLinksPlugin,
  contentPath,
} from '../../src/integrations/article-links.ts';

const body = `## 退款从什么时候开始算

### Step 1: check the \`order\` id

## 退款从什么时候开始算

## [链接标题](./x.md) and **bold** — “引号”

\`\`\`md
## not a heading
[not a link](./nowhere.md)
\`\`\`

See [timelines](../returns/refund-timelines.md#到账时间表), \`[code](./no.md)\` and ![图](./a.png).

[ref]: ./reference-target.md
<img src="/images/x.png" alt="">
`;

describe('headingIds', () => {
  it('gives the ids Astro’s Markdown processor gives, duplicates and markup included', async () => {
    const processor = await createSatteriMarkdownProcessor();
    const { metadata } = await processor.render(body);
    expect(headingIds(body)).toEqual(metadata.headings.map((h: { slug: string }) => h.slug));
    expect(headingIds(body)).toMatchInlineSnapshot(`
      [
        "退款从什么时候开始算",
        "step-1-check-the-order-id",
        "退款从什么时候开始算-1",
        "链接标题-and-bold--引号",
      ]
    `);
  });
});

describe('extractLinks', () => {
  it('finds links, images, reference definitions and <img>, outside code', () => {
    expect(extractLinks(body).map((l) => `${l.lineIndex + 1}:${l.column} ${l.kind} ${l.href}`))
      .toMatchInlineSnapshot(`
        [
          "7:4 link ./x.md",
          "14:5 link ../returns/refund-timelines.md#到账时间表",
          "14:78 image ./a.png",
          "16:8 link ./reference-target.md",
          "17:1 image /images/x.png",
        ]
      `);
  });
});

describe('article links on the site', () => {
  const from = 'content/kb/zh-cn/orders/a.md';
  it('turn a relative source path into the page URL, keeping the heading and the base', () => {
    expect(articleHref('../returns/refund-timelines.md#到账时间表', from, '/')).toBe(
      '/zh-cn/kb/returns/refund-timelines/#到账时间表',
    );
    expect(articleHref('./b.mdx', from, '/handbook/')).toBe('/handbook/zh-cn/kb/orders/b/');
    expect(articleHref('https://example.com/a.md', from, '/')).toBeUndefined();
    expect(articleHref('/zh-cn/kb/orders/b/', from, '/')).toBeUndefined();
    expect(articleHref('../../../reports/zh-cn/2026-q3.mdx', from, '/')).toBeUndefined();
    expect(contentPath('/work/site/content/kb/zh-cn/orders/a.md')).toBe(from);
  });

  it('are rewritten by the Sätteri plugin the build registers', () => {
    const { html } = markdownToHtml(
      '[时效](../returns/refund-timelines.md#到账时间表) [外部](https://a.example/)',
      {
        hastPlugins: [articleLinksPlugin('/handbook/')],
        fileURL: pathToFileURL('/work/site/content/kb/zh-cn/orders/a.md'),
      } as never,
    );
    expect(html).toContain('href="/handbook/zh-cn/kb/returns/refund-timelines/#');
    expect(html).toContain('href="https://a.example/"');
  });
});

describe('suggestIsoDate', () => {
  it('suggests YYYY-MM-DD for dates written another way, only when unambiguous', () => {
    expect(
      [
        '2026/09/15',
        '2026-9-5',
        '2026.9.15',
        '2026年9月15日',
        '15/09/2026',
        '09/15/2026',
        '20260915',
      ].map(suggestIsoDate),
    ).toEqual([
      '2026-09-15',
      '2026-09-05',
      '2026-09-15',
      '2026-09-15',
      '2026-09-15',
      '2026-09-15',
      '2026-09-15',
    ]);
    expect(suggestIsoDate('03/04/2026')).toBeUndefined();
    expect(suggestIsoDate('2026/02/30')).toBeUndefined();
    expect(suggestIsoDate('next week')).toBeUndefined();
  });
});

describe('parseArticlePath', () => {
  it('reads locale, category folder and slug from where articles live, and nothing else', () => {
    expect(parseArticlePath('content/kb/zh-cn/returns/refund-timelines.md')).toEqual({
      locale: 'zh-cn',
      category: 'returns',
      slug: 'refund-timelines',
      ext: 'md',
    });
    expect(parseArticlePath('content/kb/en/tools/glossary.mdx')?.ext).toBe('mdx');
    for (const path of [
      'content/kb/zh-cn/refund.md',
      'content/kb/zh-cn/returns/deep/x.md',
      'content/kb/zh-cn/returns/x.markdown',
      'content/reports/2026-q3.md',
      '../content/kb/zh-cn/returns/x.md',
    ])
      expect(parseArticlePath(path), path).toBeUndefined();
    expect(articleSitePath('content/kb/en/tools/glossary.mdx')).toBe('/en/kb/tools/glossary/');
  });
});
