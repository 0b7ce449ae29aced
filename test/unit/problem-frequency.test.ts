import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/diagnostics/problem.ts';
import { validateMetrics } from '../../src/lib/metrics/validate.ts';
import {
  frequencyFromTag,
  frequencyOfShare,
  loadFrequencyBands,
  type FrequencySource,
} from '../../src/lib/tickets/problem-frequency.ts';
import type { PeriodFigures, TicketFigures } from '../../src/schemas/ticket-figures.ts';
import { calendarPeriodRange } from '../../src/lib/periods.ts';
import { json, kpis, snapshot } from './helpers/metrics.ts';
import { ticketProvenance, ticketScope } from './helpers/ticket-figures.ts';

const bands = [0.5, 1.5, 3, 6];

const quarter = (
  period: string,
  volume: number,
  tags: PeriodFigures['tags'],
  complete = true,
): PeriodFigures => ({
  kind: 'quarter',
  ...calendarPeriodRange(period),
  complete,
  scopes: { all: ticketScope({ volume }) },
  categories: [],
  tags,
});

const figures: TicketFigures = {
  version: 1,
  provenance: ticketProvenance(),
  unsupported: [],
  proxies: {},
  periods: {
    '2026-Q2': quarter('2026-Q2', 200, [{ tag: 'chaser', tickets: 20 }], false),
    '2026-Q3': quarter('2026-Q3', 200, [
      { tag: 'repeat_issue', tickets: 15 },
      { tag: 'vip', tickets: 2 },
    ]),
  },
};
const source: FrequencySource = { figures, bands };

describe('a share of tickets as a 1–5 frequency', () => {
  it('counts the band floors the share reaches; a floor itself belongs to the band above', () => {
    expect(
      [0, 0.49, 0.5, 1.49, 1.5, 2.99, 3, 5.99, 6, 100].map((s) => frequencyOfShare(s, bands)),
    ).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('comes from the quarter’s tagged tickets over all its tickets, whatever the case typed', () => {
    expect(frequencyFromTag('Repeat_Issue', '2026-Q3', source)).toEqual({
      frequency: 5,
      basis: { tag: 'repeat_issue', tickets: 15, of: 200, share: 7.5 },
    });
    // A tag the export knows from another quarter but no ticket of this one carries: rare.
    expect(frequencyFromTag('chaser', '2026-Q3', source)).toMatchObject({
      frequency: 1,
      basis: { tickets: 0, share: 0 },
    });
  });

  it('says why it cannot: no export, no bands, a quarter not covered, a tag nobody uses', () => {
    const code = (tag: string, period: string, s: FrequencySource) => {
      const r = frequencyFromTag(tag, period, s);
      return 'code' in r ? r : undefined;
    };
    expect(code('chaser', '2026-Q3', { figures: undefined, bands })?.code).toBe(
      'tickets.problem-no-export',
    );
    expect(code('chaser', '2026-Q3', { figures, bands: undefined })?.code).toBe(
      'tickets.problem-no-bands',
    );
    expect(code('chaser', '2026-Q2', source)).toEqual({
      code: 'tickets.problem-period',
      params: { tag: 'chaser', period: '2026-Q2', first: '2026-04-01', last: '2026-10-09' },
    });
    expect(code('chaser', '2025-Q4', source)?.code).toBe('tickets.problem-period');
    expect(code('repeat-issue', '2026-Q3', source)).toEqual({
      code: 'tickets.problem-tag-unknown',
      params: { tag: 'repeat-issue', export: 'data/exports/x.csv.gz', suggestion: 'repeat_issue' },
    });
  });
});

describe('problems in a snapshot', () => {
  const problem = (extra: Record<string, unknown>) => ({
    id: 'repeat-explaining',
    label: { 'zh-cn': '客户需要反复说明问题', en: 'Customers must repeat their problem' },
    family: 'process-design',
    impact: 4,
    bone: 'technology',
    ...extra,
  });
  const check = (problems: unknown[], frequencies?: FrequencySource) =>
    validateMetrics({
      kpis: json('data/kpis.json', kpis),
      benchmarks: json('data/benchmarks.json', []),
      snapshots: [
        json(
          'data/snapshots/2026-q3.json',
          snapshot('2026-Q3', { csat: 80 }, { problems: problems as never }),
        ),
      ],
      ...(frequencies ? { frequencies } : {}),
    });

  it('take a typed frequency as it is, and a tag’s from the export with how it was counted', () => {
    const result = check(
      [problem({ frequency: 3 }), problem({ id: 'b', tag: 'repeat_issue' })],
      source,
    );
    expect(result.problems).toEqual([]);
    expect(result.value.snapshots[0]!.problems).toMatchObject([
      { id: 'repeat-explaining', frequency: 3 },
      {
        id: 'b',
        tag: 'repeat_issue',
        frequency: 5,
        frequencyFrom: { tag: 'repeat_issue', tickets: 15, of: 200, share: 7.5 },
      },
    ]);
    expect(result.value.snapshots[0]!.problems[0]).not.toHaveProperty('frequencyFrom');
  });

  it('are errors with a fix when both, neither, or an unknown tag give the frequency', () => {
    const result = check(
      [
        problem({ frequency: 3, tag: 'repeat_issue' }),
        problem({ id: 'b' }),
        problem({ id: 'c', tag: 'repeat-issue' }),
      ],
      source,
    );
    expect(result.value.snapshots).toEqual([]);
    expect(formatProblems(result.problems)).toMatchInlineSnapshot(`
      "data/snapshots/2026-q3.json:19:7  error  problems.0.tag: problem “repeat-explaining” types frequency 3 and also names the tag “repeat_issue”, which counts it from the ticket export
          → keep one: remove \`frequency\` to count it from the tagged tickets, or remove \`tag\` to keep the assessed value
      data/snapshots/2026-q3.json:21:5  error  problems.1: problem “b” has no frequency
          → type \`frequency\` (1 rare … 5 constant), or name the help-desk \`tag\` that marks its tickets to count it from the export
      data/snapshots/2026-q3.json:40:7  error  problems.2.tag: no ticket in data/exports/x.csv.gz carries the tag “repeat-issue”
          → did you mean “repeat_issue”? Write the tag as the help desk spells it"
    `);
  });

  it('with a tag and no imported figures, say to import or type the frequency', () => {
    const result = check([problem({ tag: 'repeat_issue' })]);
    expect(result.problems.map((p) => [p.code, p.field])).toEqual([
      ['tickets.problem-no-export', 'problems.0.tag'],
    ]);
    expect(result.problems[0]!.fix).toContain('npm run data:import');
  });
});

describe('the bands file', () => {
  const root = mkdtempSync(join(tmpdir(), 'bands-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (text: string) => {
    mkdirSync(join(root, 'data'), { recursive: true });
    writeFileSync(join(root, 'data/problem-frequency.json'), text);
  };

  it('is optional, read when present, and must rise from left to right', () => {
    expect(loadFrequencyBands(root)).toEqual({ value: undefined, problems: [] });
    write('{ "bands": [0.5, 1.5, 3, 6] }');
    expect(loadFrequencyBands(root).value).toEqual([0.5, 1.5, 3, 6]);
    write('{\n  "bands": [0.5, 3, 1.5, 6]\n}');
    const bad = loadFrequencyBands(root);
    expect(bad.value).toBeUndefined();
    expect(bad.problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      'data/problem-frequency.json:2 a list: each value must be larger than the one before it',
    ]);
  });
});
