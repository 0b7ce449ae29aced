import type { z } from 'astro/zod';
import { suggestIsoDate } from './date-suggest.ts';
import { found as encode, hintOf, type SchemaHint } from './messages/index.ts';
import { problem, type Problem } from './problem.ts';

type Position = (path: readonly (string | number)[]) => { line: number; column: number };

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export interface ZodProblemOptions {
  /** Per top-level field, a line to copy into the file. */
  examples?: Record<string, string>;
  /** How fixes spell a field: `name: value` in YAML front matter, `"name": value` in JSON. */
  syntax?: 'yaml' | 'json';
  /** The schema that was checked: an unknown key is then matched against the keys it allows. */
  schema?: z.ZodType | undefined;
}

/** The parts of a Zod 4 schema's definition the walk below reads. */
interface SchemaDef {
  type: string;
  shape?: Record<string, { _zod: { def: SchemaDef } }>;
  element?: { _zod: { def: SchemaDef } };
  innerType?: { _zod: { def: SchemaDef } };
  valueType?: { _zod: { def: SchemaDef } };
  in?: { _zod: { def: SchemaDef } };
  options?: { _zod: { def: SchemaDef } }[];
}

/**
 * The keys the object at `path` of `schema` allows, so an unknown key can be matched against them
 * (`titel` → `title`). Wrappers (optional, default, nullable, pipes) are looked through; a union
 * offers the keys of every branch. Empty when the path leads to no object.
 */
export function allowedKeys(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  const unwrap = (def: SchemaDef): SchemaDef[] => {
    if (def.innerType) return unwrap(def.innerType._zod.def);
    if (def.type === 'pipe' && def.in) return unwrap(def.in._zod.def);
    if (def.type === 'union' && def.options) return def.options.flatMap((o) => unwrap(o._zod.def));
    return [def];
  };
  let defs = unwrap((schema as unknown as { _zod: { def: SchemaDef } })._zod.def);
  for (const key of path) {
    defs = defs.flatMap((def) => {
      const next =
        def.type === 'object'
          ? def.shape?.[String(key)]
          : def.type === 'array'
            ? def.element
            : def.type === 'record'
              ? def.valueType
              : undefined;
      return next ? unwrap(next._zod.def) : [];
    });
  }
  return [
    ...new Set(defs.flatMap((def) => (def.type === 'object' ? Object.keys(def.shape ?? {}) : []))),
  ];
}

type Issue = z.ZodError['issues'][number];

/** Whether any branch of a union failed because it wanted a date. */
const wantsDate = (issue: Issue): boolean =>
  issue.code === 'invalid_union' &&
  issue.errors
    .flat()
    .some(
      (i) => (i.code === 'invalid_type' && i.expected === 'date') || hintOf(i.message) === 'date',
    );

/**
 * Turn zod issues into problems an editor can act on: the field, what was found, what is allowed.
 * Each gets a stable code, so the texts exist in every language of the check.
 */
export function zodProblems(
  error: z.ZodError,
  data: unknown,
  file: string,
  position: Position,
  options: ZodProblemOptions = {},
): Problem[] {
  const json = options.syntax === 'json';
  return error.issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const field = path.join('.');
    const value = valueAt(data, path);
    const shown = encode(value);
    const example = options.examples?.[String(path[0])];
    const at = position(path);
    const name = String(path.at(-1) ?? field);
    const fieldName = json ? `"${name}"` : name;
    const ex = example ? { example } : {};

    if (
      value === undefined &&
      (issue.code === 'invalid_type' ||
        issue.code === 'invalid_value' ||
        issue.code === 'invalid_union')
    ) {
      if (json) {
        return problem('error', file, at, field, 'schema.missing-json', {
          name,
          parent: path.slice(0, -1).join('.'),
        });
      }
      if (issue.code === 'invalid_value' && 'values' in issue) {
        return problem('error', file, at, field, 'schema.enum-missing', {
          field,
          allowed: issue.values.map(String),
        });
      }
      return problem('error', file, at, field, 'schema.missing', { field, ...ex });
    }
    if (issue.code === 'invalid_value' && 'values' in issue) {
      return problem('error', file, at, field, 'schema.enum', {
        found: shown,
        allowed: issue.values.map(String),
      });
    }
    if (
      wantsDate(issue) ||
      (issue.code === 'custom' &&
        (hintOf(issue.message) === 'date' || hintOf(issue.message) === 'planDate'))
    ) {
      const hint: SchemaHint = issue.code === 'custom' ? hintOf(issue.message)! : 'date';
      const suggestion = typeof value === 'string' ? suggestIsoDate(value) : undefined;
      return problem('error', file, at, field, 'schema.date', {
        found: shown,
        hint,
        field: fieldName,
        ...(suggestion ? { suggestion } : {}),
        ...ex,
      });
    }
    if (issue.code === 'invalid_type') {
      if (issue.expected === 'int')
        return problem('error', file, at, field, 'schema.not-integer', { found: shown });
      if (
        issue.expected === 'string' &&
        (typeof value === 'number' || typeof value === 'boolean')
      ) {
        return problem('error', file, at, field, 'schema.quote-text', { found: shown });
      }
      if (
        issue.expected === 'number' &&
        typeof value === 'string' &&
        value.trim() !== '' &&
        Number.isFinite(Number(value))
      ) {
        return problem('error', file, at, field, 'schema.number-as-text', {
          found: shown,
          field: fieldName,
          number: value.trim(),
        });
      }
      return problem('error', file, at, field, 'schema.type', {
        expected: issue.expected,
        found: shown,
        ...ex,
      });
    }
    if (issue.code === 'unrecognized_keys') {
      // One unknown key is most likely a misspelt allowed one; with several, a guess would mislead.
      const [only] = issue.keys;
      const present = value && typeof value === 'object' ? Object.keys(value) : [];
      const suggestion =
        only !== undefined && issue.keys.length === 1 && options.schema
          ? closest(
              only,
              allowedKeys(options.schema, path).filter((k) => !present.includes(k)),
            )
          : undefined;
      return problem('error', file, at, field, 'schema.unknown-keys', {
        keys: issue.keys,
        ...(suggestion ? { suggestion } : {}),
      });
    }
    if (issue.code === 'too_small') {
      if (issue.origin === 'string')
        return problem('error', file, at, field, 'schema.empty-text', ex);
      if (issue.origin === 'array' || issue.origin === 'set') {
        return problem('error', file, at, field, 'schema.too-few', {
          minimum: Number(issue.minimum),
        });
      }
      return problem('error', file, at, field, 'schema.too-small', {
        found: shown,
        minimum: Number(issue.minimum),
        inclusive: issue.inclusive ?? true,
      });
    }
    if (issue.code === 'too_big') {
      if (issue.origin === 'array' || issue.origin === 'set') {
        return problem('error', file, at, field, 'schema.too-many', {
          maximum: Number(issue.maximum),
        });
      }
      return problem('error', file, at, field, 'schema.too-big', {
        found: shown,
        maximum: Number(issue.maximum),
        inclusive: issue.inclusive ?? true,
      });
    }
    const hint = hintOf(issue.message);
    if (hint)
      return problem('error', file, at, field, 'schema.format', { found: shown, hint, ...ex });
    return problem('error', file, at, field, 'schema.other', {
      found: shown,
      detail: issue.message,
      ...ex,
    });
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
