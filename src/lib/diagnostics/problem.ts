import {
  render,
  type CheckLang,
  type MessageCode,
  type MessageParams,
  type Subject,
} from './messages/index.ts';

/** One thing wrong (or worth a look) in a file an editor wrote. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based; 1 when the problem concerns the whole file. */
  line: number;
  column: number;
  /** Last line the problem covers, when it spans several. */
  endLine?: number;
  /** Dotted path of the field, e.g. `tags.2`; empty for the file as a whole. */
  field: string;
  /** Stable identifier of the kind of problem, e.g. `schema.enum`; the message catalogs' key. */
  code: MessageCode;
  /** What the message texts need (values found, allowed values, suggestions). */
  params: object;
  /** The item the problem sits in, e.g. a task of the plan. */
  subject?: Subject;
  /** What is wrong, naming what was found (English; see {@link localize}). */
  message: string;
  /** How to fix it, naming what is allowed (English; see {@link localize}). */
  fix: string;
}

export interface Result<T> {
  value: T | undefined;
  problems: Problem[];
}

export interface Place {
  line: number;
  column: number;
}

/** Build a problem from its code; the English texts are filled in, {@link localize} swaps them. */
export function problem<C extends MessageCode>(
  severity: Problem['severity'],
  file: string,
  place: Place,
  field: string,
  code: C,
  params: MessageParams<C>,
  subject?: Subject,
): Problem {
  const [message, fix] = render('en', code, params, subject);
  return {
    severity,
    file,
    line: place.line,
    column: place.column,
    field,
    code,
    params: params ?? {},
    ...(subject ? { subject } : {}),
    message,
    fix,
  };
}

/** The same problems with their texts in `lang`. */
export function localize(problems: readonly Problem[], lang: CheckLang): Problem[] {
  if (lang === 'en') return [...problems];
  return problems.map((p) => {
    const [message, fix] = render(lang, p.code, p.params as never, p.subject);
    return { ...p, message, fix };
  });
}

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((p) => p.severity === 'error');

const byPlace = (a: Problem, b: Problem) =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;

/** Problems in a stable order: by file, then line, then column. */
export const sortProblems = (problems: readonly Problem[]): Problem[] =>
  [...problems].sort(byPlace);

const severityLabel = {
  en: { error: 'error', warning: 'warning' },
  'zh-cn': { error: '错误', warning: '警告' },
};

/** `file:line:column  error  field: message  → fix`, one problem a line, sorted by place. */
export function formatProblems(problems: readonly Problem[], lang: CheckLang = 'en'): string {
  return sortProblems(localize(problems, lang))
    .map((p) => {
      const field = p.field ? `${p.field}${lang === 'zh-cn' ? '：' : ': '}` : '';
      return `${p.file}:${p.line}:${p.column}  ${severityLabel[lang][p.severity]}  ${field}${p.message}\n    → ${p.fix}`;
    })
    .join('\n');
}

export function summarize(problems: readonly Problem[], lang: CheckLang = 'en'): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (lang === 'zh-cn') return `${errors} 个错误，${warnings} 个警告`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
