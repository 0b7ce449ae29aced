import type { Locale } from '../../schemas/localized.ts';
import { tagSlug, type Facet } from '../urls.ts';
import type { Article } from './articles.ts';

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
      for (const a of articles)
        groups.set(a.data[facet], [...(groups.get(a.data[facet]) ?? []), a]);
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
