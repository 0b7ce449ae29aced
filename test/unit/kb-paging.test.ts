import { describe, expect, it } from 'vitest';
import { listingFacetCounts, topTags } from '../../src/lib/kb/browse.ts';
import {
  listingPagePath,
  listingPagePaths,
  listingPageSize,
  pageCount,
  pagedTitle,
  pageNumbers,
  paginationModel,
} from '../../src/lib/kb/paging.ts';
import { article } from './helpers/articles.ts';

describe('listing pages', () => {
  it('needs one page per started page size, and one page even when empty', () => {
    expect(listingPageSize).toBe(48);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(48)).toBe(1);
    expect(pageCount(49)).toBe(2);
    expect(pageCount(53)).toBe(2);
    expect(pageCount(10_000)).toBe(209);
    expect(pageCount(7, 3)).toBe(3);
  });

  it('keeps page 1 at the listing address and numbers later pages below it', () => {
    expect(listingPagePath('/zh-cn/kb/', 1)).toBe('/zh-cn/kb/');
    expect(listingPagePath('/zh-cn/kb/', 2)).toBe('/zh-cn/kb/2/');
    expect(listingPagePaths('/zh-cn/browse/tier/basic/', 97)).toEqual([
      '/zh-cn/browse/tier/basic/',
      '/zh-cn/browse/tier/basic/2/',
      '/zh-cn/browse/tier/basic/3/',
    ]);
    expect(listingPagePaths('/en/tags/refund/', 0)).toEqual(['/en/tags/refund/']);
  });
});

describe('pageNumbers', () => {
  it('shows every page when there are few', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(2, 2)).toEqual([1, 2]);
    expect(pageNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps first, last and the current page with its neighbours, with gaps between', () => {
    expect(pageNumbers(1, 209)).toEqual([1, 2, 'gap', 209]);
    expect(pageNumbers(100, 209)).toEqual([1, 'gap', 99, 100, 101, 'gap', 209]);
    expect(pageNumbers(209, 209)).toEqual([1, 'gap', 208, 209]);
  });

  it('shows a single hidden page instead of a gap', () => {
    // 1 … 3 would hide only page 2: the number is as short as the ellipsis.
    expect(pageNumbers(4, 9)).toEqual([1, 2, 3, 4, 5, 'gap', 9]);
    expect(pageNumbers(6, 9)).toEqual([1, 'gap', 5, 6, 7, 8, 9]);
  });

  it('stays bounded however many pages there are', () => {
    for (const last of [10, 1_000, 100_000])
      for (const current of [1, 2, Math.floor(last / 2), last - 1, last])
        expect(pageNumbers(current, last).length).toBeLessThanOrEqual(7);
  });
});

describe('paginationModel', () => {
  it('links previous, next and numbered pages, marking the current one', () => {
    expect(paginationModel('/zh-cn/kb/', 2, 3)).toEqual({
      current: 2,
      last: 3,
      prev: '/zh-cn/kb/',
      next: '/zh-cn/kb/3/',
      items: [
        { page: 1, path: '/zh-cn/kb/', current: false },
        { page: 2, path: '/zh-cn/kb/2/', current: true },
        { page: 3, path: '/zh-cn/kb/3/', current: false },
      ],
    });
  });

  it('has no previous link on the first page and no next link on the last', () => {
    expect(paginationModel('/en/kb/', 1, 2)).toMatchObject({ prev: undefined, next: '/en/kb/2/' });
    expect(paginationModel('/en/kb/', 2, 2)).toMatchObject({ prev: '/en/kb/', next: undefined });
    expect(paginationModel('/en/kb/', 5, 10).items).toContainEqual({ gap: true });
  });

  it('names the page in the title after the first', () => {
    const format = (p: { title: string; page: number; last: number }) =>
      `${p.title} (page ${p.page} of ${p.last})`;
    expect(pagedTitle('Knowledge base', 1, 3, format)).toBe('Knowledge base');
    expect(pagedTitle('Knowledge base', 2, 3, format)).toBe('Knowledge base (page 2 of 3)');
  });
});

describe('filter bar', () => {
  it('shows a bounded number of the most used tags, ties by name', () => {
    const counts = new Map([
      ['b', 2],
      ['a', 2],
      ['c', 5],
      ['d', 1],
    ]);
    expect(topTags(counts, 3)).toEqual([
      ['c', 5],
      ['a', 2],
      ['b', 2],
    ]);
    expect(topTags(counts, 10)).toHaveLength(4);
  });

  it('counts a locale’s listing once, however many pages show the filter bar', () => {
    const list = [article('zh-cn/returns/a', { tags: ['退款'] }), article('zh-cn/orders/b')];
    const first = listingFacetCounts(list);
    expect(listingFacetCounts(list)).toBe(first);
    expect(Object.fromEntries(first.category)).toEqual({ returns: 1, orders: 1 });
  });
});
