import type { YAMLError } from 'yaml';
import type { FileKind } from './messages/index.ts';
import { problem, type Place, type Problem } from './problem.ts';

/**
 * A YAML syntax error as a problem an editor understands: tabs, a key written twice, an unclosed
 * quote and a colon inside a value get their own message; anything else keeps the parser's words.
 * `lines` is the YAML text split into lines, to look at the line the error is on.
 */
export function yamlProblem(
  file: string,
  kind: FileKind,
  error: Pick<YAMLError, 'code' | 'message'>,
  place: Place,
  lines: readonly string[],
): Problem {
  const line = lines[place.line - 1] ?? '';
  const detail = error.message.split('\n')[0] ?? error.message;
  if (error.code === 'TAB_AS_INDENT' || /^\s*\t/.test(line)) {
    const column = line.indexOf('\t') + 1;
    return problem(
      'error',
      file,
      { line: place.line, column: column > 0 ? column : 1 },
      '',
      'yaml.tab',
      { kind },
    );
  }
  if (error.code === 'DUPLICATE_KEY') {
    const key =
      /^\s*(?:-\s+)?["']?([^"':]+)["']?\s*:/.exec(line.slice(Math.max(0, place.column - 1)))?.[1] ??
      /^\s*(?:-\s+)?([^:]+):/.exec(line)?.[1] ??
      '';
    return problem('error', file, place, key.trim(), 'yaml.duplicate-key', { key: key.trim() });
  }
  if (error.code === 'MISSING_CHAR' && /quote/i.test(detail)) {
    // The parser notices only where the text ends; point at the line where the quote opens.
    const opening = openingQuote(lines, place.line);
    return problem(
      'error',
      file,
      opening ?? place,
      keyOf(lines[(opening ?? place).line - 1] ?? ''),
      'yaml.unclosed-quote',
      {},
    );
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || /compact mappings/.test(detail)) {
    return problem('error', file, place, keyOf(line), 'yaml.colon-in-value', {});
  }
  return problem('error', file, place, keyOf(line), 'yaml.syntax', { kind, detail });
}

/** The field a YAML line starts, e.g. `title` for `title: …`; empty when it starts none. */
const keyOf = (line: string): string => /^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1] ?? '';

/** The first line, up to `last`, with a quote that is not closed on the same line. */
function openingQuote(lines: readonly string[], last: number): Place | undefined {
  for (let i = 0; i < Math.min(last, lines.length); i++) {
    const line = lines[i]!;
    const value = /:\s+(["'])/.exec(line);
    if (!value) continue;
    const quote = value[1]!;
    const start = (value.index ?? 0) + value[0].length;
    const rest = line.slice(start);
    const closed = quote === '"' ? /(^|[^\\])"/.test(rest) : /'/.test(rest.replace(/''/g, ''));
    if (!closed) return { line: i + 1, column: start };
  }
  return undefined;
}

/**
 * One problem per line, and only the tab problems when there are any: after a tab or a similar
 * slip the parser reports follow-on errors on later lines that would only bury the real one.
 */
export function tidyYamlProblems(problems: readonly Problem[]): Problem[] {
  const tabs = problems.filter((p) => p.code === 'yaml.tab');
  const chosen = tabs.length ? tabs : problems;
  const seen = new Set<number>();
  return chosen.filter((p) => !seen.has(p.line) && seen.add(p.line));
}
