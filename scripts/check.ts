/**
 * `npm run check`: validate every article, category, KPI catalog, snapshot, report narrative and
 * the plan without building, and list every problem at once. Exits 1 when there are errors;
 * warnings alone do not fail.
 *
 *   --lang zh-cn|en        language of the messages (else HANDBOOK_LANG, else LANG/LC_ALL)
 *   --json                 one JSON object (problems + summary) on stdout, for CI and editors
 *   --format github        GitHub Actions annotations (::error file=…,line=…::…)
 *   --root <dir>           check another project folder
 *   --health               the content health report after the problems (stderr with --json)
 *   --help                 the usage, in the language of the messages
 */
import { resolve } from 'node:path';
import { buildDate } from '../src/lib/build-info.ts';
import { formatHealth, healthFromArticles } from '../src/lib/kb/health.ts';
import { checkProjectDetails } from '../src/lib/project/check.ts';
import { formatProblems, hasErrors, summarize } from '../src/lib/diagnostics/problem.ts';
import {
  checkTexts,
  formatGithub,
  formatJson,
  parseCheckArgs,
} from '../src/lib/project/check-cli.ts';

// Every option is parsed here, in one place.
const args = parseCheckArgs(process.argv.slice(2), process.env);
if (args.errors.length) {
  console.error(args.errors.join('\n'));
  process.exit(2);
}
const { lang, format } = args;
if (args.help) {
  console.log(checkTexts[lang].usage);
  process.exit(0);
}

const root = resolve(args.root ?? resolve(import.meta.dirname, '..'));
const { problems, kb } = checkProjectDetails(root);
if (format === 'json') console.log(formatJson(problems, lang));
else if (format === 'github') {
  if (problems.length) console.log(formatGithub(problems, lang));
  console.log(problems.length ? summarize(problems, lang) : checkTexts[lang].allValid);
} else {
  if (problems.length) console.log(formatProblems(problems, lang));
  console.log(problems.length ? summarize(problems, lang) : checkTexts[lang].allValid);
}
// `--health`: the content health report (src/lib/kb/health.ts), after the problems, from the
// articles the check has just read and validated.
if (args.health) {
  const report = healthFromArticles(kb.articles, kb.categories, buildDate());
  // With --json, stdout stays one JSON object; the report goes to stderr.
  (format === 'json' ? console.error : console.log)(`\n${formatHealth(report, lang)}`);
}
process.exit(hasErrors(problems) ? 1 : 0);
