/** One thing wrong (or worth a look) in a file an editor wrote. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based; 1 when the problem concerns the whole file. */
  line: number;
  column: number;
  /** Dotted path of the field, e.g. `tags.2`; empty for the file as a whole. */
  field: string;
  /** What is wrong, naming what was found. */
  message: string;
  /** How to fix it, naming what is allowed. */
  fix: string;
}

export interface Result<T> {
  value: T | undefined;
  problems: Problem[];
}

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((p) => p.severity === 'error');

/** `file:line:column  error  field: message  → fix`, one problem a line, sorted by place. */
export function formatProblems(problems: readonly Problem[]): string {
  return [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
    .map((p) => {
      const field = p.field ? `${p.field}: ` : '';
      return `${p.file}:${p.line}:${p.column}  ${p.severity}  ${field}${p.message}\n    → ${p.fix}`;
    })
    .join('\n');
}

export function summarize(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
