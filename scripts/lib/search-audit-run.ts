/**
 * Running the search audit (scripts/lib/search-audit.ts) on a built site: the queries of a sample
 * of articles typed into the real search page in Chromium, the same queries to stock Pagefind (an
 * index of the same pages with Pagefind's defaults) and to the quick-find palette's own search.
 * Used by `scripts/search-audit.ts` and by `npm run bench` on imported corpora.
 */
import { globSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { INDEXED_PAGES } from '../../src/integrations/search-index.ts';
import { searchShards, type Shard, type ShardHead } from '../../src/lib/search/shards.ts';
import type { Lexicon } from '../../src/lib/search/variants.ts';
import type { Figure } from './bench/budgets.ts';
import { launchChromium } from './browser/chromium.ts';
import { searchPageResults } from './browser/search-page.ts';
import {
  auditQueries,
  pickSample,
  readArticles,
  resultPath,
  sharedHeadings,
  summarize,
  type AuditCase,
  type AuditSummary,
} from './search-audit.ts';
import { serveStatic } from './static-server.ts';

export interface AuditOptions {
  locale: string;
  /** How many articles, spread evenly over the site. */
  sample: number;
  /** Compare with stock Pagefind (builds its index into `<dist>/pagefind-stock`, removed after). */
  stock?: boolean;
}

export interface AuditRun {
  articles: number;
  sampled: number;
  summary: AuditSummary;
  cases: AuditCase[];
  seconds: number;
}

const STOCK = 'pagefind-stock';

/** Stock Pagefind's index of the same pages, as they are, with Pagefind's defaults. */
async function buildStockIndex(root: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const p of globSync(INDEXED_PAGES, { cwd: root }).sort())
      await index.addHTMLFile({ sourcePath: p, content: readFileSync(join(root, p), 'utf8') });
    await index.writeFiles({ outputPath: join(root, STOCK) });
  } finally {
    await pagefind.close();
  }
}

/** The palette's own search (the sharded quick-find index and lexicon the site ships), in Node. */
function paletteSearch(root: string, locale: string): (query: string) => string[] {
  const base = join(root, locale);
  const json = <T>(path: string): T => JSON.parse(readFileSync(join(base, path), 'utf8')) as T;
  const head = json<ShardHead>('quick-find/head.json');
  const synonyms = json<{ groups: Lexicon['synonyms']; absent: string[] }>('search/synonyms.json');
  const lexicon: Lexicon = {
    maps: json<Lexicon['maps']>('search/script-map.json'),
    synonyms: synonyms.groups,
    absent: synonyms.absent,
  };
  const shards = new Map<number, Shard>();
  const shard = (n: number) => {
    if (!shards.has(n)) shards.set(n, json<Shard>(`quick-find/${n}.json`));
    return shards.get(n);
  };
  return (query) =>
    searchShards(query, lexicon, head, shard, 3).results.map((r) => resultPath(r.u));
}

async function stockTopThree(page: Page, query: string): Promise<string[]> {
  return page.evaluate(
    async ({ query, base }) => {
      interface Stock {
        search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
      }
      const w = window as unknown as { stock?: Promise<Stock> };
      w.stock ??= (async () => {
        const pf = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Stock & {
          options: (o: object) => Promise<void>;
          init: () => Promise<void>;
        };
        await pf.options({ basePath: base });
        await pf.init();
        return pf;
      })();
      const found = await (await w.stock).search(query);
      const data = await Promise.all(found.results.slice(0, 3).map((r) => r.data()));
      return data.map((d) => decodeURI(new URL(d.url, location.href).pathname));
    },
    { query, base: `/${STOCK}/` },
  );
}

export async function runSearchAudit(dist: string, options: AuditOptions): Promise<AuditRun> {
  const { locale, sample: size, stock = true } = options;
  const root = resolve(dist);
  const articles = readArticles(root, locale);
  const converters = {
    toTraditional: OpenCC.Converter({ from: 'cn', to: 't' }),
    toSimplified: OpenCC.Converter({ from: 't', to: 'cn' }),
    toTaiwan: OpenCC.Converter({ from: 'cn', to: 'twp' }),
    fromTaiwan: OpenCC.Converter({ from: 'twp', to: 'cn' }),
  };
  const sample = pickSample(articles, size);
  const ambiguous = sharedHeadings(articles);
  if (stock) await buildStockIndex(root);
  const palette = paletteSearch(root, locale);
  const server = await serveStatic(root);
  const browser = await launchChromium();
  const started = performance.now();
  const cases: AuditCase[] = [];
  try {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    const stockPage = await context.newPage();
    if (stock) await stockPage.goto(`/${locale}/kb/`);
    for (const [i, article] of sample.entries()) {
      for (const q of auditQueries(article, i, converters, ambiguous)) {
        const hrefs = await searchPageResults(page, locale, q.query, true);
        cases.push({
          ...q,
          url: article.url,
          title: article.title,
          top: hrefs.slice(0, 3).map(resultPath),
          ...(stock ? { stock: await stockTopThree(stockPage, q.query) } : {}),
          palette: palette(q.query),
        });
      }
    }
  } finally {
    await browser.close();
    await server.close();
    if (stock) rmSync(join(root, STOCK), { recursive: true, force: true });
  }
  return {
    articles: articles.length,
    sampled: sample.length,
    summary: summarize(cases),
    cases,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * The audit's figures for `npm run bench`: per kind, the share in the top 3 and first (search
 * page), the first-place share less stock Pagefind's, and the palette's top 3.
 */
export function auditFigures(run: AuditRun): Figure[] {
  const { summary } = run;
  const figures: Figure[] = [
    {
      id: 'audit.search.all.top3',
      label: 'Search audit, every kind: article in the top 3',
      value: summary.share,
      unit: '%',
      note: `${summary.found}/${summary.total} queries from ${run.sampled} of ${run.articles} articles${summary.stock ? `; stock Pagefind ${summary.stock.share} %` : ''}`,
    },
  ];
  for (const k of summary.byKind) {
    figures.push({
      id: `audit.search.${k.kind}.top3`,
      label: `Search audit, ${k.kind}: article in the top 3`,
      value: k.share,
      unit: '%',
      note: `${k.found}/${k.total}${k.stock ? `; stock Pagefind ${k.stock.share} %` : ''}`,
    });
    if (k.stock)
      figures.push({
        id: `audit.search.${k.kind}.top1VsStock`,
        label: `Search audit, ${k.kind}: first place, against stock Pagefind`,
        value: Math.round((k.top1 - k.stock.top1) * 10) / 10,
        unit: 'points',
        note: `${k.top1} % against ${k.stock.top1} %`,
      });
    if (k.palette)
      figures.push({
        id: `audit.palette.${k.kind}.top3`,
        label: `Search audit, palette, ${k.kind}: article in the top 3`,
        value: k.palette.share,
        unit: '%',
        note: `of ${k.palette.total}`,
      });
  }
  return figures;
}
