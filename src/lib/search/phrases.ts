/**
 * Phrase-level conversion between Simplified, Traditional and Taiwan/Hong Kong vocabulary.
 * Character maps (script.ts) turn 数据库 into 數據庫, but a Taiwan page says 資料庫; 日志 has a
 * character (志) that is 志 or 誌 depending on the word, so character by character it never
 * becomes 日誌. OpenCC's phrase dictionaries know both: STPhrases (日志 → 日誌), TSPhrases, and the
 * regional TWPhrases (數據庫 → 資料庫, 隊列 → 佇列, 緩存 → 快取, 文件 → 檔案) and HKPhrases.
 *
 * The build keeps only what one site can use: a phrase of a query maps to the phrases of the same
 * meaning that occur in the site's text, and only where the character maps would not find them
 * already. The table is a few kilobytes where OpenCC's dictionaries are over a megabyte.
 */
import { convert, type ScriptMaps } from './script.ts';

/** Full converters between the scripts, phrases included (opencc-js). */
export interface Converters {
  toSimplified: (s: string) => string;
  toTraditional: (s: string) => string;
}

/** A query phrase → the phrases of the same meaning that occur on the site, space-separated. */
export type PhraseTable = Record<string, string>;

/** One OpenCC dictionary (`key value|key value…`) and what its two sides are. */
export interface PhraseDictionary {
  text: string;
  /**
   * `false`: Simplified ↔ Traditional (STPhrases, TSPhrases), both sides one vocabulary.
   * `'both'`: standard Traditional → a region's words (TWPhrases), searched both ways: the
   * Simplified form of the standard side joins (数据库 with 數據庫 → 資料庫).
   * `'to-region'`: as `'both'`, but the region's words are only offered, never looked up
   * (HKPhrases: 文件 is a document in Hong Kong, a file on the mainland).
   */
  regional: false | 'both' | 'to-region';
}

const han = /\p{Script=Han}/u;

/**
 * Words of the same meaning: a query holding one of `keys` may be searched with any of `targets`
 * that occurs on the site. Regional words in Simplified characters (资料库) are keys only: a
 * mainland page rarely means them (档案 is an archive there; 文件 is the file).
 */
export interface PhraseGroup {
  keys: string[];
  targets: string[];
}

const isPhrase = (m: string) => [...m].length >= 2 && han.test(m);
const phrasesOf = (list: readonly string[]) => [...new Set(list)].filter(isPhrase);

/** The groups of words of the same meaning in the dictionaries, two characters or more each. */
export function phraseGroups(
  dictionaries: readonly PhraseDictionary[],
  toSimplified: (s: string) => string,
): PhraseGroup[] {
  const groups: PhraseGroup[] = [];
  for (const { text, regional } of dictionaries) {
    for (const entry of text.split('|')) {
      const sides = entry.split(' ').filter(Boolean);
      if (sides.length < 2) continue;
      const [standard, ...region] = sides as [string, ...string[]];
      let group: PhraseGroup;
      if (!regional) group = { keys: phrasesOf(sides), targets: phrasesOf(sides) };
      else {
        const targets = phrasesOf([...sides, toSimplified(standard)]);
        const keys =
          regional === 'both'
            ? phrasesOf([...targets, ...region.map(toSimplified)])
            : phrasesOf([standard, toSimplified(standard)]);
        group = { keys, targets };
      }
      if (new Set([...group.keys, ...group.targets]).size >= 2) groups.push(group);
    }
  }
  return groups;
}

/**
 * Which of `words` occur in `text`: one pass over the text, looking words up by their first two
 * characters, and only where the text's character can start a word (most of a technical site's
 * text is Latin letters and code, which start none).
 */
export function occurring(words: Iterable<string>, text: string): Set<string> {
  // Keyed by the first two UTF-16 units as one number, so the pass makes no string per position.
  const key = (s: string, i: number) => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
  const byPrefix = new Map<number, string[]>();
  const starts = new Set<number>();
  for (const w of words) {
    if (w.length < 2) continue;
    const k = key(w, 0);
    const list = byPrefix.get(k);
    if (list) list.push(w);
    else byPrefix.set(k, [w]);
    starts.add(w.charCodeAt(0));
  }
  const found = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) {
    if (!starts.has(text.charCodeAt(i))) continue;
    const list = byPrefix.get(key(text, i));
    if (!list) continue;
    for (const w of list) if (!found.has(w) && text.startsWith(w, i)) found.add(w);
  }
  return found;
}

/**
 * The site's phrase tables: for every phrase of a group, the group's members that occur in the
 * site text, leaving out those the character maps reach anyway. Three at most each.
 * The converters are full ones (OpenCC's, phrases included).
 *
 * `phrases` applies to every query. `traditional` applies only to a query written in Traditional
 * characters: there a word spelt alike in both scripts is the Taiwan or Hong Kong word (使用者 is
 * the user, 文件 the document), so it may become a mainland word the site uses (用户, 文档), which
 * a Simplified query typing the same word would not want.
 */
export function buildPhraseTables(
  siteText: string,
  groups: readonly PhraseGroup[],
  maps: ScriptMaps,
  { toSimplified, toTraditional }: Converters,
): { phrases: PhraseTable; traditional: PhraseTable } {
  const present = occurring(new Set(groups.flatMap((g) => [...g.keys, ...g.targets])), siteText);
  // A Simplified word the site itself uses means what the site means by it: it is not swapped
  // for another Simplified word (文件 stays 文件 on a mainland site, not 文档, which is what
  // Taiwan's 文件 means) — unless the query around it is Traditional.
  const simplifiedOnly = (w: string) => toTraditional(w) !== w;
  const phrases = new Map<string, Set<string>>();
  const traditional = new Map<string, Set<string>>();
  const add = (table: Map<string, Set<string>>, from: string, to: string) =>
    table.set(from, (table.get(from) ?? new Set<string>()).add(to));
  for (const group of groups) {
    const targets = group.targets.filter((m) => present.has(m));
    if (!targets.length) continue;
    for (const from of group.keys) {
      const reached = new Set([from, convert(from, maps.t2s), convert(from, maps.s2t)]);
      const sitesOwnWord = present.has(from) && toSimplified(from) === from;
      const sameInBothScripts = sitesOwnWord && toTraditional(from) === from;
      for (const to of targets) {
        if (reached.has(to)) continue;
        if (!sitesOwnWord || !simplifiedOnly(to)) add(phrases, from, to);
        // Typed among Traditional characters, a word spelt alike in both scripts is the region's.
        else if (sameInBothScripts) add(traditional, from, to);
      }
    }
  }
  const out = (table: Map<string, Set<string>>): PhraseTable => {
    const result: PhraseTable = {};
    for (const [from, to] of [...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      result[from] = [...to].slice(0, 3).join(' ');
    return result;
  };
  return { phrases: out(phrases), traditional: out(traditional) };
}

/** The table's phrases by first character, longest first (made once per table). */
const indexes = new WeakMap<PhraseTable, Map<string, string[]>>();
function indexOf(table: PhraseTable): Map<string, string[]> {
  let index = indexes.get(table);
  if (!index) {
    index = new Map();
    for (const key of Object.keys(table)) {
      const first = key[0]!;
      index.set(first, [...(index.get(first) ?? []), key]);
    }
    for (const list of index.values()) list.sort((a, b) => b.length - a.length);
    indexes.set(table, index);
  }
  return index;
}

/**
 * The text with its phrases replaced by the site's phrases of the same meaning (longest match
 * first, left to right): one form per alternative, the first alternatives together, then the
 * second, … Empty when no phrase of the table occurs in the text.
 */
export function phraseForms(text: string, table: PhraseTable | undefined): string[] {
  if (!table) return [];
  const index = indexOf(table);
  const matches: { at: number; key: string; alternatives: string[] }[] = [];
  for (let i = 0; i < text.length;) {
    const key = index.get(text[i]!)?.find((k) => text.startsWith(k, i));
    if (key) {
      matches.push({ at: i, key, alternatives: table[key]!.split(' ') });
      i += key.length;
    } else i++;
  }
  if (!matches.length) return [];
  const most = Math.max(...matches.map((m) => m.alternatives.length));
  const forms = new Set<string>();
  for (let j = 0; j < most; j++) {
    let out = '';
    let last = 0;
    for (const m of matches) {
      out += text.slice(last, m.at) + m.alternatives[Math.min(j, m.alternatives.length - 1)]!;
      last = m.at + m.key.length;
    }
    forms.add(out + text.slice(last));
  }
  forms.delete(text);
  return [...forms];
}
