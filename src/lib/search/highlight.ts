/**
 * Where to mark the words a search matched in a text: every occurrence of a term, longest terms
 * first, and marks that touch (or stand apart by spaces only) joined into one, so 退款到账 is one
 * mark, never 退款 / 到 / 账 with gaps between them.
 */

/** A regular expression that finds any of the terms, longest first (case-insensitive). */
export function termPattern(words: readonly string[]): RegExp | undefined {
  const terms = [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  if (!terms.length) return undefined;
  return new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
}

/** The ranges `[start, end)` to mark in `text`, joined where they touch or only spaces part them. */
export function highlightRanges(text: string, pattern: RegExp): [number, number][] {
  const ranges: [number, number][] = [];
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    if (!match[0]) continue;
    const start = match.index;
    const end = start + match[0].length;
    const last = ranges.at(-1);
    if (last && /^\s*$/.test(text.slice(last[1], start))) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}
