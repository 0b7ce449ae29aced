/**
 * `npm run kb:import -- <folder | archive.tar.gz> --locale zh-cn [options]`: bring Markdown from
 * another docs tool or a wiki export into content/kb/. Reads the source without changing it, never
 * overwrites an article, declares the categories it creates and reports what it could not map.
 * The logic is in src/lib/kb-import/; this file only reads arguments and files and writes results.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { articleTypes, audiences, tiers } from '../src/schemas/article.ts';
import { categorySchema } from '../src/schemas/category.ts';
import { locales } from '../src/schemas/localized.ts';
import { buildDate } from '../src/lib/build-info.ts';
import { readFrontMatter } from '../src/lib/diagnostics/front-matter.ts';
import { loadCategories, readKbSources } from '../src/lib/kb/categories.ts';
import { formatProblems } from '../src/lib/diagnostics/problem.ts';
import {
  appendCategories,
  planImport,
  type ImportOptions,
} from '../src/lib/kb-import/import-plan.ts';
import { buildImportReport, formatImportReport } from '../src/lib/kb-import/import-report.ts';
import { readSource } from '../src/lib/kb-import/source.ts';
import { gitUserName } from '../src/lib/git.ts';
import { parseCommandLine, usageError, type CliOutput } from './lib/command-line.ts';
import { writeNewFile } from './lib/write-new-file.ts';

const usage = `Usage: npm run kb:import -- <folder | archive.tar.gz> --locale zh-cn [options]
  --tier basic|advanced|expert       tier of every article (default basic)
  --type guide|howto|faq|…           type of every article (default: guide; FAQ pages faq)
  --category <id>                    put every article in one category
  --category-from folder             the top folder names the category
  --default-category <id>            category of files outside any folder (default general)
  --audience internal|public         (default internal)
  --owner <name>                     (default: git user name, else "imported")
  --review-every <days>              (default 180)
  --var name=value                   fill {{{ .name }}} template variables (repeatable)
  --link-prefix /docs/{{version}}/   links starting with this mean the source's root (repeatable;
                                     {{…}} matches one path segment)
  --out <project root>               (default: current folder)
  --report <file.json>               write the full report as JSON
  --dry-run                          plan and report, write nothing`;

const out: CliOutput = {
  log: (line) => console.log(line),
  error: (line) => console.error(`kb-import: ${line}`),
};

/** A value the command line cannot use: say which and how to fix it, then stop. */
function fail(message: string): never {
  out.error(message);
  process.exit(1);
}

const parsed = parseCommandLine(
  process.argv.slice(2),
  {
    locale: { type: 'string' },
    tier: { type: 'string', default: 'basic' },
    type: { type: 'string' },
    category: { type: 'string' },
    'category-from': { type: 'string' },
    'default-category': { type: 'string', default: 'general' },
    audience: { type: 'string', default: 'internal' },
    owner: { type: 'string' },
    'review-every': { type: 'string', default: '180' },
    var: { type: 'string', multiple: true, default: [] },
    'link-prefix': { type: 'string', multiple: true, default: [] },
    out: { type: 'string', default: process.cwd() },
    report: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
  usage,
  out,
);
if (typeof parsed === 'number') process.exit(parsed);
const { values: args, positionals } = parsed;
const input = positionals[0];
// Both required arguments are named at once, so a first try with neither needs one correction.
const missing = [
  ...(!input || positionals.length > 1 ? ['give exactly one folder or archive to import'] : []),
  ...(args.locale === undefined
    ? [`--locale is required → the language of the source: ${locales.join(' or ')}`]
    : []),
];
if (!input || missing.length) process.exit(usageError(out, missing.join('; '), usage));
if (!existsSync(input)) fail(`${input}: no such file or folder — check the path`);
const oneOf = <T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T => {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  return fail(`--${flag} “${value ?? ''}” is not allowed → use one of: ${allowed.join(', ')}`);
};
const locale = oneOf('locale', args.locale, locales);
// The same rule as data/categories.json, so every category given here can be declared there.
for (const flag of ['category', 'default-category'] as const) {
  const value = args[flag];
  if (value !== undefined && !categorySchema.shape.id.safeParse(value).success)
    fail(
      `--${flag} “${value}” is not a category id → use lowercase letters, digits and hyphens, starting with a letter`,
    );
}
if (args.category && args['category-from'])
  fail('--category and --category-from exclude each other → give one');
const reviewEvery = Number(args['review-every']);
if (!Number.isInteger(reviewEvery) || reviewEvery <= 0)
  fail(
    `--review-every “${args['review-every']}” is not a number of days → e.g. --review-every 180`,
  );
const vars: Record<string, string> = {};
for (const pair of args.var) {
  const eq = pair.indexOf('=');
  if (eq < 1) fail(`--var “${pair}” → write it as name=value, e.g. --var company=PingCAP`);
  vars[pair.slice(0, eq)] = pair.slice(eq + 1);
}

const root = resolve(args.out);
const categories = loadCategories(root);
if (categories.problems.length) {
  console.error(formatProblems(categories.problems));
  fail(
    `${join(root, 'data/categories.json')} must be valid before importing → fix the problems above, or pass --out <project root>`,
  );
}
const options: ImportOptions = {
  locale,
  tier: oneOf('tier', args.tier, tiers),
  type: args.type === undefined ? undefined : oneOf('type', args.type, articleTypes),
  category: args.category,
  categoryFrom:
    args['category-from'] === undefined
      ? undefined
      : oneOf('category-from', args['category-from'], ['folder'] as const),
  defaultCategory: args['default-category'],
  audience: oneOf('audience', args.audience, audiences),
  owner: args.owner ?? gitUserName(root) ?? 'imported',
  today: buildDate(),
  reviewEvery,
  vars,
  linkPrefixes: args['link-prefix'],
};

const started = performance.now();
const docs = await readSource(input);
const existing = readKbSources(root).map((file) => {
  const key = readFrontMatter(file.source)?.data['translationKey'];
  return { path: file.path, translationKey: typeof key === 'string' ? key : undefined };
});
const plan = planImport(docs, options, { articles: existing, categories: categories.value });

if (!args['dry-run']) {
  for (const file of [...plan.files]) {
    // Never replace a file, even one that appeared since the plan was made.
    if (!writeNewFile(join(root, file.path), file.content)) {
      plan.files.splice(plan.files.indexOf(file), 1);
      plan.skipped.push({
        source: file.source,
        target: file.path,
        reason: 'an article already exists there; it was left as it is',
      });
    }
  }
  if (plan.categoriesCreated.length) {
    const file = join(root, 'data/categories.json');
    writeFileSync(file, appendCategories(readFileSync(file, 'utf8'), plan.categoriesCreated));
  }
}

const report = buildImportReport(plan, { source: input, locale, dryRun: args['dry-run'] });
console.log(formatImportReport(report));
if (args.report) {
  writeFileSync(args.report, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Full report: ${args.report}`);
}
console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
