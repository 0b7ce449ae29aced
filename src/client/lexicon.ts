import { hasHan } from '../lib/search/segment.ts';
import type { ScriptMaps } from '../lib/search/script.ts';
import type { SynonymGroups } from '../lib/search/synonyms.ts';
import type { Lexicon } from '../lib/search/variants.ts';

/**
 * Where the two halves of the lexicon live (`/<locale>/search/synonyms.json`,
 * `/<locale>/search/script-map.json`).
 */
export interface LexiconUrls {
  synonyms: string;
  scriptMap: string;
}

/**
 * The search lexicon, fetched in halves: synonyms with the first search, the Traditional ↔
 * Simplified map only once a query contains Chinese characters.
 */
export function lexiconLoader(urls: LexiconUrls) {
  const lexicon: Lexicon = { maps: { t2s: {}, s2t: {} }, synonyms: [] };
  let synonyms: Promise<void> | undefined;
  let maps: Promise<void> | undefined;
  let mapsLoaded = false;
  const loadSynonyms = () =>
    (synonyms ??= fetch(urls.synonyms)
      .then((r) => r.json() as Promise<{ groups: SynonymGroups; absent: string[] }>)
      .then((file) => {
        // The locale's file also names the synonyms its articles never use.
        lexicon.synonyms = file.groups;
        lexicon.absent = file.absent;
      }));
  const loadMaps = () =>
    (maps ??= fetch(urls.scriptMap)
      .then((r) => r.json() as Promise<ScriptMaps>)
      .then((m) => {
        lexicon.maps = m;
        mapsLoaded = true;
      }));
  return {
    lexicon,
    /** Whether `query` would be searched better once more of the lexicon has loaded. */
    needsMore: (query: string) => hasHan(query) && !mapsLoaded,
    /** Resolve once everything `query` needs has loaded. */
    ready(query: string): Promise<void> {
      if (!hasHan(query)) return loadSynonyms();
      return Promise.all([loadSynonyms(), loadMaps()]).then(() => undefined);
    },
    /** Start loading ahead of a query: synonyms, and the script map when queries will be Chinese. */
    preload(chinese: boolean): void {
      void loadSynonyms().catch(() => undefined);
      if (chinese) void loadMaps().catch(() => undefined);
    },
  };
}
