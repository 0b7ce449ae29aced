import type { ArticleData } from '../../schemas/article.ts';
import { type Locale, locales } from '../../schemas/localized.ts';
import { articlePath, tagSlug } from '../urls.ts';
import { reviewState, type ReviewState } from './review.ts';

/** What a content-collection entry gives us; kept minimal so tests can build one by hand. */
export interface ArticleEntry {
  id: string;
  filePath?: string | undefined;
  data: ArticleData;
}

export interface Article {
  /** `<locale>/<category>/<slug>`, the collection id. */
  id: string;
  locale: Locale;
  slug: string;
  path: string;
  /** Source file, relative to the project root. */
  file: string;
  data: ArticleData;
  review: ReviewState;
}

export interface BuildOptions {
  /** The build date, `YYYY-MM-DD`. */
  today: string;
  /** Drafts exist only in `astro dev`. */
  includeDrafts: boolean;
  /** A public build drops every internal article. */
  audience: 'internal' | 'public';
}

export function toArticle(entry: ArticleEntry, today: string): Article {
  const [locale, , slug = ''] = entry.id.split('/');
  if (!(locales as readonly string[]).includes(locale ?? '')) {
    throw new Error(`Article ${entry.id} is outside a locale folder`);
  }
  return {
    id: entry.id,
    locale: locale as Locale,
    slug,
    path: articlePath(locale as Locale, entry.data.category, slug),
    file: entry.filePath ?? `content/kb/${entry.id}.md`,
    data: entry.data,
    review: reviewState(entry.data.reviewed, entry.data.reviewEvery, today),
  };
}

/** Whether the article is built at all in this mode and audience. */
export function isBuilt(
  article: Article,
  options: Pick<BuildOptions, 'includeDrafts' | 'audience'>,
): boolean {
  if (article.data.status === 'draft' && !options.includeDrafts) return false;
  return options.audience === 'internal' || article.data.audience === 'public';
}

/** Whether it appears in lists, facets, feeds and search: archived pages stay reachable only. */
export const isListed = (article: Article): boolean => article.data.status !== 'archived';

export type FacetCounts = Record<'tier' | 'category' | 'type' | 'tag', Map<string, number>>;

/** How many listed articles carry each tier, category, type and tag. */
export function facetCounts(articles: readonly Article[]): FacetCounts {
  const counts: FacetCounts = {
    tier: new Map(),
    category: new Map(),
    type: new Map(),
    tag: new Map(),
  };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const article of articles) {
    bump(counts.tier, article.data.tier);
    bump(counts.category, article.data.category);
    bump(counts.type, article.data.type);
    for (const tag of new Set(article.data.tags.map(tagSlug))) bump(counts.tag, tag);
  }
  return counts;
}

/** Newest review first, then title, so lists are stable between builds. */
export function byRecent(a: Article, b: Article): number {
  return b.data.reviewed.localeCompare(a.data.reviewed) || a.data.title.localeCompare(b.data.title);
}

/**
 * Related articles, precomputed once for the whole site: the explicit `related` list in its
 * order, then the others ranked by shared category (2 points) and shared tags (1 point each).
 */
export function rankRelated(
  article: Article,
  candidates: readonly Article[],
  limit = 5,
): Article[] {
  const bySlug = new Map(candidates.map((c) => [c.slug, c]));
  const chosen: Article[] = [];
  for (const slug of article.data.related) {
    const found = bySlug.get(slug);
    if (found && found !== article && !chosen.includes(found)) chosen.push(found);
  }
  const tags = new Set(article.data.tags.map(tagSlug));
  const scored = candidates
    .filter((c) => c !== article && !chosen.includes(c) && c.locale === article.locale)
    .map((c) => ({
      c,
      score:
        (c.data.category === article.data.category ? 2 : 0) +
        c.data.tags.filter((t) => tags.has(tagSlug(t))).length,
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.c.data.title.localeCompare(b.c.data.title));
  return [...chosen, ...scored.map(({ c }) => c)].slice(0, limit);
}
