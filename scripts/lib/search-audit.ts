import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEntities } from '../../src/lib/markdown/links.ts';
import { hasHan } from '../../src/lib/search/segment.ts';

/**
 * Title-search audit (issue 3): can an agent find an article by typing its own title the ways
 * agents type? Queries come from each sampled article's title; the caller runs them through the
 * site's search page and this module scores the answers.
 */

export interface AuditArticle {
  /** Site path, e.g. `/zh-cn/kb/general/tso/`. */
  url: string;
  title: string;
  /** Its level 2 and 3 headings, as the page shows them, with their ids. */
  headings?: { text: string; id: string }[];
}

export const queryKinds = [
  'words',
  'traditional',
  'no-spaces',
  'two-words',
  'question',
  'reordered',
  'other-vocabulary',
  'heading',
] as const;
export type QueryKind = (typeof queryKinds)[number];

export interface AuditQuery {
  kind: QueryKind;
  query: string;
}

const stopwords = new Set(
  'a an and are as at be by for from how in into is it of on or the to with what when why your you'.split(
    ' ',
  ),
);

/**
 * Every indexed article page of a locale in a built site, with its title (the page's h1), sorted
 * by URL. Pages Pagefind leaves out (no `data-pagefind-body`: archived, lists) are not articles to
 * find.
 */
export function readArticles(dist: string, locale: string): AuditArticle[] {
  const base = join(dist, locale, 'kb');
  if (!existsSync(base)) return [];
  return globSync('*/*/index.html', { cwd: base })
    .map((file): AuditArticle | undefined => {
      const html = readFileSync(join(base, file), 'utf8');
      if (!html.includes('data-pagefind-body')) return undefined;
      const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
      if (!h1) return undefined;
      const title = plainText(h1);
      const body = html.slice(html.indexOf('data-pagefind-body'));
      const headings = [...body.matchAll(/<h([23])\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)]
        .map((m) => ({ text: plainText(m[3]!), id: decodeEntities(m[2]!) }))
        .filter((h) => h.text !== '');
      return {
        url: `/${locale}/kb/${file
          .replace(/index\.html$/, '')
          .split('\\')
          .join('/')}`,
        title,
        headings,
      };
    })
    .filter((a): a is AuditArticle => a !== undefined && a.title !== '')
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** An element's HTML as the text a reader sees. */
const plainText = (html: string): string =>
  decodeEntities(html.replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();

/** `size` articles spread evenly over the list: the same sample on every run. */
export function pickSample<T>(items: readonly T[], size: number): T[] {
  if (items.length <= size) return [...items];
  return Array.from({ length: size }, (_, i) => items[Math.floor((i * items.length) / size)]!);
}

/** The title split into words the way a reader sees them (Intl.Segmenter for Chinese). */
export function titleWords(title: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(title.normalize('NFKC'))]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment);
}

/**
 * The queries for one title: its words separated by spaces; the title in Traditional script
 * (Chinese titles); the title with its spaces removed (as typed in one go); for titles without
 * Chinese, its two longest non-stopwords. Duplicates are dropped.
 */
export function titleQueries(title: string, toTraditional: (s: string) => string): AuditQuery[] {
  const words = titleWords(title);
  const queries: AuditQuery[] = [{ kind: 'words', query: words.join(' ') }];
  if (hasHan(title)) {
    queries.push({ kind: 'traditional', query: toTraditional(title) });
  } else {
    const picked = words
      .filter((w) => !stopwords.has(w.toLowerCase()) && w.length > 2)
      .map((w, i) => ({ w, i }))
      .sort((a, b) => b.w.length - a.w.length || a.i - b.i)
      .slice(0, 2)
      .sort((a, b) => a.i - b.i)
      .map((p) => p.w);
    if (picked.length) queries.push({ kind: 'two-words', query: picked.join(' ') });
  }
  queries.push({ kind: 'no-spaces', query: title.replace(/\s+/g, '') });
  const seen = new Set<string>();
  return queries.filter((q) => q.query && !seen.has(q.query) && seen.add(q.query));
}

/** Converters the audit needs (opencc-js). */
export interface AuditConverters {
  /** Simplified → Traditional characters. */
  toTraditional: (s: string) => string;
  /** Traditional → Simplified characters. */
  toSimplified: (s: string) => string;
  /** Simplified → Taiwan Traditional with Taiwan vocabulary (OpenCC cn → twp). */
  toTaiwan: (s: string) => string;
  /** Taiwan Traditional with Taiwan vocabulary → Simplified mainland vocabulary (twp → cn). */
  fromTaiwan: (s: string) => string;
}

const zhQuestions = {
  simplified: [(t: string) => `如何${t}`, (t: string) => `${t}怎么办`, (t: string) => `${t}是什么`],
  traditional: [
    (t: string) => `如何${t}`,
    (t: string) => `${t}怎麼辦`,
    (t: string) => `${t}是什麼`,
  ],
};
const enQuestions = [(t: string) => `how do I ${t}`, (t: string) => `what is ${t}`];

/**
 * Every query the audit types for one article: its title's kinds (titleQueries), then
 * - `question`: the title asked as agents ask (如何…, …怎么办, how do I …), in the title's script;
 * - `reordered`: the title's words last first, for titles of two words or more;
 * - `other-vocabulary`: a Chinese title in the other script and region's words (cn → Taiwan,
 *   Taiwan → mainland: 数据库 ↔ 資料庫), only when that differs from the character conversion;
 * - `heading`: one of its headings that no other article of `ambiguous` shares (the middle one).
 * `index` picks the question pattern, so a sample asks each pattern.
 */
export function auditQueries(
  article: AuditArticle,
  index: number,
  converters: AuditConverters,
  ambiguous: ReadonlySet<string> = new Set(),
): AuditQuery[] {
  const { title } = article;
  const queries = titleQueries(title, converters.toTraditional);
  const chinese = hasHan(title);
  const traditional = chinese && converters.toSimplified(title) !== title;
  const patterns = chinese ? zhQuestions[traditional ? 'traditional' : 'simplified'] : enQuestions;
  queries.push({ kind: 'question', query: patterns[index % patterns.length]!(title) });
  const words = titleWords(title).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length >= 2) queries.push({ kind: 'reordered', query: [...words].reverse().join(' ') });
  if (chinese) {
    const other = traditional ? converters.fromTaiwan(title) : converters.toTaiwan(title);
    const chars = traditional ? converters.toSimplified(title) : converters.toTraditional(title);
    if (other !== chars) queries.push({ kind: 'other-vocabulary', query: other });
  }
  const headings = (article.headings ?? []).filter((h) => !ambiguous.has(h.text));
  if (headings.length)
    queries.push({ kind: 'heading', query: headings[Math.floor(headings.length / 2)]!.text });
  const seen = new Set<string>();
  return queries.filter(
    (q) => q.query && !seen.has(`${q.kind}\n${q.query}`) && seen.add(`${q.kind}\n${q.query}`),
  );
}

/** Heading texts that more than one article has (总结, Overview): a query for one names no article. */
export function sharedHeadings(articles: readonly AuditArticle[]): Set<string> {
  const count = new Map<string, number>();
  for (const a of articles)
    for (const text of new Set((a.headings ?? []).map((h) => h.text)))
      count.set(text, (count.get(text) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n > 1).map(([text]) => text));
}

export interface AuditCase extends AuditQuery {
  url: string;
  title: string;
  /** Paths of the first three results. */
  top: string[];
  /** Paths of stock Pagefind's first three results for the same query, when compared. */
  stock?: string[];
  /** Paths of the quick-find palette's first three results, for title and heading kinds. */
  palette?: string[];
}

export interface KindSummary {
  kind: QueryKind;
  total: number;
  found: number;
  /** Share in the top 3, per cent. */
  share: number;
  /** Share first, per cent. */
  top1: number;
  /** Stock Pagefind's shares on the same queries, when compared. */
  stock?: { share: number; top1: number };
  /** The palette's share in its top 3, for kinds it was asked. */
  palette?: { total: number; share: number };
}

export interface AuditSummary {
  total: number;
  found: number;
  share: number;
  top1: number;
  stock?: { share: number; top1: number };
  byKind: KindSummary[];
  misses: AuditCase[];
}

/** A result link's page path: no `?highlight=…`, no `#heading`. */
export const resultPath = (href: string): string => decodeURI(new URL(href, 'http://x').pathname);

const pct = (found: number, total: number) => (total ? Math.round((found / total) * 1000) / 10 : 0);

function shares(cases: readonly AuditCase[]) {
  const hit = (c: AuditCase) => c.top.includes(c.url);
  const found = cases.filter(hit).length;
  const compared = cases.filter((c) => c.stock !== undefined);
  return {
    total: cases.length,
    found,
    share: pct(found, cases.length),
    top1: pct(cases.filter((c) => c.top[0] === c.url).length, cases.length),
    ...(compared.length
      ? {
          stock: {
            share: pct(compared.filter((c) => c.stock!.includes(c.url)).length, compared.length),
            top1: pct(compared.filter((c) => c.stock![0] === c.url).length, compared.length),
          },
        }
      : {}),
  };
}

export function summarize(cases: readonly AuditCase[]): AuditSummary {
  return {
    ...shares(cases),
    byKind: queryKinds
      .map((kind) => {
        const of = cases.filter((c) => c.kind === kind);
        const asked = of.filter((c) => c.palette !== undefined);
        return {
          kind,
          ...shares(of),
          ...(asked.length
            ? {
                palette: {
                  total: asked.length,
                  share: pct(asked.filter((c) => c.palette!.includes(c.url)).length, asked.length),
                },
              }
            : {}),
        };
      })
      .filter((k) => k.total > 0),
    misses: cases.filter((c) => !c.top.includes(c.url)),
  };
}

export function formatSummary(summary: AuditSummary, label: string): string {
  const stock = summary.stock !== undefined;
  const both = (ours: number, theirs: number | undefined) =>
    theirs === undefined ? `${ours}%` : `${ours}% (${theirs}%)`;
  const lines = [
    `Search audit, ${label}: ${summary.found}/${summary.total} queries find their article in the top 3 (${summary.share}%), first ${summary.top1}%` +
      (stock ? `; stock Pagefind ${summary.stock!.share}% and ${summary.stock!.top1}%` : ''),
    '',
    `| query kind | found in top 3 | top 3${stock ? ' (stock)' : ''} | first${stock ? ' (stock)' : ''} | palette top 3 |`,
    '|---|---|---|---|---|',
    ...summary.byKind.map(
      (k) =>
        `| ${k.kind} | ${k.found}/${k.total} | ${both(k.share, k.stock?.share)} | ${both(k.top1, k.stock?.top1)} | ${k.palette ? `${k.palette.share}% of ${k.palette.total}` : '–'} |`,
    ),
  ];
  if (summary.misses.length) {
    lines.push('', `Misses (${summary.misses.length}):`);
    for (const m of summary.misses)
      lines.push(`  ${m.kind} “${m.query}” → want ${m.url}; got ${m.top.join(', ') || 'nothing'}`);
  }
  return lines.join('\n');
}
