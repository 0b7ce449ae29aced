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
}

export const queryKinds = ['words', 'traditional', 'no-spaces', 'two-words'] as const;
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
    .map((file) => {
      const html = readFileSync(join(base, file), 'utf8');
      if (!html.includes('data-pagefind-body')) return undefined;
      const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
      if (!h1) return undefined;
      const title = decodeEntities(h1.replace(/<[^>]+>/g, ''))
        .replace(/\s+/g, ' ')
        .trim();
      return {
        url: `/${locale}/kb/${file
          .replace(/index\.html$/, '')
          .split('\\')
          .join('/')}`,
        title,
      };
    })
    .filter((a): a is AuditArticle => a !== undefined && a.title !== '')
    .sort((a, b) => a.url.localeCompare(b.url));
}

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

export interface AuditCase extends AuditQuery {
  url: string;
  title: string;
  /** Paths of the first three results. */
  top: string[];
}

export interface AuditSummary {
  total: number;
  found: number;
  share: number;
  byKind: { kind: QueryKind; total: number; found: number; share: number }[];
  misses: AuditCase[];
}

/** A result link's page path: no `?highlight=…`, no `#heading`. */
export const resultPath = (href: string): string => decodeURI(new URL(href, 'http://x').pathname);

export function summarize(cases: readonly AuditCase[]): AuditSummary {
  const hit = (c: AuditCase) => c.top.includes(c.url);
  const share = (found: number, total: number) =>
    total ? Math.round((found / total) * 1000) / 10 : 0;
  const found = cases.filter(hit).length;
  return {
    total: cases.length,
    found,
    share: share(found, cases.length),
    byKind: queryKinds
      .map((kind) => {
        const of = cases.filter((c) => c.kind === kind);
        const ok = of.filter(hit).length;
        return { kind, total: of.length, found: ok, share: share(ok, of.length) };
      })
      .filter((k) => k.total > 0),
    misses: cases.filter((c) => !hit(c)),
  };
}

export function formatSummary(summary: AuditSummary, label: string): string {
  const lines = [
    `Title search, ${label}: ${summary.found}/${summary.total} queries find their article in the top 3 (${summary.share}%)`,
    '',
    '| query kind | found in top 3 | share |',
    '|---|---|---|',
    ...summary.byKind.map((k) => `| ${k.kind} | ${k.found}/${k.total} | ${k.share}% |`),
  ];
  if (summary.misses.length) {
    lines.push('', `Misses (${summary.misses.length}):`);
    for (const m of summary.misses)
      lines.push(`  ${m.kind} “${m.query}” → want ${m.url}; got ${m.top.join(', ') || 'nothing'}`);
  }
  return lines.join('\n');
}
