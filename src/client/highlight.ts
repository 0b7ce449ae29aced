import { highlightRanges, termPattern } from '../lib/search/highlight.ts';

/**
 * Mark the words a search matched on the article it opened (`?highlight=退款到账 退款`), then
 * scroll to the first one. Loaded only when that parameter is present. Marks that touch are one
 * mark (src/lib/search/highlight.ts).
 */
export function highlightWords(root: Element, words: readonly string[]): number {
  const pattern = termPattern(words);
  if (!pattern) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, [data-pagefind-ignore], [hidden]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    const ranges = highlightRanges(text, pattern);
    if (!ranges.length) continue;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const [start, end] of ranges) {
      fragment.append(text.slice(last, start));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(start, end);
      fragment.append(mark);
      last = end;
      count++;
    }
    fragment.append(text.slice(last));
    node.replaceWith(fragment);
  }
  if (!location.hash) root.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
  return count;
}
