/**
 * Title-search audit (issue 3): for a built site, take a fixed sample of articles, type each
 * one's title the ways agents do (its words; in Traditional script; without spaces; two words of
 * an English title) into the real search page in Chromium, and report the share found in the top 3.
 *
 *   npx node scripts/search-audit.ts <dist> [--locale zh-cn] [--sample 100] [--json out.json]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import type { Page } from 'playwright-core';
import { locales, type Locale } from '../src/schemas/localized.ts';
import { launchChromium } from './lib/browser/chromium.ts';
import { consoleOutput, parseCommandLine, usageError } from './lib/command-line.ts';
import { searchPageResults } from './lib/browser/search-page.ts';
import {
  formatSummary,
  pickSample,
  readArticles,
  resultPath,
  summarize,
  titleQueries,
  type AuditCase,
} from './lib/search-audit.ts';
import { serveStatic } from './lib/static-server.ts';

const usage = `Usage: npx node scripts/search-audit.ts <dist> [options]

  <dist>             the built site, e.g. dist
  --locale zh-cn|en  which articles to sample (default zh-cn)
  --sample <n>       how many articles, a positive integer (default 100)
  --json <file>      also write every search and its top 3 to <file>`;

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
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const sample = pickSample(articles, size);

async function topThree(page: Page, query: string): Promise<string[]> {
  const hrefs = await searchPageResults(page, locale, query);
  return hrefs.slice(0, 3).map(resultPath);
}

const server = await serveStatic(resolve(dist));
const browser = await launchChromium();
const started = performance.now();
const cases: AuditCase[] = [];
try {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  for (const article of sample) {
    for (const q of titleQueries(article.title, toTraditional)) {
      cases.push({
        ...q,
        url: article.url,
        title: article.title,
        top: await topThree(page, q.query),
      });
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const summary = summarize(cases);
console.log(
  formatSummary(summary, `${sample.length} of ${articles.length} ${locale} articles in ${dist}`),
);
console.log(
  `\n${cases.length} searches in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);
if (args.json) writeFileSync(args.json, `${JSON.stringify({ summary, cases }, null, 2)}\n`);
