/**
 * Which rendered pages go to Pagefind as Astro renders them (src/integrations/search-index.ts):
 * the same pages as the glob used for pages read from disk.
 */
import { describe, expect, it } from 'vitest';
import { matchesGlob } from 'node:path';
import {
  INDEXED_PAGES,
  Indexer,
  indexedSourcePath,
  indexingPrerenderer,
  pathBelowBase,
  type IndexWriter,
} from '../../src/integrations/search-index.ts';

describe('indexedSourcePath', () => {
  it('names the file of an article or a quarterly report', () => {
    expect(indexedSourcePath('/zh-cn/kb/returns/refund-timelines/')).toBe(
      'zh-cn/kb/returns/refund-timelines/index.html',
    );
    expect(indexedSourcePath('en/reports/2026-q3')).toBe('en/reports/2026-q3/index.html');
  });

  it('leaves listings, pages of the list, comparisons, files and other sections out', () => {
    for (const path of [
      '/zh-cn/kb/',
      '/zh-cn/kb/2/',
      '/zh-cn/reports/',
      '/zh-cn/reports/2026-q3/compare/2026-q2/',
      '/zh-cn/reports/2026-q3/kpis.csv',
      '/zh-cn/tags/退款/',
      '/zh-cn/quick-find/0.json',
      '/',
    ])
      expect(indexedSourcePath(path)).toBeUndefined();
  });
});

describe('the pages read from disk and the pages taken while rendering', () => {
  it('are the same set: INDEXED_PAGES and indexedSourcePath agree', () => {
    const files = [
      'zh-cn/kb/returns/refund/index.html',
      'en/reports/2026-q3/index.html',
      'zh-cn/kb/index.html',
      'zh-cn/kb/2/index.html',
      'zh-cn/reports/index.html',
      'zh-cn/reports/2026-q3/compare/2026-q2/index.html',
      'zh-cn/tags/退款/index.html',
      'zh-cn/browse/tier/basic/index.html',
      'index.html',
    ];
    for (const file of files)
      expect(matchesGlob(file, INDEXED_PAGES), file).toBe(
        indexedSourcePath(file.slice(0, -'index.html'.length)) === file,
      );
  });
});

describe('pathBelowBase', () => {
  it('takes the base off and decodes the path', () => {
    expect(pathBelowBase('/handbook/zh-cn/kb/%E9%80%80%E6%AC%BE/a/', '/handbook/')).toBe(
      'zh-cn/kb/退款/a/',
    );
    expect(pathBelowBase('/zh-cn/kb/a/b/', '/')).toBe('zh-cn/kb/a/b/');
    expect(pathBelowBase('/handbook/x/', '/handbook')).toBe('x/');
  });

  it('is undefined outside the base', () => {
    expect(pathBelowBase('/other/zh-cn/kb/a/b/', '/handbook/')).toBeUndefined();
  });
});

describe('Indexer', () => {
  /** A stand-in for Pagefind: takes pages in after a tick, fails on the page named `failOn`. */
  const fake = (failOn?: string) => {
    const taken: string[] = [];
    const sent: string[] = [];
    let inFlight = 0;
    let mostInFlight = 0;
    let written = 0;
    const takenAtWrite: number[] = [];
    const index: IndexWriter = {
      addHTMLFile: async ({ sourcePath }) => {
        sent.push(String(sourcePath));
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight--;
        if (sourcePath === failOn) throw new Error('Pagefind backend closed');
        taken.push(String(sourcePath));
        return { errors: [], hash: '', file: { url: '', fragment: '' } } as never;
      },
      writeFiles: () => {
        written++;
        takenAtWrite.push(taken.length);
        return Promise.resolve({ errors: [], outputPath: '' } as never);
      },
    };
    return {
      index,
      taken,
      sent,
      takenAtWrite,
      written: () => written,
      mostInFlight: () => mostInFlight,
    };
  };
  const page = (i: number) => `zh-cn/kb/c/p${i}/index.html`;
  const html =
    '<html lang="zh-cn"><body><article data-pagefind-body>退款时效</article></body></html>';

  it('takes pages in the order given and writes the index once every expected page is in', async () => {
    const { index, taken, written } = fake();
    const indexer = new Indexer('/tmp/site', () => Promise.resolve(index));
    indexer.expect([page(1), page(2), page(3)]);
    for (const i of [1, 2, 3]) await indexer.add(page(i), html);
    expect(await indexer.finish()).toBe(3);
    expect(taken).toEqual([page(1), page(2), page(3)]);
    expect(written()).toBe(1);
    await expect(indexer.add(page(4), html)).rejects.toThrow(/already written/);
  });

  it('sends a few pages ahead without waiting for Pagefind to take in the one before, in order', async () => {
    const { index, sent, taken, mostInFlight } = fake();
    const pages = [1, 2, 3, 4, 5, 6, 7, 8].map(page);
    const indexer = new Indexer('/tmp/site', () => Promise.resolve(index), 1 << 20, 3);
    // Added at once, as pages rendered side by side are: the order of the calls is kept.
    await Promise.all(pages.map((p) => indexer.add(p, html)));
    expect(await indexer.finish()).toBe(8);
    expect(sent).toEqual(pages);
    expect(taken).toEqual(pages);
    expect(mostInFlight()).toBe(3);
  });

  it('writes the index only after the last page sent has been taken in', async () => {
    const { index, takenAtWrite } = fake();
    const indexer = new Indexer('/tmp/site', () => Promise.resolve(index));
    indexer.expect([page(1), page(2), page(3)]);
    // The last expected page starts the writing; both pages before it are still with Pagefind.
    await Promise.all([1, 2, 3].map((i) => indexer.add(page(i), html)));
    expect(await indexer.finish()).toBe(3);
    expect(takenAtWrite).toEqual([3]);
  });

  it('holds a page back while the text waiting for Pagefind is over the bound', async () => {
    const { index, mostInFlight } = fake();
    const indexer = new Indexer('/tmp/site', () => Promise.resolve(index), 1);
    for (let i = 1; i <= 5; i++) await indexer.add(page(i), html);
    await indexer.finish();
    expect(mostInFlight()).toBe(1);
  });

  it('reports a failure to the next page and to finish instead of hanging on a full queue', async () => {
    const { index } = fake(page(2));
    // A queue of one page: every page waits for the one before.
    const indexer = new Indexer('/tmp/site', () => Promise.resolve(index), 1);
    const adding = (async () => {
      for (let i = 1; i <= 20; i++) await indexer.add(page(i), html);
    })();
    await expect(adding).rejects.toThrow('Pagefind backend closed');
    await expect(indexer.finish()).rejects.toThrow('Pagefind backend closed');
  });
});

describe('indexingPrerenderer', () => {
  it('hands pages to the indexer in the order Astro started them, however they finish', async () => {
    const added: string[] = [];
    const indexer = {
      add: (sourcePath: string) => {
        added.push(sourcePath);
        return Promise.resolve();
      },
    } as unknown as Indexer;
    // Later pages finish first; a page that fails and one that is not indexed are among them.
    const delays: Record<string, number> = { a: 30, b: 20, c: 10, d: 0, e: 5 };
    const inner = {
      name: 'fake',
      getStaticPaths: () => Promise.resolve([]),
      render: async (request: Request) => {
        const slug = new URL(request.url).pathname.split('/').at(-2)!;
        await new Promise((resolve) => setTimeout(resolve, delays[slug]));
        if (slug === 'c') throw new Error('render failed');
        return new Response(`<html><body>${slug}</body></html>`, { status: 200 });
      },
    };
    const prerenderer = indexingPrerenderer(inner, indexer, '/');
    const url = (path: string) => new Request(`http://localhost/${path}`);
    const results = await Promise.allSettled(
      ['zh-cn/kb/x/a/', 'zh-cn/kb/x/b/', 'zh-cn/kb/x/c/', 'zh-cn/tags/d/', 'zh-cn/kb/x/e/'].map(
        (path) => prerenderer.render(url(path), {} as never),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect(added).toEqual([
      'zh-cn/kb/x/a/index.html',
      'zh-cn/kb/x/b/index.html',
      'zh-cn/kb/x/e/index.html',
    ]);
  });
});
