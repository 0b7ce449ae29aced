const han = /\p{Script=Han}/u;

export const hasHan = (text: string): boolean => han.test(text);

/**
 * Split a query into words, so a phrase typed without spaces (处理时效, 退货流程时效) reaches the
 * engines as the words it is made of. Latin words keep their own spacing.
 */
export function segmentQuery(query: string, locale = 'zh'): string[] {
  const text = query.normalize('NFKC').trim();
  if (!text) return [];
  if (!hasHan(text) || typeof Intl.Segmenter !== 'function')
    return text.split(/\s+/).filter(Boolean);
  const segmenter = new Intl.Segmenter(locale.startsWith('zh') ? 'zh' : locale, {
    granularity: 'word',
  });
  return [...segmenter.segment(text)]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment.toLowerCase());
}
