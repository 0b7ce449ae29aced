/** Character maps between Traditional and Simplified Chinese, cut down to one site's characters. */
export interface ScriptMaps {
  /** Traditional character → Simplified. */
  t2s: Record<string, string>;
  /** Simplified character → Traditional. */
  s2t: Record<string, string>;
  /**
   * Phrases → the site's phrases of the same meaning in another script or regional vocabulary
   * (日志 → 日誌, 数据库 → 資料庫), where characters alone would miss them (phrases.ts).
   */
  phrases?: Record<string, string>;
  /**
   * More phrases for a query written in Traditional characters only: a word spelt alike in both
   * scripts is then the region's word (使用者 → 用户), which in a Simplified query it is not.
   */
  traditionalPhrases?: Record<string, string>;
}

/** Whether the text holds a character the site writes differently in Simplified (賬, 設). */
export const hasTraditional = (text: string, maps: ScriptMaps): boolean =>
  Array.from(text).some((ch) => maps.t2s[ch] !== undefined);

export const convert = (text: string, map: Record<string, string>): string =>
  Array.from(text, (ch) => map[ch] ?? ch).join('');

/** The query as typed plus its Simplified and Traditional forms, without duplicates. */
export const scriptVariants = (query: string, maps: ScriptMaps): string[] => [
  ...new Set([query, convert(query, maps.t2s), convert(query, maps.s2t)]),
];

const ranges: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/**
 * Build the maps at build time from a full converter (opencc-js), keeping only the pairs whose
 * target occurs on the site: a query character that converts to something the site never uses
 * cannot match anyway. A few kilobytes instead of the converter's half-megabyte dictionary.
 */
export function buildScriptMaps(
  siteText: string,
  toSimplified: (s: string) => string,
  toTraditional: (s: string) => string,
): ScriptMaps {
  // Which UTF-16 code units the text holds: the converted characters looked up below are single
  // units, and a table of 65,536 flags is filled in one pass without making a string per character.
  const present = new Uint8Array(0x10000);
  for (let i = 0; i < siteText.length; i++) present[siteText.charCodeAt(i)] = 1;
  const used = (ch: string) => present[ch.charCodeAt(0)] === 1 && /\p{Script=Han}/u.test(ch);
  const maps: ScriptMaps = { t2s: {}, s2t: {} };
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const ch = String.fromCodePoint(code);
      const simplified = toSimplified(ch);
      if (simplified !== ch && simplified.length === 1 && used(simplified))
        maps.t2s[ch] = simplified;
      const traditional = toTraditional(ch);
      if (traditional !== ch && traditional.length === 1 && used(traditional))
        maps.s2t[ch] = traditional;
    }
  }
  return maps;
}
