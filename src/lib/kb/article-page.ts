import type { MarkdownHeading } from 'astro';
import { FOOTNOTE_LABEL_ID } from '../markdown/footnotes.ts';
import { browsePath, kbPath } from '../urls.ts';
import type { Article } from './articles.ts';

/** Knowledge base → category, the trail above an article's title. */
export function articleBreadcrumb(article: Article, categoryLabel: string, kbLabel: string) {
  return [
    { label: kbLabel, path: kbPath(article.locale) },
    { label: categoryLabel, path: browsePath(article.locale, 'category', article.data.category) },
  ];
}

/**
 * An article's contents: its h2 and h3 sections, each with its level counted from the page's top
 * section level (1, or 2 for a subsection), so a page whose sections are all h3 (an FAQ, a chapter
 * whose title was its h2) lists them flush. The footnote list's heading is for screen readers and
 * is no section. `show`: three sections or more at the top level.
 */
export function articleContents(headings: readonly MarkdownHeading[]): {
  entries: (MarkdownHeading & { level: number })[];
  show: boolean;
} {
  const sections = headings.filter(
    (h) => (h.depth === 2 || h.depth === 3) && h.slug !== FOOTNOTE_LABEL_ID,
  );
  const top = Math.min(...sections.map((h) => h.depth));
  const entries = sections.map((h) => ({ ...h, level: h.depth - top + 1 }));
  return { entries, show: entries.filter((h) => h.level === 1).length >= 3 };
}
