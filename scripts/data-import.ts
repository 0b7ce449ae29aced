/**
 * `npm run data:import -- <file…> --source zendesk|freshdesk|servicenow|jira|csv [options]`:
 * compute the ticket-flow figures from help-desk exports into data/tickets/computed.json, with the
 * normalised tickets as Parquet beside them. Nothing is written when the import fails.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { checkLang } from '../src/lib/project/check-cli.ts';
import { formatProblems, hasErrors, localize, summarize } from '../src/lib/diagnostics/problem.ts';
import { importTickets, tagsParquetFile } from '../src/lib/tickets/import.ts';
import { loadMapping } from '../src/lib/tickets/mapping.ts';
import { sourceIds, sources, type SourceId } from '../src/lib/tickets/sources.ts';
import { writeFigures } from '../src/lib/tickets/write.ts';
import { consoleOutput, parseCommandLine, usageError } from './lib/command-line.ts';

const usage = `Usage: npm run data:import -- <export.csv|.csv.gz|.json …> --source <${sourceIds.join('|')}> [options]

  --source <id>            the system that wrote the export (required unless --mapping names it)
  --mapping <file.yaml>    column names for a generic CSV or renamed columns (see README, Data import)
  --tz <zone>              time zone of dates written without one, e.g. Asia/Shanghai (never guessed)
  --date-order dmy|mdy     order of slash dates when the file does not settle it
  --max-rejected <n|p%>    rows that may be rejected before the import fails (default 1%)
  --repeat-window <days>   a repeat contact is the same requester again within this many days (default 7)
  --working-day-hours <h>  hours in a working day, for ticket first response in working days (default 8)
  --exported-on <date>     the day the export was taken (default: the latest time in it)
  --out <file>             figures file (default data/tickets/computed.json)
  --parquet <file>         normalised tickets as Parquet (default data/tickets/parquet/tickets.parquet),
                           their tags beside it (tickets-tags.parquet)
  --lang zh-cn|en          language of the messages
  --root <dir>             project folder (default: this repository)`;

const args = parseCommandLine(
  process.argv.slice(2),
  {
    source: { type: 'string' },
    mapping: { type: 'string' },
    tz: { type: 'string' },
    'date-order': { type: 'string' },
    'max-rejected': { type: 'string' },
    'repeat-window': { type: 'string' },
    'working-day-hours': { type: 'string' },
    'exported-on': { type: 'string' },
    out: { type: 'string' },
    parquet: { type: 'string' },
    lang: { type: 'string' },
    root: { type: 'string' },
  },
  usage,
  consoleOutput,
);
if (typeof args === 'number') process.exit(args);
const v = args.values;
const lang = checkLang(v.lang, process.env);
const root = resolve(v.root ?? resolve(import.meta.dirname, '..'));
const fail = (message: string) => process.exit(usageError(consoleOutput, message, usage));

if (args.positionals.length === 0) fail('name at least one export file');
if (v['date-order'] && v['date-order'] !== 'dmy' && v['date-order'] !== 'mdy')
  fail('--date-order is dmy or mdy');
if (v['exported-on'] && !/^\d{4}-\d{2}-\d{2}$/.test(v['exported-on']))
  fail('--exported-on is a date written YYYY-MM-DD');
const positive = (name: string, text: string | undefined, fallback: number) => {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!(n > 0)) fail(`--${name} is a positive number`);
  return n;
};
const repeatWindowDays = positive('repeat-window', v['repeat-window'], 7);
const workingDayMinutes = positive('working-day-hours', v['working-day-hours'], 8) * 60;

const name = (path: string) => relative(root, resolve(path)).split('\\').join('/');
let source = v.source ? sources[v.source as SourceId] : undefined;
if (v.source && !source) fail(`--source is one of ${sourceIds.join(', ')}`);
if (v.mapping) {
  const mapping = loadMapping(resolve(v.mapping), name(v.mapping));
  if (!mapping.value) {
    console.log(formatProblems(mapping.problems, lang));
    process.exit(1);
  }
  source = mapping.value;
}
if (!source) fail('name the system with --source, or a mapping file with --mapping');

const out = resolve(root, v.out ?? 'data/tickets/computed.json');
const parquet = resolve(root, v.parquet ?? 'data/tickets/parquet/tickets.parquet');
const parquetTmp = `${parquet}.tmp-${process.pid}`;
mkdirSync(dirname(parquet), { recursive: true });
const started = performance.now();
const result = await importTickets({
  files: args.positionals.map((p) => ({ path: resolve(p), name: name(p) })),
  source: source!,
  tz: v.tz,
  dateOrder: v['date-order'] as 'dmy' | 'mdy' | undefined,
  maxRejected: v['max-rejected'] ?? '1%',
  repeatWindowDays,
  workingDayMinutes,
  exportedOn: v['exported-on'],
  parquet: parquetTmp,
});

// Problems about the whole import first, then the first 50 about single rows.
const wholeFile = result.problems.filter((p) => !p.message.startsWith('row '));
const shown = [...wholeFile, ...result.problems.filter((p) => !wholeFile.includes(p)).slice(0, 50)];
if (shown.length) console.log(formatProblems(localize(shown, lang), lang));
if (result.problems.length > shown.length)
  console.log(
    lang === 'zh-cn'
      ? `……另有 ${result.problems.length - shown.length} 个问题未列出`
      : `… and ${result.problems.length - shown.length} more problems not listed`,
  );
for (const f of result.files)
  console.log(
    lang === 'zh-cn'
      ? `${f.file}  sha256 ${f.sha256}  读取 ${f.rows} 行，拒绝 ${f.rejected} 行`
      : `${f.file}  sha256 ${f.sha256}  ${f.rows} rows read, ${f.rejected} rejected`,
  );
if (!result.value) {
  rmSync(parquetTmp, { force: true });
  rmSync(tagsParquetFile(parquetTmp), { force: true });
  console.log(summarize(result.problems, lang));
  console.log(
    lang === 'zh-cn' ? '导入失败，没有写入任何文件。' : 'The import failed; nothing was written.',
  );
  process.exit(1);
}
const { changed } = writeFigures(out, result.value, new Date());
renameSync(parquetTmp, parquet);
renameSync(tagsParquetFile(parquetTmp), tagsParquetFile(parquet));
for (const u of result.value.unsupported)
  console.log(
    lang === 'zh-cn'
      ? `无法计算：${u.measure}（${u.reason}）`
      : `not computed: ${u.measure} (${u.reason})`,
  );
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  lang === 'zh-cn'
    ? `${result.tickets} 张工单 → ${name(out)}${changed ? '' : '（内容未变）'}，${name(parquet)}；用时 ${seconds} 秒`
    : `${result.tickets} tickets → ${name(out)}${changed ? '' : ' (unchanged)'}, ${name(parquet)}; ${seconds} s`,
);
process.exit(hasErrors(result.problems) && !result.value ? 1 : 0);
