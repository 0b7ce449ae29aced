import { checkLangs, type CheckLang } from '../diagnostics/messages/index.ts';
import { localize, sortProblems, summarize, type Problem } from '../diagnostics/problem.ts';

export type CheckFormat = 'text' | 'json' | 'github';

export interface CheckArgs {
  lang: CheckLang;
  /** `--root <dir>`: check another project folder (tests, CI of content-only repositories). */
  root: string | undefined;
  format: CheckFormat;
  /** `--health`: print the content health report after the problems. */
  health: boolean;
  /** `--help`: print the usage and stop. */
  help: boolean;
  /** Misused options, worded for the terminal; the command stops on them. */
  errors: string[];
}

/**
 * The language the check speaks: `--lang`, else `HANDBOOK_LANG`, else the system locale
 * (`LC_ALL`, `LC_MESSAGES`, `LANG`; any `zh…` means Simplified Chinese), else English.
 */
export function checkLang(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): CheckLang {
  const pick = (value: string | undefined): CheckLang | undefined => {
    const v = value?.trim().toLowerCase().replace('_', '-');
    if (!v) return undefined;
    if (v === 'en' || v.startsWith('en-') || v.startsWith('en.')) return 'en';
    if (v.startsWith('zh')) return 'zh-cn';
    return undefined;
  };
  const system = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return (
    pick(flag) ??
    pick(env.HANDBOOK_LANG) ??
    (system && system !== 'C' && system !== 'POSIX' ? pick(system) : undefined) ??
    'en'
  );
}

/**
 * Parse `npm run check` arguments: `--lang zh-cn|en`, `--json`, `--format text|json|github`,
 * `--root <dir>`, `--health`.
 */
export function parseCheckArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CheckArgs {
  let langFlag: string | undefined;
  let format: CheckFormat = 'text';
  let root: string | undefined;
  let health = false;
  let help = false;
  const errors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (name === '--lang') {
      langFlag = value();
      if (!langFlag || !/^(en|zh)([-_.].*)?$/i.test(langFlag)) {
        errors.push(
          `--lang: “${langFlag ?? ''}” is not a language of the check; use one of: ${checkLangs.join(', ')}`,
        );
      }
    } else if (name === '--json') format = 'json';
    else if (name === '--root') {
      root = value();
      if (!root) errors.push('--root: name the project folder to check');
    } else if (name === '--format') {
      const f = value();
      if (f === 'text' || f === 'json' || f === 'github') format = f;
      else errors.push(`--format: “${f ?? ''}” is unknown; use one of: text, json, github`);
    } else if (arg === '--health') health = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else
      errors.push(
        `${arg}: unknown option; use --lang zh-cn|en, --json, --format text|json|github, --root <dir>, --health or --help`,
      );
  }
  return { lang: checkLang(langFlag, env), root, format, health, help, errors };
}

/**
 * The `--json` report: a stable object for CI and editors. `problems` is sorted by file, line and
 * column; `code` identifies the kind of problem and does not change with the language.
 */
export function formatJson(problems: readonly Problem[], lang: CheckLang): string {
  const list = sortProblems(localize(problems, lang)).map((p) => ({
    severity: p.severity,
    file: p.file,
    line: p.line,
    column: p.column,
    ...(p.endLine !== undefined ? { endLine: p.endLine } : {}),
    field: p.field,
    code: p.code,
    message: p.message,
    fix: p.fix,
  }));
  const errors = problems.filter((p) => p.severity === 'error').length;
  return JSON.stringify(
    {
      version: 1,
      lang,
      problems: list,
      summary: {
        errors,
        warnings: problems.length - errors,
        files: new Set(problems.map((p) => p.file)).size,
        text: summarize(problems, lang),
      },
    },
    null,
    2,
  );
}

const escapeData = (s: string) =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: each problem becomes an annotation on its file and line. */
export function formatGithub(problems: readonly Problem[], lang: CheckLang): string {
  return sortProblems(localize(problems, lang))
    .map((p) => {
      const props = [
        `file=${escapeProperty(p.file)}`,
        `line=${p.line}`,
        ...(p.endLine !== undefined ? [`endLine=${p.endLine}`] : []),
        `col=${p.column}`,
        `title=${escapeProperty(p.field ? `${p.field} (${p.code})` : p.code)}`,
      ];
      return `::${p.severity} ${props.join(',')}::${escapeData(`${p.message}\n→ ${p.fix}`)}`;
    })
    .join('\n');
}

/** The closing lines of the text report, in the check's language. */
export const checkTexts = {
  en: {
    allValid: 'All content and data are valid.',
    nothingBuilt: 'Nothing was built. Fix the errors above and build again.',
    skippedInDev: 'The pages above are skipped until fixed.',
    usage: `Usage: npm run check -- [options]

Checks every article, category, KPI catalog, snapshot, report narrative and the plan without
building, and lists every problem at once. Exits 1 when there are errors; warnings alone pass.

  --lang zh-cn|en     language of the messages (default: HANDBOOK_LANG, else LANG/LC_ALL)
  --json              one JSON object (problems and summary) on stdout, for CI and editors
  --format github     GitHub Actions annotations
  --root <dir>        check another project folder
  --health            the content health report after the problems`,
  },
  'zh-cn': {
    allValid: '所有内容和数据都没有问题。',
    nothingBuilt: '没有生成任何文件。请修正上面的错误后重新构建。',
    skippedInDev: '上面这些页面在修正之前不会显示。',
    usage: `用法：npm run check -- [选项]

不构建网站，检查所有文章、分类、KPI 目录、快照、季度报告正文和改进计划，一次列出全部问题。
有错误时退出码为 1；只有警告时通过。

  --lang zh-cn|en     提示语言（默认取 HANDBOOK_LANG，其次 LANG/LC_ALL）
  --json              在标准输出打印一个 JSON 对象（问题和汇总），供 CI 和编辑器使用
  --format github     输出 GitHub Actions 注释
  --root <dir>        检查另一个项目文件夹
  --health            在问题之后打印内容健康报告`,
  },
} satisfies Record<CheckLang, Record<string, string>>;
