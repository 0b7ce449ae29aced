import { posix } from 'node:path';
import { Document, isSeq, visit } from 'yaml';
import { articleLangs, articleTypes, audiences, statuses, tiers } from '../../schemas/article.ts';
import type { ArticleType, Tier } from '../../schemas/article.ts';
import type { Category } from '../../schemas/category.ts';
import type { Locale } from '../../schemas/localized.ts';
import { readFrontMatter } from '../diagnostics/front-matter.ts';
import { headingIds, isExternal, resolveFrom, splitHref } from '../markdown/links.ts';
import { fixAnchors } from './anchors.ts';
import {
  plainText,
  transformBody,
  type BodyResult,
  type Finding,
  type LinkTarget,
} from './markdown.ts';
import { assignSlugs, categoryIdFrom, humanize, slugifyName } from './slug.ts';

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
): LinkTarget {
  if (!target || target.startsWith('#') || isExternal(target)) return { kind: 'keep' };
  // The same reading of a link as the check's: query dropped, escapes decoded where valid.
  const { path, hash } = splitHref(target);
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
  const { skipped, assets, pages } = sortSources(docs);
  const parsed = pages.map((doc) => parsePage(doc, options, findings));
  const { target, existingPaths, usedKeys } = targetPaths(parsed, options, project);
  const context: DraftContext = {
    options,
    target,
    assets,
    usedKeys,
    folderTitles: new Map(),
    findings,
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
  const files = finishAnchors(drafts, findings);
  const categoriesCreated = newCategories(files, parsed, options, project, context.folderTitles);
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { files, skipped, categoriesCreated, findings };
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
  const pages = sorted.filter((d) => markdownFile.test(d.path));
  return { skipped, assets, pages };
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
  const { options, target, assets, usedKeys, folderTitles, findings } = context;
  const { doc, data, front } = p;
  const firstLine = front ? front.bodyLine : 1;
  const body = transformBody(p.body, {
    file: doc.path,
    firstLine,
    resolve: (t) => resolveLink(doc.path, t, target, assets),
    vars: options.vars,
  });
  const fill = (text: string) =>
    text.replace(/\{\{\{\s*\.?([\w-]+)\s*\}\}\}/g, (m, name: string) => options.vars[name] ?? m);
  const at = (key: string) => front?.position([key]).line ?? 1;

  const derived: PlannedFile['derived'] = [];
  let title = typeof data['title'] === 'string' ? fill(data['title'].trim()) : '';
  if (!title) {
    title =
      body.heading ??
      humanize(
        posix
          .basename(doc.path)
          .replace(/\.\w+$/, '')
          .replace(/^_+/, ''),
      );
    derived.push('title');
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
    ...(isOneOf(articleLangs, data['lang']) ? { lang: data['lang'] } : {}),
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
function finishAnchors(drafts: readonly Draft[], findings: Finding[]): PlannedFile[] {
  const idsByPath = new Map(drafts.map((d) => [d.path, headingIds(d.body.body)]));
  return drafts.map(({ head, body, ...file }) => {
    const idsOf = (href: string) =>
      idsByPath.get(href ? posix.normalize(posix.join(posix.dirname(file.path), href)) : file.path);
    const fixed = fixAnchors(body.body, idsOf, (lineIndex, link) =>
      findings.push({
        kind: 'anchor-not-found',
        file: file.source,
        line: body.sourceLines[lineIndex] ?? 1,
        text: link,
      }),
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
