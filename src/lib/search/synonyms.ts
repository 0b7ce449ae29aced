/** Groups of words that mean the same to agents, e.g. 退款 · 退钱 · 返还 · refund. */
export type SynonymGroups = readonly (readonly string[])[];

/**
 * Variants of a segmented query with each word that belongs to a synonym group replaced by the
 * group's other words, one word at a time; the original comes first. At most `limit` variants.
 */
export function expandSynonyms(
  words: readonly string[],
  groups: SynonymGroups,
  limit = 8,
  absent: ReadonlySet<string> = new Set(),
): string[][] {
  const variants: string[][] = [[...words]];
  const joined = words.join('');
  for (const group of groups) {
    const lower = group.map((w) => w.toLowerCase());
    words.forEach((word, index) => {
      if (!lower.includes(word.toLowerCase())) return;
      for (const other of group) {
        if (other.toLowerCase() === word.toLowerCase() || absent.has(other)) continue;
        variants.push(words.map((w, i) => (i === index ? other : w)));
      }
    });
    // A synonym the segmenter split in two (退钱 → 退 | 钱) still counts when the whole query is it.
    if (words.length > 1 && lower.includes(joined.toLowerCase())) {
      for (const other of group)
        if (other.toLowerCase() !== joined.toLowerCase() && !absent.has(other))
          variants.push([other]);
    }
  }
  const seen = new Set<string>();
  return variants
    .filter((v) => {
      const key = v.join(' ');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit);
}

/**
 * The words of the groups that occur nowhere in a locale's text. They still count as members (a
 * query for one expands to the others), but no query expands to them: a variant made of a word
 * the index does not hold finds nothing, and each costs both engines another fetch.
 */
export function absentSynonyms(groups: SynonymGroups, text: string): string[] {
  const haystack = text.toLowerCase();
  return [...new Set(groups.flat())].filter((w) => !haystack.includes(w.toLowerCase()));
}
