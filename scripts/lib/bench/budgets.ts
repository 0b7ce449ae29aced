/**
 * The performance budgets of issue 7, in one place, and the comparison of measured figures with
 * them. Byte budgets count gzip -9 sizes (what a compressing host transfers).
 */

export type Unit =
  'ms' | 's' | 'bytes' | 'ms/article' | 'score' | 'count' | '%' | 'points' | 'ratio';

/** One measured figure of a benchmark run. */
export interface Figure {
  /** Stable id, e.g. `page.article.js.gzip`; budgets are matched on it. */
  id: string;
  label: string;
  value: number;
  unit: Unit;
  /** Extra context printed after the value (e.g. “sampled every 100 ms”). */
  note?: string;
}

/** Which corpus a run measured: generated (`synthetic-<n>`) or imported (`corpus-<name>`). */
export type RunKind = 'synthetic' | 'corpus';

export const runKind = (key: string): RunKind =>
  key.startsWith('corpus-') ? 'corpus' : 'synthetic';

export interface Budget {
  /** The figure id, or a pattern with `*` for one dotted segment (`lighthouse.*.*.performance`). */
  id: string;
  /** Only for runs of this kind; every run when absent. */
  runs?: RunKind;
  /** Only for synthetic runs of at least this many articles (a goal stated at one size). */
  articles?: number;
  /** `max`: the figure must not exceed the limit; `min`: it must reach it. */
  kind: 'max' | 'min';
  limit: number;
  unit: Unit;
  /** Why the limit is what it is, shown in the Markdown. */
  source: string;
}

const KB = 1024;

export const budgets: readonly Budget[] = [
  {
    id: 'build.msPerArticle',
    articles: 10_000,
    kind: 'max',
    limit: 10,
    unit: 'ms/article',
    source: 'clean build + index, 10,000 articles (issue 17)',
  },
  {
    id: 'build.msPerArticle',
    kind: 'max',
    limit: 25,
    unit: 'ms/article',
    source: 'clean build + index, 10,000 articles',
  },
  {
    id: 'build.peakRss',
    kind: 'max',
    limit: 2 * KB ** 3,
    unit: 'bytes',
    source: 'clean build + index, 10,000 articles',
  },
  {
    id: 'build.wall',
    runs: 'corpus',
    kind: 'max',
    limit: 30_000,
    unit: 'ms',
    source: 'imported real corpus, clean build',
  },
  {
    id: 'page.article.js.gzip',
    kind: 'max',
    limit: 10 * KB,
    unit: 'bytes',
    source: 'article page',
  },
  {
    id: 'page.article.total.gzip',
    kind: 'max',
    limit: 40 * KB,
    unit: 'bytes',
    source: 'article page, first visit',
  },
  {
    id: 'palette.open.gzip',
    kind: 'max',
    limit: 30 * KB,
    unit: 'bytes',
    source: 'opening the palette, on top of the article page',
  },
  { id: 'page.report.js.gzip', kind: 'max', limit: 70 * KB, unit: 'bytes', source: 'report page' },
  {
    id: 'search.firstQuery.gzip',
    kind: 'max',
    limit: 150 * KB,
    unit: 'bytes',
    source: 'first full-text query, 10,000 articles',
  },
  {
    id: 'search.firstQuery.ms',
    kind: 'max',
    limit: 100,
    unit: 'ms',
    source: 'first full-text query typed, Enter → results shown',
  },
  {
    id: 'search.pastedCachedQuery.ms',
    kind: 'max',
    limit: 100,
    unit: 'ms',
    source:
      'first full-text query pasted, after the index files arrive, 10,000 articles (issue 17)',
  },
  {
    id: 'palette.keystroke.p95.*',
    kind: 'max',
    limit: 16,
    unit: 'ms',
    source: 'palette per keystroke, 10,000 articles',
  },
  { id: 'lighthouse.*.*.*', kind: 'min', limit: 100, unit: 'score', source: 'Lighthouse' },
  {
    id: 'vs.wall.ratio',
    kind: 'max',
    limit: 0.5,
    unit: 'ratio',
    source: 'clean build, side by side with Starlight on the same corpus (issue 17)',
  },
  {
    id: 'vs.rebuild.ratio',
    kind: 'max',
    limit: 0.15,
    unit: 'ratio',
    source: 'rebuild after editing one article, against a clean build (issue 17)',
  },
  // Search quality on imported corpora (issue 16): queries made from the corpus's own pages.
  {
    id: 'audit.search.all.top3',
    runs: 'corpus',
    kind: 'min',
    limit: 95,
    unit: '%',
    source: 'search audit, every kind: article in the top 3',
  },
  {
    id: 'audit.search.question.top3',
    runs: 'corpus',
    kind: 'min',
    limit: 90,
    unit: '%',
    source: 'search audit, questions (如何…, …怎么办)',
  },
  {
    id: 'audit.search.other-vocabulary.top3',
    runs: 'corpus',
    kind: 'min',
    limit: 95,
    unit: '%',
    source: 'search audit, the other script and region’s words',
  },
  {
    id: 'audit.search.*.top1VsStock',
    runs: 'corpus',
    kind: 'min',
    limit: 0,
    unit: 'points',
    source: 'search audit: first result never worse than stock Pagefind, per kind',
  },
  {
    id: 'audit.palette.words.top3',
    runs: 'corpus',
    kind: 'min',
    limit: 80,
    unit: '%',
    source: 'search audit, palette: titles',
  },
  {
    id: 'audit.palette.heading.top3',
    runs: 'corpus',
    kind: 'min',
    limit: 80,
    unit: '%',
    source: 'search audit, palette: headings',
  },
];

/** Whether a budget id (with `*` wildcards for single segments) matches a figure id. */
export function matches(pattern: string, id: string): boolean {
  const p = pattern.split('.');
  const f = id.split('.');
  return p.length === f.length && p.every((part, i) => part === '*' || part === f[i]);
}

export interface Verdict {
  figure: Figure;
  budget?: Budget | undefined;
  /** `true` within budget, `false` over it, `undefined` when no budget applies. */
  ok?: boolean | undefined;
}

/** A synthetic run's article count, from its key (`synthetic-10000`); undefined for others. */
export const runArticles = (key: string): number | undefined => {
  const n = /^synthetic-(\d+)$/.exec(key)?.[1];
  return n === undefined ? undefined : Number(n);
};

/**
 * Each figure with its budget (the first that matches, among those for this kind and size of
 * run) and whether it is within it. Without `run`, budgets meant for one kind of run do not
 * apply; without `articles`, neither do budgets meant for a size.
 */
export function compare(
  figures: readonly Figure[],
  list: readonly Budget[] = budgets,
  run?: RunKind,
  articles?: number,
): Verdict[] {
  return figures.map((figure) => {
    const budget = list.find(
      (b) =>
        (b.runs === undefined || b.runs === run) &&
        (b.articles === undefined || (articles !== undefined && articles >= b.articles)) &&
        matches(b.id, figure.id),
    );
    if (!budget) return { figure };
    if (budget.unit !== figure.unit)
      throw new Error(
        `budget ${budget.id} is in ${budget.unit} but figure ${figure.id} is in ${figure.unit}: use one unit for both in scripts/lib/bench/budgets.ts`,
      );
    // A figure that could not be measured (NaN) fails its budget rather than passing silently.
    const ok = budget.kind === 'max' ? figure.value <= budget.limit : figure.value >= budget.limit;
    return { figure, budget, ok };
  });
}

/** The figures over budget, one line each, for the console. */
export function overBudget(verdicts: readonly Verdict[]): string[] {
  return verdicts
    .filter((v) => v.ok === false)
    .map(
      (v) =>
        `${v.figure.label}: ${formatValue(v.figure.value, v.figure.unit)} — budget ${v.budget!.kind === 'max' ? '≤' : '≥'} ${formatValue(v.budget!.limit, v.budget!.unit)} (${v.budget!.source})`,
    );
}

/** A figure's value as people read it: KB/MB for bytes, s for long times. */
export function formatValue(value: number, unit: Unit): string {
  if (Number.isNaN(value)) return 'not measured';
  const fixed = (x: number, digits: number) =>
    x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  switch (unit) {
    case 'bytes':
      if (value >= KB ** 3) return `${fixed(value / KB ** 3, 2)} GB`;
      if (value >= KB ** 2) return `${fixed(value / KB ** 2, 1)} MB`;
      return `${fixed(value / KB, 1)} KB`;
    case 'ms':
      return value >= 10_000 ? `${fixed(value / 1000, 1)} s` : `${fixed(value, 1)} ms`;
    case 's':
      return `${fixed(value, 1)} s`;
    case 'ms/article':
      return `${fixed(value, 1)} ms/article`;
    case 'score':
      return fixed(value, 0);
    case 'count':
      return fixed(value, 0);
    case 'ratio':
      return `${fixed(value, 2)}×`;
    case '%':
      return `${fixed(value, 1)} %`;
    case 'points':
      return `${value > 0 ? '+' : ''}${fixed(value, 1)} points`;
  }
}
