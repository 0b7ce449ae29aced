/**
 * `npm run new:article -- --locale zh-cn --tier basic --category complaints "标题"`: write a new
 * article with today's date, the git user as owner and `status: draft`, after checking it with the
 * same validator as the build. Never overwrites a file.
 */
import { join, resolve } from 'node:path';
import { buildDate } from '../src/lib/build-info.ts';
import { loadCategories, readKbSources } from '../src/lib/kb/categories.ts';
import { formatProblems, hasErrors } from '../src/lib/diagnostics/problem.ts';
import { existingArticles, scaffoldArticle } from './lib/scaffold.ts';
import { validateKb } from '../src/lib/kb/validate.ts';
import { gitUserName } from '../src/lib/git.ts';
import { articlePath } from '../src/lib/urls.ts';
import { consoleOutput, parseCommandLine, type CliOutput } from './lib/command-line.ts';
import { writeNewFile } from './lib/write-new-file.ts';

export interface CliIo extends CliOutput {
  root: string;
  env: Record<string, string | undefined>;
  /** `git config user.name`, or undefined when git or the setting is missing. */
  gitUser: () => string | undefined;
}

const usage = `Usage: npm run new:article -- [options] "Title"

  --locale zh-cn|en        language folder (default zh-cn)
  --tier basic|advanced|expert   (required unless --translation-of)
  --category <id>          a category declared in data/categories.json (required unless --translation-of)
  --type <type>            guide | howto | faq | template | policy | case (default guide)
  --template               add a <ReplyTemplate> and write .mdx (type template unless --type is given)
  --slug <slug>            the address, e.g. refund-timelines (default: from a Latin title)
  --audience internal|public   (default internal)
  --translation-of <slug>  translate the other locale's article: copies translationKey, category, tier, type
  --summary "<text>"       one or two sentences (default: a placeholder to replace)
  --owner "<team>"         default: git config user.name
  --date YYYY-MM-DD        the reviewed date (default: BUILD_DATE or today)`;

/** Run the command; returns the exit code. */
export function main(argv: readonly string[], io: CliIo): number {
  const parsed = parseCommandLine(
    argv,
    {
      locale: { type: 'string' },
      tier: { type: 'string' },
      category: { type: 'string' },
      type: { type: 'string' },
      template: { type: 'boolean' },
      slug: { type: 'string' },
      audience: { type: 'string' },
      'translation-of': { type: 'string' },
      summary: { type: 'string' },
      owner: { type: 'string' },
      date: { type: 'string' },
    },
    usage,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const today = values.date ?? buildDate(io.env);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) {
    io.error(`--date “${today}” is not a date: write it YYYY-MM-DD, e.g. 2026-11-23`);
    return 2;
  }

  const categories = loadCategories(io.root);
  if (categories.problems.length) {
    io.error(formatProblems(categories.problems));
    return 1;
  }
  const sources = readKbSources(io.root);
  const existing = existingArticles(validateKb(sources, categories.value).value);

  const result = scaffoldArticle(
    {
      title: positionals.join(' '),
      locale: values.locale,
      tier: values.tier,
      category: values.category,
      type: values.type,
      template: values.template,
      slug: values.slug,
      audience: values.audience,
      translationOf: values['translation-of'],
      summary: values.summary,
      owner: values.owner ?? io.gitUser(),
    },
    { today, categories: categories.value, existing, files: sources.map((s) => s.path) },
  );
  if (!result.value) {
    io.error(
      `Nothing was written:\n${result.errors.map((e) => `  - ${e}`).join('\n')}\n\nSee npm run new:article -- --help`,
    );
    return 1;
  }
  const file = result.value;

  // The same checks as the build, over the project with the new file in it: never write a file
  // that would stop the build.
  const check = validateKb(
    [...sources, { path: file.path, source: file.source }],
    categories.value,
  );
  const own = check.problems.filter((p) => p.file === file.path);
  if (hasErrors(own)) {
    io.error(
      `Nothing was written; the new file would not pass the checks:\n${formatProblems(own)}`,
    );
    return 1;
  }

  if (!writeNewFile(join(io.root, file.path), file.source)) {
    io.error(`${file.path} already exists and was left as it is: pass another --slug`);
    return 1;
  }
  io.log(`Created ${file.path}`);
  for (const note of file.notes) io.log(`  · ${note}`);
  io.log(
    [
      '',
      'Next:',
      `  1. Write the article in ${file.path} (replace the text in brackets and the summary).`,
      `  2. Preview: npm run dev, then open http://localhost:4321${articlePath(file.locale, file.category, file.slug)}`,
      '  3. Check: npm run check',
      '  4. Set `status: published`, then open a pull request (see CONTRIBUTING.md).',
    ].join('\n'),
  );
  return 0;
}

if (import.meta.main) {
  const root = resolve(import.meta.dirname, '..');
  process.exitCode = main(process.argv.slice(2), {
    root,
    env: process.env,
    gitUser: () => gitUserName(root),
    ...consoleOutput,
  });
}
