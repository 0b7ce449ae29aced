/**
 * Search audit (issues 3 and 16): for a built site, take a fixed sample of articles and type
 * queries made from each the ways agents do (its title's words; in Traditional script; without
 * spaces; two words of an English title; as a question; its words in another order; in the other
 * script and region's vocabulary; one of its headings) into the real search page in Chromium. The
 * same queries go to stock Pagefind (an index of the same pages made with Pagefind's defaults)
 * and to the quick-find palette; the report gives, per kind, the share found in the top 3 and
 * first, side by side.
 *
 *   npx node scripts/search-audit.ts <dist> [--locale zh-cn] [--sample 100] [--json out.json] [--no-stock]
 */
import { existsSync, globSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { INDEXED_PAGES } from '../src/integrations/search-index.ts';
import { searchShards, type Shard, type ShardHead } from '../src/lib/search/shards.ts';
import type { Lexicon } from '../src/lib/search/variants.ts';
import { locales, type Locale } from '../src/schemas/localized.ts';
import { launchChromium } from './lib/browser/chromium.ts';
import { consoleOutput, parseCommandLine, usageError } from './lib/command-line.ts';
import { searchPageResults } from './lib/browser/search-page.ts';
import {
  auditQueries,
  formatSummary,
  pickSample,
  readArticles,
  resultPath,
  sharedHeadings,
  summarize,
  type AuditCase,
} from './lib/search-audit.ts';
import { serveStatic } from './lib/static-server.ts';

const usage = `Usage: npx node scripts/search-audit.ts <dist> [options]

  <dist>             the built site, e.g. dist
  --locale zh-cn|en  which articles to sample (default zh-cn)
  --sample <n>       how many articles, a positive integer (default 100)
  --json <file>      also write every search and its top 3 to <file>
  --no-stock         do not compare with stock Pagefind`;

const out = {
  log: consoleOutput.log,
  error: (line: string) => console.error(`search-audit: ${line}`),
};
const parsed = parseCommandLine(
  process.argv.slice(2),
  {
    locale: { type: 'string', default: 'zh-cn' },
    sample: { type: 'string', default: '100' },
    json: { type: 'string' },
    stock: { type: 'boolean', default: true },
  },
  usage,
  out,
);
if (typeof parsed === 'number') process.exit(parsed);
const { values: args, positionals } = parsed;
function stop(message: string): never {
  process.exit(usageError(out, message, usage));
}
const dist = positionals[0];
if (!dist || positionals.length > 1)
  stop('give one built site, e.g. npx node scripts/search-audit.ts dist --locale zh-cn');
if (!(locales as readonly string[]).includes(args.locale))
  stop(`--locale “${args.locale}” is not allowed: use one of: ${locales.join(', ')}`);
const locale = args.locale as Locale;
const size = Number(args.sample);
if (!/^\d+$/.test(args.sample) || !Number.isSafeInteger(size) || size < 1)
  stop(`--sample “${args.sample}” is not a number of articles: give a positive integer, e.g. 100`);
if (!existsSync(dist)) stop(`${dist}: no such folder — build the site first (npm run build)`);
const articles = readArticles(resolve(dist), locale);
if (!articles.length) {
  out.error(`${dist}/${locale}/kb/ holds no indexed article pages — build the site first`);
  process.exit(1);
}
const converters = {
  toTraditional: OpenCC.Converter({ from: 'cn', to: 't' }),
  toSimplified: OpenCC.Converter({ from: 't', to: 'cn' }),
  toTaiwan: OpenCC.Converter({ from: 'cn', to: 'twp' }),
  fromTaiwan: OpenCC.Converter({ from: 'twp', to: 'cn' }),
};
const sample = pickSample(articles, size);
const ambiguous = sharedHeadings(articles);
const root = resolve(dist);

/** Stock Pagefind's index of the same pages, as they are, with Pagefind's defaults. */
const STOCK = 'pagefind-stock';
async function buildStockIndex(): Promise<void> {
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
function paletteSearch(): (query: string) => string[] {
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

async function topThree(page: Page, query: string): Promise<string[]> {
  const hrefs = await searchPageResults(page, locale, query, true);
  return hrefs.slice(0, 3).map(resultPath);
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

const stock = args.stock;
if (stock) await buildStockIndex();
const palette = paletteSearch();
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
      cases.push({
        ...q,
        url: article.url,
        title: article.title,
        top: await topThree(page, q.query),
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
const summary = summarize(cases);
console.log(
  formatSummary(summary, `${sample.length} of ${articles.length} ${locale} articles in ${dist}`),
);
console.log(
  `\n${cases.length} searches in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);
if (args.json) writeFileSync(args.json, `${JSON.stringify({ summary, cases }, null, 2)}\n`);
