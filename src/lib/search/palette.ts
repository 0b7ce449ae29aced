import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import { hasHan } from './segment.ts';
import { queryPlan, queryVariants, type Lexicon } from './variants.ts';

/** One entry of the quick-find index (`/<locale>/quick-find.json`), kept short: it ships to browsers. */
export interface QuickFindRecord {
  /** title */
  t: string;
  /** URL */
  u: string;
  /** summary (none for a heading) */
  s?: string;
  /** tier id */
  r: string;
  /** type id (none for a heading) */
  y?: string;
  /** aliases and tags, space-separated (none for a heading) */
  k?: string;
  /**
   * A heading's record: the title of the article it is in (`t` is the heading, `u` ends in its
   * `#id`; no `s`, `y` or `k`, which would only repeat the article's). Articles have none.
   */
  p?: string;
}

export const paletteFuseOptions: IFuseOptions<QuickFindRecord> = {
  keys: [
    { name: 't', weight: 4 },
    { name: 'k', weight: 2 },
    { name: 's', weight: 1 },
  ],
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: 0.34,
  minMatchCharLength: 1,
};

export const createPaletteIndex = (records: readonly QuickFindRecord[]) =>
  new Fuse(records, paletteFuseOptions, Fuse.createIndex(paletteFuseOptions.keys ?? [], records));

/**
 * Forms of the query for Fuse: both scripts and synonyms, Chinese without the segmenter's spaces;
 * then the query as typed, when question words were taken out of it (an alias may be a question:
 * 五个为什么 is the five whys).
 */
export const paletteVariants = (query: string, lexicon: Lexicon): string[] =>
  paletteForms(query, lexicon).map((form) => form.text);

/**
 * The forms of paletteVariants (`text`), each with the words it was made of, space-separated
 * (`words`): the sharded index looks records up by grams inside those words, since a pair of
 * characters across two typed words is in no title when the words come in another order.
 */
export function paletteForms(query: string, lexicon: Lexicon): { text: string; words: string }[] {
  const typed = query.trim();
  const out = new Map<string, string>();
  for (const words of [...queryVariants(query, lexicon, 6), typed]) {
    const text = hasHan(words) ? words.replace(/\s+/g, '') : words;
    if (!out.has(text)) out.set(text, words);
  }
  return [...out].map(([text, words]) => ({ text, words }));
}

/** Lower case, compatibility forms folded (full-width letters), accents dropped. */
export const normalize = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();

/**
 * A text reduced to its letters, digits and Chinese characters, normalised: a title typed
 * without spaces or punctuation (`TiDB5.3ReleaseNotes`, `投诉受理与分级三步流程`) has the same
 * key as the title itself.
 */
export const titleKey = (text: string): string =>
  (normalize(text).match(/[\p{L}\p{N}]+/gu) ?? []).join('');

/** The words of each form of the query, for matching titles whose words come in another order. */
export const paletteWords = (query: string, lexicon: Lexicon): string[][] =>
  queryPlan(query, lexicon, 6)
    .forms.map((form) => form.split(' ').map(titleKey).filter(Boolean))
    .filter((words) => words.length > 0);

/**
 * Whether every word of one form of the query is in the text (a titleKey): the title's words in
 * any order, or with words between them (港澳台 退货 finds 港澳台地区的退货).
 */
export const hasAllWords = (key: string, words: readonly (readonly string[])[]): boolean =>
  words.some((form) => form.length > 1 && form.every((w) => key.includes(w)));

/** How much a heading's record ranks below an article's title of the same match. */
const HEADING_PENALTY = 0.3;

/**
 * Merge the results of every variant: best Fuse score per record, then exact title matches
 * first, titles containing the query next, then titles (or a heading with its article's title)
 * holding every word of the query in any order, so typing a title always puts it on top.
 * `candidates` are records Fuse may have missed that are checked for all the words.
 */
export function rankPalette(
  perVariant: readonly (readonly FuseResult<QuickFindRecord>[])[],
  variants: readonly string[],
  limit = 8,
  exact: readonly QuickFindRecord[] = [],
  words: readonly (readonly string[])[] = [],
  candidates: readonly QuickFindRecord[] = [],
): QuickFindRecord[] {
  const best = new Map<QuickFindRecord, number>();
  for (const results of perVariant) {
    for (const { item, score = 1 } of results) best.set(item, Math.min(best.get(item) ?? 1, score));
  }
  const forms = variants.map(titleKey).filter(Boolean);
  // Records whose whole title the query is: Fuse may miss a long title typed without spaces.
  for (const record of exact)
    if (!best.has(record) && forms.includes(titleKey(record.t))) best.set(record, 1);
  // Titles holding every word: Fuse misses words far apart or in another order.
  for (const record of candidates)
    if (!best.has(record) && hasAllWords(titleKey(`${record.t}${record.p ?? ''}`), words))
      best.set(record, 1);
  const bonus = (record: QuickFindRecord) => {
    const title = titleKey(record.t);
    const penalty = record.p === undefined ? 0 : HEADING_PENALTY;
    if (forms.includes(title)) return -3 + penalty;
    const inTitle = forms.some((f) => title.includes(f));
    // An alias or tag typed in full (RMA) is as good as the title; with the title holding the
    // query too, better still (two pages tagged alike: the one whose title says it comes first).
    if ((record.k ?? '').split(' ').some((k) => k && forms.includes(titleKey(k))))
      return inTitle ? -2.75 : -2.5;
    if (inTitle) return -2 + penalty;
    if (hasAllWords(title, words)) return -1.5 + penalty;
    if (record.p !== undefined && hasAllWords(titleKey(`${record.t}${record.p}`), words))
      return -1 + penalty;
    if (forms.some((f) => titleKey(record.k ?? '').includes(f))) return -0.5;
    return penalty;
  };
  return [...best.entries()]
    .map(([record, score]) => ({ record, rank: score + bonus(record) }))
    .sort((a, b) => a.rank - b.rank || a.record.t.localeCompare(b.record.t))
    .slice(0, limit)
    .map(({ record }) => record);
}

/**
 * Search the palette index with every variant of the query. `exact` gives the records whose
 * whole title has a given titleKey, for titles Fuse misses when typed without spaces; `all` the
 * records to check for every word of the query in any order (a small site's whole index).
 */
export function searchPalette(
  fuse: Fuse<QuickFindRecord>,
  query: string,
  lexicon: Lexicon,
  limit = 8,
  exact: (key: string) => readonly QuickFindRecord[] = () => [],
  all: readonly QuickFindRecord[] = [],
): QuickFindRecord[] {
  if (!query.trim()) return [];
  const variants = paletteVariants(query, lexicon);
  return rankPalette(
    variants.map((v) => fuse.search(v, { limit: limit * 2 })),
    variants,
    limit,
    [...new Set(variants.map(titleKey))].flatMap(exact),
    paletteWords(query, lexicon),
    all,
  );
}
