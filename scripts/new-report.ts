/**
 * `npm run new:report -- 2026-Q4 [--locale zh-cn|en|all]`: write a quarter's narrative skeleton
 * (`content/reports/<locale>/<yyyy>-q<n>.mdx`) whose headline figures are `<Kpi>`, `<Delta>` and
 * `<Target>` components over `data/kpis.json`, never typed numbers. Never overwrites a file.
 */
import { loadPlan } from '../src/lib/roadmap/load.ts';
import { join, resolve } from 'node:path';
import { formatProblems, hasErrors } from '../src/lib/diagnostics/problem.ts';
import { parseQuarter } from '../src/lib/periods.ts';
import { scaffoldReport } from './lib/scaffold.ts';
import { gitUserName } from '../src/lib/git.ts';
import { loadMetrics } from '../src/lib/metrics/load-metrics.ts';
import { validateReports } from '../src/lib/metrics/validate-reports.ts';
import { locales, type Locale } from '../src/schemas/localized.ts';
import { consoleOutput, parseCommandLine, usageError, type CliOutput } from './lib/command-line.ts';
import { writeNewFile } from './lib/write-new-file.ts';
import { reportPath } from '../src/lib/urls.ts';

export interface ReportCliIo extends CliOutput {
  root: string;
  gitUser: () => string | undefined;
}

const usage = `Usage: npm run new:report -- <yyyy-Qn> [--locale zh-cn|en|all] [--author "<name>"]

  <yyyy-Qn>        the quarter, e.g. 2026-Q4
  --locale         which narrative to start (default all: one per language)
  --author         default: git config user.name`;

/** Run the command; returns the exit code. */
export function main(argv: readonly string[], io: ReportCliIo): number {
  const parsed = parseCommandLine(
    argv,
    { locale: { type: 'string' }, author: { type: 'string' } },
    usage,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const period = parseQuarter(positionals[0] ?? '');
  if (!period || positionals.length !== 1)
    return usageError(
      io,
      `${positionals.length ? `“${positionals.join(' ')}” is not a quarter` : 'the quarter is missing'}: write it YYYY-Qn, e.g. npm run new:report -- 2026-Q4`,
      usage,
    );
  const choice = values.locale ?? 'all';
  if (choice !== 'all' && !(locales as readonly string[]).includes(choice)) {
    io.error(`--locale “${choice}” is not allowed: use one of: ${locales.join(', ')}, all`);
    return 2;
  }
  const targets: Locale[] = choice === 'all' ? [...locales] : [choice as Locale];
  const author = values.author?.trim() || io.gitUser();
  if (!author) {
    io.error(
      'Nothing was written: no author. `git config user.name` is not set here; pass --author "服务质量改进小组"',
    );
    return 1;
  }

  const metrics = loadMetrics(io.root);
  if (hasErrors(metrics.problems)) {
    io.error(`Nothing was written; fix data/ first:\n${formatProblems(metrics.problems)}`);
    return 1;
  }
  const kpiIds = metrics.value.kpis.map((k) => k.id);
  const targeted = new Set(loadPlan(io.root, metrics.value).plan?.goals.map((g) => g.kpi));
  const periods = metrics.value.snapshots.map((s) => s.period);
  const snapshot = `data/snapshots/${period.toLowerCase()}.json`;

  const written: Locale[] = [];
  for (const locale of targets) {
    const file = scaffoldReport(period, locale, metrics.value.kpis, author, targeted);
    // The same checks as the build; the snapshot may legitimately come later, so that one problem
    // is reported below as a warning rather than blocking the skeleton.
    const problems = validateReports([file], [...periods, period], kpiIds);
    if (problems.length) {
      io.error(`${file.path} was not written:\n${formatProblems(problems)}`);
      return 1;
    }
    if (!writeNewFile(join(io.root, file.path), file.source)) {
      io.error(`${file.path} already exists and was left as it is.`);
      continue;
    }
    written.push(locale);
    io.log(`Created ${file.path}`);
  }
  if (!written.length) return 1;

  if (!periods.includes(period)) {
    io.log(
      `\nWarning: there is no ${snapshot} yet. The report page for ${period} is built only from a snapshot, and until it exists npm run check and the build stop with “there is no snapshot for ${period}”. Add the snapshot before merging (copy the previous quarter's file and replace every value).`,
    );
  }
  io.log(
    [
      '',
      'Next:',
      '  1. Replace the title, summary and the text in brackets; keep every figure as <Kpi>, <Delta> or <Target>.',
      `  2. Preview: npm run dev, then open ${written.map((l) => `http://localhost:4321${reportPath(l, period)}`).join(' and ')}`,
      '  3. Check: npm run check',
    ].join('\n'),
  );
  return 0;
}

if (import.meta.main) {
  const root = resolve(import.meta.dirname, '..');
  process.exitCode = main(process.argv.slice(2), {
    root,
    gitUser: () => gitUserName(root),
    ...consoleOutput,
  });
}
