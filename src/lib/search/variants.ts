import { phraseForms, type PhraseTable } from './phrases.ts';
import { contentWords, stripQuestionPhrases } from './question-words.ts';
import { convert, hasTraditional, type ScriptMaps, scriptVariants } from './script.ts';
import { hasHan, segmentQuery } from './segment.ts';
import { expandSynonyms, type SynonymGroups } from './synonyms.ts';

export interface Lexicon {
  maps: ScriptMaps;
  synonyms: SynonymGroups;
  /** Synonyms that occur nowhere in this locale: never swapped in (see absentSynonyms). */
  absent?: readonly string[];
}

/** What a query is searched as. */
export interface QueryPlan {
  /**
   * Strings of space-separated words: the query in each script and vocabulary first (ranked as
   * equals: the query as typed is no better than its Traditional form), then synonyms.
   */
  forms: string[];
  /** How many of `forms` are the query itself in another script or vocabulary. */
  equal: number;
  /** The words of the query as searched (question words and particles left out). */
  words: string[];
}

/** Most script and vocabulary forms searched for one query. */
const MAX_SCRIPT_FORMS = 4;

/** The phrase table for a query in Traditional characters: both of the site's tables, made once. */
const traditionalTables = new WeakMap<ScriptMaps, PhraseTable | undefined>();
function traditionalTable(maps: ScriptMaps): PhraseTable | undefined {
  if (!maps.traditionalPhrases) return maps.phrases;
  if (!traditionalTables.has(maps)) {
    const merged: PhraseTable = { ...maps.phrases };
    for (const [from, to] of Object.entries(maps.traditionalPhrases))
      merged[from] = merged[from] ? `${merged[from]} ${to}` : to;
    traditionalTables.set(maps, merged);
  }
  return traditionalTables.get(maps);
}

/**
 * The query's forms in both scripts and the site's vocabulary: characters converted both ways,
 * then the site's phrases of the same meaning (日志 → 日誌, 数据库 → 資料庫) swapped in.
 */
export function scriptForms(query: string, maps: ScriptMaps): string[] {
  if (!hasHan(query)) return [query];
  const chars = scriptVariants(query, maps);
  // A phrase swapped into a Simplified query leaves its other words Simplified (資料库): each
  // such form is also given in one script throughout.
  const table = hasTraditional(query, maps) ? traditionalTable(maps) : maps.phrases;
  const phrases = chars
    .flatMap((form) => phraseForms(form, table))
    .flatMap((form) => [convert(form, maps.s2t), convert(form, maps.t2s)]);
  return [...new Set([...chars, ...phrases])];
}

/**
 * Every form of a query worth asking an engine for. Question words and particles (如何, 怎么办,
 * 吗, how do I) are left out first: Pagefind requires every word, and they are not what the agent
 * is looking for. Then the query in both Chinese scripts and the site's vocabulary, split into
 * words, and synonyms swapped in.
 */
export function queryPlan(query: string, lexicon: Lexicon, limit = 8): QueryPlan {
  const typed = query.trim();
  const stripped = stripQuestionPhrases(typed);
  // A query of nothing but question words is searched as typed.
  const base = segmentQuery(stripped).length ? stripped : typed;
  const segmented = scriptForms(base, lexicon.maps)
    .map((form) => contentWords(segmentQuery(form)))
    .filter((words) => words.length > 0);
  const out = new Set<string>(segmented.map((words) => words.join(' ')));
  const scripts = [...out].slice(0, MAX_SCRIPT_FORMS);
  const result = new Set(scripts);
  const absent = new Set(lexicon.absent);
  for (const words of segmented) {
    for (const variant of expandSynonyms(words, lexicon.synonyms, limit, absent))
      result.add(variant.join(' '));
  }
  return {
    forms: [...result].slice(0, limit),
    equal: Math.min(scripts.length, limit),
    words: segmented[0] ?? [],
  };
}

/**
 * Every form of a query worth asking an engine for (see queryPlan): strings of space-separated
 * words, the query in each script first.
 */
export const queryVariants = (query: string, lexicon: Lexicon, limit = 8): string[] =>
  queryPlan(query, lexicon, limit).forms;
