/**
 * The HTML sanitiser every article body goes through (Markdown and MDX), as a Sätteri hast plugin —
 * Astro 7's default Markdown processor runs `hastPlugins`, not rehype plugins.
 *
 * Editors are trusted; text they paste from the web is not. So raw HTML in `.md` keeps what our
 * content legitimately uses (headings with their ids, tables, code blocks as Shiki or Prism emit
 * them, `<details>`/`<summary>`, `<kbd>`, images, footnotes, task lists) and loses everything that
 * can run script or change where the page sends data: `<script>`, `<style>`, `<iframe>`, `<object>`,
 * `<embed>`, `<form>`, `<meta>`, `<base>`, `<svg>`, `<math>`, event-handler attributes and any URL
 * whose scheme is not http(s), mailto or tel (`javascript:`, `data:`, `vbscript:`, however
 * obfuscated: an allowlist of schemes, checked after the HTML parser has decoded entities).
 *
 * `.mdx` is code: its `import`s, `{expressions}` and components run at build time and are for
 * trusted editors only. Its lowercase HTML-like tags (what pasted HTML becomes in MDX) still get
 * the same element and attribute rules, so a pasted `<img onerror>` is harmless there too.
 */
import type { Element, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { find, html } from 'property-information';
import { calloutKinds } from './callouts.ts';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import {
  htmlToHast,
  type HastPluginDefinition,
  type HastVisitorContext,
  type MdxJsxFlowElementHast,
  type MdxJsxTextElementHast,
  type PluginFactoryContext,
} from 'satteri';

/** Elements removed with everything inside them: their content is code, or junk as plain text. */
const STRIP = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'noscript',
  'noembed',
  'noframes',
  'template',
  'textarea',
  'select',
  'title',
  'xmp',
  'svg',
  'math',
  'link',
  'meta',
  'base',
];

const ARIA = ['ariaDescribedBy', 'ariaLabel', 'ariaLabelledBy'];
/** A class name as highlighters write them (`astro-code`, `github-dark`, `line`, `token`). */
const CLASS_NAME = /^[\w-]+$/;

const globalAttributes = (defaultSchema.attributes?.['*'] ?? []).filter(
  // Form-submission attributes are useless without `<form>`, which is not allowed.
  (attribute) =>
    !['action', 'method', 'encType', 'accept', 'acceptCharset', 'accessKey'].includes(
      String(attribute),
    ),
);

/** GitHub's schema (hast-util-sanitize's default) widened for what our articles render. */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Heading ids must stay as written, or tables of contents and `#anchor` links break; other ids
  // and names are prefixed below instead (see `clobberSafe`).
  clobber: [],
  clobberPrefix: '',
  strip: STRIP,
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'abbr',
    'caption',
    'cite',
    'col',
    'colgroup',
    'dfn',
    'figcaption',
    'figure',
    'mark',
    'small',
    'time',
    'u',
  ],
  attributes: {
    ...defaultSchema.attributes,
    '*': globalAttributes,
    a: [
      ...ARIA,
      'dataFootnoteBackref',
      'dataFootnoteRef',
      ['className', CLASS_NAME],
      'href',
      'rel',
      ['target', '_blank'],
    ],
    code: [['className', CLASS_NAME]],
    col: ['span'],
    // Callouts (callouts.ts): their classes and role, nothing else.
    div: [
      ...(defaultSchema.attributes?.['div'] ?? []),
      ['className', 'callout', ...calloutKinds.map((kind) => `callout-${kind}`)],
      ['role', 'note'],
    ],
    p: [['className', 'callout-title']],
    colgroup: ['span'],
    img: [...ARIA, 'src', 'loading', 'decoding'],
    pre: [['className', CLASS_NAME], 'style', 'tabIndex', 'dataLanguage'],
    span: [['className', CLASS_NAME], 'style'],
    td: ['style'],
    th: ['style'],
    time: ['dateTime'],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
};

/**
 * The only inline styles kept: Shiki's token colours and GFM's column alignment. Anything else
 * (`position: fixed` overlays, `url(…)` beacons) is dropped declaration by declaration.
 */
const SAFE_DECLARATION: Record<string, RegExp> = {
  color: /^#[\da-f]{3,8}$/i,
  'background-color': /^#[\da-f]{3,8}$/i,
  'font-style': /^(italic|normal)$/,
  'font-weight': /^(bold|normal|\d{3})$/,
  'text-decoration': /^(underline|line-through|none)$/,
  'text-align': /^(left|right|center|start|end|justify)$/,
  'overflow-x': /^auto$/,
  'white-space': /^pre-wrap$/,
  'overflow-wrap': /^break-word$/,
};
const SHIKI_VARIABLE = /^--shiki-[a-z\d-]+$/;
const SHIKI_VALUE = /^(#[\da-f]{3,8}|italic|bold|normal|underline|none|inherit)$/i;

/** `style` reduced to its safe declarations, or `undefined` when none is left. */
export function safeStyle(style: string): string | undefined {
  const kept: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    const pattern = SHIKI_VARIABLE.test(property) ? SHIKI_VALUE : SAFE_DECLARATION[property];
    if (pattern?.test(value)) kept.push(`${property}:${value}`);
  }
  return kept.length ? kept.join(';') : undefined;
}

const HEADING = /^h[1-6]$/;
const PREFIX = 'user-content-';

/** Ids and names on a page, and its same-page links, gathered while the tree is finished. */
interface Targets {
  ids: Set<string>;
  links: Element[];
}

/**
 * Filters styles and keeps a raw-HTML `id` or `name` from shadowing the page's own elements
 * (DOM clobbering): they get GitHub's `user-content-` prefix, except heading ids, which anchors
 * and the table of contents link to. Gathers the ids and same-page links as it goes.
 */
function finish(node: Root | RootContent, targets: Targets): void {
  if (node.type === 'element') {
    const properties = node.properties;
    if (typeof properties['style'] === 'string') {
      const style = safeStyle(properties['style']);
      if (style === undefined) delete properties['style'];
      else properties['style'] = style;
    }
    for (const key of ['id', 'name'] as const) {
      const value = properties[key];
      if (value === undefined || value === null) continue;
      const text = String(value);
      if (!(key === 'id' && HEADING.test(node.tagName)) && !text.startsWith(PREFIX))
        properties[key] = PREFIX + text;
      targets.ids.add(String(properties[key]));
    }
    if (typeof properties['href'] === 'string' && properties['href'].startsWith('#'))
      targets.links.push(node);
  }
  if ('children' in node) for (const child of node.children) finish(child, targets);
}

const sanitizeRoot = rehypeSanitize(sanitizeSchema);

/** Sanitise a hast tree (a new tree is returned; the input is left as it was). */
export function sanitizeTree(tree: Root): Root {
  const clean = sanitizeRoot(tree);
  const targets: Targets = { ids: new Set(), links: [] };
  finish(clean, targets);
  followPrefixedTargets(targets);
  return clean;
}

/**
 * A same-page link to a raw element's id or name (`<a id="A">` and `href="#A"`, a glossary's
 * letter index) follows the target to its prefixed id, as GitHub's own script does when it
 * shows such a page; links to headings and to anything else are left alone.
 */
function followPrefixedTargets({ ids, links }: Targets): void {
  for (const link of links) {
    const fragment = (link.properties['href'] as string).slice(1);
    if (!fragment) continue;
    let target: string;
    try {
      target = decodeURIComponent(fragment);
    } catch {
      continue;
    }
    if (!ids.has(target) && ids.has(PREFIX + target))
      link.properties['href'] = `#${PREFIX}${fragment}`;
  }
}

/**
 * Sanitise a Markdown document's tree. Raw HTML arrives in pieces (`<details>` and `</details>`
 * are separate `raw` nodes around the Markdown between them), so the tree is written out and
 * parsed again as one HTML fragment — what a browser would build — before it is filtered.
 */
export function sanitizeMarkdownTree(tree: Root): Root {
  // Without raw HTML the tree is already what a browser would build: filtered as it is, it gives
  // the same page without writing every article out and parsing it again.
  if (!holdsRaw(tree)) return sanitizeTree(canonical(tree));
  const source = toHtml(tree, { allowDangerousHtml: true });
  return sanitizeTree(htmlToHast(source, { fragment: true }) as Root);
}

/** Whether any node of the tree is raw HTML. */
function holdsRaw(node: Root | RootContent): boolean {
  if (node.type === 'raw') return true;
  return 'children' in node && node.children.some(holdsRaw);
}

/**
 * The tree with every element's properties named and typed as the HTML parser names them
 * (`class` → `className` as a list, `data-x` → `dataX`), which is what the sanitiser's schema
 * expects; a plugin may have written attribute names. A copy: the tree given is left as it was.
 */
function canonical<T extends Root | RootContent>(node: T): T {
  if (!('children' in node)) return node;
  const children = node.children.map(canonical);
  if (node.type !== 'element') return { ...node, children };
  const properties: Element['properties'] = {};
  for (const [key, value] of Object.entries(node.properties)) {
    const info = find(html, key);
    properties[info.property] =
      typeof value === 'string' && (info.spaceSeparated || info.commaSeparated)
        ? value
            .split(info.commaSeparated ? ',' : /\s+/)
            .map((v) => v.trim())
            .filter(Boolean)
        : value;
  }
  return { ...node, properties, children };
}

/** Sanitise an HTML fragment to HTML (for tests and for callers outside the Markdown pipeline). */
export const sanitizeHtml = (fragment: string): string =>
  toHtml(sanitizeTree(htmlToHast(fragment, { fragment: true }) as Root));

type MdxJsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;
type MdxAttribute = MdxJsxElement['attributes'][number];

/** An HTML tag (`div`, `img`), not a component (`<ReplyTemplate>`, `<Kpi>`, `<ui.Card>`). */
const isHtmlName = (name: string | null): name is string =>
  name !== null && /^[a-z][a-z\d-]*$/.test(name);

/** Attributes whose value is a URL or markup: an `{expression}` there cannot be checked. */
const UNCHECKABLE = new Set(['href', 'src', 'srcSet', 'cite', 'longDesc', 'style', 'id', 'name']);

// One element is judged on its own, so the table-structure rule (`td` inside `table`) is skipped.
const sanitizeAlone = rehypeSanitize({ ...sanitizeSchema, ancestors: {} });

/**
 * An MDX lowercase tag judged by the same schema: its attributes become hast properties
 * (expressions stand in as a placeholder), the element is sanitised, and only attributes that
 * survive are kept, with their cleaned values. Returns the node unchanged, a copy with fewer
 * attributes, `'unwrap'` (keep the children) or `'remove'`.
 */
export function sanitizeMdxElement(node: MdxJsxElement): MdxJsxElement | 'unwrap' | 'remove' {
  const name = node.name ?? '';
  if (STRIP.includes(name)) return 'remove';
  const properties: Record<string, string | string[] | boolean> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const { property } = find(html, attribute.name);
    const value = attribute.value;
    properties[property] =
      typeof value === 'string'
        ? property === 'className'
          ? value.split(/\s+/).filter(Boolean)
          : value
        : value === null || value === undefined
          ? true
          : 'x';
  }
  const element: Element = { type: 'element', tagName: name, properties, children: [] };
  const clean = sanitizeAlone({ type: 'root', children: [element] }).children[0];
  if (!clean || clean.type !== 'element' || clean.tagName !== name) return 'unwrap';
  // One element alone: its links have no page to follow.
  finish(clean, { ids: new Set(), links: [] });

  let changed = false;
  const attributes: MdxAttribute[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      changed = true; // `{...spread}` could carry anything, event handlers included.
      continue;
    }
    const { property } = find(html, attribute.name);
    const kept = clean.properties[property];
    if (kept === undefined || kept === null || kept === false) {
      changed = true;
      continue;
    }
    if (typeof attribute.value === 'object' && attribute.value !== null) {
      if (UNCHECKABLE.has(property)) changed = true;
      else attributes.push(attribute);
      continue;
    }
    const value = kept === true ? null : Array.isArray(kept) ? kept.join(' ') : String(kept);
    if (value !== (attribute.value ?? null)) changed = true;
    attributes.push({ type: 'mdxJsxAttribute', name: attribute.name, value });
  }
  return changed ? { ...node, attributes } : node;
}

type MdxNode = RootContent;

const isMdxElement = (node: MdxNode): node is MdxJsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A sanitised deep copy of `nodes` (used only below a node that had to be replaced). */
function sanitizedCopy(nodes: readonly MdxNode[]): MdxNode[] {
  const out: MdxNode[] = [];
  for (const node of nodes) {
    if (node.type === 'element' && STRIP.includes(node.tagName)) continue;
    if (isMdxElement(node) && isHtmlName(node.name)) {
      const result = sanitizeMdxElement(node);
      if (result === 'remove') continue;
      if (result === 'unwrap') {
        out.push(...sanitizedCopy(node.children));
        continue;
      }
      out.push({ ...result, children: sanitizedCopy(node.children) } as MdxNode);
      continue;
    }
    out.push(
      'children' in node ? ({ ...node, children: sanitizedCopy(node.children) } as MdxNode) : node,
    );
  }
  return out;
}

/**
 * Walk the MDX tree and patch only what must change: Sätteri's own nodes stay as they are, so
 * components, expressions and `import`s are never rebuilt.
 */
function sanitizeMdxInPlace(children: readonly MdxNode[], ctx: HastVisitorContext): void {
  for (const node of children) {
    if (node.type === 'element' && STRIP.includes(node.tagName)) {
      ctx.removeNode(node);
      continue;
    }
    if (isMdxElement(node) && isHtmlName(node.name)) {
      const result = sanitizeMdxElement(node);
      if (result === 'remove') ctx.removeNode(node);
      else if (result === 'unwrap') ctx.replaceNode(node, sanitizedCopy(node.children));
      else if (result !== node)
        ctx.replaceNode(node, { ...result, children: sanitizedCopy(node.children) } as MdxNode);
      else sanitizeMdxInPlace(node.children, ctx);
      continue;
    }
    if ('children' in node) sanitizeMdxInPlace(node.children, ctx);
  }
}

/**
 * Raw HTML that is one comment and nothing else: closed by its first `-->` (not an abrupt `<!-->`
 * or `<!--->`, and, checked beside it, no `--!>`, which also ends a comment).
 */
const LONE_COMMENT = /^<!--(?!-?>)(?:(?!-->)[\s\S])*-->([ \t\n\f\r]*)$/;
/** Raw HTML that is a line break, `<br>`, `<br/>` or `<br />`; the whitespace after it is kept. */
const LINE_BREAK = /^<br[ \t\n\f\r]*\/?>([ \t\n\f\r]*)$/i;

const allowedTags = new Set(sanitizeSchema.tagNames);
/** Elements that only make sense inside another (`td` inside `table`), per the schema. */
const ancestorRules: Record<string, readonly string[]> = sanitizeSchema.ancestors ?? {};

const sameValue = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((v, i) => v === b[i])
    : a === b;

/** What the schema does to one element: its property changes, or `'whole'` (see below). */
type Verdict = { changes: [string, Element['properties'][string] | null][] } | 'whole';
const verdicts = new Map<string, Verdict>();
/** Distinct elements remembered (most repeat: `p`, `li`, Prism's `span.token.keyword`). */
const MAX_VERDICTS = 20_000;

/**
 * The property changes the schema makes to one element of a Markdown tree, judged on its own, or
 * `'whole'` when the element needs more than new property values (it would be removed or
 * unwrapped, or a plugin wrote an attribute name or a list as a string): then the whole tree goes
 * through {@link sanitizeMarkdownTree}.
 */
function elementVerdict(node: Element): Verdict {
  const key = `${node.tagName}\0${JSON.stringify(node.properties)}`;
  const known = verdicts.get(key);
  if (known) return known;
  const verdict = judgeElement(node);
  if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
  verdicts.set(key, verdict);
  return verdict;
}

function judgeElement(node: Element): Verdict {
  if (!allowedTags.has(node.tagName)) return 'whole';
  for (const [key, value] of Object.entries(node.properties)) {
    const info = find(html, key);
    if (info.property !== key) return 'whole';
    if (typeof value === 'string' && (info.spaceSeparated || info.commaSeparated)) return 'whole';
  }
  const alone: Element = { ...node, properties: { ...node.properties }, children: [] };
  const clean = sanitizeAlone({ type: 'root', children: [alone] }).children[0];
  if (!clean || clean.type !== 'element' || clean.tagName !== node.tagName) return 'whole';
  finish(clean, { ids: new Set(), links: [] });
  const changes: [string, Element['properties'][string] | null][] = [];
  for (const key of new Set([...Object.keys(node.properties), ...Object.keys(clean.properties)])) {
    const after = clean.properties[key];
    if (!sameValue(node.properties[key], after)) changes.push([key, after ?? null]);
  }
  return { changes };
}

/**
 * The Markdown sanitiser, one per document: two plugins sharing what they find.
 *
 * The first looks only at raw HTML, comments and doctypes, which only the whole pass handles:
 * it drops a raw comment and turns a raw line break into an element (the two kinds imported docs
 * are full of), and marks anything else for the whole pass. It runs as a pass of its own, so the
 * second knows before it changes anything whether the tree goes through whole.
 *
 * The second, for a tree the Markdown parser built (plus what earlier plugins added), judges each
 * element alone in Rust's walk of the tree and sets only the properties the schema would change:
 * the tree is never copied and Sätteri writes the HTML itself. An element that needs more than new
 * property values (removed, unwrapped, or written by a plugin as an attribute name or a string
 * list), or a same-page link that must follow the `user-content-` prefix, sends the tree through
 * the whole pass at the end ({@link sanitizeMarkdownTree}). In that rare case an unsafe URL the
 * element-wise pass had already taken out comes back as an empty attribute, which the whole pass
 * keeps; everything else ends as the whole pass alone would leave it.
 */
function markdownSanitizers(): HastPluginDefinition[] {
  let whole = false;
  const ids = new Set<string>();
  const fragments: string[] = [];
  const screen: HastPluginDefinition = {
    name: `${NAME}:raw`,
    raw(node, ctx) {
      const comment = LONE_COMMENT.exec(node.value);
      const lineBreak = LINE_BREAK.exec(node.value);
      const trailing = (comment ?? lineBreak)?.[1];
      const text = trailing ? [{ type: 'text' as const, value: trailing }] : [];
      if (comment && !node.value.includes('--!>')) ctx.replaceNode(node, text);
      else if (lineBreak)
        ctx.replaceNode(node, [
          { type: 'element', tagName: 'br', properties: {}, children: [] },
          ...text,
        ]);
      else whole = true;
    },
    comment() {
      whole = true;
    },
    doctype() {
      whole = true;
    },
  };
  const sanitize: HastPluginDefinition = {
    name: NAME,
    element: {
      filter: [],
      visit(node, ctx) {
        if (whole) return;
        const rule = ancestorRules[node.tagName];
        if (rule && !hasAncestor(node, rule, ctx)) {
          whole = true;
          return;
        }
        const verdict = elementVerdict(node);
        if (verdict === 'whole') {
          whole = true;
          return;
        }
        for (const [key, value] of verdict.changes) ctx.setProperty(node, key, value);
        for (const key of ['id', 'name'] as const) {
          const changed = verdict.changes.find(([k]) => k === key);
          const value = changed ? changed[1] : node.properties[key];
          if (value !== undefined && value !== null) ids.add(String(value));
        }
        const href = node.properties['href'];
        if (typeof href === 'string' && href.startsWith('#')) fragments.push(href.slice(1));
      },
    },
    after(root, ctx) {
      if (!whole && !fragments.some((fragment) => followsPrefix(fragment, ids))) return;
      ctx.replaceNode(root, sanitizeMarkdownTree(root));
    },
  };
  return [screen, sanitize];
}

function hasAncestor(node: Element, names: readonly string[], ctx: HastVisitorContext): boolean {
  let parent = ctx.parent(node);
  while (parent.type === 'element') {
    if (names.includes(parent.tagName)) return true;
    parent = ctx.parent(parent);
  }
  return false;
}

/** Whether {@link followPrefixedTargets} would rewrite a link to `fragment`. */
function followsPrefix(fragment: string, ids: ReadonlySet<string>): boolean {
  if (!fragment) return false;
  try {
    const target = decodeURIComponent(fragment);
    return !ids.has(target) && ids.has(PREFIX + target);
  } catch {
    return false;
  }
}

const NAME = 'service-handbook:sanitize';

const mdxSanitizer: HastPluginDefinition = {
  name: NAME,
  after(root, ctx) {
    sanitizeMdxInPlace(root.children, ctx);
  },
};

/**
 * The Sätteri hast plugin (a factory: one sanitiser per document). Register it last in
 * `hastPlugins`, so it also sees what earlier plugins added.
 */
export function sanitizeContent(): (
  factory: PluginFactoryContext,
) => HastPluginDefinition | HastPluginDefinition[] {
  return (factory) => (factory.sourceFormat === 'mdx' ? mdxSanitizer : markdownSanitizers());
}
