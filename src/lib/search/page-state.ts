/**
 * The search page's pure logic: its state in the URL, the merging of the searches made for one
 * query's forms, the facet lists and the links to results. The browser code
 * (src/client/search-page.ts) only wires these to the DOM and to Pagefind.
 */

/** The facets the search page filters by, in the order it shows them. */
export const SEARCH_FACETS = ['tier', 'category', 'type', 'tag'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];
export type Filters = Record<string, string[]>;

export interface SearchState {
  q: string;
  filters: Filters;
}

/** The query and filters a search page URL's query string holds (`?q=退款&tier=basic`). */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const facet of SEARCH_FACETS) {
    const values = params.getAll(facet);
    if (values.length) filters[facet] = values;
  }
  return { q: params.get('q') ?? '', filters };
}

/** The URL (path and query string) that holds `state`; no `?` when there is nothing to hold. */
export function searchStateUrl(pathname: string, { q, filters }: SearchState): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [facet, values] of Object.entries(filters))
    for (const v of values) params.append(facet, v);
  return `${pathname}${params.size ? `?${params}` : ''}`;
}

/** `filters` with `value` of `facet` switched on or off; a facet left empty disappears. */
export function toggleFilter(filters: Filters, facet: string, value: string, on: boolean): Filters {
  const next = { ...filters };
  const set = new Set(next[facet] ?? []);
  if (on) set.add(value);
  else set.delete(value);
  if (set.size) next[facet] = [...set];
  else delete next[facet];
  return next;
}

/** Words to highlight on the article a result opens: the query in every form we searched. */
export const highlightParam = (variants: readonly string[]): string =>
  [...new Set(variants.flatMap((v) => v.split(' ')))].filter((w) => w.length > 0).join(' ');

/** A result's URL carrying the words to highlight, before its `#heading`. */
export function withHighlight(url: string, words: string): string {
  const [path, hash] = url.split('#');
  return `${path}?highlight=${encodeURIComponent(words)}${hash ? `#${hash}` : ''}`;
}

/** Pagefind escapes page text in excerpts and adds only `<mark>`: keep nothing else. */
export const excerptHtml = (excerpt: string): string => excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');

/** The weight of a converted form's or synonym's score against the query as typed. */
export const VARIANT_WEIGHT = 0.85;

/**
 * One ranking from the searches of a query's forms (`searches[0]` is the query as typed): each
 * result once, with its best weighted score, highest first. The query as typed outranks its
 * conversions and synonyms at equal scores.
 */
export function mergeVariantResults<R extends { id: string; score: number }>(
  searches: readonly { results: readonly R[] }[],
): R[] {
  const merged = new Map<string, R>();
  searches.forEach((found, i) => {
    const weight = i === 0 ? 1 : VARIANT_WEIGHT;
    for (const r of found.results) {
      const seen = merged.get(r.id);
      if (!seen || seen.score < r.score * weight)
        merged.set(r.id, { ...r, score: r.score * weight });
    }
  });
  return [...merged.values()].sort((a, b) => b.score - a.score);
}

/** Index of the search that found the most results (its facet counts are shown); 0 on ties. */
export const widestSearch = (searches: readonly { results: readonly unknown[] }[]): number =>
  searches.reduce(
    (widest, found, i) => (found.results.length > searches[widest]!.results.length ? i : widest),
    0,
  );

/**
 * The values of one facet to offer as filters: those with matches, and any chosen value even
 * without; most matches first, at most 12 tags or 20 of another facet.
 */
export function facetEntries(
  counts: Record<string, Record<string, number>>,
  filters: Filters,
  facet: string,
): [string, number][] {
  return Object.entries(counts[facet] ?? {})
    .filter(([, n]) => n > 0 || filters[facet]?.length)
    .sort((a, b) => b[1] - a[1])
    .slice(0, facet === 'tag' ? 12 : 20);
}
