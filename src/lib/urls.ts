import type { Locale } from '../schemas/localized.ts';

export type Facet = 'tier' | 'category' | 'type';

const base = (): string => {
  const configured = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';
  return configured.endsWith('/') ? configured : `${configured}/`;
};

/** Prefix a site path with the configured base (`astro.config.mjs` → `base`). */
export const href = (path: string): string => `${base()}${path.replace(/^\//, '')}`;

export const homePath = (locale: Locale) => `/${locale}/`;
export const kbPath = (locale: Locale) => `/${locale}/kb/`;
export const articlePath = (locale: Locale, category: string, slug: string) =>
  `/${locale}/kb/${category}/${slug}/`;
export const browsePath = (locale: Locale, facet: Facet, value: string) =>
  `/${locale}/browse/${facet}/${encodeURIComponent(value)}/`;
export const tagsPath = (locale: Locale) => `/${locale}/tags/`;
export const tagPath = (locale: Locale, tag: string) =>
  `/${locale}/tags/${encodeURIComponent(tagSlug(tag))}/`;
export const searchPath = (locale: Locale) => `/${locale}/search/`;

/** A tag's URL segment: case and spaces folded so `Refund` and `refund` share one page. */
export const tagSlug = (tag: string) => tag.trim().toLowerCase().replace(/\s+/g, '-');
