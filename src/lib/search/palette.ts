import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import { hasHan } from './segment.ts';
import { queryVariants, type Lexicon } from './variants.ts';

/** One entry of the quick-find index (`/<locale>/quick-find.json`), kept short: it ships to browsers. */
export interface QuickFindRecord {
  /** title */
  t: string;
  /** URL */
  u: string;
  /** summary */
  s: string;
  /** tier id */
  r: string;
  /** type id */
  y: string;
  /** aliases and tags, space-separated */
  k: string;
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

/** Forms of the query for Fuse: both scripts and synonyms, Chinese without the segmenter's spaces. */
export function paletteVariants(query: string, lexicon: Lexicon): string[] {
  const forms = queryVariants(query, lexicon, 6).map((v) => (hasHan(v) ? v.replace(/ /g, '') : v));
  return [...new Set(forms)];
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

/**
 * Merge the results of every variant: best Fuse score per record, then exact title matches
 * first and titles containing the query next, so typing a title always puts it on top.
 */
export function rankPalette(
  perVariant: readonly (readonly FuseResult<QuickFindRecord>[])[],
  variants: readonly string[],
  limit = 8,
  exact: readonly QuickFindRecord[] = [],
): QuickFindRecord[] {
  const best = new Map<QuickFindRecord, number>();
  for (const results of perVariant) {
    for (const { item, score = 1 } of results) best.set(item, Math.min(best.get(item) ?? 1, score));
  }
  const forms = variants.map(titleKey).filter(Boolean);
  // Records whose whole title the query is: Fuse may miss a long title typed without spaces.
  for (const record of exact)
    if (!best.has(record) && forms.includes(titleKey(record.t))) best.set(record, 1);
  const bonus = (record: QuickFindRecord) => {
    const title = titleKey(record.t);
    if (forms.includes(title)) return -2;
    if (forms.some((f) => title.includes(f))) return -1;
    if (forms.some((f) => titleKey(record.k).includes(f))) return -0.5;
    return 0;
  };
  return [...best.entries()]
    .map(([record, score]) => ({ record, rank: score + bonus(record) }))
    .sort((a, b) => a.rank - b.rank || a.record.t.localeCompare(b.record.t))
    .slice(0, limit)
    .map(({ record }) => record);
}

/**
 * Search the palette index with every variant of the query. `exact` gives the records whose
 * whole title has a given titleKey, for titles Fuse misses when typed without spaces.
 */
export function searchPalette(
  fuse: Fuse<QuickFindRecord>,
  query: string,
  lexicon: Lexicon,
  limit = 8,
  exact: (key: string) => readonly QuickFindRecord[] = () => [],
): QuickFindRecord[] {
  if (!query.trim()) return [];
  const variants = paletteVariants(query, lexicon);
  return rankPalette(
    variants.map((v) => fuse.search(v, { limit: limit * 2 })),
    variants,
    limit,
    [...new Set(variants.map(titleKey))].flatMap(exact),
  );
}
