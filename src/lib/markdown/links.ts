import GithubSlugger from 'github-slugger';
import { posix } from 'node:path';
import { fencedLines } from './fences.ts';

/** A link or image written in an article's Markdown body. */
export interface BodyLink {
  kind: 'link' | 'image';
  href: string;
  /** 0-based line within the body, 1-based column. */
  lineIndex: number;
  column: number;
}

/**
 * The body's lines with fenced code blocks and inline code blanked, so nothing inside them counts
 * as a link. Line numbers and columns stay those of the body.
 */
export function proseLines(body: string): string[] {
  const lines = body.split(/\r\n|\r|\n/);
  const fenced = fencedLines(lines);
  // Keep columns: replace code spans by spaces of the same length.
  return lines.map((line, i) =>
    fenced[i] ? '' : line.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length)),
  );
}

const inline =
  /(!?)\[((?:[^\]\\]|\\.)*)\]\(\s*<?([^()\s<>]+(?:\([^()\s]*\)[^()\s<>]*)*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const reference = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/;
const htmlImage = /<img\b[^>]*?\bsrc=["']([^"']+)["']/g;

/** Every Markdown link, image and `<img src>` in a body, outside code. */
export function extractLinks(body: string): BodyLink[] {
  const links: BodyLink[] = [];
  proseLines(body).forEach((line, lineIndex) => {
    const ref = reference.exec(line);
    if (ref)
      links.push({ kind: 'link', href: ref[1]!, lineIndex, column: line.indexOf(ref[1]!) + 1 });
    for (const m of line.matchAll(inline)) {
      links.push({
        kind: m[1] ? 'image' : 'link',
        href: m[3]!,
        lineIndex,
        column: (m.index ?? 0) + 1,
      });
    }
    for (const m of line.matchAll(htmlImage)) {
      links.push({ kind: 'image', href: m[1]!, lineIndex, column: (m.index ?? 0) + 1 });
    }
  });
  return links;
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Text with the HTML entities Markdown and built pages use decoded (named and numeric). */
export const decodeEntities = (text: string): string =>
  text.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi,
    (whole, dec?: string, hex?: string, name?: string) =>
      dec
        ? String.fromCodePoint(Number(dec))
        : hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : (entities[name!.toLowerCase()] ?? whole),
  );

/**
 * A heading's text as the rendered page shows it (what Astro's slugger sees): inline markup gone,
 * link text kept, code spans literal (`a_b`, `<option>`), `_` emphasis only at word edges.
 */
export function headingText(raw: string): string {
  const text = raw
    .replace(/\s+#+\s*$/, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  // Code spans are literal: `<option>` or `a_b` inside backticks is text, not markup.
  return text
    .split(/(`+)(.+?)\1/)
    .map((part, i) => {
      if (i % 3 === 1) return '';
      if (i % 3 === 2) return part.trim() || part;
      return (
        part
          .replace(/<[^>]+>/g, '')
          .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
          .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, '$1')
          // `_` emphasises only at word edges: tidb_gc_life_time keeps its underscores.
          .replace(/(^|[^\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
          .replace(/~~(.+?)~~/g, '$1')
          .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
          .replace(/&[#\w]+;/g, (entity) => decodeEntities(entity))
      );
    })
    .join('')
    .trim();
}

/**
 * A body's headings as Astro gives them: depth, text and id (github-slugger over each heading's
 * text, one slugger per document, so a repeated heading gets `-1`, `-2`). ATX headings only
 * (`## …`), outside code.
 */
export function bodyHeadings(
  body: string,
): { depth: number; text: string; id: string; line: number }[] {
  const slugger = new GithubSlugger();
  const out: { depth: number; text: string; id: string; line: number }[] = [];
  // Code spans stay: their text is part of the id.
  const lines = body.split(/\r\n|\r|\n/);
  const fenced = fencedLines(lines);
  for (const [i, line] of lines.entries()) {
    if (fenced[i]) continue;
    const m = /^\s{0,3}(#{1,6})\s+(.*)$/.exec(line);
    if (!m) continue;
    const { text: raw, id } = headingAttributes(m[2]!);
    const text = headingText(raw);
    // An id written by hand is used as it is and, as in Astro, does not advance the slugger.
    out.push({ depth: m[1]!.length, text, id: id ?? slugger.slug(text), line: i });
  }
  return out;
}

/** The ids Astro gives a body's headings (see bodyHeadings). */
export const headingIds = (body: string): string[] => bodyHeadings(body).map((h) => h.id);

/** {@link headingIds} keyed by the 0-based line of each heading. */
export const headingIdsByLine = (body: string): Map<number, string> =>
  new Map(bodyHeadings(body).map((h) => [h.line, h.id]));

/** The prefix the sanitiser gives raw-HTML ids and names (sanitize.ts), as GitHub does. */
export const rawIdPrefix = 'user-content-';

/**
 * Every id a link can reach on the built page: the headings' ids and the ids of raw
 * `<a id="…">`/`<a name="…">`/`<span id="…">` anchors, written as the page has them (`user-content-…`, the prefix
 * that keeps them from shadowing the page's own elements).
 */
export function anchorIds(body: string): string[] {
  const ids = headingIds(body);
  for (const line of proseLines(body)) {
    for (const m of line.matchAll(/<(?:a|span)\s[^>]*?\b(?:id|name)\s*=\s*["']([^"']+)["']/gi)) {
      const id = m[1]!;
      ids.push(id.startsWith(rawIdPrefix) ? id : rawIdPrefix + id);
    }
  }
  return ids;
}

/**
 * A heading's trailing attribute block (`## 退款时效 {#refund-time}`, `{ #id .class }`), which
 * the site's Markdown reads (Sätteri's `headingAttributes`): the text without it and its id.
 */
export function headingAttributes(raw: string): { text: string; id: string | undefined } {
  const m = /\s*\{\s*((?:[#.][\w-]+\s*)+)\}\s*$/.exec(raw);
  if (!m) return { text: raw, id: undefined };
  const id = /#([\w-]+)/.exec(m[1]!)?.[1];
  return { text: raw.slice(0, m.index), id };
}

/** Whether a link leaves the site or is not a path at all (mailto:, tel:, //host, https:). */
export const isExternal = (href: string): boolean => /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(href);

/** Split `path#hash` (a query is dropped: content files have none). */
export function splitHref(href: string): { path: string; hash: string } {
  const hashAt = href.indexOf('#');
  const path = hashAt < 0 ? href : href.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : href.slice(hashAt + 1);
  let decoded = path.replace(/\?.*$/, '');
  try {
    decoded = decodeURI(decoded);
  } catch {
    // Keep it as written; the existence check will name it.
  }
  return { path: decoded, hash };
}

/** Resolve a relative link from a file (both project-relative, forward slashes). */
export const resolveFrom = (file: string, path: string): string =>
  posix.normalize(posix.join(posix.dirname(file), path));

/** Where an article's source file sits: `content/kb/<locale>/<category>/<slug>.md|mdx`. */
export interface ArticlePath {
  /** As written in the path; whether it is a site locale is for the caller to check. */
  locale: string;
  category: string;
  slug: string;
  ext: 'md' | 'mdx';
}

const articleSource = /^content\/kb\/([^/]+)\/([^/]+)\/([^/]+)\.(md|mdx)$/;

/**
 * The locale, category folder and slug of an article's source file (project-relative, forward
 * slashes), or undefined when the path is not where articles live. The one rule for the check,
 * the health report and the scaffolder.
 */
export function parseArticlePath(path: string): ArticlePath | undefined {
  const m = articleSource.exec(path);
  return m
    ? { locale: m[1]!, category: m[2]!, slug: m[3]!, ext: m[4] as ArticlePath['ext'] }
    : undefined;
}

/** The site path of an article's source file, or undefined when it is not one. */
export function articleSitePath(file: string): string | undefined {
  const a = parseArticlePath(file);
  return a ? `/${a.locale}/kb/${a.category}/${a.slug}/` : undefined;
}

/** Whether an href points at a Markdown source file, e.g. `../returns/x.md#step-2`. */
export const isMarkdownLink = (href: string): boolean =>
  !isExternal(href) && !href.startsWith('/') && /\.(md|mdx)$/i.test(splitHref(href).path);

/** Image extensions a link may point at as a file. */
export const isImagePath = (path: string): boolean =>
  /\.(png|jpe?g|gif|svg|webp|avif|ico|bmp)$/i.test(path);
