/**
 * The report's tables as CSV: the writer (byte-order mark, CRLF, quoting, numbers in machine form)
 * and the table functions the CSV endpoints and the pages share, over the sample data.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadMetrics } from '../../src/lib/metrics/load-metrics.ts';
import { quadrantLayout } from '../../src/lib/metrics/quadrant.ts';
import { funnelChart, trendCharts } from '../../src/lib/metrics/report-charts.ts';
import {
  channelsDataTable,
  chartDataTable,
  compareDataTable,
  problemsDataTable,
  scorecardDataTable,
} from '../../src/lib/metrics/report-tables.ts';
import { buildQuarterReport, channelTable } from '../../src/lib/metrics/report.ts';
import { comparisonName, scorecardLine } from '../../src/lib/metrics/scorecard.ts';
import { milestonesAsOf, planAsOf } from '../../src/lib/roadmap/as-of.ts';
import { loadPlan } from '../../src/lib/roadmap/load.ts';
import { goalsDataTable, tasksDataTable } from '../../src/lib/roadmap/tables.ts';
import { periodEnd } from '../../src/lib/periods.ts';
import { toCsv, withUnit } from '../../src/lib/tables/csv.ts';
import { goal, plan, task } from './helpers/plan.ts';

const metrics = loadMetrics('.').value;
const sample = loadPlan('.', metrics).plan!;
const data = { ...metrics, goals: sample.goals };
const newest = metrics.snapshots.at(-1)!;
const period = newest.period;

/** Read a file back as Excel would after the BOM: rows of strings. */
const read = (text: string): string[][] => parse(text.replace(/^\uFEFF/, ''));

describe('toCsv', () => {
  const text = toCsv({
    header: ['问题', '客户满意度 (%)'],
    rows: [
      ['逗号, 在内', 87.5],
      ['引号 "在内"', -7],
      ['换行\n在内', null],
      ['浮点', 0.1 + 0.2],
      ['零', 0],
    ],
  });

  it('starts with a UTF-8 byte-order mark so Excel reads the Chinese headers', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('ends every record with CRLF, and keeps a line break inside a field quoted', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(7);
    expect(text).toContain('"换行\n在内",\r\n');
  });

  it('quotes commas and doubles quotes; numbers stay in machine form; missing is empty, 0 is 0', () => {
    expect(text).toContain('"逗号, 在内",87.5\r\n');
    expect(text).toContain('"引号 ""在内""",-7\r\n');
    expect(text).toContain('浮点,0.3\r\n');
    expect(text).toContain('零,0\r\n');
    expect(read(text)).toEqual([
      ['问题', '客户满意度 (%)'],
      ['逗号, 在内', '87.5'],
      ['引号 "在内"', '-7'],
      ['换行\n在内', ''],
      ['浮点', '0.3'],
      ['零', '0'],
    ]);
  });

  it('puts a unit in brackets after the header, and nothing when there is none', () => {
    expect(withUnit('客户满意度', '%')).toBe('客户满意度 (%)');
    expect(withUnit('Problem', undefined)).toBe('Problem');
  });
});

describe('the report tables, from the sample', () => {
  const report = buildQuarterReport(data, period);
  const comparison = comparisonName(period, report.previousPeriod, 'zh-cn');

  it('scorecard: the page’s eight columns first, one row per KPI, values as the snapshot has them', () => {
    const table = scorecardDataTable(report, 'zh-cn', '2026年第三季度', comparison);
    expect(table.id).toBe('scorecard');
    expect(table.header.slice(0, 8)).toEqual([
      '指标',
      '数值',
      '环比变化',
      '环比变化率 (%)',
      '目标',
      '行业基准',
      '状态',
      `趋势 (${metrics.snapshots[0]!.period} 至 ${period}，以分号分隔)`,
    ]);
    expect(table.rows).toHaveLength(metrics.kpis.length);
    const csat = table.rows.find((r) => r[8] === 'csat')!;
    expect(csat[1]).toBe(newest.metrics['csat']);
    expect(csat[9]).toBe('%');
    expect(csat[10]).toBe('百分点');
    // The status is the scorecard's own word for the same row.
    const row = report.rows.find((r) => r.kpi.id === 'csat')!;
    expect(csat[6]).toBe(
      { 'at-risk': '有风险', 'on-track': '达标', 'off-track': '偏离' }[row.status as string],
    );
    expect(csat[14]).toBe(scorecardLine(row, 'zh-cn').value.text);
    expect(String(csat[7]).split('; ')).toHaveLength(metrics.snapshots.length);
  });

  it('comparison: the earlier and the later value, and the change between them', () => {
    const earlier = metrics.snapshots[0]!;
    const against = buildQuarterReport(data, period, earlier.period);
    const table = compareDataTable(
      against,
      'en',
      { quarter: 'Q3 2026', earlier: 'Q4 2024' },
      comparisonName(period, earlier.period, 'en'),
    );
    expect(table.header.slice(0, 6)).toEqual([
      'KPI',
      'Q4 2024',
      'Q3 2026',
      'Change vs Q4 2024',
      '% change vs Q4 2024 (%)',
      'Status in Q3 2026',
    ]);
    const csat = table.rows.find((r) => r[6] === 'csat')!;
    expect(csat.slice(1, 4)).toEqual([
      earlier.metrics['csat'],
      newest.metrics['csat'],
      Math.round((newest.metrics['csat']! - earlier.metrics['csat']!) * 1e9) / 1e9,
    ]);
  });

  it('channels: a row per KPI given for a channel, numbers per channel, the unit named', () => {
    const table = channelsDataTable(report, data, 'en', 'Q3 2026');
    const page = channelTable(newest, metrics.kpis, 'en');
    expect(table.header).toEqual(['KPI', ...page.channels, 'KPI id', 'Unit']);
    expect(table.rows.map((r) => r.at(-2))).toEqual(page.rows.map((r) => r.id));
    const chat = table.rows.find((r) => r.at(-2) === 'frt-chat')!;
    expect(chat.at(-1)).toBe('seconds');
    expect(chat[1]).toBe(newest.channels.chat?.['frt-chat']);
  });

  it('a chart’s table: its columns with units, the numbers behind each shown figure', () => {
    const outcomes = trendCharts(data, period, 'zh-cn')[0]!;
    const table = chartDataTable(outcomes, 'zh-cn');
    expect(table.caption).toBe(`${outcomes.title}：数据`);
    expect(table.header[0]).toBe('季度');
    expect(table.header[1]).toBe(`${outcomes.table.columns[1]!} (%)`);
    expect(table.rows).toHaveLength(outcomes.table.rows.length);
    expect(table.rows.at(-1)).toEqual([
      period,
      ...outcomes.table.rows.at(-1)!.cells.map((c) => c.value),
    ]);
    expect(table.rows.at(-1)![1]).toBe(newest.metrics['csat']);
    // A chart marking milestones: its milestone column goes to the CSV as the words shown.
    const marked = trendCharts(data, period, 'en', milestonesAsOf(sample, periodEnd(period)))[0]!;
    const withMilestones = chartDataTable(marked, 'en');
    expect(withMilestones.header.at(-1)).toBe('Milestone');
    const words = marked.table.rows.map((r) => r.cells.at(-1)!.text || null);
    expect(words.some((w) => w !== null)).toBe(true);
    expect(withMilestones.rows.map((r) => r.at(-1))).toEqual(words);
    const funnel = chartDataTable(funnelChart(newest, 'en')!, 'en');
    expect(funnel.header).toEqual(['Stage', 'Our team (%)', 'Industry (%)', 'Gap (pp)']);
    const stage = newest.funnel[0]!;
    expect(funnel.rows[0]).toEqual([
      stage.label.en,
      stage.team,
      stage.industry,
      Math.round((stage.team - stage.industry) * 1e9) / 1e9,
    ]);
  });

  it('problems: numbered as the dots, frequency and impact as numbers, and where each frequency came from', () => {
    const layout = quadrantLayout(newest, 'en');
    const bones = Object.fromEntries(newest.problems.map((p) => [p.id, p.bone]));
    const table = problemsDataTable(layout, bones, 'en');
    expect(table.rows).toHaveLength(newest.problems.length);
    expect(table.header[4]).toBe('Frequency from');
    const first = layout.points[0]!;
    expect(table.rows[0]!.slice(0, 6)).toEqual([
      1,
      first.label,
      expect.any(String),
      first.frequency,
      expect.any(String),
      first.impact,
    ]);
    // The sample counts three problems from the export's tags; the others are assessed.
    const from = new Map(layout.points.map((p, i) => [p.id, table.rows[i]![4]]));
    const handoff = newest.problems.find((p) => p.id === 'handoff-delays')!.frequencyFrom!;
    expect(from.get('handoff-delays')).toBe(
      `Tag handoff_delay: ${handoff.tickets} of ${handoff.of.toLocaleString('en')} tickets (${handoff.share}%)`,
    );
    expect(from.get('knowledge-gaps')).toBe('Assessed');
    expect([...from.values()].filter((v) => v !== 'Assessed')).toHaveLength(3);
  });

  it('plan goals and tasks at the quarter’s end, from the plan-as-of view', () => {
    const view = planAsOf(sample, metrics.kpis, metrics.snapshots, '2026-09-30');
    const goals = goalsDataTable(view, 'en', 'Goals');
    expect(goals.header.slice(0, 6)).toEqual([
      'Goal',
      'Baseline',
      'Latest',
      'Target',
      'Progress (%)',
      'Status',
    ]);
    expect(goals.rows).toHaveLength(sample.goals.length);
    const tasks = tasksDataTable(view, sample, 'en', 'Tasks');
    expect(tasks.rows).toHaveLength(view.due.length);
    expect(tasks.rows.every((r) => /^\d{4}-\d\d-\d\d\/\d{4}-\d\d-\d\d$/.test(String(r[2])))).toBe(
      true,
    );
  });

  it('a task done late says so in words and in its code; one not yet done has no completion date', () => {
    const own = plan({
      goals: [goal()],
      tasks: [
        task({ id: 'late', status: 'done', due: '2026-03-31', completed: '2026-04-10' }),
        task({ id: 'open', status: 'in-progress', due: '2026-03-31' }),
      ],
    });
    const view = planAsOf(own, metrics.kpis, metrics.snapshots, '2026-06-30');
    const table = tasksDataTable(view, own, 'en', 'Tasks');
    const byId = (id: string) => table.rows.find((r) => r[5] === id)!;
    expect(byId('late')[3]).toBe('Done; Done late');
    expect(byId('late')[8]).toBe('2026-04-10');
    expect(byId('late')[9]).toBe('late');
    expect(byId('open')[3]).toBe('In progress; Overdue');
    expect(byId('open')[8]).toBeNull();
    expect(byId('open')[9]).toBe('overdue');
  });
});
