import { describe, expect, it } from 'vitest';
import { buildTrendChartConfig, MARKER_ROW } from '../../src/lib/metrics/charts.ts';
import { loadMetrics } from '../../src/lib/metrics/load-metrics.ts';
import { chartMilestones, shortLabel } from '../../src/lib/metrics/milestones.ts';
import { trendChart, trendCharts, trendGroups } from '../../src/lib/metrics/report-charts.ts';
import { periodEnd } from '../../src/lib/periods.ts';
import { milestonesAsOf } from '../../src/lib/roadmap/as-of.ts';
import { loadPlan } from '../../src/lib/roadmap/load.ts';
import type { Milestone } from '../../src/schemas/plan.ts';
import { goal, plan, task } from './helpers/plan.ts';

const metrics = loadMetrics('.').value;
const sample = loadPlan('.', metrics).plan!;
const data = { ...metrics, goals: sample.goals };
const group = (id: string) => trendGroups.find((g) => g.id === id)!;
const periods = (period: string) => data.snapshots.map((s) => s.period).filter((p) => p <= period);
/** The plan's milestones as a report of `period` sees them. */
const asOfReport = (period: string) => milestonesAsOf(sample, periodEnd(period));
const picked = (kpis: readonly string[], period: string) =>
  chartMilestones(asOfReport(period), kpis, periods(period)).map((m) => [m.id, m.state, m.x]);

describe('the milestones a trend chart marks (sample plan, through the loaders)', () => {
  it('links a milestone to the KPIs of the goals its tasks serve', () => {
    const kpisOf = new Map(asOfReport('2026-Q3').map((m) => [m.id, m.kpis]));
    // kb-core-load serves fcr-85, bot-85 and frt-ticket-3-5; kb-infrastructure serves none.
    expect(kpisOf.get('kb-half-loaded')).toEqual(['fcr', 'bot-self-service', 'frt-ticket']);
    // The steering group's task serves no goal: a governance checkpoint, on no KPI chart.
    expect(kpisOf.get('steering-formed')).toEqual([]);
    expect(kpisOf.get('annual-review')).toEqual([]);
  });

  it('2026-Q3: each chart marks the milestones of its own KPIs within its quarters', () => {
    // kb-core-load finished 8 April, after 31 March: met late. customer-history (26 June) and
    // platform-testing (8 July) were done by their milestones' dates: met.
    expect(picked(group('outcomes').kpis, '2026-Q3')).toEqual([
      ['kb-half-loaded', 'met-late', 5],
      ['design-signed-off', 'met', 6],
      ['pilot-live', 'met', 7],
    ]);
    expect(picked(['frt-ticket'], '2026-Q3')).toEqual([['kb-half-loaded', 'met-late', 5]]);
    expect(picked(['complaint-rate'], '2026-Q3')).toEqual([['platform-launched', 'met', 7]]);
    // full-switch (30 November) serves chat first response but lies beyond the chart.
    expect(picked(['frt-chat'], '2026-Q3')).toEqual([]);
    expect(picked(['aht'], '2026-Q3')).toEqual([]);
  });

  it('knows only what had happened by the report date', () => {
    // On 31 March 2026 kb-core-load was still open: the milestone was due that day, not met.
    expect(picked(['frt-ticket'], '2026-Q1')).toEqual([['kb-half-loaded', 'upcoming', 5]]);
    expect(picked(['frt-ticket'], '2026-Q2')).toEqual([['kb-half-loaded', 'met-late', 5]]);
    // A 2025 report's charts end before the 2026 plan's first milestone.
    for (const period of ['2024-Q4', '2025-Q3', '2025-Q4']) {
      expect(
        trendCharts(data, period, 'en', asOfReport(period)).flatMap(
          (c) =>
            (c.config as ReturnType<typeof buildTrendChartConfig>).options?.plugins?.milestones
              ?.markers ?? [],
        ),
        period,
      ).toEqual([]);
    }
  });
});

describe('milestones on the report charts: config, summary and table', () => {
  const milestones = asOfReport('2026-Q3');

  it('marks them in the chart config with their state in words and its colour', () => {
    const chart = trendChart(data, group('outcomes'), '2026-Q3', 'en', milestones)!;
    const config = chart.config as ReturnType<typeof buildTrendChartConfig>;
    expect(config.options?.plugins?.milestones).toEqual({
      markers: [
        { x: 5, text: 'Half of the core… · met late', color: 'var(--status-risk)' },
        { x: 6, text: 'Design signed off · met on time', color: 'var(--status-on)' },
        { x: 7, text: 'Returns pilot live · met on time', color: 'var(--status-on)' },
      ],
      textColor: 'var(--text)',
      background: 'var(--surface)',
      rowHeight: MARKER_ROW,
    });
    // One label row a milestone above the plot; the legend stays.
    expect(config.options?.layout).toEqual({ padding: { top: 3 * MARKER_ROW + 4 } });
    expect(config.options?.plugins?.legend).toEqual({ position: 'bottom' });
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  it('names every marked milestone in the summary and in a milestone column, in both locales', () => {
    const en = trendChart(data, group('outcomes'), '2026-Q3', 'en', milestones)!;
    expect(en.summary).toMatch(
      / Milestones marked on the chart: Half of the core knowledge base loaded \(31 Mar 2026, met late\), Design signed off \(30 Jun 2026, met on time\), and Returns pilot live \(15 Jul 2026, met on time\)\.$/,
    );
    expect(en.table.columns.at(-1)).toBe('Milestone');
    expect(en.table.rows.map((r) => r.cells.at(-1)!.text)).toEqual([
      '',
      '',
      '',
      '',
      '',
      'Half of the core knowledge base loaded (met late)',
      'Design signed off (met on time)',
      'Returns pilot live (met on time)',
    ]);
    expect(en.table.rows[5]!.cells.at(-1)).toMatchObject({ words: true, missing: false });
    const zh = trendChart(data, group('complaint-rate'), '2026-Q3', 'zh-cn', milestones)!;
    expect(zh.summary).toMatch(/。图中标出的里程碑：协同平台上线（2026年9月30日，按时达成）。$/);
    expect(zh.table.columns.at(-1)).toBe('里程碑');
    expect(zh.table.rows.at(-1)!.cells.at(-1)!.text).toBe('协同平台上线（按时达成）');
    const config = zh.config as ReturnType<typeof buildTrendChartConfig>;
    expect(config.options?.plugins?.milestones?.markers?.map((m) => m?.text)).toEqual([
      '协同平台上线·按时达成',
    ]);
  });

  it('leaves a chart without milestones exactly as before: no column, no plugin options', () => {
    const chart = trendChart(data, group('aht'), '2026-Q3', 'en', milestones)!;
    expect(chart.table.columns).not.toContain('Milestone');
    const config = chart.config as ReturnType<typeof buildTrendChartConfig>;
    expect(config.options?.plugins).toEqual({ legend: { position: 'bottom' } });
    expect(config.options?.layout).toBeUndefined();
    expect(chart.summary).not.toContain('Milestone');
  });
});

describe('chartMilestones: edge cases on a small plan', () => {
  const label = (en: string) => ({ 'zh-cn': en, en });
  const milestone = (id: string, date: string, tasks: string[]): Milestone => ({
    id,
    date,
    phase: 'p1',
    label: label(id),
    tasks,
  });
  const small = plan({
    goals: [goal({ id: 'g-csat', kpi: 'csat' }), goal({ id: 'g-aht', kpi: 'aht' })],
    tasks: [
      task({
        id: 'on-time',
        due: '2026-02-15',
        status: 'done',
        completed: '2026-02-10',
        goals: ['g-csat'],
      }),
      task({
        id: 'late',
        due: '2026-02-15',
        status: 'done',
        completed: '2026-05-02',
        goals: ['g-csat'],
      }),
      task({ id: 'open', due: '2026-04-30', status: 'in-progress', goals: ['g-csat', 'g-aht'] }),
      task({ id: 'no-goal', due: '2026-02-15', status: 'done', completed: '2026-02-01' }),
    ],
    milestones: [
      milestone('before-range', '2025-12-15', ['on-time']),
      milestone('met', '2026-02-20', ['on-time']),
      milestone('met-late', '2026-02-28', ['on-time', 'late']),
      milestone('missed', '2026-05-01', ['open']),
      milestone('unlinked', '2026-05-10', ['no-goal']),
      milestone('due-later', '2026-06-25', ['open']),
      milestone('after-range', '2026-08-01', ['on-time']),
    ],
  });
  const quarters = ['2026-Q1', '2026-Q2'];

  it('picks those of the chart’s KPIs within its quarters, each in its state on the date', () => {
    const on = (date: string, kpis: string[]) =>
      chartMilestones(milestonesAsOf(small, date), kpis, quarters).map((m) => [m.id, m.state]);
    expect(on('2026-06-15', ['csat'])).toEqual([
      ['met', 'met'],
      ['met-late', 'met-late'],
      ['missed', 'missed'],
      ['due-later', 'upcoming'],
    ]);
    // Before the late task was done the milestone was missed, not met late.
    expect(on('2026-04-01', ['csat'])).toContainEqual(['met-late', 'missed']);
    // Only milestones serving the chart's KPIs: aht is served by `open` alone.
    expect(on('2026-06-15', ['aht'])).toEqual([
      ['missed', 'missed'],
      ['due-later', 'upcoming'],
    ]);
    expect(on('2026-06-15', ['nps'])).toEqual([]);
  });

  it('sits between two quarters when its own quarter has no snapshot', () => {
    const gappy = ['2025-Q4', '2026-Q2', '2026-Q3'];
    const placed = chartMilestones(milestonesAsOf(small, '2026-09-30'), ['csat'], gappy);
    const met = placed.find((m) => m.id === 'met')!;
    // 2026-Q1 lies halfway between 2025-Q4 (index 0) and 2026-Q2 (index 1); its table row is
    // the next quarter with a snapshot.
    expect([met.period, met.x, met.row]).toEqual(['2026-Q1', 0.5, 1]);
    expect(placed.find((m) => m.id === 'before-range')).toMatchObject({ x: 0, row: 0 });
    expect(placed.find((m) => m.id === 'after-range')).toMatchObject({ x: 2, row: 2 });
    expect(chartMilestones(milestonesAsOf(small, '2026-09-30'), ['csat'], [])).toEqual([]);
  });
});

describe('shortLabel', () => {
  it('keeps short labels and cuts long ones at a word, Chinese characters counting two', () => {
    expect(shortLabel('Design signed off')).toBe('Design signed off');
    expect(shortLabel('Half of the core knowledge base loaded')).toBe('Half of the core…');
    expect(shortLabel('Collaboration platform launched')).toBe('Collaboration…');
    expect(shortLabel('核心知识库装载过半')).toBe('核心知识库装载过半');
    expect(shortLabel('全面切换到新的客服系统并完成培训')).toBe('全面切换到新的客服系…');
    expect(shortLabel('Supercalifragilisticexpialidocious')).toBe('Supercalifragilistice…');
  });
});
