/** Where a value sits in a JSON file, so a problem can point at its line. */
export interface JsonPlace {
  line: number;
  column: number;
}

export type JsonPosition = (path: readonly (string | number)[]) => JsonPlace;

const keyOf = (path: readonly (string | number)[]) => path.map(String).join('\u0000');

/**
 * Map every JSON path to the line and column of its key (object members) or of its value (array
 * items). A small scanner rather than `JSON.parse`, which keeps no positions. The text is assumed
 * to be valid JSON already (it has passed `JSON.parse`); on anything odd the scanner stops and the
 * paths found so far still answer. An unknown path falls back to its nearest known ancestor, then
 * to line 1.
 */
export function jsonPositions(text: string): JsonPosition {
  return scanJson(text).position;
}

/** A key written twice in one object: `JSON.parse` silently keeps the last. */
export interface DuplicateKey extends JsonPlace {
  key: string;
  path: (string | number)[];
}

/** Positions of every path, and every key that appears twice in the same object. */
export function scanJson(text: string): { position: JsonPosition; duplicates: DuplicateKey[] } {
  const duplicates: DuplicateKey[] = [];
  const places = new Map<string, JsonPlace>();
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const placeAt = (offset: number): JsonPlace => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };

  let i = 0;
  const skip = () => {
    while (i < text.length && /[\s\uFEFF]/.test(text[i]!)) i++;
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: (string | number)[]): void => {
    skip();
    const c = text[i];
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') {
        i++;
        return;
      }
      const seen = new Set<string>();
      while (i < text.length) {
        skip();
        if (text[i] !== '"') return;
        const at = i;
        const key = readString();
        const childPath = [...path, key];
        if (seen.has(key)) duplicates.push({ key, path: childPath, ...placeAt(at) });
        else places.set(keyOf(childPath), placeAt(at));
        seen.add(key);
        skip();
        if (text[i] !== ':') return;
        i++;
        value(childPath);
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') i++;
        return;
      }
    } else if (c === '[') {
      i++;
      skip();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let index = 0; i < text.length; index++) {
        skip();
        const childPath = [...path, index];
        places.set(keyOf(childPath), placeAt(i));
        value(childPath);
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') i++;
        return;
      }
    } else if (c === '"') {
      readString();
    } else {
      while (i < text.length && /[^\s,\]}]/.test(text[i]!)) i++;
    }
  };
  try {
    value([]);
  } catch {
    // A malformed string: keep what was found.
  }

  const position: JsonPosition = (path) => {
    for (let depth = path.length; depth > 0; depth--) {
      const place = places.get(keyOf(path.slice(0, depth)));
      if (place) return place;
    }
    return { line: 1, column: 1 };
  };
  return { position, duplicates };
}
