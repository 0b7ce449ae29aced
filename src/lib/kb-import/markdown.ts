/**
 * The body of an imported page: links rewritten between the imported files, syntax from other
 * docs tools removed or kept as text, and every such thing recorded with its line. Works line by
 * line and leaves fenced code untouched: what looks like a shortcode inside a code sample is code.
 */
import { closesFence, fenceMarker } from '../markdown/fences.ts';
import { bodyHeadings } from '../markdown/links.ts';

/** Kinds of things the importer could not carry over as they were. */
export const findingKinds = [
  'shortcode',
  'variable',
  'wiki-link',
  'component',
  'html-comment',
  'link-not-imported',
  'asset-not-imported',
  'image',
  'front-matter-key',
  'front-matter-value',
  'anchor-not-found',
  'container',
  'include',
  'placeholder',
] as const;
export type FindingKind = (typeof findingKinds)[number];

/** What the importer did about each kind, for the report. */
export const findingActions: Record<FindingKind, string> = {
  shortcode: 'removed',
  variable: 'kept as written (pass --var name=value to fill it in)',
  'wiki-link': 'turned into plain text',
  component: 'tags removed, their content kept',
  'html-comment': 'kept (invisible on the page)',
  'link-not-imported': 'turned into plain text: the target is not in the import',
  'asset-not-imported': 'turned into plain text: files other than Markdown are not imported',
  image: 'replaced by its alt text: images are not imported',
  'front-matter-key': 'ignored',
  'front-matter-value': 'ignored',
  'anchor-not-found': 'link kept without its #anchor: no heading on the target page fits',
  container: 'container lines removed, their content kept: no callout of that kind',
  include: 'kept as written: the included file is not imported; paste its text in',
  placeholder:
    'kept as an invisible comment: the source tool filled it in (an API table, a list); add that content by hand',
};

/** VitePress/VuePress container names → the site's callout kinds (callouts.ts). */
export const containerCallouts: Readonly<Record<string, string>> = {
  tip: 'TIP',
  note: 'NOTE',
  info: 'NOTE',
  important: 'IMPORTANT',
  warning: 'WARNING',
  caution: 'CAUTION',
  danger: 'CAUTION',
};

/** What the importer carried over in the site's own syntax, counted. */
export interface Conversions {
  /** `::: tip` … `:::` and the like → `> [!TIP]` callouts. */
  callouts: number;
  /** `::: details` → `<details>`. */
  details: number;
  /** `{#id}` kept, `@anchor` turned into `{#anchor}`. */
  headingIds: number;
  /** `<a name>` / `<a id>` anchors carried over (to their heading, or as raw anchors). */
  anchors: number;
}

/** An anchor of the source page: the heading it now stands for (output line) or its new id. */
export interface AnchorAlias {
  name: string;
  /** 0-based line of the heading in the returned body; `-1`: the page's title (its top). */
  headingLine?: number;
  id?: string;
}

export interface Finding {
  kind: FindingKind;
  /** Source path as given (relative to the folder or archive root). */
  file: string;
  /** 1-based line in the source file. */
  line: number;
  /** The text found, shortened. */
  text: string;
}

/** Where a link points once imported: a relative `.md` path, or `undefined` when not imported. */
export type LinkTarget =
  { kind: 'article'; href: string } | { kind: 'asset' } | { kind: 'missing' } | { kind: 'keep' };

export interface BodyContext {
  file: string;
  /** The site locale imported into: the words of a details block's default summary. */
  locale?: 'zh-cn' | 'en';
  /** Line of the body's first line in the source file. */
  firstLine: number;
  resolve: (target: string) => LinkTarget;
  vars: Readonly<Record<string, string>>;
}

export interface BodyResult {
  body: string;
  /** The source file's line for each line of `body`. */
  sourceLines: number[];
  findings: Finding[];
  /** Text of the first heading, if any (level 1 preferred), markdown stripped. */
  heading: string | undefined;
  /** The first paragraph as plain text, if any. */
  paragraph: string | undefined;
  /** Anchors of the source page and where they lead now. */
  anchors: AnchorAlias[];
  conversions: Conversions;
}

/**
 * The body without its leading heading when that heading says the title (an mdBook chapter
 * opening with `## 使用 Hash Map 儲存鍵值對`, titled so by its SUMMARY.md): the page prints the
 * title as its h1 above the body, and would say it twice. Anchors to the heading now open the page
 * at its top. Any other body is returned as it is.
 */
export function withoutTitleHeading(result: BodyResult, title: string): BodyResult {
  const lines = result.body.split('\n');
  const atx = /^\s{0,3}#{2,6}\s+(.*?)\s*#*\s*$/.exec(lines[0] ?? '');
  if (!atx || plainText(stripHeadingSuffix(atx[1]!)) !== title) return result;
  // A heading holding raw anchors, or whose text comes again (its id would renumber the later
  // one's), stays: links to it keep working.
  const headings = bodyHeadings(result.body);
  if (/</.test(atx[1]!) || headings.slice(1).some((h) => h.text === headings[0]?.text))
    return result;
  let drop = 1;
  while (drop < lines.length && lines[drop]!.trim() === '') drop++;
  // Links to the heading's id, given or made from its text, open the page at its top.
  const own = headings[0]?.line === 0 ? headings[0].id : undefined;
  return {
    ...result,
    body: lines.slice(drop).join('\n'),
    sourceLines: result.sourceLines.slice(drop),
    anchors: [
      ...result.anchors.map((a) =>
        a.headingLine === undefined || a.headingLine < 0
          ? a
          : { ...a, headingLine: a.headingLine === 0 ? -1 : a.headingLine - drop },
      ),
      ...(own ? [{ name: own, headingLine: -1 }] : []),
    ],
  };
}

const short = (text: string) => {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
};

/** Markdown inline syntax stripped to the words a reader sees. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?![\w*])/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether a paragraph's lines read as prose, fit for a summary: not links and nothing else (a
 * book's link to its source file), not a script's `import` or `export` line, not a bare file name
 * or address.
 */
export function isProse(lines: readonly string[]): boolean {
  const source = lines.join(' ').trim();
  if (/^(import|export)\s/.test(source)) return false;
  // One separator between links at most: nested `\s*` would make a failed match take exponential time.
  if (/^(?:!?\[[^\]]*\]\([^)]*\)(?:\s*[·|,;、]\s*|\s+)?)+$/.test(source)) return false;
  const text = plainText(source);
  return text !== '' && !/^(https?:\/\/\S+|[\w./-]+\.(md|mdx|html?))$/i.test(text);
}

const shortcode = /\{\{[<%].*?[%>]\}\}/g;
const variable = /\{\{\{\s*\.?([\w-]+)\s*\}\}\}/g;
const wikiLink = /\[\[([^\][|]+)(?:\|([^\][]+))?\]\]/g;
// Capitalised names with a lowercase letter are components (SimpleTab, CustomContent); all-caps
// words in angle brackets (<CLUSTER_NAME>) are placeholders in prose and stay.
const component = /<\/?([A-Z][a-z0-9]+[A-Za-z0-9]*)(?:\s[^<>]*)?\/?>/g;
const link = /(!?)\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const definition = /^(\s{0,3}\[[^\]]+\]:\s*)<?(\S+?)>?(\s+.*)?$/;
const htmlImage = /<img\s[^>]*src=["']([^"']+)["'][^>]*>/gi;
const altOf = (tag: string) => /alt=["']([^"']*)["']/i.exec(tag)?.[1] ?? '';
const container = /^(\s*)(:{3,})\s*([\w-]*)\s*(.*?)\s*$/;
// Empty `<a name>`, `<a id>` and `<span id>` elements: anchors other tools link to.
const anchorTag = /<(?:a|span)\s+(?:name|id)\s*=\s*["']([^"']+)["']\s*>\s*<\/(?:a|span)>/gi;
const anchorOnly =
  /^\s*(?:<(?:a|span)\s+(?:name|id)\s*=\s*["'][^"']+["']\s*>\s*<\/(?:a|span)>\s*)+$/i;
const include = /\{\{#(include|rustdoc_include|playground|title)\b[^}]*\}\}/g;
// A comment alone on its line that a docs tool replaces with generated content.
// Linter switches (markdownlint, prettier, zhlint) and notes to writers are ordinary comments.
const placeholderComment = {
  test: (line: string) =>
    !/<!--\s*(markdownlint|prettier|zhlint|eslint|textlint|todo|fixme|note|xxx)\b/i.test(line) &&
    (/^\s*<!--\s*(?:(?!https?:)@?[\w.-]+:\S|[A-Z][A-Z0-9_]{2,}\b)[^>]*-->\s*$/.test(line) ||
      /^\s*<!--\s*(?:auto-?generated|generated|include|insert|placeholder|toc|api[ -]?table)\b[^>]*-->\s*$/i.test(
        line,
      )),
};
/** Titles that say nothing without their section: they get the section's name in front. */
export const genericTitles = new Set(
  [
    '介绍',
    '介紹',
    '简介',
    '簡介',
    '概述',
    '概览',
    '概覽',
    '总览',
    '總覽',
    '导言',
    '導言',
    '入门',
    '入門',
    '引言',
    'introduction',
    'intro',
    'overview',
    'getting started',
  ].map((t) => t.toLowerCase()),
);

/** A heading's text without `{#id}` and `@anchor` suffixes. */
export function stripHeadingSuffix(text: string): string {
  return text
    .replace(/\s*\{\s*(?:[#.][\w-]+\s*)+\}\s*$/, '')
    .replace(/\s+@[A-Za-z][\w-]*\s*$/, '')
    .trim();
}

/** Replace matches outside inline code spans only. */
function outsideCode(line: string, apply: (text: string) => string): string {
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, i) => (i % 2 === 1 ? part : apply(part)))
    .join('');
}

/**
 * Replace the matches of a link pattern that do not start inside a code span; a link's own label
 * may hold code (``[`x`](y.md)``), so the line is not split at code spans first.
 */
export function linksOutsideCode(
  line: string,
  pattern: RegExp,
  apply: (match: string, ...groups: string[]) => string,
): string {
  const spans = [...line.matchAll(/(`+)[^`]*?\1/g)].map((m) => [m.index, m.index + m[0].length]);
  return line.replace(pattern, (match: string, ...rest: unknown[]) => {
    // A replacer's arguments end with the match's offset (a number), then the whole string.
    const at = rest.find((r): r is number => typeof r === 'number') ?? 0;
    if (spans.some(([from, to]) => at > from! && at < to!)) return match;
    return apply(match, ...rest.filter((r): r is string => typeof r === 'string'));
  });
}

/** Rewrite one Markdown body. Pure: the caller supplies how links resolve. */
export function transformBody(body: string, ctx: BodyContext): BodyResult {
  const findings: Finding[] = [];
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  const sourceLines: number[] = [];
  let inFence: string | undefined;
  let inComment = false;
  let heading: string | undefined;
  let level = 7;
  let paragraph: string[] | undefined;
  let paragraphDone = false;
  /** The raw-text element (`script`, `style`) whose lines are being passed through. */
  let rawBlock: string | undefined;
  // A paragraph that is no prose (the source file's own link, an `import` line) is passed over
  // for the next one.
  const endParagraph = () => {
    if (!paragraph) return;
    if (isProse(paragraph)) paragraphDone = true;
    else paragraph = undefined;
  };
  let droppedTitle = false;
  let prevBlank = true;
  let inList = false;
  let inIndented = false;
  /** Open containers, innermost last: a callout quotes its lines, details and others do not. */
  const containers: { kind: 'quote' | 'details' | 'drop'; indent: string }[] = [];
  const anchors: AnchorAlias[] = [];
  let pendingAnchors: string[] = [];
  const conversions: Conversions = { callouts: 0, details: 0, headingIds: 0, anchors: 0 };

  lines.forEach((raw, index) => {
    const lineNo = ctx.firstLine + index;
    // Lines of a callout are quoted after the container's own indentation (it may sit in a list).
    const emit = (text: string, stack = containers) => {
      const quotes = stack.filter((c) => c.kind === 'quote');
      if (!quotes.length) out.push(text);
      else {
        const { indent } = quotes[0]!;
        const marks = '> '.repeat(quotes.length);
        const rest = text.startsWith(indent) ? text.slice(indent.length) : text.trimStart();
        out.push(rest.trim() === '' ? `${indent}${marks.trimEnd()}` : `${indent}${marks}${rest}`);
      }
      sourceLines.push(lineNo);
    };
    const note = (kind: FindingKind, text: string) =>
      findings.push({ kind, file: ctx.file, line: lineNo, text: short(text) });

    // Fences are tracked here rather than with fencedLines(): HTML comments and indented code
    // blocks, followed below, can hide a fence line.
    const open = fenceMarker(raw);
    const includes = () => {
      for (const m of raw.matchAll(include)) note('include', m[0]);
    };
    if (inFence) {
      if (closesFence(raw, inFence)) inFence = undefined;
      includes();
      prevBlank = false;
      emit(raw);
      return;
    }
    if (inComment) {
      if (raw.includes('-->')) inComment = false;
      emit(raw);
      return;
    }

    // Indented code blocks (four spaces after a blank line, outside a list) are code as well.
    const indent = /^( {4}|\t)/.test(raw);
    if (raw.trim() === '') {
      prevBlank = true;
    } else {
      if (inIndented && indent) {
        emit(raw);
        return;
      }
      inIndented = false;
      const code = indent && prevBlank && !inList;
      if (/^\s{0,3}([*+-]|\d+[.)])\s/.test(raw)) inList = true;
      else if (!/^\s/.test(raw) && prevBlank) inList = false;
      prevBlank = false;
      if (code || open) {
        if (open) inFence = open;
        else inIndented = true;
        endParagraph();
        // The highlighter knows `sql`, not `SQL`.
        emit(
          open
            ? raw.replace(
                /^([\s>]*(?:`{3,}|~{3,})\s*)([\w+#-]+)/,
                (_, f: string, lang: string) => f + lang.toLowerCase(),
              )
            : raw,
        );
        return;
      }
    }

    // VitePress and VuePress containers: `::: tip 标题` … `:::`, nested with more colons.
    const box = open ? null : container.exec(raw);
    if (
      box &&
      (box[1]!.length <= 3 || inList) &&
      (box[3] || containers.length) &&
      !(box[3] === '' && box[4])
    ) {
      endParagraph();
      prevBlank = true;
      const indent = box[1]!;
      if (!box[3]) {
        const closed = containers.pop();
        if (closed?.kind === 'quote') emit('');
        if (closed?.kind === 'details') {
          emit(indent);
          emit(`${indent}</details>`);
          emit('');
        }
        return;
      }
      const name = box[3].toLowerCase();
      // `::: tip 标题 {#id}`: the id names the box; links to it are kept.
      const idAt = /\s*\{#([\w-]+)\}\s*$/.exec(box[4] ?? '');
      const title = idAt ? box[4]!.slice(0, idAt.index) : (box[4] ?? '');
      const kind = containerCallouts[name];
      if (kind) {
        emit(`${indent}> [!${kind}]${title ? ` ${title}` : ''}`);
        containers.push({ kind: 'quote', indent });
        conversions.callouts++;
      } else if (name === 'details') {
        const summary = title || (ctx.locale === 'en' ? 'Details' : '详细信息');
        emit(`${indent}<details>`);
        emit(`${indent}<summary>${summary.replace(/</g, '&lt;')}</summary>`);
        emit('');
        containers.push({ kind: 'details', indent });
        conversions.details++;
      } else {
        note('container', raw);
        containers.push({ kind: 'drop', indent });
      }
      if (idAt) {
        const id = `user-content-${idAt[1]}`;
        anchors.push({ name: idAt[1]!, id });
        emit(`${indent}<a id="${id}"></a>`);
      }
      return;
    }

    includes();
    // `<a name="…"></a>` alone on a line: it names the heading below it (the usual way to keep an
    // old anchor working), so links to it go to that heading.
    if (anchorOnly.test(raw)) {
      for (const m of raw.matchAll(anchorTag)) pendingAnchors.push(m[1]!);
      conversions.anchors += [...raw.matchAll(anchorTag)].length;
      return;
    }

    let line = raw;
    if (line.includes('<!--')) {
      const start = line.indexOf('<!--');
      note(placeholderComment.test(line) ? 'placeholder' : 'html-comment', line.slice(start));
      if (!line.slice(start).includes('-->')) inComment = true;
    }
    // Anchors inside a line keep working as raw anchors, with the id the page will give them.
    line = outsideCode(line, (text) =>
      text.replace(anchorTag, (_, name: string) => {
        const id = name.startsWith('user-content-') ? name : `user-content-${name}`;
        anchors.push({ name, id });
        conversions.anchors++;
        return `<a id="${id}"></a>`;
      }),
    );
    line = outsideCode(line, (text) => {
      let t = text.replace(shortcode, (m) => {
        note('shortcode', m);
        return '';
      });
      t = t.replace(variable, (m, name: string) => {
        const value = ctx.vars[name];
        if (value !== undefined) return value;
        note('variable', m);
        return m;
      });
      t = t.replace(wikiLink, (m, target: string, label: string | undefined) => {
        note('wiki-link', m);
        return (label ?? target).trim();
      });
      t = t.replace(component, (m) => {
        note('component', m);
        return '';
      });
      return t;
    });
    // An `<img>` whose alt holds backticks would be cut by the code-span split above.
    line = linksOutsideCode(line, htmlImage, (m, src) => {
      if (/^(https?:)?\/\//.test(src)) return m;
      note('image', m);
      return altOf(m);
    });
    line = linksOutsideCode(line, link, (m, bang, label, target) => {
      if (bang) {
        if (/^(https?:)?\/\//.test(target)) return m;
        note('image', m);
        return label;
      }
      const where = ctx.resolve(target);
      if (where.kind === 'keep') return m;
      if (where.kind === 'article') return `[${label}](${where.href})`;
      note(where.kind === 'asset' ? 'asset-not-imported' : 'link-not-imported', m);
      return label;
    });
    const def = definition.exec(line);
    if (def && !/^\s{0,3}\[\^/.test(line)) {
      const where = ctx.resolve(def[2]!);
      if (where.kind === 'article') line = `${def[1]}${where.href}${def[3] ?? ''}`;
      else if (where.kind !== 'keep') {
        note(where.kind === 'asset' ? 'asset-not-imported' : 'link-not-imported', line);
        line = '';
      }
    }
    // A line that held only removed syntax (a shortcode, a component tag) goes entirely, so it
    // leaves no stray blank lines or indentation behind.
    if (line.trim() === '' && raw.trim() !== '') {
      endParagraph();
      return;
    }

    let atx = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (atx) {
      // `## 标题 @anchor` → `## 标题 {#anchor}`; `{#id}` is the site's own syntax and stays.
      const suffix = /\s+@([A-Za-z][\w-]*)\s*$/.exec(line);
      if (suffix) line = `${line.slice(0, suffix.index)} {#${suffix[1]}}`;
      if (suffix || /\{\s*#[\w-]+[^}]*\}\s*$/.test(line)) conversions.headingIds++;
      atx = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line)!;
    }
    if (!atx && pendingAnchors.length && line.trim() !== '') {
      // Anchors above something other than a heading stay where they were, as raw anchors.
      const ids = pendingAnchors.map((name) =>
        name.startsWith('user-content-') ? name : `user-content-${name}`,
      );
      pendingAnchors.forEach((name, i) => anchors.push({ name, id: ids[i]! }));
      line = line.replace(
        /^(\s*(?:[>*+-]\s+|\d+[.)]\s+)?)/,
        (lead: string) => `${lead}${ids.map((id) => `<a id="${id}"></a>`).join('')}`,
      );
      pendingAnchors = [];
    }
    if (atx) {
      const depth = atx[1]!.length;
      const text = stripHeadingSuffix(atx[2]!);
      if (depth < level) {
        level = depth;
        heading = plainText(text);
      }
      // The page prints the title as its only h1: a leading `# Title` would say it twice.
      if (depth === 1 && !droppedTitle && out.every((l) => l.trim() === '')) {
        droppedTitle = true;
        out.length = 0;
        sourceLines.length = 0;
        for (const a of anchors) if (a.headingLine !== undefined) a.headingLine = -1;
        for (const name of pendingAnchors) anchors.push({ name, headingLine: -1 });
        // The title's own id: links to it open the page at its top.
        const own = /\{\s*#([\w-]+)[^}]*\}\s*$/.exec(line)?.[1];
        if (own) anchors.push({ name: own, headingLine: -1 });
        pendingAnchors = [];
        return;
      }
      endParagraph();
      for (const name of pendingAnchors) anchors.push({ name, headingLine: out.length });
      pendingAnchors = [];
      emit(line);
      return;
    }
    // A `<script>` or `<style>` block (VitePress's `<script setup>`) holds code, never the summary.
    const opensRaw = /^\s*<(script|style)\b/i.exec(line);
    if (opensRaw || rawBlock) {
      rawBlock ??= opensRaw![1]!.toLowerCase();
      if (new RegExp(`</${rawBlock}\\s*>`, 'i').test(line)) rawBlock = undefined;
      emit(line);
      return;
    }
    if (!paragraphDone && !containers.length) {
      const trimmed = line.trim();
      if (trimmed === '') {
        endParagraph();
      } else if (paragraph) {
        paragraph.push(trimmed);
      } else if (!/^(>|\||<|!\[|[*+-]\s|\d+[.)]\s|\[\^?[^\]]*\]:|-{3,}|\*{3,})/.test(trimmed)) {
        paragraph = [trimmed];
      }
    }
    emit(line);
  });

  const text = paragraph && isProse(paragraph) ? plainText(paragraph.join(' ')) : '';
  const lead = out.findIndex((l) => l.trim() !== '');
  const from = lead < 0 ? out.length : lead;
  for (const name of pendingAnchors) {
    // Anchors at the very end of the page: they lead to its end, kept as raw anchors.
    const id = `user-content-${name}`;
    anchors.push({ name, id });
    out.push(`<a id="${id}"></a>`);
    sourceLines.push(ctx.firstLine + lines.length - 1);
  }
  for (const a of anchors)
    if (a.headingLine !== undefined && a.headingLine >= 0) a.headingLine -= from;
  return {
    body: out.slice(from).join('\n'),
    sourceLines: sourceLines.slice(from),
    findings,
    heading: heading || undefined,
    paragraph: text || undefined,
    anchors,
    conversions,
  };
}
