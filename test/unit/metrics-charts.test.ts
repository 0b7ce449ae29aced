import { describe, expect, it } from 'vitest';
import {
  buildFunnelChartConfig,
  buildGradesChartConfig,
  buildRootCauseChartConfig,
  buildSkillsChartConfig,
  buildTrendChartConfig,
} from '../../src/lib/metrics/charts.ts';
import { loadMetrics } from '../../src/lib/metrics/load-metrics.ts';
import { loadPlan } from '../../src/lib/roadmap/load.ts';
import {
  funnelChart,
  gradesChart,
  rootCauseChart,
  skillsChart,
  splitByMagnitude,
  trendChart,
  trendCharts,
  trendGroups,
} from '../../src/lib/metrics/report-charts.ts';
import { snapshot } from './helpers/metrics.ts';

const metrics = loadMetrics('.').value;
const data = { ...metrics, goals: loadPlan('.', metrics).plan!.goals };
const group = (id: string) => trendGroups.find((g) => g.id === id)!;

describe('chart configs', () => {
  it('trend: one line per series, gaps kept, reference lines dashed, no animation, JSON-safe', () => {
    const config = buildTrendChartConfig({
      labels: ['2025-Q2', '2025-Q3'],
      series: [
        { label: 'NPS', values: [71, null] },
        { label: 'Target', values: [75, 76], dashed: true },
      ],
      valueTitle: 'NPS',
    });
    expect(config.type).toBe('line');
    expect(config.data.datasets[0]).toMatchObject({
      label: 'NPS',
      data: [71, null],
      spanGaps: false,
      borderColor: 'var(--chart-1)',
      borderDash: [],
    });
    expect(config.data.datasets[1]).toMatchObject({
      borderColor: 'var(--chart-5)',
      pointRadius: 0,
    });
    expect(config.data.datasets[1]?.borderDash).not.toEqual([]);
    expect(config.options).toMatchObject({
      animation: false,
      scales: { y: { beginAtZero: false, title: { text: 'NPS' } } },
    });
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });
  it('funnel and skills: paired bars against the reference, 0–100', () => {
    const rows = [{ label: 'Accurate', value: 68, reference: 78 }];
    const funnel = buildFunnelChartConfig(rows, { team: 'Team', industry: 'Industry', axis: '%' });
    expect(funnel.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Team', [68]],
      ['Industry', [78]],
    ]);
    expect(funnel.options).toMatchObject({ scales: { y: { max: 100 } } });
    const skills = buildSkillsChartConfig(rows, {
      score: 'Score',
      standard: 'Standard',
      axis: 'Score',
    });
    expect(skills.options).toMatchObject({ indexAxis: 'y', scales: { x: { max: 100 } } });
  });
  it('root causes and grades: one bar per category, own colour, no legend', () => {
    const roots = buildRootCauseChartConfig(
      [
        { label: 'People', share: 30 },
        { label: 'Process', share: 45 },
      ],
      { axis: '%', dataset: 'Share' },
    );
    expect(roots.data.datasets[0]).toMatchObject({
      data: [30, 45],
      backgroundColor: ['var(--chart-1)', 'var(--chart-2)'],
    });
    expect(roots.options).toMatchObject({
      plugins: { legend: { display: false } },
      indexAxis: 'y',
    });
    const grades = buildGradesChartConfig([{ label: 'Fail', count: 7 }], {
      axis: 'People',
      dataset: 'People',
    });
    expect(grades.data.labels).toEqual(['Fail']);
  });
});

describe('report charts from the sample', () => {
  it('CSAT group up to 2026-Q3: 8 quarters, 4 series, a one-sentence summary and the data table', () => {
    const chart = trendChart(data, group('outcomes'), '2026-Q3', 'en')!;
    expect(chart.title).toBe('Customer outcomes');
    expect(chart.table.rows).toHaveLength(8);
    // One label per KPI: the catalog's, as in the scorecard.
    expect(chart.table.columns).toEqual([
      'Quarter',
      ...['csat', 'fcr', 'sla', 'bot-self-service'].map(
        (id) => data.kpis.find((k) => k.id === id)!.label.en,
      ),
    ]);
    expect(chart.table.rows[0]).toEqual({
      header: '2024-Q4',
      // The text the page shows and the number the CSV writes, from one cell.
      cells: [
        { text: '80%', missing: false, value: 80 },
        { text: '75%', missing: false, value: 75 },
        { text: '82%', missing: false, value: 82 },
        { text: '60%', missing: false, value: 60 },
      ],
    });
    expect(chart.table.units).toEqual([undefined, '%', '%', '%', '%']);
    expect(chart.summary).toMatch(
      /^From Q4 2024 to Q3 2026: Customer satisfaction went from 80% \(2024-Q4\) to 87\.5% \(2026-Q3\), First-contact resolution went from 75% \(2024-Q4\) to 82\.1% \(2026-Q3\), /,
    );
  });
  it('chat first response: missing first quarter, target path and benchmark as dashed lines', () => {
    const chart = trendChart(data, group('frt-chat'), '2026-Q3', 'zh-cn')!;
    expect(chart.table.columns).toEqual([
      '季度',
      '首次响应时间（在线聊天）',
      '目标路径',
      '行业基准',
    ]);
    expect(chart.table.rows[0]?.cells[0]).toEqual({ text: '—', missing: true, value: null });
    // the path starts at its 2025-Q1 baseline and reaches 43 s due in 2026-Q3
    expect(chart.table.rows[0]?.cells[1]).toEqual({ text: '—', missing: true, value: null });
    expect(chart.table.rows[1]?.cells[1]?.text).toBe('2分00秒');
    expect(chart.table.rows[7]?.cells.map((c) => c.text)).toEqual(['41秒', '43秒', '40秒']);
    expect(chart.summary).toBe(
      '2024年第四季度至2026年第三季度：首次响应时间（在线聊天）由2分00秒（2025-Q1）变为41秒（2026-Q3）。',
    );
  });
  it('never puts series of different magnitude on one axis', () => {
    // Complaint rate (about 1.5 %) has its own chart, not the 37 % repeat-contact axis.
    const ids = trendGroups.flatMap((g) => splitByMagnitude(data, g)).map((g) => g.kpis);
    const peak = (id: string) =>
      Math.max(...data.snapshots.map((s) => Math.abs(s.metrics[id] ?? 0)));
    for (const group of ids) {
      const peaks = group.map(peak);
      expect(Math.max(...peaks) / Math.min(...peaks), group.join()).toBeLessThanOrEqual(10);
    }
    const synthetic = {
      ...data,
      snapshots: [snapshot('2026-Q3', { a: 40, b: 30, c: 1.5 })],
    };
    expect(
      splitByMagnitude(synthetic, { id: 'g', title: undefined, kpis: ['a', 'c', 'b'] }).map(
        (g) => g.kpis,
      ),
    ).toEqual([['a', 'b'], ['c']]);
    expect(trendCharts(data, '2026-Q3', 'en').map((c) => c.id)).toContain('trend-complaint-rate');
  });
  it('charts stop at the report quarter', () => {
    expect(
      trendChart(data, group('aht'), '2025-Q2', 'en')!.table.rows.map((r) => r.header),
    ).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
  });
  it('funnel, skills, root causes and grades summarise their largest figure', () => {
    const q3 = data.snapshots.at(-1)!;
    // 2026-Q3 funnel: 76.5−78 = −1.5, 61−63 = −2, 80−85 = −5
    expect(funnelChart(q3, 'en')!.summary).toBe(
      'The widest gap to the industry is at “Satisfied in the end”: -5 pp.',
    );
    // skills: 80.5−85 = −4.5, 76−80 = −4, 76.5−78 = −1.5, 70.5−80 = −9.5
    expect(skillsChart(q3, 'en')!.summary).toBe(
      'The skill furthest below the standard is “Empathy”: -9.5 pts.',
    );
    expect(rootCauseChart(q3, 'zh-cn')!.summary).toBe('占比最高的根因是“流程设计”，占38%。');
    expect(gradesChart(q3, 'en')!.summary).toBe(
      '140 people assessed: 36 excellent, 97 pass, 7 fail.',
    );
    expect(gradesChart(q3, 'en')!.table.rows[2]?.cells.map((c) => c.text)).toEqual(['7', '5%']);
  });
  it('sections without data give no chart', () => {
    const bare = { ...snapshot('2026-Q3', {}), rootCauses: undefined };
    expect([
      funnelChart(bare, 'en'),
      skillsChart(bare, 'en'),
      rootCauseChart(bare, 'en'),
      gradesChart(bare, 'en'),
    ]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
