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
    let written = 0;
    const index: IndexWriter = {
      addHTMLFile: async ({ sourcePath }) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (sourcePath === failOn) throw new Error('Pagefind backend closed');
        taken.push(String(sourcePath));
        return { errors: [], hash: '', file: { url: '', fragment: '' } } as never;
      },
      writeFiles: () => {
        written++;
        return Promise.resolve({ errors: [], outputPath: '' } as never);
      },
    };
    return { index, taken, written: () => written };
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
