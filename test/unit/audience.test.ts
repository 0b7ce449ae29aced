import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { gitInfoFor, hasSection, sectionPaths } from '../../src/lib/audience.ts';
import { audiencePatterns, internalGlob, isPublicSource } from '../../src/loaders/audience-glob.ts';
import { robotsMeta, robotsTxt, sitemapPage } from '../../src/lib/crawl.ts';
import { feedItems, lastChanged } from '../../src/lib/kb/feed.ts';
import { article } from './helpers/articles.ts';
import { feedPath } from '../../src/lib/urls.ts';

describe('sections per audience', () => {
  it('keeps reports, roadmap and content health out of a public build', () => {
    expect(hasSection('kb', 'public')).toBe(true);
    expect(hasSection('tags', 'public')).toBe(true);
    expect(hasSection('training', 'public')).toBe(true);
    for (const section of [
      'reports',
      'roadmap',
      'health',
      'training-records',
      'tracking',
    ] as const) {
      expect(hasSection(section, 'public'), section).toBe(false);
      expect(hasSection(section, 'internal'), section).toBe(true);
    }
  });
  it('generates an internal-only route’s pages in internal builds only', () => {
    const paths = [{ params: { locale: 'en' } }];
    for (const section of ['reports', 'roadmap', 'health', 'tracking'] as const) {
      expect(
        sectionPaths(section, 'internal', () => paths),
        section,
      ).toEqual(paths);
      expect(
        sectionPaths(section, 'public', () => paths),
        section,
      ).toEqual([]);
    }
    // Public sections keep their pages in both builds.
    expect(sectionPaths('kb', 'public', () => paths)).toEqual(paths);
  });
  it('reads a missing section’s data not at all', () => {
    let calls = 0;
    const paths = () => {
      calls++;
      return [];
    };
    sectionPaths('reports', 'public', paths);
    expect(calls).toBe(0);
    sectionPaths('reports', 'internal', paths);
    expect(calls).toBe(1);
  });
  it('drops commit author names from a public build, keeping the date', () => {
    const git = new Map([
      ['content/kb/en/a.md', { updated: '2026-11-20T10:00:00Z', author: '王芳' }],
    ]);
    expect(gitInfoFor(git, 'internal')).toBe(git);
    expect([...gitInfoFor(git, 'public')]).toEqual([
      ['content/kb/en/a.md', { updated: '2026-11-20T10:00:00Z', author: '' }],
    ]);
  });
});

describe('content loaders per audience', () => {
  const file = (path: string, audience?: string) => ({
    path,
    source: `---\ntitle: T\n${audience ? `audience: ${audience}\n` : ''}---\nBody\n`,
  });
  it('reads only an explicit `audience: public` as public', () => {
    expect(isPublicSource(file('a.md', 'public').source)).toBe(true);
    expect(isPublicSource(file('a.md', 'internal').source)).toBe(false);
    expect(isPublicSource(file('a.md').source)).toBe(false);
    expect(isPublicSource(file('a.md', 'pubic').source)).toBe(false);
    expect(isPublicSource('no front matter')).toBe(false);
  });
  it('negates every internal file for a public build, literally', () => {
    const files = [
      file('zh-cn/returns/a.md', 'public'),
      file('zh-cn/returns/b.md'),
      file('en/tools/c[1].mdx', 'internal'),
    ];
    expect(audiencePatterns('**/*.{md,mdx}', files, 'internal')).toBe('**/*.{md,mdx}');
    expect(audiencePatterns('**/*.{md,mdx}', files, 'public')).toEqual([
      '**/*.{md,mdx}',
      '!zh-cn/returns/b.md',
      '!en/tools/c\\[1\\].mdx',
    ]);
  });
  it('loads no report narrative into a public build', () => {
    const base = { base: './content/reports', pattern: '**/*.mdx' };
    expect(internalGlob({ ...base, audience: 'public' }).name).toBe(
      'service-handbook:internal-only',
    );
    expect(internalGlob({ ...base, audience: 'internal' }).name).toBe('glob-loader');
  });
});

describe('crawling', () => {
  it('shuts search engines out of an internal build and points them at the sitemap otherwise', () => {
    const sitemap = 'https://kb.example.com/handbook/sitemap-index.xml';
    expect(robotsTxt('internal', sitemap)).toMatchInlineSnapshot(`
      "# Internal handbook: not for search engines.
      User-agent: *
      Disallow: /
      "
    `);
    expect(robotsTxt('public', sitemap)).toMatchInlineSnapshot(`
      "User-agent: *
      Allow: /

      Sitemap: https://kb.example.com/handbook/sitemap-index.xml
      "
    `);
    expect(robotsMeta('internal')).toBe('noindex, nofollow');
    expect(robotsMeta('public')).toBeUndefined();
  });
  it('lists pages in the sitemap, not the redirecting root, the 404 or data files', () => {
    const root = 'https://kb.example.com/handbook/';
    const listed = (path: string) => sitemapPage(`${root}${path}`, root);
    expect(listed('zh-cn/')).toBe(true);
    expect(listed('en/kb/returns/refund-timelines/')).toBe(true);
    expect(listed('zh-cn/tags/%E9%80%80%E6%AC%BE/')).toBe(true);
    expect(listed('')).toBe(false);
    expect(listed('404/')).toBe(false);
    expect(listed('en/quick-find.json')).toBe(false);
    expect(listed('en/feed.xml')).toBe(false);
    expect(listed('robots.txt')).toBe(false);
    // Learning paths are listed; training records (about people) never are.
    expect(listed('en/training/basic/')).toBe(true);
    expect(listed('zh-cn/training/dashboard/')).toBe(false);
    expect(listed('en/training/dashboard/2026-q3/')).toBe(false);
    expect(listed('en/training/agents/ag1004/')).toBe(false);
    expect(sitemapPage('https://other.example.com/en/', root)).toBe(false);
  });
});

describe('feed', () => {
  const a = article('en/returns/a', { title: 'A', reviewed: '2026-10-01', tags: ['refunds'] });
  const b = article('en/returns/b', { title: 'B', reviewed: '2026-11-01' });
  const c = article('en/returns/c', { title: 'C', reviewed: '2026-11-01' });
  const url = (path: string) => `https://kb.example.com/handbook${path}`;

  it('takes the later of the review date and the last commit', () => {
    expect(lastChanged(a, undefined).toISOString()).toBe('2026-10-01T00:00:00.000Z');
    expect(
      lastChanged(a, { updated: '2026-11-02T09:00:00+08:00', author: 'x' }).toISOString(),
    ).toBe('2026-11-02T01:00:00.000Z');
    expect(lastChanged(a, { updated: '2026-01-01T00:00:00Z', author: 'x' }).toISOString()).toBe(
      '2026-10-01T00:00:00.000Z',
    );
    expect(lastChanged(a, { updated: 'garbage', author: 'x' }).toISOString()).toBe(
      '2026-10-01T00:00:00.000Z',
    );
  });

  it('lists the most recently changed first, ties by title, up to the limit', () => {
    const git = new Map([[a.file, { updated: '2026-11-20T00:00:00Z', author: 'x' }]]);
    const items = feedItems([c, b, a], { git, url });
    expect(items.map((i) => i.title)).toEqual(['A', 'B', 'C']);
    expect(items[0]).toEqual({
      title: 'A',
      link: 'https://kb.example.com/handbook/en/kb/returns/a/',
      description: 'Summary.',
      pubDate: new Date('2026-11-20T00:00:00Z'),
      categories: ['refunds'],
    });
    expect(feedItems([c, b, a], { git, url, limit: 2 })).toHaveLength(2);
    expect(feedPath('zh-cn')).toBe('/zh-cn/feed.xml');
  });

  it('escapes titles, summaries and tags in the XML', async () => {
    const nasty = article('en/returns/n', {
      title: 'Refunds <script>alert(1)</script> & "quotes"',
      summary: 'Ends a CDATA ]]> and opens <b>',
      tags: ['a&b'],
    });
    const xml = await getRssString({
      title: 'Feed & <co>',
      description: 'd',
      site: 'https://kb.example.com/',
      items: feedItems([nasty], { git: new Map(), url }),
    });
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<b>');
    expect(xml).toContain('<title>Refunds &lt;script&gt;alert(1)&lt;/script&gt; &amp; ');
    expect(xml).toContain('<category>a&amp;b</category>');
    expect(xml).toContain('<title>Feed &amp; &lt;co&gt;</title>');
  });
});
