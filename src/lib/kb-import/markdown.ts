/**
 * The body of an imported page: links rewritten between the imported files, syntax from other
 * docs tools removed or kept as text, and every such thing recorded with its line. Works line by
 * line and leaves fenced code untouched: what looks like a shortcode inside a code sample is code.
 */
import { closesFence, fenceMarker } from '../markdown/fences.ts';

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
};

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
  let droppedTitle = false;
  let prevBlank = true;
  let inList = false;
  let inIndented = false;

  lines.forEach((raw, index) => {
    const lineNo = ctx.firstLine + index;
    const emit = (text: string) => {
      out.push(text);
      sourceLines.push(lineNo);
    };
    const note = (kind: FindingKind, text: string) =>
      findings.push({ kind, file: ctx.file, line: lineNo, text: short(text) });

    // Fences are tracked here rather than with fencedLines(): HTML comments and indented code
    // blocks, followed below, can hide a fence line.
    const open = fenceMarker(raw);
    if (inFence) {
      if (closesFence(raw, inFence)) inFence = undefined;
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
        if (paragraph) paragraphDone = true;
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

    let line = raw;
    if (line.includes('<!--')) {
      const start = line.indexOf('<!--');
      note('html-comment', line.slice(start));
      if (!line.slice(start).includes('-->')) inComment = true;
    }
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
      t = t.replace(htmlImage, (m, src: string) => {
        if (/^(https?:)?\/\//.test(src)) return m;
        note('image', m);
        return altOf(m);
      });
      return t;
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
      if (paragraph) paragraphDone = true;
      return;
    }

    const atx = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (atx) {
      const depth = atx[1]!.length;
      if (depth < level) {
        level = depth;
        heading = plainText(atx[2]!.replace(/\s*\{#[\w-]+\}\s*$/, ''));
      }
      // The page prints the title as its only h1: a leading `# Title` would say it twice.
      if (depth === 1 && !droppedTitle && out.every((l) => l.trim() === '')) {
        droppedTitle = true;
        out.length = 0;
        sourceLines.length = 0;
        return;
      }
      if (paragraph) paragraphDone = true;
      emit(line);
      return;
    }
    if (!paragraphDone) {
      const trimmed = line.trim();
      if (trimmed === '') {
        if (paragraph) paragraphDone = true;
      } else if (paragraph) {
        paragraph.push(trimmed);
      } else if (!/^(>|\||<|!\[|[*+-]\s|\d+[.)]\s|\[\^?[^\]]*\]:|-{3,}|\*{3,})/.test(trimmed)) {
        paragraph = [trimmed];
      }
    }
    emit(line);
  });

  const text = paragraph ? plainText(paragraph.join(' ')) : '';
  const lead = out.findIndex((l) => l.trim() !== '');
  const from = lead < 0 ? out.length : lead;
  return {
    body: out.slice(from).join('\n'),
    sourceLines: sourceLines.slice(from),
    findings,
    heading: heading || undefined,
    paragraph: text || undefined,
  };
}
