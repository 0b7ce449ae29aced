import { type ScriptMaps, scriptVariants } from './script.ts';
import { hasHan, segmentQuery } from './segment.ts';
import { expandSynonyms, type SynonymGroups } from './synonyms.ts';

export interface Lexicon {
  maps: ScriptMaps;
  synonyms: SynonymGroups;
  /** Synonyms that occur nowhere in this locale: never swapped in (see absentSynonyms). */
  absent?: readonly string[];
}

/**
 * Every form of a query worth asking an engine for: the query in both Chinese scripts, split
 * into words, with synonyms swapped in. Strings of space-separated words, the original first.
 */
export function queryVariants(query: string, lexicon: Lexicon, limit = 8): string[] {
  const scripts = hasHan(query) ? scriptVariants(query.trim(), lexicon.maps) : [query.trim()];
  const segmented = scripts.map((form) => segmentQuery(form)).filter((words) => words.length > 0);
  // Every script form first, so synonyms never crowd out the query in the other script.
  const out = new Set<string>(segmented.map((words) => words.join(' ')));
  const absent = new Set(lexicon.absent);
  for (const words of segmented) {
    for (const variant of expandSynonyms(words, lexicon.synonyms, limit, absent))
      out.add(variant.join(' '));
  }
  return [...out].slice(0, limit);
}
