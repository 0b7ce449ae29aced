import { isMap, isScalar, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { yamlPositions } from './yaml-position.ts';

/** Front matter parsed with positions, so every problem can point at the line that caused it. */
export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** Line and column of a field's key (or of an item inside it); the opening `---` when absent. */
  position: (path: readonly (string | number)[]) => { line: number; column: number };
  keys: string[];
  yamlErrors: { message: string; code: YAMLError['code']; line: number; column: number }[];
  /** The opening `---` has no closing `---`: everything after it was read as front matter. */
  unterminated: boolean;
  /** The front matter is YAML but not a set of fields (a list, or a bare value). */
  notMap: boolean;
  /** The front matter's text split into lines, indexed from the file's line 1 (the `---`). */
  lines: string[];
}

const fence = /^---[ \t]*$/;

/**
 * The file's lines (a byte-order mark left out) and the index of the closing `---`, or
 * `lines.length` when none closes the front matter; undefined when the file does not start with
 * `---`.
 */
function splitLines(source: string): { lines: string[]; closing: number } | undefined {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const lines = text.split(/\r\n|\r|\n/);
  if (!fence.test(lines[0] ?? '')) return undefined;
  const closing = lines.findIndex((line, i) => i > 0 && fence.test(line));
  return { lines, closing: closing < 0 ? lines.length : closing };
}

/** The body after the closing `---`; empty when the front matter is never closed. */
const bodyOf = ({ lines, closing }: { lines: string[]; closing: number }): string =>
  lines.slice(closing + 1).join('\n');

/**
 * A Markdown file's body, split off exactly as {@link readFrontMatter} splits it, without parsing
 * the front matter (for callers that need only the text); undefined when there is no front matter.
 */
export function frontMatterBody(source: string): string | undefined {
  const split = splitLines(source);
  return split && bodyOf(split);
}

/**
 * Split a Markdown file into front matter and body and parse the front matter with positions.
 * Undefined when the file does not start with `---`. Tolerates a byte-order mark and Windows line
 * endings (line numbers stay those of the file); the file's bytes are not changed.
 */
export function readFrontMatter(source: string): FrontMatter | undefined {
  const split = splitLines(source);
  if (!split) return undefined;
  const { lines, closing } = split;
  const unterminated = closing === lines.length;
  // A leading empty line stands for the opening `---`, so the parser's line numbers are the file's.
  const raw = ['', ...lines.slice(1, closing)].join('\n');
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(raw, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const yamlErrors = doc.errors.map((e) => ({
    message: e.message.split('\n')[0] ?? e.message,
    code: e.code,
    ...at(e.pos[0]),
  }));
  const js: unknown = yamlErrors.length ? {} : doc.toJS();
  const notMap = js !== null && js !== undefined && (typeof js !== 'object' || Array.isArray(js));
  const keys = isMap(doc.contents)
    ? doc.contents.items
        .map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''))
        .filter(Boolean)
    : [];
  return {
    data: js && typeof js === 'object' && !Array.isArray(js) ? (js as Record<string, unknown>) : {},
    body: bodyOf(split),
    bodyLine: closing + 2,
    keys,
    yamlErrors,
    unterminated,
    notMap,
    lines: ['---', ...lines.slice(1, closing)],
    position: yamlPositions(doc, lineCounter),
  };
}
