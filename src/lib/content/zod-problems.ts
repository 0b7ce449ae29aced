import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';

type Position = (path: readonly (string | number)[]) => { line: number; column: number };

/** Show a value the way the editor typed it. */
export function show(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return `“${value}”`;
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a nested object';
  return String(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list, e.g. [a, b]',
  object: 'a set of fields',
  boolean: 'true or false',
  date: 'a date written YYYY-MM-DD',
};

/**
 * Turn zod issues into problems an editor can act on: the field, what was found, what is allowed.
 * `examples` gives, per top-level field, a line to copy into the file.
 */
export function zodProblems(
  error: z.ZodError,
  data: unknown,
  file: string,
  position: Position,
  examples: Record<string, string> = {},
): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const field = path.join('.');
    const found = valueAt(data, path);
    const example = examples[String(path[0])];
    let message: string;
    let fix: string;
    if (issue.code === 'invalid_value' && 'values' in issue) {
      const allowed = issue.values.map(String).join(', ');
      message = found === undefined ? 'is missing' : `${show(found)} is not allowed`;
      fix = found === undefined ? `add \`${field}:\` with one of: ${allowed}` : `use one of: ${allowed}`;
    } else if (found === undefined && issue.code === 'invalid_type') {
      message = 'is missing';
      fix = example ? `add it, e.g. \`${example}\`` : `add \`${field}:\``;
    } else if (issue.code === 'invalid_type') {
      message = `expected ${typeNames[issue.expected] ?? issue.expected}, found ${show(found)}`;
      if (issue.expected === 'string' && (typeof found === 'number' || typeof found === 'boolean')) {
        fix = `put it in quotes so it stays text: "${String(found)}"`;
      } else {
        fix = example ? `write it like \`${example}\`` : `write ${typeNames[issue.expected] ?? issue.expected}`;
      }
    } else if (issue.code === 'unrecognized_keys') {
      message = `unknown field ${issue.keys.join(', ')}`;
      fix = 'remove it or check its spelling';
    } else {
      message = `${show(found)}: ${issue.message}`;
      fix = example ? `write it like \`${example}\`` : issue.message;
    }
    const { line, column } = position(path);
    return { severity: 'error', file, line, column, field, message, fix } satisfies Problem;
  });
}

/** Closest candidate by edit distance, for "did you mean …". */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
