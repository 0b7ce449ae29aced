/**
 * Footnotes in the page's language. The Markdown processor labels the footnote list "Footnotes"
 * (a heading for screen readers) and each way back "Back to reference 1", whatever the language
 * of the article; on a Chinese page a screen reader would read them in English.
 */
import type { Element } from 'hast';
import { fileURLToPath } from 'node:url';
import { localeOfFile } from './callouts.ts';

export const footnoteLabels = {
  'zh-cn': { heading: '脚注', back: (n: string) => `返回引用 ${n}` },
  en: { heading: 'Footnotes', back: (n: string) => `Back to reference ${n}` },
} as const;

/** The id of the footnote list's heading: a page's table of contents leaves it out. */
export const FOOTNOTE_LABEL_ID = 'footnote-label';

/** A Sätteri hast plugin (a factory: the words follow the file's locale). */
export function footnotesPlugin() {
  return (ctx: { fileURL: URL | undefined }) => {
    const labels =
      footnoteLabels[localeOfFile(ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined)];
    return {
      name: 'footnotes',
      element: {
        filter: ['h2', 'a'],
        visit(node: Element, visit: { replaceNode: (from: Element, to: Element) => void }) {
          if (node.tagName === 'h2' && node.properties['id'] === FOOTNOTE_LABEL_ID) {
            visit.replaceNode(node, {
              type: 'element',
              tagName: 'h2',
              properties: { ...node.properties },
              children: [{ type: 'text', value: labels.heading }],
            });
          } else if (node.tagName === 'a' && node.properties['dataFootnoteBackref'] !== undefined) {
            const label = String(node.properties['ariaLabel'] ?? '');
            const number = /(\d+(?:-\d+)?)$/.exec(label)?.[1];
            if (number)
              visit.replaceNode(node, {
                type: 'element',
                tagName: 'a',
                properties: { ...node.properties, ariaLabel: labels.back(number) },
                children: [...node.children],
              });
          }
        },
      },
    };
  };
}
