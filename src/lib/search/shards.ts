/**
 * The quick-find index cut into shards, so opening the palette costs a few kilobytes at any size
 * and each keystroke runs Fuse over a few hundred candidates instead of every article.
 *
 * Every record is filed under the "grams" of its title, aliases and tags: each Chinese character
 * and each pair of adjacent characters, each run of three letters in a Latin word (a two-letter
 * word whole), and the first letter of each Latin word. A gram's records go to the shard
 * `bucketOf(gram)`, so the browser finds the shard for any gram without a directory. A query
 * loads the shards of a few of its own grams; a title with one wrong, missing or swapped
 * character or letter still shares at least one of any five grams of the query (one edit breaks
 * at most four), so typos survive.
 */
import {
  createPaletteIndex,
  normalize,
  paletteForms,
  paletteWords,
  rankPalette,
  searchPalette,
  titleKey,
  type QuickFindRecord,
} from './palette.ts';
import type { Lexicon } from './variants.ts';

/** `/<locale>/quick-find/head.json`: what the browser needs before it can pick shards. */
export interface ShardHead {
  /** Format version. */
  v: 1;
  /** Number of shards, a power of two. */
  b: number;
  /** Grams whose list was cut at the cap: common, so a query prefers its other grams. */
  h: string[];
}

/**
 * `/<locale>/quick-find/<n>.json`: records once each, and the grams that point at them (none when
 * there is only one shard: then every record is a candidate).
 */
export interface Shard {
  r: QuickFindRecord[];
  g: Record<string, number[]>;
}

export interface ShardOptions {
  /** Most records kept per bigram or word start, best first. */
  cap?: number;
  /** Most records kept per single Chinese character (only one-character queries and typo fallback use them). */
  unigramCap?: number;
  /** Most shards; fewer for small sites. */
  maxBuckets?: number;
  /** Up to this many bytes of records, one shard holds them all. */
  singleBytes?: number;
}

const HAN = /\p{Script=Han}/u;
const TOKENS = /\p{Script=Han}+|\p{N}+(?:\.\p{N}+)+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/**
 * Chinese runs, version numbers (6.1.2: its triples tell TiDB 6.1.2 from 6.1.1) and Latin words
 * of a text, normalised.
 */
const tokens = (text: string): string[] => normalize(text).match(TOKENS) ?? [];

const ngrams = (token: string, n: number): string[] => {
  const chars = [...token];
  const out: string[] = [];
  for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
  return out;
};

/** Word-start gram of a Latin word: a space and its first letter (cannot clash with the others). */
const wordStart = (token: string) => ` ${[...token][0]!}`;

/**
 * The grams of one token: pairs of characters in a Chinese run; in a Latin word, runs of three
 * letters (pairs are too common in English to narrow anything down), or the word itself when it
 * has two letters.
 */
const tokenGrams = (token: string): string[] =>
  HAN.test(token) ? ngrams(token, 2) : [...token].length === 2 ? [token] : ngrams(token, 3);

/** Every gram a record is filed under, for one text. */
export function textGrams(text: string): { bigrams: string[]; unigrams: string[] } {
  const bi = new Set<string>();
  const uni = new Set<string>();
  for (const token of tokens(text)) {
    if (HAN.test(token)) for (const ch of token) uni.add(ch);
    else bi.add(wordStart(token));
    for (const g of tokenGrams(token)) bi.add(g);
  }
  return { bigrams: [...bi], unigrams: [...uni] };
}

/**
 * The gram of a whole title (`=` + its letters, digits and characters, run together): a title
 * typed in full always finds its record, however common each of its words is.
 */
export const exactGram = (text: string): string => `=${titleKey(text)}`;

/** FNV-1a over UTF-16 code units, masked to the number of shards (a power of two). */
export function bucketOf(gram: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    h ^= gram.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (buckets - 1);
}

const nextPow2 = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

/**
 * Cut the records (most important first, e.g. most recently reviewed) into shards. Each gram's
 * list keeps titles before aliases/tags, then shorter titles, then the input order, and is cut at
 * the cap: a query made only of common grams still finds the titles closest to it (an exact
 * title is the shortest that contains them), and no shard grows with the corpus past the cap.
 */
export function buildShards(
  records: readonly QuickFindRecord[],
  options: ShardOptions = {},
): { head: ShardHead; shards: Shard[] } {
  // Fuse ranks at most CANDIDATES per query form, so longer lists would mostly add bytes.
  const cap = options.cap ?? CANDIDATES;
  const unigramCap = options.unigramCap ?? 32;
  const lists = new Map<string, { index: number; rank: [number, number, number] }[]>();
  const unigrams = new Set<string>();
  records.forEach((record, index) => {
    const title = textGrams(record.t);
    const keys = textGrams(record.k ?? '');
    const titleLength = [...record.t].length;
    const add = (gram: string, inTitle: boolean) => {
      const list = lists.get(gram) ?? [];
      // Filed already (from the title, which ranks better): once per record.
      if (list.at(-1)?.index === index) return;
      list.push({ index, rank: [inTitle ? 0 : 1, titleLength, index] });
      lists.set(gram, list);
    };
    for (const g of title.bigrams) add(g, true);
    if (titleKey(record.t)) add(exactGram(record.t), true);
    for (const g of title.unigrams) {
      unigrams.add(g);
      add(g, true);
    }
    for (const g of keys.bigrams) add(g, false);
    for (const g of keys.unigrams) {
      unigrams.add(g);
      add(g, false);
    }
  });

  const heavy: { gram: string; count: number }[] = [];
  const kept = new Map<string, number[]>();
  for (const [gram, list] of lists) {
    const limit = unigrams.has(gram) && [...gram].length === 1 ? unigramCap : cap;
    list.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2]);
    if (list.length > limit) heavy.push({ gram, count: list.length });
    kept.set(
      gram,
      list.slice(0, limit).map((p) => p.index),
    );
  }

  // A small site gets one shard (every record once, as one file): cheaper than any few shards.
  // Otherwise about two grams per shard, so a fetched shard carries little besides the gram asked for.
  const small = JSON.stringify(records).length <= (options.singleBytes ?? 64 * 1024);
  const buckets = small ? 1 : Math.min(options.maxBuckets ?? 2048, nextPow2(kept.size / 2));
  if (buckets === 1) return { head: { v: 1, b: 1, h: [] }, shards: [{ r: [...records], g: {} }] };
  const shards: Shard[] = Array.from({ length: buckets }, () => ({ r: [], g: {} }));
  const local = shards.map(() => new Map<number, number>());
  for (const [gram, indices] of [...kept].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const n = bucketOf(gram, buckets);
    const shard = shards[n]!;
    const seen = local[n]!;
    shard.g[gram] = indices.map((i) => {
      let at = seen.get(i);
      if (at === undefined) {
        at = shard.r.push(records[i]!) - 1;
        seen.set(i, at);
      }
      return at;
    });
  }
  heavy.sort((a, b) => b.count - a.count || (a.gram < b.gram ? -1 : 1));
  // The commonest few hundred are enough to steer queries away from them; the head stays small.
  return { head: { v: 1, b: buckets, h: heavy.slice(0, 400).map((x) => x.gram) }, shards };
}

/**
 * The grams worth loading for one form of a query: every gram of a short query, otherwise five
 * spread over it, common ones last. One typo breaks at most two Chinese pairs, or four letter
 * triples (a swap), so any five leave one that the title shares. A query without grams (one
 * character or letter) uses that character or word start; a three-character Chinese run or a
 * short word also asks for its ends, because one wrong middle character breaks all its grams.
 */
export function planGrams(query: string, heavy: ReadonlySet<string>, want = 5): string[] {
  const perToken: string[][] = [];
  const fallback: string[] = [];
  for (const token of tokens(query)) {
    const chars = [...token];
    const han = HAN.test(token);
    if (chars.length === 1) {
      fallback.push(han ? token : wordStart(token));
      continue;
    }
    const grams = tokenGrams(token);
    perToken.push(grams);
    // One wrong middle character breaks every gram of a three-character run or a short word.
    if (han && chars.length === 3) fallback.push(chars[0]!, chars[2]!);
    if (!han && grams.length <= 2) fallback.push(wordStart(token));
  }
  const distinct = [...new Set(perToken.flat())];
  let picked = distinct;
  if (distinct.length > want) {
    // Rare grams first, spread over each word, and every word in turn: a title that has all the
    // words then collects more hits than one that has only the commonest.
    // Common grams only once no word has a rare one left.
    const out = new Set<string>();
    for (const queues of [
      perToken.map((grams) =>
        spread(
          grams.filter((g) => !heavy.has(g)),
          want,
        ),
      ),
      perToken.map((grams) => grams.filter((g) => heavy.has(g))),
    ])
      for (let round = 0; out.size < want && queues.some((q) => q.length > round); round++)
        for (const q of queues) if (q[round] !== undefined && out.size < want) out.add(q[round]!);
    picked = [...out];
  }
  return [...new Set([...picked, ...(distinct.length <= 2 ? fallback : [])])];
}

/** `n` items spread evenly over the list (first and last included). */
function spread<T>(list: readonly T[], n: number): T[] {
  if (list.length <= n) return [...list];
  return Array.from(
    { length: n },
    (_, i) => list[Math.round((i * (list.length - 1)) / Math.max(1, n - 1))]!,
  );
}

/**
 * Records behind the planned grams, best first: those hit by the most grams of one query form,
 * then in list order (titles, shorter titles, importance). Records are told apart by URL, since
 * the same record arrives in several shards.
 */
export function gatherCandidates(
  plans: readonly (readonly string[])[],
  lookup: (gram: string) => readonly QuickFindRecord[] | undefined,
  limit = 200,
): QuickFindRecord[] {
  const best = new Map<string, { record: QuickFindRecord; hits: number; order: number }>();
  let order = 0;
  for (const grams of plans) {
    const hits = new Map<string, { record: QuickFindRecord; hits: number; order: number }>();
    for (const gram of grams) {
      for (const record of lookup(gram) ?? []) {
        const seen = hits.get(record.u);
        if (seen) seen.hits++;
        else hits.set(record.u, { record, hits: 1, order: order++ });
      }
    }
    for (const [url, hit] of hits) {
      const prior = best.get(url);
      if (!prior || prior.hits < hit.hits) best.set(url, hit);
    }
  }
  return [...best.values()]
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .slice(0, limit)
    .map((c) => c.record);
}

/** What one query needs: the planned grams of each of its forms, and the shards they live in. */
/** The capped grams of a head as a set, made once per head (planQuery runs on every keystroke). */
const heavySets = new WeakMap<ShardHead, ReadonlySet<string>>();
const heavyOf = (head: ShardHead): ReadonlySet<string> => {
  let heavy = heavySets.get(head);
  if (!heavy) heavySets.set(head, (heavy = new Set(head.h)));
  return heavy;
};

/**
 * Neighbouring one-character Chinese words joined again: the segmenter breaks names it does not
 * know into characters (飞书 → 飞 书), and a lone character gives no gram of its own.
 */
export function joinLoneCharacters(words: string): string {
  const lone = /^\p{Script=Han}$/u;
  const out: string[] = [];
  let previousLone = false;
  for (const word of words.split(' ').filter(Boolean)) {
    const isLone = lone.test(word);
    if (isLone && previousLone) out[out.length - 1] += word;
    else out.push(word);
    previousLone = isLone;
  }
  return out.join(' ');
}

export function planQuery(
  query: string,
  lexicon: Lexicon,
  head: ShardHead,
  heavy: ReadonlySet<string> = heavyOf(head),
): { variants: string[]; plans: string[][]; buckets: number[] } {
  const forms = paletteForms(query, lexicon);
  const variants = forms.map((form) => form.text);
  // Grams inside the query's words; each form also asks for the whole-title gram: a fully typed
  // title always finds its record.
  const plans = forms.map(({ text, words }) => [
    ...planGrams(joinLoneCharacters(words), heavy),
    ...(titleKey(text) ? [exactGram(text)] : []),
  ]);
  const buckets = [...new Set(plans.flat().map((g) => bucketOf(g, head.b)))];
  return { variants, plans, buckets };
}

/**
 * Search the sharded index with the shards loaded so far: `missing` lists the shards still to
 * fetch (then nothing is searched), otherwise `results` ranks the candidates with Fuse exactly as
 * the palette always has (exact titles first, typos, both scripts, synonyms).
 */
export function searchShards(
  query: string,
  lexicon: Lexicon,
  head: ShardHead,
  shard: (n: number) => Shard | undefined,
  limit = 8,
): { missing: number[]; results: QuickFindRecord[] } {
  if (!query.trim()) return { missing: [], results: [] };
  const { variants, plans, buckets } = planQuery(query, lexicon, head);
  const missing = buckets.filter((n) => !shard(n));
  if (missing.length) return { missing, results: [] };
  // The same record arrives in several shards as separate copies: one object per URL, so results
  // of different query forms merge.
  const canonical = new Map<string, QuickFindRecord>();
  const lookup = (gram: string) => {
    const s = shard(bucketOf(gram, head.b));
    return s?.g[gram]?.map((i) => {
      const record = s.r[i]!;
      const known = canonical.get(record.u);
      if (known) return known;
      canonical.set(record.u, record);
      return record;
    });
  };
  // One shard is a small site's whole index: Fuse searches all of it, as it always did, with an
  // index built once per shard rather than per keystroke.
  if (head.b === 1) {
    const whole = wholeIndex(shard(0)!);
    return {
      missing: [],
      results: searchPalette(
        whole.fuse,
        query,
        lexicon,
        limit,
        (key) => whole.byTitle.get(key) ?? [],
        shard(0)!.r,
      ),
    };
  }
  // Each form of the query runs Fuse over its own best candidates only: a few dozen, whatever
  // the size of the site.
  const gathered = variants.map((_, i) => gatherCandidates([plans[i]!], lookup, CANDIDATES));
  const perVariant = variants.map((variant, i) =>
    createPaletteIndex(gathered[i]!).search(variant, { limit: limit * 2 }),
  );
  const exact = variants.flatMap((v) => lookup(exactGram(v)) ?? []);
  return {
    missing: [],
    results: rankPalette(
      perVariant,
      variants,
      limit,
      exact,
      paletteWords(query, lexicon),
      gathered.flat(),
    ),
  };
}

/** A single shard's Fuse index and its records by title key, made on first use. */
const wholeIndexes = new WeakMap<
  Shard,
  { fuse: ReturnType<typeof createPaletteIndex>; byTitle: Map<string, QuickFindRecord[]> }
>();
function wholeIndex(shard: Shard) {
  let whole = wholeIndexes.get(shard);
  if (!whole) {
    const byTitle = new Map<string, QuickFindRecord[]>();
    for (const r of shard.r) byTitle.set(titleKey(r.t), [...(byTitle.get(titleKey(r.t)) ?? []), r]);
    whole = { fuse: createPaletteIndex(shard.r), byTitle };
    wholeIndexes.set(shard, whole);
  }
  return whole;
}

/** Candidates per form of the query that Fuse ranks. */
const CANDIDATES = 64;
