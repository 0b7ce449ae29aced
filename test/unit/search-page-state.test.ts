import { describe, expect, it } from 'vitest';
import {
  excerptHtml,
  facetEntries,
  highlightParam,
  mergeVariantResults,
  readSearchState,
  searchStateUrl,
  toggleFilter,
  widestSearch,
  withHighlight,
} from '../../src/lib/search/page-state.ts';

describe('the search page state in the URL', () => {
  it('reads the query and the filters of known facets only, repeated values kept', () => {
    expect(readSearchState('?q=%E9%80%80%E6%AC%BE&tier=basic&tag=a&tag=b&page=2')).toEqual({
      q: '退款',
      filters: { tier: ['basic'], tag: ['a', 'b'] },
    });
    expect(readSearchState('')).toEqual({ q: '', filters: {} });
  });

  it('writes the same state back, and nothing after the path when empty', () => {
    const state = { q: '退款 时效', filters: { category: ['returns', 'billing'] } };
    const url = searchStateUrl('/zh-cn/search/', state);
    expect(url).toBe(
      '/zh-cn/search/?q=%E9%80%80%E6%AC%BE+%E6%97%B6%E6%95%88&category=returns&category=billing',
    );
    expect(readSearchState(url.slice(url.indexOf('?')))).toEqual(state);
    expect(searchStateUrl('/en/search/', { q: '', filters: {} })).toBe('/en/search/');
  });

  it('toggles a filter value without touching the others; an emptied facet goes', () => {
    const filters = { tier: ['basic'], type: ['faq'] };
    expect(toggleFilter(filters, 'tier', 'expert', true)).toEqual({
      tier: ['basic', 'expert'],
      type: ['faq'],
    });
    expect(toggleFilter(filters, 'type', 'faq', false)).toEqual({ tier: ['basic'] });
    expect(toggleFilter(filters, 'tier', 'basic', true)).toEqual(filters);
    expect(filters).toEqual({ tier: ['basic'], type: ['faq'] });
  });
});

describe('merging the searches of a query’s forms', () => {
  it('keeps each result once at its best weighted score; the typed form wins ties', () => {
    const ranked = mergeVariantResults([
      {
        results: [
          { id: 'a', score: 1 },
          { id: 'b', score: 0.5 },
        ],
      },
      {
        results: [
          { id: 'b', score: 1 },
          { id: 'c', score: 1 },
        ],
      },
      { results: [{ id: 'c', score: 0.2 }] },
    ]);
    expect(ranked).toEqual([
      { id: 'a', score: 1 },
      { id: 'b', score: 0.85 },
      { id: 'c', score: 0.85 },
    ]);
  });

  it('counts facets from the search that found the most, the first on a tie', () => {
    expect(widestSearch([{ results: [1] }, { results: [1, 2] }, { results: [1, 2] }])).toBe(1);
    expect(widestSearch([{ results: [] }, { results: [] }])).toBe(0);
  });
});

describe('facets, highlighting and excerpts', () => {
  it('offers values with matches, most first, 12 tags at most; a chosen facet keeps its zeros', () => {
    const counts = {
      tier: { basic: 3, advanced: 0, expert: 5 },
      tag: Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`t${i}`, i + 1])),
    };
    expect(facetEntries(counts, {}, 'tier')).toEqual([
      ['expert', 5],
      ['basic', 3],
    ]);
    expect(facetEntries(counts, { tier: ['advanced'] }, 'tier')).toEqual([
      ['expert', 5],
      ['basic', 3],
      ['advanced', 0],
    ]);
    expect(facetEntries(counts, {}, 'tag')).toHaveLength(12);
    expect(facetEntries(counts, {}, 'category')).toEqual([]);
  });

  it('highlights every distinct word of every form, before the heading fragment', () => {
    const words = highlightParam(['退款 时效', '退款 時效', '']);
    // Each form whole (its Chinese words run together), then its words.
    expect(words).toBe('退款时效 退款 时效 退款時效 時效');
    expect(withHighlight('/zh-cn/kb/returns/x/#到账时间', words)).toBe(
      `/zh-cn/kb/returns/x/?highlight=${encodeURIComponent(words)}#到账时间`,
    );
    expect(withHighlight('/en/kb/a/', 'refund')).toBe('/en/kb/a/?highlight=refund');
  });

  it('keeps only <mark> in an excerpt', () => {
    expect(excerptHtml('<b>a</b> <mark>退款</mark> <img src=x onerror=1>')).toBe(
      'a <mark>退款</mark> ',
    );
  });
});
