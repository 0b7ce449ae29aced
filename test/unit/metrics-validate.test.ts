import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblems, problem } from '../../src/lib/diagnostics/problem.ts';
import { checkProject } from '../../src/lib/project/check.ts';
import { loadMetrics } from '../../src/lib/metrics/load-metrics.ts';
import { rangeWrong, validateMetrics, type JsonSource } from '../../src/lib/metrics/validate.ts';
import type { KpiUnit } from '../../src/schemas/kpi.ts';
import { validateReports } from '../../src/lib/metrics/validate-reports.ts';
import { json, kpis, snapshot } from './helpers/metrics.ts';

const catalog = json('data/kpis.json', kpis);
const noBenchmarks = json('data/benchmarks.json', []);
const check = (...snapshots: JsonSource[]) =>
  validateMetrics({ kpis: catalog, benchmarks: noBenchmarks, snapshots });
const snap = (period: string, metrics: Record<string, number | null>, extra = {}) =>
  json(`data/snapshots/${period.toLowerCase()}.json`, snapshot(period, metrics, extra));
const where = (problems: { file: string; line: number; field: string }[]) =>
  problems.map((p) => `${p.file}:${p.line} ${p.field}`);

/** What the check says about a target of `value` in `unit`: the real message path, in English. */
const rangeProblem = (value: number, unit: KpiUnit): string | undefined => {
  const wrong = rangeWrong(value, unit);
  return wrong
    ? problem('error', 'data/kpis.json', { line: 1, column: 1 }, '', 'metrics.target-range', {
        wrong,
        unit,
      }).message
    : undefined;
};

describe('unit ranges', () => {
  it('allows 0–100 for percent, −100…100 for NPS, ≥ 0 for durations, whole counts', () => {
    expect(rangeProblem(100, 'percent')).toBeUndefined();
    expect(rangeProblem(120, 'percent')).toBe('120 is above 100');
    expect(rangeProblem(-0.5, 'percent')).toBe('-0.5 is below 0');
    expect(rangeProblem(-100, 'nps')).toBeUndefined();
    expect(rangeProblem(150, 'nps')).toBe('150 is above 100');
    expect(rangeProblem(-1, 'seconds')).toBe('-1 is below 0');
    expect(rangeProblem(-0.1, 'working-days')).toBe('-0.1 is below 0');
    expect(rangeProblem(2.5, 'count')).toBe('2.5 is not a whole number');
    expect(rangeProblem(-5000, 'currency')).toBeUndefined();
  });
});

describe('validateMetrics', () => {
  it('accepts valid data and sorts snapshots oldest first', () => {
    const result = check(
      snap('2026-Q3', { csat: 87.5 }),
      snap('2026-Q2', { csat: 86.2, nps: null }),
    );
    expect(result.problems).toEqual([]);
    expect(result.value.snapshots.map((s) => s.period)).toEqual(['2026-Q2', '2026-Q3']);
    expect(result.value.kpis).toHaveLength(4);
  });

  it('rejects an unknown KPI id, suggesting the closest', () => {
    const { problems, value } = check(snap('2026-Q3', { csat: 87.5, cast: 3 }));
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "data/snapshots/2026-q3.json:5:5  error  metrics.cast: “cast” is not a KPI in data/kpis.json
          → did you mean “csat”? Known ids: csat, nps, frt-chat, ticket-volume"
    `);
    expect(value.snapshots).toEqual([]);
  });

  it('rejects CSAT of 120, NPS of 150 and a negative duration, naming file, line and field', () => {
    const { problems } = check(snap('2026-Q3', { csat: 120, nps: 150, 'frt-chat': -4 }));
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "data/snapshots/2026-q3.json:4:5  error  metrics.csat: 120 is above 100; csat is a percentage
          → write a percentage from 0 to 100 (write 86.5, not 0.865), or null if it was not measured
      data/snapshots/2026-q3.json:5:5  error  metrics.nps: 150 is above 100; nps is an NPS score
          → write an NPS from −100 to 100, or null if it was not measured
      data/snapshots/2026-q3.json:6:5  error  metrics.frt-chat: -4 is below 0; frt-chat is a duration in seconds
          → write a duration of 0 or more seconds, or null if it was not measured"
    `);
  });

  it('checks channel breakdowns like the metrics', () => {
    const { problems } = check(
      snap('2026-Q3', { csat: 80 }, { channels: { chat: { csat: 101 }, ticket: { nope: 1 } } }),
    );
    expect(where(problems)).toEqual([
      'data/snapshots/2026-q3.json:8 channels.chat.csat',
      'data/snapshots/2026-q3.json:11 channels.ticket.nope',
    ]);
  });

  it('rejects a duplicate period and a period that does not match the file name', () => {
    const twin = json('data/snapshots/2026-q2.json', snapshot('2026-Q3', { csat: 86 }));
    const { problems, value } = check(snap('2026-Q3', { csat: 87 }), twin);
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "data/snapshots/2026-q2.json:2:3  error  period: is “2026-Q3” but the file is named for 2026-Q2
          → set "period": "2026-Q2" or rename the file
      data/snapshots/2026-q2.json:2:3  error  period: “2026-Q3” is also the period of data/snapshots/2026-q3.json
          → keep one snapshot per quarter: merge the two files or correct the period"
    `);
    expect(value.snapshots.map((s) => s.period)).toEqual(['2026-Q3']);
  });

  it('rejects root-cause shares that do not sum to 100, allowing rounding within 0.05', () => {
    const bad = check(
      snap(
        '2026-Q3',
        {},
        { rootCauses: { people: 30, process: 45, technology: 20, resources: 4 } },
      ),
    );
    expect(formatProblems(bad.problems)).toMatchInlineSnapshot(`
      "data/snapshots/2026-q3.json:8:3  error  rootCauses: the shares add up to 99, not 100
          → make people + process + technology + resources equal 100"
    `);
    const rounded = check(
      snap(
        '2026-Q3',
        {},
        { rootCauses: { people: 33.33, process: 33.33, technology: 33.33, resources: 0 } },
      ),
    );
    expect(rounded.problems).toEqual([]);
  });

  it('rejects a missing required field with a JSON fix', () => {
    const value = snapshot('2026-Q3', { csat: 80 }) as Record<string, unknown>;
    delete value['metrics'];
    const { problems } = check(json('data/snapshots/2026-q3.json', value));
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "data/snapshots/2026-q3.json:1:1  error  metrics: is missing
          → add "metrics": <value> at the top level"
    `);
  });

  it('suggests the allowed key a single unknown key most likely misspells, at any depth', () => {
    const stage = {
      stage: 'accuracy',
      lable: { 'zh-cn': '准确', en: 'Accurate' },
      team: 60,
      industry: 70,
    };
    const value = { ...snapshot('2026-Q3', { csat: 80 }), traning: {}, funnel: [stage] };
    const { problems } = check(json('data/snapshots/2026-q3.json', value));
    expect(formatProblems(problems.filter((p) => p.code === 'schema.unknown-keys')))
      .toMatchInlineSnapshot(`
        "data/snapshots/2026-q3.json:1:1  error  unknown field traning
            → did you mean “training”?
        data/snapshots/2026-q3.json:8:5  error  funnel.0: unknown field lable
            → did you mean “label”?"
      `);
    // Two unknown keys at once: no guess, which could point at the wrong one.
    const two = { ...snapshot('2026-Q3', { csat: 80 }), traning: {}, perod: 'x' };
    expect(check(json('data/snapshots/2026-q3.json', two)).problems[0]?.fix).toBe(
      'remove it or check its spelling',
    );
  });

  it('rejects out-of-range problems, funnel shares and a malformed period through the schema', () => {
    const problem = {
      id: 'slow',
      label: { 'zh-cn': '慢', en: 'Slow' },
      family: 'response-efficiency',
      frequency: 6,
      impact: 3,
      bone: 'process',
    };
    const stage = {
      stage: 'accuracy',
      label: { 'zh-cn': '准确', en: 'Accurate' },
      team: 101,
      industry: 78,
    };
    const { problems } = check(
      json('data/snapshots/2026-q3.json', {
        ...snapshot('2026-Q3', {}),
        problems: [problem],
        funnel: [stage],
      }),
    );
    expect(problems.map((p) => p.field).sort()).toEqual(['funnel.0.team', 'problems.0.frequency']);
    const period = check(json('data/snapshots/2026-q3.json', snapshot('2026-3', {})));
    expect(period.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'period: “2026-3”: expected a quarter written YYYY-Qn, e.g. 2026-Q3',
    ]);
  });

  it('rejects duplicate ids in funnel, problems and skills', () => {
    const skill = {
      id: 'empathy',
      label: { 'zh-cn': '共情', en: 'Empathy' },
      score: 60,
      standard: 80,
    };
    const { problems } = check(snap('2026-Q3', {}, { skills: [skill, skill] }));
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'skills.1.id: “empathy” appears twice in skills',
    ]);
  });

  it('rejects training figures that disagree with the same KPI', () => {
    const training = {
      coverage: 70,
      sessions: 20,
      passRate: 80,
      grades: { excellent: 1, pass: 2, fail: 0 },
      certifications: 1,
    };
    const catalogWithCoverage = json('data/kpis.json', [
      ...kpis,
      { ...kpis[0]!, id: 'training-coverage' },
    ]);
    const { problems } = validateMetrics({
      kpis: catalogWithCoverage,
      benchmarks: noBenchmarks,
      snapshots: [snap('2026-Q3', { 'training-coverage': 71 }, { training })],
    });
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'training.coverage: is 70 but metrics.training-coverage is 71',
    ]);
  });

  it('checks the catalog: duplicate ids, and no targets (they live in the plan)', () => {
    const bad = json('data/kpis.json', [kpis[0], { ...kpis[0]! }]);
    const { problems } = validateMetrics({ kpis: bad, benchmarks: noBenchmarks, snapshots: [] });
    const secondId = bad.text.split('\n').findLastIndex((l) => l.includes('"id": "csat"')) + 1;
    expect(problems.map((p) => `${p.line} ${p.field}: ${p.message}`)).toEqual([
      `${secondId} 1.id: “csat” is declared twice`,
    ]);
    const target = json('data/kpis.json', [{ ...kpis[0]!, target: { value: 90, by: '2026-Q4' } }]);
    expect(
      validateMetrics({ kpis: target, benchmarks: noBenchmarks, snapshots: [] }).problems.map(
        (p) => `${p.code} ${p.field}`,
      ),
    ).toEqual(['schema.unknown-keys 0']);
  });

  it('checks benchmarks: known KPI, range, one per KPI', () => {
    const source = { 'zh-cn': '调研', en: 'Survey' };
    const benchmarks = json('data/benchmarks.json', [
      { kpi: 'csat', value: 85, source, year: 2025 },
      { kpi: 'csat', value: 86, source, year: 2025 },
      { kpi: 'nps', value: -120, source, year: 2025 },
      { kpi: 'csta', value: 1, source, year: 2025 },
    ]);
    const { problems, value } = validateMetrics({ kpis: catalog, benchmarks, snapshots: [] });
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      '1.kpi: “csat” has a second benchmark',
      '2.value: -120 is below -100; nps is an NPS score',
      '3.value: “csta” is not a KPI in data/kpis.json',
    ]);
    expect(value.benchmarks.map((b) => b.value)).toEqual([85]);
  });
});

describe('loadMetrics and checkProject on files', () => {
  let root = '';
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });
  const copy = () => {
    root = mkdtempSync(join(tmpdir(), 'metrics-'));
    cpSync('data', join(root, 'data'), { recursive: true });
    return root;
  };

  it('accepts the sample data: 18 KPIs, 8 quarters', () => {
    const { value, problems } = loadMetrics('.');
    expect(problems).toEqual([]);
    expect(value.kpis).toHaveLength(18);
    expect(value.snapshots.map((s) => s.period)).toEqual([
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
  });

  it('reports malformed JSON with its file and line', () => {
    const dir = copy();
    const file = join(dir, 'data/snapshots/2026-q3.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"csat": 87.5,', '"csat": 87.5,,'));
    const { problems } = loadMetrics(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/snapshots/2026-q3.json', line: 4, field: '' });
    expect(problems[0]?.message).toMatch(/^is not valid JSON/);
  });

  it('stops checkProject with every metrics problem at once', () => {
    const dir = copy();
    const file = join(dir, 'data/snapshots/2026-q2.json');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('"csat": 86.2', '"csat": 120')
        .replace('"nps": 78', '"nps": 150'),
    );
    const fields = checkProject(dir)
      .filter((p) => p.file.startsWith('data/snapshots'))
      .map((p) => p.field);
    expect(fields).toEqual(['metrics.csat', 'metrics.nps']);
  });
});

describe('validateReports', () => {
  const front = '---\ntitle: 标题\nsummary: 一句话。\nauthor: 小组\n---\n';
  it('accepts a narrative whose quarter and KPI ids exist', () => {
    expect(
      validateReports(
        [
          {
            path: 'content/reports/zh-cn/2026-q3.mdx',
            source: `${front}\n满意度 <Kpi id="csat" />，<Delta id="nps" />。\n`,
          },
        ],
        ['2026-Q3'],
        ['csat', 'nps'],
      ),
    ).toEqual([]);
  });
  it('names unknown KPI ids with their line, a quarter without snapshot, a bad place and missing fields', () => {
    const problems = validateReports(
      [
        {
          path: 'content/reports/en/2026-q3.mdx',
          source: `${front}\nText\nCSAT <Kpi id="cast" /> and <Target id='nps' />.\n`,
        },
        { path: 'content/reports/en/2027-q1.mdx', source: '---\ntitle: T\n---\n' },
        { path: 'content/reports/fr/2026-q3.mdx', source: front },
      ],
      ['2026-Q3'],
      ['csat', 'nps'],
    );
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "content/reports/en/2026-q3.mdx:8:6  error  <Kpi id>: “cast” is not a KPI in data/kpis.json
          → did you mean “csat”?
      content/reports/en/2027-q1.mdx:1:1  error  there is no snapshot for 2027-Q1
          → add data/snapshots/2027-q1.json or rename the narrative after an existing quarter
      content/reports/en/2027-q1.mdx:1:1  error  summary: is missing
          → add \`summary:\`
      content/reports/en/2027-q1.mdx:1:1  error  author: is missing
          → add \`author:\`
      content/reports/fr/2026-q3.mdx:1:1  error  is not where a report narrative can be
          → move it to content/reports/<zh-cn|en>/<yyyy>-q<n>.mdx"
    `);
  });
});
