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
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { locales, type Locale } from '../src/schemas/localized.ts';
import { consoleOutput, parseCommandLine, usageError } from './lib/command-line.ts';
import { formatSummary, readArticles } from './lib/search-audit.ts';
import { runSearchAudit } from './lib/search-audit-run.ts';

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
  { allowNegative: true },
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
const run = await runSearchAudit(dist, { locale, sample: size, stock: args.stock });
console.log(
  formatSummary(run.summary, `${run.sampled} of ${run.articles} ${locale} articles in ${dist}`),
);
console.log(`\n${run.cases.length} searches in ${run.seconds.toFixed(0)} s.`);
if (args.json)
  writeFileSync(
    args.json,
    `${JSON.stringify({ summary: run.summary, cases: run.cases }, null, 2)}\n`,
  );
