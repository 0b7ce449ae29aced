import matter from 'gray-matter';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

/** Front matter parsed with positions, so every problem can point at the line that caused it. */
export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** Line and column of a field's key (or of an item inside it); the opening `---` when absent. */
  position(path: readonly (string | number)[]): { line: number; column: number };
  keys: string[];
  yamlErrors: { message: string; line: number; column: number }[];
}

// gray-matter's own engine (js-yaml) keeps no positions; `yaml` does, so it parses instead.
const engines = { yaml: (source: string) => ({ __source: source }) };

/** Split a Markdown file into front matter and body. The file's bytes are not changed. */
export function readFrontMatter(source: string): FrontMatter | undefined {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  if (!/^---\r?\n/.test(text)) return undefined;
  const parsed = matter(text, { engines });
  // Windows line endings: the raw block keeps a `\r` before each `\n`, and one alone at its end.
  const raw = ((parsed.data as { __source?: string }).__source ?? '').replace(/\r\n?/g, '\n');
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(raw, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // The raw block starts with the newline that ends the opening `---`, so its line numbers are
  // already the file's.
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const yamlErrors = doc.errors.map((e) => ({ message: e.message.split('\n')[0] ?? e.message, ...at(e.pos[0]) }));
  const data = yamlErrors.length ? {} : (doc.toJS() as unknown);
  const keys = isMap(doc.contents)
    ? doc.contents.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')).filter(Boolean)
    : [];
  const frontLines = raw.split('\n').length;
  const closing = text.split(/\r?\n/).findIndex((line, i) => i > 0 && /^---\s*$/.test(line));
  return {
    data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    body: parsed.content,
    bodyLine: (closing > 0 ? closing : frontLines) + 2,
    keys,
    yamlErrors,
    position(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        if (node && typeof node === 'object' && node.range) {
          // For a top-level field point at its key, which is where editors look.
          if (depth === 1 && isMap(doc.contents)) {
            const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === path[0]);
            const key = pair?.key as { range?: [number, number, number] } | undefined;
            if (key?.range) return at(key.range[0]);
          }
          return at(node.range[0]);
        }
      }
      return { line: 1, column: 1 };
    },
  };
}
