import type { z } from 'astro/zod';
import { scanJson, type JsonPosition } from './json-position.ts';
import { hasErrors, problem, type Place, type Problem } from './problem.ts';
import { readText } from './read.ts';
import { zodProblems } from './zod-problems.ts';

const placeOf = (text: string, offset: number): Place => {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
};

const offsetOf = (text: string, place: Place): number =>
  text
    .split('\n')
    .slice(0, place.line - 1)
    .reduce((n, line) => n + line.length + 1, 0) +
  place.column -
  1;

/**
 * Find what editors typically get wrong in JSON, all at once: comments and trailing commas (both
 * fine in JavaScript, not in JSON) and single quotes. Strings are skipped so text inside them is
 * never mistaken for syntax.
 */
function commonMistakes(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  let i = 0;
  let lastComma = -1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
      lastComma = -1;
      continue;
    }
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      problems.push(problem('error', file, placeOf(text, i), '', 'json.comment', {}));
      const end = text[i + 1] === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2) + 1;
      i = end <= 0 ? text.length : end + 1;
      continue;
    }
    if (c === "'") {
      problems.push(problem('error', file, placeOf(text, i), '', 'json.not-quoted', {}));
      const end = text.indexOf("'", i + 1);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (c === ',') lastComma = i;
    else if ((c === '}' || c === ']') && lastComma >= 0) {
      problems.push(
        problem('error', file, placeOf(text, lastComma), '', 'json.trailing-comma', { before: c }),
      );
      lastComma = -1;
    } else if (!/\s/.test(c)) lastComma = -1;
    i++;
  }
  return problems;
}

/** A parsed JSON file: its value, the text it was parsed from and where each path sits. */
export interface ParsedJson {
  value: unknown;
  problems: Problem[];
  /** The text without a byte-order mark, as parsed. */
  text: string;
  /**
   * Line and column of every path, from the scan that looked for duplicate keys; only when the
   * text parsed (a broken file has no reliable positions).
   */
  position: JsonPosition | undefined;
}

/**
 * Parse a JSON file's text. Never throws: a syntax error, a comment, a trailing comma or a key
 * written twice each become a problem with its line and column. A value with problems is not
 * returned, so nothing downstream works with a silently changed value.
 */
export function parseJsonText(file: string, source: string): ParsedJson {
  const text = source.replace(/^\uFEFF/, '');
  const failed = (problems: Problem[]): ParsedJson => ({
    value: undefined,
    problems,
    text,
    position: undefined,
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const mistakes = commonMistakes(file, text);
    if (mistakes.length) return failed(mistakes);
    const message = (error as Error).message;
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? text.length);
    const place = lineCol
      ? { line: Number(lineCol[1]), column: Number(lineCol[2]) }
      : placeOf(text, offset);
    // A missing comma is noticed at the next key; the comma belongs after the previous value.
    if (/Expected ',' or/.test(message)) {
      let end = (lineCol ? offsetOf(text, place) : offset) - 1;
      while (end > 0 && /\s/.test(text[end]!)) end--;
      return failed([problem('error', file, placeOf(text, end + 1), '', 'json.missing-comma', {})]);
    }
    const detail = message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/ in JSON at position \d+/, '');
    return failed([problem('error', file, place, '', 'json.syntax', { detail })]);
  }
  const { duplicates, position } = scanJson(text);
  if (duplicates.length) {
    return {
      ...failed(
        duplicates.map((d) =>
          problem('error', file, d, d.path.join('.'), 'json.duplicate-key', { key: d.key }),
        ),
      ),
      position,
    };
  }
  return { value, problems: [], text, position };
}

/** A JSON file as read: its value, its text (without a byte-order mark) and its positions. */
export interface ReadJson {
  value: unknown;
  problems: Problem[];
  /** Undefined when the file could not be read or decoded. */
  text: string | undefined;
  /** Undefined when the file could not be read or parsed. */
  position: JsonPosition | undefined;
}

/**
 * Read a JSON file. A missing file, bytes that are not UTF-8, an empty file, a syntax error, a
 * comment, a trailing comma or a duplicate key each become a problem with its line and column.
 * The text and the positions come back too, so nobody reads or scans the file again.
 */
export function readJson(root: string, file: string): ReadJson {
  const { text, problems } = readText(root, file, 'json');
  if (text === undefined) return { value: undefined, problems, text, position: undefined };
  const parsed = parseJsonText(file, text);
  return {
    value: parsed.value,
    problems: [...problems, ...parsed.problems],
    text: parsed.text,
    position: parsed.position,
  };
}

/** Read a JSON file and check it against a schema, pointing schema problems at their key. */
export function readJsonWith<T>(
  root: string,
  file: string,
  schema: z.ZodType<T>,
): { value: T | undefined; problems: Problem[]; position: JsonPosition } {
  const json = readJson(root, file);
  const position = json.position ?? (() => ({ line: 1, column: 1 }));
  if (hasErrors(json.problems) || json.text === undefined) {
    return { value: undefined, problems: json.problems, position };
  }
  const parsed = schema.safeParse(json.value);
  if (parsed.success) return { value: parsed.data, problems: json.problems, position };
  return {
    value: undefined,
    problems: [
      ...json.problems,
      ...zodProblems(parsed.error, json.value, file, position, { syntax: 'json', schema }),
    ],
    position,
  };
}
