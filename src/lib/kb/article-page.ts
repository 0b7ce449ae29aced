import { browsePath, kbPath } from '../urls.ts';
import type { Article } from './articles.ts';

/** Knowledge base → category, the trail above an article's title. */
export function articleBreadcrumb(article: Article, categoryLabel: string, kbLabel: string) {
  return [
    { label: kbLabel, path: kbPath(article.locale) },
    { label: categoryLabel, path: browsePath(article.locale, 'category', article.data.category) },
  ];
}
