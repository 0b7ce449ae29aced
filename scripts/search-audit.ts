/**
 * Title-search audit (issue 3): for a built site, take a fixed sample of articles, type each
 * one's title the ways agents do (its words; in Traditional script; without spaces; two words of
 * an English title) into the real search page in Chromium, and report the share found in the top 3.
 *
 *   npx node scripts/search-audit.ts <dist> [--locale zh-cn] [--sample 100] [--json out.json]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as OpenCC from 'opencc-js';
import type { Page } from 'playwright-core';
import { launchChromium } from './lib/browser.ts';
import { searchPageResults } from './lib/search-page.ts';
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

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    locale: { type: 'string', default: 'zh-cn' },
    sample: { type: 'string', default: '100' },
    json: { type: 'string' },
  },
});
const dist = positionals[0];
if (!dist) {
  console.error(
    'search-audit: give the built site, e.g. npx node scripts/search-audit.ts dist --locale zh-cn',
  );
  process.exit(1);
}
const size = Number(args.sample);
const articles = readArticles(resolve(dist), args.locale);
if (!articles.length) {
  console.error(
    `search-audit: ${dist}/${args.locale}/kb/ holds no indexed article pages — build the site first`,
  );
  process.exit(1);
}
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const sample = pickSample(articles, size);

async function topThree(page: Page, query: string): Promise<string[]> {
  const hrefs = await searchPageResults(page, args.locale, query);
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
  formatSummary(
    summary,
    `${sample.length} of ${articles.length} ${args.locale} articles in ${dist}`,
  ),
);
console.log(
  `\n${cases.length} searches in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);
if (args.json) writeFileSync(args.json, `${JSON.stringify({ summary, cases }, null, 2)}\n`);
