import { describe, expect, it } from 'vitest';
import { facetCounts, isBuilt, isListed, rankRelated } from '../../src/lib/kb/articles.ts';
import { browsePages, tagPages } from '../../src/lib/kb/browse.ts';
import { reviewState } from '../../src/lib/kb/review.ts';
import { article } from './helpers/articles.ts';

describe('reviewState', () => {
  it('is due the day after reviewed + reviewEvery, computed against the injected date', () => {
    expect(reviewState('2026-01-01', 30, '2026-01-31')).toEqual({
      dueOn: '2026-01-31',
      overdue: false,
      daysOverdue: 0,
    });
    expect(reviewState('2026-01-01', 30, '2026-02-01')).toEqual({
      dueOn: '2026-01-31',
      overdue: true,
      daysOverdue: 1,
    });
    expect(reviewState('2026-09-15', 180, '2026-11-23').overdue).toBe(false);
  });
  it('is marked on the article from its front matter', () => {
    expect(
      article('zh-cn/returns/a', { reviewed: '2025-01-01', reviewEvery: 365 }).review.overdue,
    ).toBe(true);
  });
});

describe('visibility', () => {
  it('builds drafts only in dev and internal articles only in internal builds', () => {
    const draft = article('zh-cn/returns/a', { status: 'draft' });
    const internal = article('zh-cn/returns/b', { audience: 'internal' });
    const open = article('zh-cn/returns/c', { audience: 'public' });
    expect(isBuilt(draft, { includeDrafts: false, audience: 'internal' })).toBe(false);
    expect(isBuilt(draft, { includeDrafts: true, audience: 'internal' })).toBe(true);
    expect(isBuilt(internal, { includeDrafts: false, audience: 'public' })).toBe(false);
    expect(isBuilt(open, { includeDrafts: false, audience: 'public' })).toBe(true);
  });
  it('keeps archived articles out of lists', () => {
    expect(isListed(article('zh-cn/returns/a', { status: 'archived' }))).toBe(false);
    expect(isListed(article('zh-cn/returns/a'))).toBe(true);
  });
});

describe('rankRelated', () => {
  const self = article('zh-cn/returns/self', {
    tags: ['退款', '时效'],
    related: ['explicit-b', 'explicit-a'],
  });
  const all = [
    self,
    article('zh-cn/orders/explicit-a'),
    article('zh-cn/orders/explicit-b'),
    article('zh-cn/returns/same-category-two-tags', { tags: ['退款', '时效'] }),
    article('zh-cn/returns/same-category', { tags: [] }),
    article('zh-cn/orders/one-tag', { tags: ['退款'] }),
    article('zh-cn/orders/unrelated', { tags: ['发票'] }),
    article('en/returns/other-locale', { tags: ['退款'] }),
  ];
  it('puts explicit links first in their order, then shared category and tags by score', () => {
    expect(rankRelated(self, all).map((a) => a.slug)).toEqual([
      'explicit-b',
      'explicit-a',
      'same-category-two-tags',
      'same-category',
      'one-tag',
    ]);
  });
  it('respects the limit and never returns the article itself or another locale', () => {
    const slugs = rankRelated(self, all, 10).map((a) => a.slug);
    expect(slugs).not.toContain('self');
    expect(slugs).not.toContain('other-locale');
    expect(rankRelated(self, all, 2)).toHaveLength(2);
  });
});

describe('facets and browse pages', () => {
  const list = [
    article('zh-cn/returns/a', { tier: 'basic', type: 'faq', tags: ['Refund', '时效'] }),
    article('zh-cn/returns/b', { tier: 'expert', type: 'faq', tags: ['refund'] }),
    article('en/orders/c', { tier: 'basic', type: 'howto', tags: ['refund'] }),
  ];
  it('counts tiers, categories, types and case-folded tags', () => {
    const counts = facetCounts(list.slice(0, 2));
    expect(Object.fromEntries(counts.tier)).toEqual({ basic: 1, expert: 1 });
    expect(Object.fromEntries(counts.type)).toEqual({ faq: 2 });
    expect(Object.fromEntries(counts.tag)).toEqual({ refund: 2, 时效: 1 });
  });
  it('makes one static page per facet value that has articles, per locale', () => {
    const pages = browsePages({ 'zh-cn': list.slice(0, 2), en: list.slice(2) });
    expect(pages.map((p) => `${p.locale}/${p.facet}/${p.value}:${p.articles.length}`)).toEqual([
      'zh-cn/tier/basic:1',
      'zh-cn/tier/expert:1',
      'zh-cn/category/returns:2',
      'zh-cn/type/faq:2',
      'en/tier/basic:1',
      'en/category/orders:1',
      'en/type/howto:1',
    ]);
    const tags = tagPages({ 'zh-cn': list.slice(0, 2), en: list.slice(2) });
    expect(tags[0]).toMatchObject({ locale: 'zh-cn', tag: 'refund', label: 'Refund' });
    expect(tags[0]?.articles).toHaveLength(2);
  });
});
