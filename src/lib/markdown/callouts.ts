/**
 * Callouts: the site's way to set a note, tip or warning apart. They are written as GitHub's
 * alerts, a blockquote whose first line is the marker, so the source reads the same on the Git
 * host and in any editor:
 *
 * ```md
 * > [!TIP] 先核对订单号
 * > 客户报的单号和系统里的一致，再谈退款。
 * ```
 *
 * The title after the marker is optional. The page gets a `div` with `role="note"` whose first
 * line names the kind in words (`注意：先核对订单号`), so the kind never rests on colour.
 */
import type { Element, ElementContent } from 'hast';
import { fileURLToPath } from 'node:url';

export const calloutKinds = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type CalloutKind = (typeof calloutKinds)[number];

/** The kind's word, per locale: the title when the writer gives none. */
export const calloutLabels: Record<'zh-cn' | 'en', Record<CalloutKind, string>> = {
  'zh-cn': { note: '说明', tip: '提示', important: '重要', warning: '注意', caution: '警告' },
  en: { note: 'Note', tip: 'Tip', important: 'Important', warning: 'Warning', caution: 'Caution' },
};

const MARKER = /^\[!(note|tip|important|warning|caution)\][ \t]*([^\n]*)(?:\n|$)/i;

/** A blockquote's first text read as a callout marker: its kind, title and the text after it. */
export function parseMarker(
  text: string,
): { kind: CalloutKind; title: string; rest: string } | undefined {
  const m = MARKER.exec(text);
  if (!m) return undefined;
  return {
    kind: m[1]!.toLowerCase() as CalloutKind,
    title: m[2]!.trim(),
    rest: text.slice(m[0].length),
  };
}

/** The locale of a content file from its path (`…/content/kb/<locale>/…`); zh-cn otherwise. */
export function localeOfFile(path: string | undefined): 'zh-cn' | 'en' {
  return path && /\/content\/(?:kb|reports)\/en\//.test(path.split('\\').join('/'))
    ? 'en'
    : 'zh-cn';
}

/**
 * The callout a blockquote stands for, or `undefined` when it is an ordinary quote. Pure: takes
 * the blockquote's children as hast and returns the replacement element.
 */
export function calloutFrom(
  children: readonly ElementContent[],
  locale: 'zh-cn' | 'en',
): Element | undefined {
  const firstIndex = children.findIndex((c) => c.type === 'element');
  const first = children[firstIndex];
  if (!first || first.type !== 'element' || first.tagName !== 'p') return undefined;
  const lead = first.children[0];
  if (!lead || lead.type !== 'text') return undefined;
  const marker = parseMarker(lead.value);
  if (!marker) return undefined;
  const restOfFirst: ElementContent[] = [
    ...(marker.rest ? [{ ...lead, value: marker.rest }] : []),
    ...first.children.slice(1),
  ];
  const body: ElementContent[] = [
    ...(restOfFirst.some((c) => c.type !== 'text' || c.value.trim())
      ? [{ ...first, children: restOfFirst }]
      : []),
    ...children.slice(firstIndex + 1),
  ];
  // The kind's word always leads, so a custom title never hides whether this is a tip or a warning.
  const kind = calloutLabels[locale][marker.kind];
  const title = marker.title ? `${kind}${locale === 'en' ? ': ' : '：'}${marker.title}` : kind;
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['callout', `callout-${marker.kind}`], role: 'note' },
    children: [
      {
        type: 'element',
        tagName: 'p',
        properties: { className: ['callout-title'] },
        children: [{ type: 'text', value: title }],
      },
      ...body,
    ],
  };
}

/** The parts of Sätteri's visitor this plugin uses. */
interface VisitContext {
  replaceNode(node: unknown, newNode: unknown): void;
}

/**
 * A Sätteri hast plugin (a factory: the default title follows the file's locale) that renders
 * callouts. It runs before the sanitiser, which keeps exactly these classes and `role="note"`.
 */
export function calloutsPlugin() {
  return (ctx: { fileURL: URL | undefined }) => {
    const locale = localeOfFile(ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined);
    return {
      name: 'callouts',
      element: {
        filter: ['blockquote'],
        visit(node: Element, visit: VisitContext) {
          const callout = calloutFrom(node.children, locale);
          if (callout) visit.replaceNode(node, callout);
        },
      },
    };
  };
}
