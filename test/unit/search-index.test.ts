/**
 * Which rendered pages go to Pagefind as Astro renders them (src/integrations/search-index.ts):
 * the same pages as the glob used for pages read from disk.
 */
import { describe, expect, it } from 'vitest';
import { indexedSourcePath, pathBelowBase } from '../../src/integrations/search-index.ts';

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
