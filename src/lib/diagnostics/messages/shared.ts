/** The languages `npm run check` and the build speak. */
export const checkLangs = ['en', 'zh-cn'] as const;
export type CheckLang = (typeof checkLangs)[number];

/**
 * A value as the editor typed it, encoded so each language can show it in its own words: text in
 * quotes, numbers as they are, and a marker for an empty value, a list or a nested object.
 */
export type Found = string;

export const NULL = '\u0000null';
export const LIST = '\u0000list';
export const OBJECT = '\u0000object';

/** Encode a parsed value for display (see {@link Found}). */
export function found(value: unknown): Found {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return `“${value}”`;
  if (value === null || value === undefined) return NULL;
  if (Array.isArray(value)) return LIST;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return OBJECT;
}

/** Names of the plan's item kinds, used for "task “x”: …" prefixes. */
export type Noun = 'owner' | 'track' | 'goal' | 'phase' | 'milestone' | 'task' | 'kpi';

/** The item a problem sits in, e.g. task “kb-core-load” or the 3rd goal. */
export interface Subject {
  noun: Noun;
  id?: string;
  /** 0-based, used when the item has no usable id. */
  index?: number;
}

/** Kinds of file, so a message can say what the file should contain. */
export type FileKind = 'article' | 'report' | 'json' | 'plan';

/** Which type zod expected, by its own name. */
export type Expected =
  'string' | 'number' | 'array' | 'object' | 'boolean' | 'date' | (string & {});

/** Units of the KPI catalog, for range messages. */
export type UnitName =
  | 'percent'
  | 'nps'
  | 'seconds'
  | 'minutes'
  | 'hours'
  | 'working-days'
  | 'count'
  | 'score'
  | 'currency';

/** Where an unresolved plan reference should point. */
export type PlanSection = 'kpis' | 'owners' | 'phases' | 'tracks' | 'goals' | 'tasks';

/**
 * Schema hints written in src/schemas (regex and refine messages), by their English text. Each
 * language renders them; an unknown hint is shown as written.
 */
export const schemaHints = {
  date: 'expected a date written YYYY-MM-DD',
  planDate: 'is not a real date written YYYY-MM-DD',
  slug: 'use lowercase letters, digits and hyphens',
  relatedSlug: 'use the other article’s slug',
  quarter: 'expected a quarter written YYYY-Qn, e.g. 2026-Q3',
  planPeriod: 'is not a quarter written YYYY-Qn or a year written YYYY',
  articleRef: 'write an article as category/slug, e.g. communication/empathy-wording-standard',
  rising: 'each value must be larger than the one before it',
} as const;
export type SchemaHint = keyof typeof schemaHints;

export const hintOf = (message: string): SchemaHint | undefined =>
  (Object.keys(schemaHints) as SchemaHint[]).find((k) => schemaHints[k] === message);

/** One rendered problem text: what is wrong, and how to fix it. */
export type Text = readonly [message: string, fix: string];
