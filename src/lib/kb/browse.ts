import type { Locale } from '../../schemas/localized.ts';
import { tagSlug, type Facet } from '../urls.ts';
import { facetCounts, type Article, type FacetCounts } from './articles.ts';

export interface BrowsePage {
  locale: Locale;
  facet: Facet;
  value: string;
  articles: Article[];
}

/** One static page per facet value that has articles, so filtering works without JavaScript. */
export function browsePages(listed: Record<Locale, Article[]>): BrowsePage[] {
  const pages: BrowsePage[] = [];
  for (const [locale, articles] of Object.entries(listed) as [Locale, Article[]][]) {
    for (const facet of ['tier', 'category', 'type'] as const) {
      const groups = new Map<string, Article[]>();
      for (const a of articles) {
        // Push, not spread: copying the group per article is quadratic in a facet's size.
        const group = groups.get(a.data[facet]);
        if (group) group.push(a);
        else groups.set(a.data[facet], [a]);
      }
      for (const [value, group] of groups) pages.push({ locale, facet, value, articles: group });
    }
  }
  return pages;
}

export interface TagPage {
  locale: Locale;
  tag: string;
  /** The tag as written most often, for display. */
  label: string;
  articles: Article[];
}

export function tagPages(listed: Record<Locale, Article[]>): TagPage[] {
  const pages: TagPage[] = [];
  for (const [locale, articles] of Object.entries(listed) as [Locale, Article[]][]) {
    const groups = new Map<string, { label: string; articles: Article[] }>();
    for (const a of articles) {
      for (const tag of a.data.tags) {
        const slug = tagSlug(tag);
        const group = groups.get(slug) ?? { label: tag, articles: [] };
        if (!group.articles.includes(a)) group.articles.push(a);
        groups.set(slug, group);
      }
    }
    for (const [tag, { label, articles: group }] of groups)
      pages.push({ locale, tag, label, articles: group });
  }
  return pages.sort((a, b) => b.articles.length - a.articles.length || a.tag.localeCompare(b.tag));
}

const countsCache = new WeakMap<readonly Article[], FacetCounts>();

/**
 * Facet counts of a locale's whole listing, computed once per list: every page of every facet
 * listing shows the same filter bar, and recounting the corpus per page grows with its square.
 */
export function listingFacetCounts(articles: readonly Article[]): FacetCounts {
  let counts = countsCache.get(articles);
  if (!counts) countsCache.set(articles, (counts = facetCounts(articles)));
  return counts;
}

const topCache = new WeakMap<ReadonlyMap<string, number>, [string, number][]>();

/**
 * The most used tags, most used first, ties by name: the filter bar shows a bounded number so it
 * does not grow with the corpus. Ranked once per count map (the full list is sorted only once).
 */
export function topTags(counts: ReadonlyMap<string, number>, limit: number): [string, number][] {
  let ranked = topCache.get(counts);
  if (!ranked) {
    ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    topCache.set(counts, ranked);
  }
  return ranked.slice(0, limit);
}
