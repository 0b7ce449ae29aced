/**
 * The per-locale RSS feed of recently reviewed or changed articles. Pure: the page passes the
 * already-filtered listed articles of one locale (so a public build's feed can hold no internal
 * article), their git history and how to make an absolute URL.
 */
import type { GitInfo } from '../git.ts';
import type { Article } from './articles.ts';

/** One `<item>`, in the shape `@astrojs/rss` takes; it escapes the text when it writes XML. */
export interface FeedItem {
  title: string;
  /** Absolute URL of the article. */
  link: string;
  description: string;
  pubDate: Date;
  categories: string[];
}

export interface FeedOptions {
  /** Newest commit per source file; a build without git history passes an empty map. */
  git: ReadonlyMap<string, GitInfo>;
  /** Site path (`/zh-cn/kb/…/`) → absolute URL, base path included. */
  url: (path: string) => string;
  /** How many items the feed keeps. */
  limit?: number;
}

/**
 * When the article last changed for a reader: the later of its review date (a review that changes
 * nothing is still news: the content was confirmed) and its newest commit.
 */
export function lastChanged(article: Article, git: GitInfo | undefined): Date {
  const reviewed = new Date(`${article.data.reviewed}T00:00:00Z`);
  const committed = git ? new Date(git.updated) : undefined;
  return committed && !Number.isNaN(committed.getTime()) && committed > reviewed
    ? committed
    : reviewed;
}

/** The newest `limit` articles by {@link lastChanged}, then by title so builds repeat. */
export function feedItems(articles: readonly Article[], options: FeedOptions): FeedItem[] {
  return articles
    .map((article) => ({ article, date: lastChanged(article, options.git.get(article.file)) }))
    .sort(
      (a, b) =>
        b.date.getTime() - a.date.getTime() ||
        a.article.data.title.localeCompare(b.article.data.title),
    )
    .slice(0, options.limit ?? 30)
    .map(({ article, date }) => ({
      title: article.data.title,
      link: options.url(article.path),
      description: article.data.summary,
      pubDate: date,
      categories: [...article.data.tags],
    }));
}

/** Articles and other items (the quarterly reports) in one feed, newest first, then by title. */
export const mergeFeedItems = (...lists: readonly (readonly FeedItem[])[]): FeedItem[] =>
  lists
    .flat()
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title));
