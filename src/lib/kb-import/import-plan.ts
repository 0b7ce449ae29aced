import { posix } from 'node:path';
import { Document, isSeq, visit } from 'yaml';
import { articleLangs, articleTypes, audiences, statuses, tiers } from '../../schemas/article.ts';
import type { ArticleType, Tier } from '../../schemas/article.ts';
import type { Category } from '../../schemas/category.ts';
import type { Locale } from '../../schemas/localized.ts';
import { readFrontMatter } from '../diagnostics/front-matter.ts';
import { isExternal, resolveFrom, splitHref } from '../markdown/links.ts';
import { fixAnchors, type PageAnchors } from './anchors.ts';
import {
  genericTitles,
  stripHeadingSuffix,
  type Conversions,
  plainText,
  transformBody,
  withoutTitleHeading,
  type BodyResult,
  type Finding,
  type LinkTarget,
} from './markdown.ts';
import { detectScript } from './script.ts';
import { assignSlugs, categoryIdFrom, humanize, slugifyName } from './slug.ts';
import { isTocFile, parseToc, type TocEntry } from './toc.ts';
import { anchorIds, headingIdsByLine } from '../markdown/links.ts';

/** One file of the corpus being imported; `path` is relative to the folder or archive root. */
export interface SourceDoc {
  path: string;
  text: string;
  /**
   * Why the file's text could not be read (not UTF-8, binary, too large), in the check's words;
   * such a file is skipped with this reason rather than imported garbled.
   */
  unreadable?: string | undefined;
}

export interface ImportOptions {
  locale: Locale;
  tier: Tier;
  /** Fixed type; otherwise the source's own valid `type`, `faq` for FAQ pages, else `guide`. */
  type?: ArticleType | undefined;
  /** Put every article in this category. */
  category?: string | undefined;
  /** `folder`: the top folder names the category; files at the root go to `defaultCategory`. */
  categoryFrom?: 'folder' | undefined;
  defaultCategory: string;
  audience: (typeof audiences)[number];
  owner: string;
  /** YYYY-MM-DD: `reviewed` for pages that carry no usable date. */
  today: string;
  reviewEvery: number;
  /** Values for `{{{ .name }}}` template variables. */
  vars: Readonly<Record<string, string>>;
  /**
   * Site paths the source's links start with, meaning its own root: `/docs/{{version}}/` (any
   * `{{…}}` matches one path segment, or the literal placeholder the source writes).
   */
  linkPrefixes?: readonly string[] | undefined;
}

/** What the target project already holds. */
export interface ProjectState {
  /** Articles already there: project-relative path and translation key. */
  articles: readonly { path: string; translationKey?: string | undefined }[];
  categories: readonly Category[];
}

export interface PlannedFile {
  source: string;
  /** Project-relative path, `content/kb/<locale>/<category>/<slug>.md`. */
  path: string;
  content: string;
  title: string;
  derived: ('title' | 'summary')[];
}

export interface ImportPlan {
  files: PlannedFile[];
  skipped: { source: string; target?: string; reason: string }[];
  categoriesCreated: Category[];
  findings: Finding[];
  stats: ImportStats;
}

/** What was carried over in the site's own syntax, counted (the report's second part). */
export interface ImportStats extends Conversions {
  /** `_sidebar.md` / `SUMMARY.md` read for titles and order. */
  tocFiles: number;
  /** Titles taken from a table of contents. */
  tocTitles: number;
  /** Generic titles (介绍, Overview) given their section's name. */
  genericTitles: number;
  /** Pages marked `lang: zh-Hant` (Traditional text in the Simplified locale). */
  traditional: number;
  /** Links with a `#anchor` between imported pages (the page itself included). */
  anchorLinks: { kept: number; dropped: number };
  /** Links that started with a `--link-prefix` and now point at an imported page. */
  prefixedLinks: number;
}

const markdownFile = /\.(md|markdown)$/i;
const indexNames = ['_index.md', 'index.md', 'README.md', 'readme.md'];
// Keys read on purpose; every other key is reported as ignored.
const mappedKeys = new Set([
  'title',
  'summary',
  'description',
  'tags',
  'keywords',
  'categories',
  'category',
  'draft',
  'date',
  'lastmod',
  'updated',
  'aliases',
  'tier',
  'type',
  'owner',
  'audience',
  'status',
  'reviewed',
  'reviewEvery',
  'lang',
  'translationKey',
]);

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);
const words = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,，]/) : [])
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .map((v) => String(v).trim())
    .filter(Boolean);
const isoDay = (value: unknown): string | undefined => {
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return undefined;
};

/** At most `max` characters, cut at a sentence end where one is close enough. */
export function shortenSummary(text: string, max = 160): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const end = Math.max(...[...'。！？；.!?;'].map((p) => head.lastIndexOf(p)));
  return end >= 40 ? head.slice(0, end + 1) : `${head.slice(0, max - 1).trimEnd()}…`;
}

/** The target of a link, seen from the file `from`. */
export function resolveLink(
  from: string,
  target: string,
  imported: ReadonlyMap<string, string>,
  assets: ReadonlySet<string>,
  prefixes: readonly RegExp[] = [],
): LinkTarget {
  if (!target || target.startsWith('#') || isExternal(target)) return { kind: 'keep' };
  const prefixed = prefixes.find((p) => p.test(target));
  if (prefixed) target = `/${target.replace(prefixed, '')}`;
  // The same reading of a link as the check's: query dropped, escapes decoded where valid.
  const { path: written, hash } = splitHref(target);
  // VitePress and mdBook pages link each other by their `.html` address.
  const path = written.replace(/\.html?$/i, '');
  // `/…` means the corpus' own root.
  const joined = path.startsWith('/') ? posix.normalize(path.slice(1)) : resolveFrom(from, path);
  const base = joined.replace(/\/+$/, '');
  if (base.startsWith('../') || base === '..') return { kind: 'missing' };
  const candidates = [base, `${base}.md`, ...indexNames.map((n) => `${base}/${n}`)];
  const hit = candidates.find((c) => imported.has(c));
  const fromOut = imported.get(from);
  if (hit && fromOut) {
    const rel = posix.relative(posix.dirname(fromOut), imported.get(hit)!);
    return { kind: 'article', href: `${rel}${hash ? `#${hash}` : ''}` };
  }
  return candidates.some((c) => assets.has(c)) ? { kind: 'asset' } : { kind: 'missing' };
}

/**
 * `--link-prefix /docs/{{version}}/` as a pattern: `{{…}}` stands for one path segment (the
 * literal placeholder included); the prefix must be followed by the rest of the path.
 */
export function linkPrefixPattern(prefix: string): RegExp {
  const trimmed = `/${prefix.replace(/^\/+|\/+$/g, '')}/`;
  const source = trimmed
    .split(/(\{\{[^}]*\}\})/)
    .map((part, i) => (i % 2 ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}`);
}

/** `介绍` in the section “队列” → `队列：介绍`; `Overview` in “Queues” → `Queues: Overview`. */
export function withContext(title: string, context: string | undefined): string {
  if (!context || context === title || context.includes(title)) return title;
  return /[\p{Script=Han}]/u.test(title + context)
    ? `${context}：${title}`
    : `${context}: ${title}`;
}

/** A source page read and placed: its front matter, body and the category it goes to. */
interface ParsedPage {
  doc: SourceDoc;
  front: ReturnType<typeof readFrontMatter>;
  data: Record<string, unknown>;
  body: string;
  category: string;
  topFolder: string | undefined;
}

type Draft = Omit<PlannedFile, 'content'> & { head: string; body: BodyResult };

/** What drafting one article needs besides the page, and what it adds to. */
interface DraftContext {
  options: ImportOptions;
  /** Source path → target path of every page imported. */
  target: Map<string, string>;
  assets: Set<string>;
  /** translationKeys taken in the locale so far. */
  usedKeys: Set<string>;
  /** A folder's index page's title, for the category it becomes. */
  folderTitles: Map<string, string>;
  findings: Finding[];
  /** Each page's entry in a table of contents, by source path. */
  toc: ReadonlyMap<string, TocEntry>;
  /** Titles of folders' index pages as written (front matter or first heading), by folder. */
  indexTitles: ReadonlyMap<string, string>;
  prefixes: readonly RegExp[];
  stats: ImportStats;
}

/**
 * Plan an import: which files to write where, with what front matter and body, which categories
 * to declare, and everything that could not be carried over. Pure; the caller reads and writes.
 */
export function planImport(
  docs: readonly SourceDoc[],
  options: ImportOptions,
  project: ProjectState,
): ImportPlan {
  const findings: Finding[] = [];
  const { skipped, assets, pages, tocs } = sortSources(docs);
  const toc = new Map<string, TocEntry>();
  for (const t of tocs)
    for (const entry of parseToc(t.path, t.text))
      if (!toc.has(entry.path)) toc.set(entry.path, entry);
  const inOrder = (p: { path: string }) => toc.get(p.path)?.order ?? Number.MAX_SAFE_INTEGER;
  // Pages in the book's reading order, the rest after them in path order.
  pages.sort((a, b) => inOrder(a) - inOrder(b));
  const parsed = pages.map((doc) => parsePage(doc, options, findings));
  const { target, existingPaths, usedKeys } = targetPaths(parsed, options, project);
  const stats: ImportStats = {
    callouts: 0,
    details: 0,
    headingIds: 0,
    anchors: 0,
    tocFiles: tocs.length,
    tocTitles: 0,
    genericTitles: 0,
    traditional: 0,
    anchorLinks: { kept: 0, dropped: 0 },
    prefixedLinks: 0,
  };
  const context: DraftContext = {
    options,
    target,
    assets,
    usedKeys,
    folderTitles: new Map(),
    findings,
    toc,
    indexTitles: indexTitles(parsed),
    prefixes: (options.linkPrefixes ?? []).map(linkPrefixPattern),
    stats,
  };
  const drafts: Draft[] = [];
  for (const p of parsed) {
    const path = target.get(p.doc.path)!;
    if (existingPaths.has(path)) {
      skipped.push({
        source: p.doc.path,
        target: path,
        reason: 'an article already exists there; it was left as it is',
      });
      continue;
    }
    drafts.push(draftArticle(p, path, context));
  }
  const files = finishAnchors(orderRelated(drafts, toc), findings, stats);
  const categoriesCreated = newCategories(files, parsed, options, project, context.folderTitles);
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { files, skipped, categoriesCreated, findings, stats };
}

/** The title a folder's index page gives itself, for the pages of that folder. */
function indexTitles(parsed: readonly ParsedPage[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const p of parsed) {
    if (!indexNames.includes(posix.basename(p.doc.path))) continue;
    const own = typeof p.data['title'] === 'string' ? p.data['title'].trim() : '';
    const heading = /^\s{0,3}#\s+(.+?)\s*#*\s*$/m.exec(p.body)?.[1];
    const title = own || (heading ? plainText(stripHeadingSuffix(heading)) : '');
    if (title) titles.set(posix.dirname(p.doc.path), title);
  }
  return titles;
}

/**
 * A table of contents' reading order, kept on the site: each page lists the next page and the
 * previous one first among its related articles.
 */
function orderRelated(drafts: Draft[], toc: ReadonlyMap<string, TocEntry>): Draft[] {
  const listed = drafts.filter((d) => toc.has(d.source));
  listed.forEach((d, i) => {
    const slug = (x: Draft | undefined) => (x ? posix.basename(x.path, '.md') : undefined);
    const around = [slug(listed[i + 1]), slug(listed[i - 1])].filter(
      (s): s is string => s !== undefined,
    );
    if (!around.length) return;
    d.head = d.head.replace(
      /^translationKey:/m,
      `related: [${around.join(', ')}]\ntranslationKey:`,
    );
  });
  return drafts;
}

/** Sources in path order, split into pages and assets; unreadable and MDX files are skipped. */
function sortSources(docs: readonly SourceDoc[]) {
  const skipped: ImportPlan['skipped'] = [];
  const all = [...docs].sort((a, b) => a.path.localeCompare(b.path));
  for (const d of all) {
    if (d.unreadable !== undefined) skipped.push({ source: d.path, reason: d.unreadable });
    else if (/\.mdx$/i.test(d.path))
      skipped.push({ source: d.path, reason: 'MDX is not imported: convert it to Markdown first' });
  }
  const sorted = all.filter((d) => d.unreadable === undefined);
  const assets = new Set(sorted.filter((d) => !markdownFile.test(d.path)).map((d) => d.path));
  const tocs = sorted.filter((d) => markdownFile.test(d.path) && isTocFile(d.path));
  for (const t of tocs)
    skipped.push({
      source: t.path,
      reason: 'table of contents: read for titles, sections and order, not imported as an article',
    });
  const pages = sorted.filter((d) => markdownFile.test(d.path) && !isTocFile(d.path));
  return { skipped, assets, pages, tocs };
}

/** One page's front matter (invalid YAML is a finding), body and category. */
function parsePage(doc: SourceDoc, options: ImportOptions, findings: Finding[]): ParsedPage {
  const front = readFrontMatter(doc.text);
  if (front?.yamlErrors.length) {
    for (const e of front.yamlErrors)
      findings.push({
        kind: 'front-matter-value',
        file: doc.path,
        line: e.line,
        text: `invalid YAML: ${e.message}`,
      });
  }
  const data = front && !front.yamlErrors.length ? front.data : {};
  const body = front ? front.body : doc.text.replace(/^\uFEFF/, '');
  const topFolder = doc.path.includes('/') ? doc.path.split('/')[0]! : undefined;
  const fromMatter = words(data['category'])[0] ?? words(data['categories'])[0];
  const category =
    options.category ??
    (options.categoryFrom === 'folder'
      ? topFolder
        ? categoryIdFrom(topFolder)
        : options.defaultCategory
      : fromMatter
        ? categoryIdFrom(fromMatter)
        : options.defaultCategory);
  return { doc, front, data, body, category, topFolder };
}

/**
 * Where each page goes. Slugs are unique per locale, across categories, as the site's addresses
 * require; a page whose path already holds an article keeps that path (and is skipped).
 */
function targetPaths(parsed: readonly ParsedPage[], options: ImportOptions, project: ProjectState) {
  const slugs = assignSlugs(parsed.map((p) => p.doc.path));
  const existingPaths = new Set(project.articles.map((a) => a.path));
  const prefix = `content/kb/${options.locale}/`;
  const existingSlugs = new Set(
    project.articles
      .filter((a) => a.path.startsWith(prefix))
      .map((a) => posix.basename(a.path).replace(/\.mdx?$/, '')),
  );
  const usedKeys = new Set(
    project.articles
      .filter((a) => a.path.startsWith(prefix))
      .map((a) => a.translationKey)
      .filter((key): key is string => Boolean(key)),
  );
  const target = new Map<string, string>();
  const usedSlugs = new Set<string>();
  for (const p of parsed) {
    const first = slugs.get(p.doc.path)!;
    let path = `${prefix}${p.category}/${first}.md`;
    if (!existingPaths.has(path)) {
      let slug = first;
      for (let n = 2; existingSlugs.has(slug) || usedSlugs.has(slug); n++) slug = `${first}-${n}`;
      path = `${prefix}${p.category}/${slug}.md`;
    }
    usedSlugs.add(posix.basename(path, '.md'));
    target.set(p.doc.path, path);
  }
  return { target, existingPaths, usedKeys };
}

/** One article: title and summary (derived when missing), front matter mapped, body rewritten. */
function draftArticle(p: ParsedPage, path: string, context: DraftContext): Draft {
  const { options, target, assets, usedKeys, folderTitles, findings, stats } = context;
  const { doc, data, front } = p;
  const firstLine = front ? front.bodyLine : 1;
  const transformed = transformBody(p.body, {
    file: doc.path,
    locale: options.locale,
    firstLine,
    resolve: (t) => {
      const where = resolveLink(doc.path, t, target, assets, context.prefixes);
      if (where.kind === 'article' && context.prefixes.some((r) => r.test(t)))
        stats.prefixedLinks++;
      return where;
    },
    vars: options.vars,
  });
  for (const key of ['callouts', 'details', 'headingIds', 'anchors'] as const)
    stats[key] += transformed.conversions[key];
  const fill = (text: string) =>
    text.replace(/\{\{\{\s*\.?([\w-]+)\s*\}\}\}/g, (m, name: string) => options.vars[name] ?? m);
  const at = (key: string) => front?.position([key]).line ?? 1;

  const derived: PlannedFile['derived'] = [];
  let title = typeof data['title'] === 'string' ? fill(stripHeadingSuffix(data['title'])) : '';
  const entry = context.toc.get(doc.path);
  if (!title && entry?.label) {
    title = entry.label;
    derived.push('title');
    stats.tocTitles++;
  }
  if (!title) {
    title =
      transformed.heading ??
      humanize(
        posix
          .basename(doc.path)
          .replace(/\.\w+$/, '')
          .replace(/^_+/, ''),
      );
    derived.push('title');
  }
  const body = withoutTitleHeading(transformed, title);
  if (genericTitles.has(title.toLowerCase())) {
    // 介绍 or Overview says nothing on its own: the book's section, else the folder, names it.
    const folder = posix.dirname(doc.path);
    const isIndex = indexNames.includes(posix.basename(doc.path));
    const around = isIndex ? posix.dirname(folder) : folder;
    const named =
      entry?.context ??
      context.indexTitles.get(around) ??
      (around !== '.' ? humanize(posix.basename(around)) : undefined);
    const better = withContext(title, named);
    if (better !== title) {
      title = better;
      stats.genericTitles++;
    }
  }
  const given = [data['summary'], data['description']].find(
    (v) => typeof v === 'string' && v.trim(),
  );
  let summary = typeof given === 'string' ? fill(plainText(given)) : '';
  if (!summary) {
    summary = shortenSummary(body.paragraph ?? title);
    derived.push('summary');
  }
  for (const [key, text] of [
    ['title', title],
    ['summary', summary],
  ] as const) {
    const left = /\{\{\{.*?\}\}\}/.exec(text);
    if (left) findings.push({ kind: 'variable', file: doc.path, line: at(key), text: left[0] });
  }
  if (p.topFolder && indexNames.includes(doc.path.slice(p.topFolder.length + 1)))
    folderTitles.set(p.topFolder, title);

  for (const key of front?.keys ?? []) {
    if (!mappedKeys.has(key))
      findings.push({ kind: 'front-matter-key', file: doc.path, line: at(key), text: key });
  }
  const aliasWords = words(data['aliases']);
  // Hugo and similar tools use `aliases` for old URLs; only plain words are search aliases here.
  const aliases = aliasWords.filter((a) => !/^\/|^https?:|\.html?$/.test(a));
  if (aliases.length < aliasWords.length)
    findings.push({
      kind: 'front-matter-value',
      file: doc.path,
      line: at('aliases'),
      text: `aliases: ${aliasWords.length - aliases.length} old URL(s) dropped`,
    });

  const tags = [
    ...new Set([...words(data['tags']), ...words(data['keywords']), ...words(data['categories'])]),
  ].filter((t) => categoryIdFrom(t) !== p.category);
  const name = posix.basename(doc.path).replace(/\.\w+$/, '');
  const type =
    options.type ??
    (isOneOf(articleTypes, data['type'])
      ? data['type']
      : /(^|[-_])faq$/i.test(name) || p.topFolder === 'faq'
        ? 'faq'
        : 'guide');
  const slug = posix.basename(path, '.md');
  const ownKey =
    typeof data['translationKey'] === 'string' ? slugifyName(data['translationKey']) : '';
  let key = ownKey || slug;
  for (let n = 2; usedKeys.has(key); n++) key = `${ownKey || slug}-${n}`;
  usedKeys.add(key);
  const reviewed = [data['reviewed'], data['lastmod'], data['updated'], data['date']]
    .map(isoDay)
    .find((d) => d !== undefined && d <= options.today);
  const status =
    data['draft'] === true
      ? 'draft'
      : isOneOf(statuses, data['status'])
        ? data['status']
        : undefined;

  // Traditional text in the Simplified locale says so; a page's own valid `lang` wins.
  let lang = isOneOf(articleLangs, data['lang']) ? data['lang'] : undefined;
  if (!lang && options.locale === 'zh-cn' && detectScript(`${title}\n${body.body}`) === 'zh-Hant') {
    lang = 'zh-Hant';
    stats.traditional++;
  }
  const matter: Record<string, unknown> = {
    title,
    summary,
    tier: isOneOf(tiers, data['tier']) ? data['tier'] : options.tier,
    category: p.category,
    type,
    ...(tags.length ? { tags } : {}),
    owner:
      typeof data['owner'] === 'string' && data['owner'].trim()
        ? data['owner'].trim()
        : options.owner,
    reviewed: reviewed ?? options.today,
    reviewEvery:
      Number.isInteger(data['reviewEvery']) && (data['reviewEvery'] as number) > 0
        ? data['reviewEvery']
        : options.reviewEvery,
    ...(status ? { status } : {}),
    audience: isOneOf(audiences, data['audience']) ? data['audience'] : options.audience,
    ...(aliases.length ? { aliases } : {}),
    translationKey: key,
    ...(lang ? { lang } : {}),
  };
  const yamlDoc = new Document(matter);
  // `tags: [a, b]` on one line, as the hand-written articles have them.
  visit(yamlDoc, { Seq: (_, node) => void (isSeq(node) && (node.flow = true)) });
  const yaml = yamlDoc.toString({ lineWidth: 0, flowCollectionPadding: false });
  findings.push(...body.findings);
  return {
    source: doc.path,
    path,
    head: `---\n# Imported from ${doc.path}\n${yaml}---\n\n`,
    body,
    title,
    derived,
  };
}

/** Anchors can only be checked once every body is final: they name the target's headings. */
function finishAnchors(
  drafts: readonly Draft[],
  findings: Finding[],
  stats: ImportStats,
): PlannedFile[] {
  const pages = new Map<string, PageAnchors>(
    drafts.map((d) => {
      const byLine = headingIdsByLine(d.body.body);
      const aliases = new Map<string, string>();
      for (const a of d.body.anchors) {
        // `''`: the page's title, which is not in the body; a link to it opens the page.
        const id =
          a.id ??
          (a.headingLine === undefined
            ? undefined
            : a.headingLine < 0
              ? ''
              : byLine.get(a.headingLine));
        if (id !== undefined && !aliases.has(a.name)) aliases.set(a.name, id);
      }
      return [d.path, { ids: anchorIds(d.body.body), aliases }];
    }),
  );
  return drafts.map(({ head, body, ...file }) => {
    const idsOf = (href: string) =>
      pages.get(href ? posix.normalize(posix.join(posix.dirname(file.path), href)) : file.path);
    const fixed = fixAnchors(
      body.body,
      idsOf,
      (lineIndex, link) => {
        stats.anchorLinks.dropped++;
        findings.push({
          kind: 'anchor-not-found',
          file: file.source,
          line: body.sourceLines[lineIndex] ?? 1,
          text: link,
        });
      },
      () => stats.anchorLinks.kept++,
    );
    return { ...file, content: `${head}${fixed.trimEnd()}\n` };
  });
}

/** Categories the imported files use that the project does not declare yet, labelled. */
function newCategories(
  files: readonly PlannedFile[],
  parsed: readonly ParsedPage[],
  options: ImportOptions,
  project: ProjectState,
  folderTitles: Map<string, string>,
): Category[] {
  const known = new Set(project.categories.map((c) => c.id));
  const folderOf = new Map(parsed.map((p) => [p.category, p.topFolder]));
  return [...new Set(files.map((f) => f.path.split('/')[3]!))]
    .filter((id) => !known.has(id))
    .sort()
    .map((id) => {
      const folder = options.categoryFrom === 'folder' ? folderOf.get(id) : undefined;
      const plain = humanize(folder ?? id);
      // The folder's index page names it in the corpus' own language; the other locale gets the
      // folder name until an editor translates it.
      const own = folder ? (folderTitles.get(folder) ?? plain) : plain;
      const label =
        options.locale === 'zh-cn' ? { 'zh-cn': own, en: plain } : { 'zh-cn': plain, en: own };
      const description = folder
        ? { 'zh-cn': `从“${folder}/”导入的文章。`, en: `Articles imported from “${folder}/”.` }
        : { 'zh-cn': '导入的文章。', en: 'Imported articles.' };
      return { id, label, description };
    });
}

// Prettier counts a CJK character as two columns; so must we, to lay out the JSON as it would.
const width = (text: string) =>
  [...text].reduce(
    (n, ch) =>
      n +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/.test(ch)
        ? 2
        : 1),
    0,
  );

/**
 * `data/categories.json` with `created` appended, the existing entries left byte for byte and the
 * new ones laid out as Prettier would, so a formatting check stays green.
 */
export function appendCategories(text: string, created: readonly Category[]): string {
  if (!created.length) return text;
  const field = (name: string, value: Record<string, string>) => {
    const oneLine = `    "${name}": { ${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(', ')} }`;
    if (width(oneLine) + 1 <= 100) return oneLine;
    const inner = Object.entries(value).map(
      ([k, v]) => `      ${JSON.stringify(k)}: ${JSON.stringify(v)}`,
    );
    return `    "${name}": {\n${inner.join(',\n')}\n    }`;
  };
  const entries = created.map(
    (c) =>
      `  {\n    "id": ${JSON.stringify(c.id)},\n${field('label', c.label)},\n${field('description', c.description)}\n  }`,
  );
  const end = text.lastIndexOf(']');
  if (end < 0) return `[\n${entries.join(',\n')}\n]\n`;
  const before = text.slice(0, end).trimEnd();
  const sep = before.endsWith('[') ? '\n' : ',\n';
  return `${before}${sep}${entries.join(',\n')}\n]${text.slice(end + 1)}`;
}
