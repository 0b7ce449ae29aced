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
  return relatedIndex(candidates)(article, limit);
}

/**
 * `rankRelated` for many articles over the same candidates: the candidates are indexed once by
 * tag and by category (sorted by title), so each article only scores those sharing a tag with it,
 * plus the first few of its category — every one of those scores exactly 2, so the first by
 * title are the best. Near-linear over a site instead of one pass over every candidate per article.
 */
export function relatedIndex(
  candidates: readonly Article[],
): (article: Article, limit?: number) => Article[] {
  // Titles compared once: every later tie-break is a comparison of two numbers.
  const collator = new Intl.Collator();
  const sorted = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => collator.compare(a.c.data.title, b.c.data.title) || a.i - b.i)
    .map(({ c }) => c);
  const titleRank = new Map(sorted.map((c, rank) => [c, rank]));
  const score = new Int32Array(sorted.length);
  const byTitle = (a: Article, b: Article) => titleRank.get(a)! - titleRank.get(b)!;
  const bySlug = new Map(candidates.map((c) => [c.slug, c]));
  const key = (locale: string, value: string) => `${locale}\u0000${value}`;
  const byTag = new Map<string, Article[]>();
  const byCategory = new Map<string, Article[]>();
  for (const c of candidates) {
    // One entry per tag as written, so a candidate counts each of its matching tags, as before.
    for (const tag of c.data.tags) {
      const k = key(c.locale, tagSlug(tag));
      const list = byTag.get(k) ?? [];
      list.push(c);
      byTag.set(k, list);
    }
    const k = key(c.locale, c.data.category);
    const list = byCategory.get(k) ?? [];
    list.push(c);
    byCategory.set(k, list);
  }
  for (const list of byCategory.values()) list.sort(byTitle);

  return (article, limit = 5) => {
    const chosen: Article[] = [];
    for (const slug of article.data.related) {
      const found = bySlug.get(slug);
      if (found && found !== article && !chosen.includes(found)) chosen.push(found);
    }
    const skip = (c: Article) => c === article || chosen.includes(c);
    // Scores in a flat array by title rank (no per-candidate map), with the ranks touched.
    const touched: number[] = [];
    for (const tag of new Set(article.data.tags.map(tagSlug)))
      for (const c of byTag.get(key(article.locale, tag)) ?? []) {
        if (skip(c)) continue;
        const r = titleRank.get(c)!;
        if (score[r] === 0) touched.push(r);
        score[r]! += 1;
      }
    for (const r of touched) if (sorted[r]!.data.category === article.data.category) score[r]! += 2;
    let extra = 0;
    for (const c of byCategory.get(key(article.locale, article.data.category)) ?? []) {
      if (extra >= limit) break;
      const r = titleRank.get(c)!;
      if (skip(c) || score[r] !== 0) continue;
      score[r] = 2;
      touched.push(r);
      extra++;
    }
    const scored = touched
      .map((r) => ({ r, s: score[r]! }))
      .sort((a, b) => b.s - a.s || a.r - b.r)
      .map(({ r }) => sorted[r]!);
    for (const r of touched) score[r] = 0;
    return [...chosen, ...scored].slice(0, limit);
  };
}
