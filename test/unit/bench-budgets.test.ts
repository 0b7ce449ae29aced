import { describe, expect, it } from 'vitest';
import {
  budgets,
  compare,
  formatValue,
  matches,
  overBudget,
  runArticles,
  runKind,
  type Budget,
  type Figure,
} from '../../scripts/lib/bench/budgets.ts';
import { mergeRuns, renderRunTable, type Run } from '../../scripts/lib/bench/report.ts';

const list: Budget[] = [
  {
    id: 'page.article.js.gzip',
    kind: 'max',
    limit: 10 * 1024,
    unit: 'bytes',
    source: 'article page',
  },
  { id: 'lighthouse.*.*.*', kind: 'min', limit: 100, unit: 'score', source: 'Lighthouse' },
];
const figure = (id: string, value: number, unit: Figure['unit']): Figure => ({
  id,
  label: id,
  value,
  unit,
});

describe('budgets', () => {
  it('matches ids segment by segment, * standing for one segment', () => {
    expect(matches('lighthouse.*.*.*', 'lighthouse.mobile.home.seo')).toBe(true);
    expect(matches('lighthouse.*.*.*', 'lighthouse.mobile.home')).toBe(false);
    expect(matches('page.article.js.gzip', 'page.article.css.gzip')).toBe(false);
  });

  it('passes a figure at its limit and fails one past it, for max and min budgets', () => {
    const verdicts = compare(
      [
        figure('page.article.js.gzip', 10 * 1024, 'bytes'),
        figure('page.article.js.gzip', 10 * 1024 + 1, 'bytes'),
        figure('lighthouse.desktop.home.seo', 100, 'score'),
        figure('lighthouse.mobile.report.performance', 97, 'score'),
        figure('dist.bytes', 5e6, 'bytes'),
      ],
      list,
    );
    expect(verdicts.map((v) => v.ok)).toEqual([true, false, true, false, undefined]);
  });

  it('applies a budget for one kind of run to that kind only', () => {
    const scoped: Budget[] = [
      { id: 'build.wall', runs: 'corpus', kind: 'max', limit: 30_000, unit: 'ms', source: 'x' },
    ];
    const slow = [figure('build.wall', 40_000, 'ms')];
    expect(compare(slow, scoped, 'corpus')[0]!.ok).toBe(false);
    expect(compare(slow, scoped, 'synthetic')[0]!.ok).toBeUndefined();
    expect(compare(slow, scoped)[0]!.ok).toBeUndefined();
    expect([runKind('corpus-docs'), runKind('synthetic-1000')]).toEqual(['corpus', 'synthetic']);
  });

  it('applies a budget stated at one size to runs of that size and larger only', () => {
    const perArticle = (ms: number) => [figure('build.msPerArticle', ms, 'ms/article')];
    // The issue-17 goal at 10,000 articles, before the general budget.
    expect(compare(perArticle(12), budgets, 'synthetic', 10_000)[0]!.ok).toBe(false);
    expect(compare(perArticle(9.6), budgets, 'synthetic', 10_000)[0]!.ok).toBe(true);
    expect(compare(perArticle(12), budgets, 'synthetic', 1_000)[0]!.ok).toBe(true);
    expect(compare(perArticle(12), budgets, 'synthetic')[0]!.ok).toBe(true);
    expect([runArticles('synthetic-10000'), runArticles('corpus-docs')]).toEqual([
      10_000,
      undefined,
    ]);
  });

  it('fails a figure that could not be measured', () => {
    expect(compare([figure('lighthouse.mobile.home.seo', Number.NaN, 'score')], list)[0]!.ok).toBe(
      false,
    );
  });

  it('refuses a budget and a figure in different units, naming both', () => {
    expect(() => compare([figure('page.article.js.gzip', 3, 'ms')], list)).toThrow(
      'budget page.article.js.gzip is in bytes but figure page.article.js.gzip is in ms',
    );
  });

  it('describes what is over budget', () => {
    const over = overBudget(
      compare([figure('lighthouse.mobile.report.performance', 97, 'score')], list),
    );
    expect(over).toMatchInlineSnapshot(`
      [
        "lighthouse.mobile.report.performance: 97 — budget ≥ 100 (Lighthouse)",
      ]
    `);
  });

  it('formats values in the unit people read', () => {
    expect(formatValue(2 * 1024 ** 3, 'bytes')).toBe('2.00 GB');
    expect(formatValue(3.5 * 1024 ** 2, 'bytes')).toBe('3.5 MB');
    expect(formatValue(1536, 'bytes')).toBe('1.5 KB');
    expect(formatValue(61_234, 'ms')).toBe('61.2 s');
    expect(formatValue(12.34, 'ms')).toBe('12.3 ms');
    expect(formatValue(Number.NaN, 'ms')).toBe('not measured');
    expect(formatValue(93.25, '%')).toBe('93.3 %');
    expect(formatValue(4, 'points')).toBe('+4.0 points');
    expect(formatValue(-2.5, 'points')).toBe('-2.5 points');
  });
});

describe('Markdown report', () => {
  it('renders one row per figure with the budget and ✓ or ✗', () => {
    const table = renderRunTable(
      [
        {
          ...figure('page.article.js.gzip', 2048, 'bytes'),
          label: 'Article | JS',
          note: 'raw 6 KB',
        },
        figure('lighthouse.mobile.home.seo', 92, 'score'),
        figure('dist.bytes', 1024 ** 2, 'bytes'),
      ],
      list,
    );
    expect(table).toMatchInlineSnapshot(`
      "| Figure | Value | Budget | |
      |---|---|---|---|
      | Article \\| JS | 2.0 KB (raw 6 KB) | ≤ 10.0 KB | ✓ |
      | lighthouse.mobile.home.seo | 92 | ≥ 100 | ✗ |
      | dist.bytes | 1.0 MB |  |  |"
    `);
  });

  it('replaces an earlier run of the same corpus and orders synthetic runs by size', () => {
    const run = (key: string, date: string): Run => ({
      key,
      title: key,
      date,
      command: 'npm run bench',
      machine: {
        cpu: 'cpu',
        cores: 2,
        memoryGiB: 24,
        os: 'Linux',
        node: 'v24',
        chromium: 'Chromium',
        loadAverage: 0,
      },
      figures: [],
    });
    const merged = mergeRuns({ runs: [run('synthetic-10000', 'a'), run('synthetic-1000', 'a')] }, [
      run('synthetic-1000', 'b'),
      run('corpus-docs', 'b'),
    ]);
    expect(merged.runs.map((r) => `${r.key}@${r.date}`)).toEqual([
      'synthetic-1000@b',
      'synthetic-10000@a',
      'corpus-docs@b',
    ]);
  });
});
