/**
 * Tables of contents of other docs tools: docsify/VuePress `_sidebar.md` and mdBook's
 * `SUMMARY.md`. They are navigation, not articles: the importer reads from them each page's
 * title as the book names it, the section it belongs to (the context a generic title such as
 * 介绍 or Overview needs) and the reading order.
 */
import { posix } from 'node:path';
import { plainText } from './markdown.ts';

/** Navigation files: read for titles and order, never imported as articles. */
export const tocNames = new Set(['_sidebar.md', 'summary.md', '_navbar.md', '_coverpage.md']);
export const isTocFile = (path: string): boolean =>
  tocNames.has(posix.basename(path).toLowerCase());
/** The navigation files that list pages in reading order (a navbar or cover page does not). */
const orderNames = new Set(['_sidebar.md', 'summary.md']);

export interface TocEntry {
  /** The linked file, relative to the corpus root, as written (`.md` added when left out). */
  path: string;
  /** The link's text: the page's title in the book. */
  label: string;
  /** The parent entry's label, else the section heading above, else the book's title. */
  context: string | undefined;
  /** 0-based position in reading order. */
  order: number;
}

/** The entries of one table of contents, in the order it lists them. */
export function parseToc(path: string, text: string): TocEntry[] {
  if (!orderNames.has(posix.basename(path).toLowerCase())) return [];
  const dir = posix.dirname(path);
  const entries: TocEntry[] = [];
  let book: string | undefined;
  let section: string | undefined;
  // Open list items by indentation: the nearest one above is an entry's parent.
  const parents: { indent: number; label: string }[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
    if (heading) {
      const words = plainText(heading[2]!);
      if (heading[1]!.length === 1 && book === undefined && !entries.length) book = words;
      else section = words;
      parents.length = 0;
      continue;
    }
    const item = /^(\s*)(?:[-*+]\s+)?(.*)$/.exec(raw);
    if (!item || !item[2]!.trim()) continue;
    const indent = item[1]!.replace(/\t/g, '    ').length;
    while (parents.length && parents[parents.length - 1]!.indent >= indent) parents.pop();
    const link = /^\[((?:[^[\]]|\[[^\]]*\])+)\]\(\s*<?([^)\s>]*)>?[^)]*\)/.exec(item[2]!.trim());
    const label = plainText(link ? link[1]! : item[2]!);
    const parent = parents[parents.length - 1]?.label;
    parents.push({ indent, label });
    if (!link || !link[2] || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(link[2])) continue;
    let target = link[2].replace(/[?#].*$/, '');
    if (!target) continue;
    try {
      target = decodeURI(target);
    } catch {
      // Keep it as written.
    }
    let resolved = target.startsWith('/')
      ? posix.normalize(target.slice(1))
      : posix.normalize(posix.join(dir, target));
    if (resolved.endsWith('/') || resolved === '.') resolved = posix.join(resolved, 'README.md');
    else if (!/\.(md|markdown)$/i.test(resolved))
      resolved = `${resolved.replace(/\.html?$/, '')}.md`;
    entries.push({
      path: resolved,
      label,
      context: parent ?? section ?? book,
      order: entries.length,
    });
  }
  return entries;
}
