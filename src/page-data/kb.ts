/**
 * The knowledge base as the pages see it: read from the content collections once per build,
 * filtered for this mode and audience, with related articles and translations precomputed so no
 * page scans the whole corpus.
 */
import { getCollection } from 'astro:content';
import {
  type Article,
  byRecent,
  isBuilt,
  isListed,
  relatedIndex,
  toArticle,
} from '../lib/kb/articles.ts';
import { gitInfoFor } from '../lib/audience.ts';
import { buildDate, siteAudience } from '../lib/build-info.ts';
import { readGitInfo, type GitInfo } from '../lib/git.ts';
import { browsePages, tagPages } from '../lib/kb/browse.ts';
import { listingPagePaths } from '../lib/kb/paging.ts';
import { browsePath, href, kbPath, tagPath } from '../lib/urls.ts';
import type { Category } from '../schemas/category.ts';
import { locales, type Locale } from '../schemas/localized.ts';

export interface KbModel {
  today: string;
  audience: 'internal' | 'public';
  /** Every article built in this mode, archived ones included. */
  articles: Article[];
  /** Per locale, the articles shown in lists, newest review first. */
  listed: Record<Locale, Article[]>;
  categories: Category[];
  related: Map<string, Article[]>;
  /** translationKey → locale → article. */
  translations: Map<string, Map<Locale, Article>>;
  /** Paths of the listing pages (index, facets, tags) this build generates, so no link points at one it does not. */
  listingPaths: Set<string>;
  git: Map<string, GitInfo>;
}

let model: Promise<KbModel> | undefined;

export function loadKb(): Promise<KbModel> {
  model ??= build();
  return model;
}

async function build(): Promise<KbModel> {
  const today = buildDate();
  const audience = siteAudience();
  const options = { includeDrafts: import.meta.env.DEV, audience } as const;
  const entries = await getCollection('kb');
  const articles = entries.map((e) => toArticle(e, today)).filter((a) => isBuilt(a, options));
  const listed = {
    'zh-cn': articles.filter((a) => a.locale === 'zh-cn' && isListed(a)).sort(byRecent),
    en: articles.filter((a) => a.locale === 'en' && isListed(a)).sort(byRecent),
  };
  // Indexed once per locale: ranking every article against every other grows with the square.
  const relatedIn = { 'zh-cn': relatedIndex(listed['zh-cn']), en: relatedIndex(listed.en) };
  const related = new Map(articles.map((a) => [a.id, relatedIn[a.locale](a)] as const));
  const translations = new Map<string, Map<Locale, Article>>();
  for (const a of articles) {
    const group = translations.get(a.data.translationKey) ?? new Map<Locale, Article>();
    group.set(a.locale, a);
    translations.set(a.data.translationKey, group);
  }
  // Every page of every paginated listing, computed with the same page size the routes use.
  const listingPaths = new Set([
    ...locales.flatMap((l) => listingPagePaths(kbPath(l), listed[l].length)),
    ...browsePages(listed).flatMap((p) =>
      listingPagePaths(browsePath(p.locale, p.facet, p.value), p.articles.length),
    ),
    ...tagPages(listed).flatMap((p) =>
      listingPagePaths(tagPath(p.locale, p.tag), p.articles.length),
    ),
  ]);
  const categories = (await getCollection('categories')).map((c) => c.data);
  return {
    today,
    audience,
    articles,
    listed,
    categories,
    related,
    translations,
    listingPaths,
    git: gitInfoFor(readGitInfo(process.cwd()), audience),
  };
}

/** A facet or tag page's URL when this build has that page; otherwise undefined (no link). */
export const listingHref = (kb: Pick<KbModel, 'listingPaths'>, path: string): string | undefined =>
  kb.listingPaths.has(path) ? href(path) : undefined;

export const categoryLabel = (kb: KbModel, id: string, locale: Locale): string =>
  kb.categories.find((c) => c.id === id)?.label[locale] ?? id;
