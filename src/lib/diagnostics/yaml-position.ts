import { isMap, isScalar, type Document, type LineCounter } from 'yaml';

/** Line and column (1-based) of a field of a YAML document, by its path of keys and indexes. */
export type YamlPosition = (path: readonly (string | number)[]) => { line: number; column: number };

/**
 * Where each path of a parsed YAML document sits, for problems that point at a field: a map
 * entry's key (that is where an editor looks for the field, and a field written with no value,
 * `title:`, has nothing else), a list item itself. A path that does not exist falls back to its
 * nearest existing ancestor, then to line 1. One rule for front matter and the plan.
 */
export function yamlPositions(doc: Document, lineCounter: LineCounter): YamlPosition {
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  return (path) => {
    for (let depth = path.length; depth > 0; depth--) {
      const parentPath = path.slice(0, depth - 1);
      const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[depth - 1]);
        const key = pair?.key as { range?: [number, number, number] } | undefined;
        if (key?.range) return at(key.range[0]);
      }
      const node = doc.getIn(path.slice(0, depth), true) as
        { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return at(node.range[0]);
    }
    return { line: 1, column: 1 };
  };
}
