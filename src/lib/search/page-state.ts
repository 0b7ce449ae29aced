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

/**
 * Words to highlight on the article a result opens: each form searched, whole (its words run
 * together where they are Chinese), and its words, except single Chinese characters split off a
 * longer query (到 of 退款到账 would mark every 到 on the page).
 */
export function highlightParam(variants: readonly string[]): string {
  const terms: string[] = [];
  for (const form of variants) {
    const words = form.split(' ').filter(Boolean);
    if (words.length > 1) terms.push(joinWords(words));
    for (const w of words) if (words.length === 1 || !isLoneHan(w)) terms.push(w);
  }
  return [...new Set(terms)].join(' ');
}

const isLoneHan = (word: string) => /^\p{Script=Han}$/u.test(word);

/** Words joined as they are written: Chinese next to Chinese without a space. */
const joinWords = (words: readonly string[]) =>
  words.reduce(
    (out, w) =>
      /\p{Script=Han}$/u.test(out) && /^\p{Script=Han}/u.test(w)
        ? out + w
        : out
          ? `${out} ${w}`
          : w,
    '',
  );

/** A result's URL carrying the words to highlight, before its `#heading`. */
export function withHighlight(url: string, words: string): string {
  const [path, hash] = url.split('#');
  return `${path}?highlight=${encodeURIComponent(words)}${hash ? `#${hash}` : ''}`;
}

/**
 * Pagefind escapes page text in excerpts and adds only `<mark>`: keep nothing else. Marks that
 * touch become one (退款 and 到账 side by side are one mark); a mark on a single Chinese character
 * that stands alone is a character split off a longer query word, and is dropped, unless
 * `lone` says the query is that one character.
 */
export function excerptHtml(excerpt: string, lone = false): string {
  const joined = excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '').replace(/<\/mark>(\s*)<mark>/g, '$1');
  return lone ? joined : joined.replace(/<mark>(\p{Script=Han})<\/mark>/gu, '$1');
}

/** The weight of a synonym's score against the query itself (in any script or vocabulary). */
export const VARIANT_WEIGHT = 0.85;

/**
 * One ranking from the searches of a query's forms: each result once, with its best weighted
 * score, highest first. The first `equal` searches are the query itself in each script and
 * vocabulary and count alike (a Traditional page found by the Traditional form of a Simplified
 * query ranks as if the query had been typed so); synonyms count a little less.
 */
export function mergeVariantResults<R extends { id: string; score: number }>(
  searches: readonly { results: readonly R[] }[],
  equal = 1,
): R[] {
  const merged = new Map<string, R>();
  searches.forEach((found, i) => {
    const weight = i < Math.max(1, equal) ? 1 : VARIANT_WEIGHT;
    for (const r of found.results) {
      const seen = merged.get(r.id);
      if (!seen || seen.score < r.score * weight)
        merged.set(r.id, { ...r, score: r.score * weight });
    }
  });
  return [...merged.values()].sort((a, b) => b.score - a.score);
}

/**
 * The words to search again when a query found nothing: those that find pages on their own,
 * the rarest first (they say most about what was meant), at most `keep`, in the order typed.
 * Empty when no word finds anything alone or the query has one word only.
 */
export function rarestWords(
  words: readonly string[],
  counts: readonly number[],
  keep: number,
): string[] {
  if (words.length < 2) return [];
  const found = words
    .map((word, i) => ({ word, i, n: counts[i] ?? 0 }))
    .filter((w) => w.n > 0)
    .sort((a, b) => a.n - b.n || a.i - b.i)
    .slice(0, keep)
    .sort((a, b) => a.i - b.i);
  return found.map((w) => w.word);
}

/**
 * The retry to show when a query found nothing, from searches made with fewer of its words:
 * the one that keeps the most words, then the one that finds fewest pages (the most specific),
 * then the earliest. Undefined when none found anything.
 */
export function pickRetry<T extends { words: readonly string[]; count: number }>(
  tries: readonly T[],
): T | undefined {
  return tries
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.count > 0)
    .sort((a, b) => b.t.words.length - a.t.words.length || a.t.count - b.t.count || a.i - b.i)[0]
    ?.t;
}

/** The query's words less one, for each word in turn (the stray word is usually one). */
export const withoutOne = (words: readonly string[]): string[][] =>
  words.length < 2 ? [] : words.map((_, i) => words.filter((__, j) => j !== i));

/**
 * The parts of a query to count and search again when it found nothing: the words the agent
 * typed apart (`电子发票 录音`), or, typed in one run, the segmenter's words without the single
 * characters split off longer ones (a lone 券 or 赔 is no better a guess than the whole query).
 * Question words are gone already (`query` is what was searched).
 */
export function retryUnits(query: string, words: readonly string[]): string[] {
  const typed = query.split(/\s+/).filter(Boolean);
  if (typed.length > 1) return typed;
  const long = words.filter((w) => !/^\p{Script=Han}$/u.test(w));
  return long.length > 1 ? long : [...words];
}

/**
 * Whether a title match is strong enough to be shown above the full-text results: the whole
 * query (any of its script forms) is in the title, or every one of its words is, each exactly or
 * within one typo (`refnd` for refund, 破顺 for 破损). Keys are `titleKey`s: letters, digits and
 * characters only, lower case.
 */
export function strongTitleMatch(
  titleKey: string,
  forms: readonly (readonly string[])[],
  key: (text: string) => string,
): boolean {
  return forms.some((words) => {
    const keys = words.map(key).filter(Boolean);
    if (!keys.length) return false;
    if (titleKey.includes(keys.join('')) || keys.every((k) => titleKey.includes(k))) return true;
    return nearlyIn(keys.join(''), titleKey) || keys.every((k) => nearlyIn(k, titleKey));
  });
}

/**
 * Whether `word` occurs in `text` with at most one character wrong, missing, extra or two swapped:
 * words of four characters or more only (a shorter one is too easily something else).
 */
export function nearlyIn(word: string, text: string): boolean {
  if (text.includes(word)) return true;
  const w = [...word];
  if (w.length < 4) return false;
  const t = [...text];
  for (const len of [w.length - 1, w.length, w.length + 1])
    for (let i = 0; i + len <= t.length; i++)
      if (withinOneEdit(w, t.slice(i, i + len))) return true;
  return false;
}

/** Damerau–Levenshtein distance of at most one. */
function withinOneEdit(a: readonly string[], b: readonly string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const rest = (x: number, y: number) => a.slice(x).join('') === b.slice(y).join('');
  if (a.length === b.length)
    return rest(i + 1, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2));
  return a.length > b.length ? rest(i + 1, i) : rest(i, i + 1);
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
