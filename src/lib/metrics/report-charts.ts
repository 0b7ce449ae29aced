import type { Locale } from '../../schemas/localized.ts';
import type { Snapshot } from '../../schemas/snapshot.ts';
import { translate, type UiKey } from '../i18n.ts';
import {
  buildFunnelChartConfig,
  buildGradesChartConfig,
  buildRootCauseChartConfig,
  buildSkillsChartConfig,
  buildTrendChartConfig,
  type ChartMarker,
  type Series,
} from './charts.ts';
import { chartMilestones, shortLabel, type ReportMilestone } from './milestones.ts';
import { formatDate } from '../dates.ts';
import { kpiStatus } from './status.ts';
import {
  formatDifference,
  formatPercent,
  formatUnit,
  formatValue,
  type Formatted,
} from './format.ts';
import { quarterIndex } from '../periods.ts';
import {
  funnelRows,
  gradeShares,
  largestShortfall,
  quarterLabel,
  rootCauseRows,
  skillRows,
} from './report.ts';
import type { MetricsData } from './validate.ts';

/** A figure of a chart's data table: the text shown and the number behind it (for the CSV). */
export interface ChartCell extends Formatted {
  value: number | null;
  /** Words (a milestone's name and state) rather than a figure: they wrap, and go to CSV as text. */
  words?: boolean;
}

/** A chart as a page shows it: the config to mount, one sentence, and the same data as a table. */
export interface ReportChart {
  id: string;
  title: string;
  summary: string;
  config: unknown;
  table: {
    columns: string[];
    /** The unit of each column's numbers ("%", "秒"), for the CSV's headers; none for text. */
    units: (string | undefined)[];
    rows: { header: string; cells: ChartCell[] }[];
  };
}

/** A value formatted in its unit, keeping the number. */
const cell = (value: number | null, text: (n: number) => string, locale: Locale): ChartCell =>
  value === null
    ? { ...formatValue(null, 'count', locale), value }
    : { text: text(value), missing: false, value };

/** The trend charts of a report: KPIs sharing a unit and a direction are drawn together. */
export const trendGroups: { id: string; title: UiKey | undefined; kpis: string[] }[] = [
  {
    id: 'outcomes',
    title: 'report.chart.outcomes',
    kpis: ['csat', 'fcr', 'sla', 'bot-self-service'],
  },
  { id: 'frt-chat', title: undefined, kpis: ['frt-chat'] },
  { id: 'frt-ticket', title: undefined, kpis: ['frt-ticket'] },
  { id: 'aht', title: undefined, kpis: ['aht'] },
  {
    id: 'rates',
    title: 'report.chart.rates',
    kpis: ['repeat-contact-rate', 'escalation-rate', 'reopen-rate', 'churn'],
  },
  { id: 'complaint-rate', title: undefined, kpis: ['complaint-rate'] },
];

/** Series whose largest values differ by more than this factor never share an axis. */
export const MAX_AXIS_RATIO = 10;

/**
 * Split a group's KPIs so that no chart mixes magnitudes: a KPI whose largest value differs from
 * the group's first by more than {@link MAX_AXIS_RATIO} gets a chart of its own (small multiples).
 */
export function splitByMagnitude(
  data: MetricsData,
  group: (typeof trendGroups)[number],
): (typeof trendGroups)[number][] {
  const peak = (id: string) =>
    Math.max(0, ...data.snapshots.map((s) => Math.abs(s.metrics[id] ?? 0)));
  const parts: string[][] = [];
  for (const id of group.kpis) {
    const home = parts.find((ids) => {
      const [a, b] = [peak(ids[0]!), peak(id)];
      return Math.max(a, b) <= MAX_AXIS_RATIO * Math.max(Math.min(a, b), Number.EPSILON);
    });
    if (home) home.push(id);
    else parts.push([id]);
  }
  return parts.map((kpis, i) =>
    i === 0 ? { ...group, kpis } : { id: `${group.id}-${kpis[0]}`, title: undefined, kpis },
  );
}

/**
 * Every trend chart of the report up to `period`, groups split by magnitude. `milestones` are the
 * plan's, with their state on the report's date; each chart marks those of its own KPIs.
 */
export const trendCharts = (
  data: MetricsData,
  period: string,
  locale: Locale,
  milestones: readonly ReportMilestone[] = [],
): ReportChart[] =>
  trendGroups
    .flatMap((g) => splitByMagnitude(data, g))
    .map((g) => trendChart(data, g, period, locale, milestones))
    .filter((c) => c !== undefined);

/** A milestone's line colour by state; the label says the state in words as well. */
const markerColours: Record<ReportMilestone['state'], string> = {
  met: 'var(--status-on)',
  'met-late': 'var(--status-risk)',
  missed: 'var(--status-off)',
  upcoming: 'var(--muted)',
  passed: 'var(--muted)',
};

const list = (items: string[], locale: Locale) =>
  new Intl.ListFormat(locale === 'zh-cn' ? 'zh-CN' : 'en', { type: 'conjunction' }).format(items);

/**
 * Trend of a group of KPIs up to `period`. A single-KPI chart adds its target path (or benchmark)
 * as a dashed line. The summary names the first and last known value of each KPI. Milestones of
 * the group's KPIs within the chart's quarters are marked on it, and named (with date and state)
 * in the summary and in a milestone column of the data table, so the text says what the chart
 * shows.
 */
export function trendChart(
  data: MetricsData,
  group: (typeof trendGroups)[number],
  period: string,
  locale: Locale,
  milestones: readonly ReportMilestone[] = [],
): ReportChart | undefined {
  const kpis = group.kpis
    .map((id) => data.kpis.find((k) => k.id === id))
    .filter((k) => k !== undefined);
  const first = kpis[0];
  if (!first) return undefined;
  const snapshots = data.snapshots.filter((s) => quarterIndex(s.period) <= quarterIndex(period));
  const labels = snapshots.map((s) => s.period);
  const series: Series[] = kpis.map((k) => ({
    label: k.label[locale],
    values: snapshots.map((s) => s.metrics[k.id] ?? null),
  }));
  if (kpis.length === 1) {
    const benchmark = data.benchmarks.find((b) => b.kpi === first.id)?.value;
    const source = { ...data, goals: data.goals ?? [] };
    const path = labels.map((p) => {
      const judged = kpiStatus(source, first.id, p);
      return judged.status === 'baseline' ? (judged.baseline ?? null) : (judged.due ?? null);
    });
    if (path.some((v) => v !== null)) {
      series.push({
        label: translate(locale, 'report.chart.targetPath'),
        // Only where a goal judges the quarter: no path before its baseline.
        values: path,
        dashed: true,
      });
    }
    if (benchmark !== undefined) {
      series.push({
        label: translate(locale, 'report.chart.benchmark'),
        values: labels.map(() => benchmark),
        dashed: true,
      });
    }
  }
  const unit = first.unit;
  const title = group.title ? translate(locale, group.title) : first.label[locale];
  const items = kpis.map((k) => {
    const known = snapshots.filter((s) => typeof s.metrics[k.id] === 'number');
    const a = known[0];
    const b = known.at(-1);
    if (!a || !b) return translate(locale, 'report.summary.noData', { kpi: k.label[locale] });
    return translate(locale, 'report.summary.item', {
      kpi: k.label[locale],
      from: translate(locale, 'report.summary.at', {
        value: formatUnit(a.metrics[k.id]!, unit, locale),
        period: a.period,
      }),
      to: translate(locale, 'report.summary.at', {
        value: formatUnit(b.metrics[k.id]!, unit, locale),
        period: b.period,
      }),
    });
  });
  const valueTitle =
    unit === 'percent'
      ? translate(locale, 'report.chart.percentAxis')
      : translate(locale, 'report.chart.axis', {
          kpi: first.label[locale],
          unit: translate(locale, `report.unit.${unit}`),
        });
  const marked = chartMilestones(milestones, group.kpis, labels);
  const state = (m: ReportMilestone) => translate(locale, `report.milestone.${m.state}`);
  const named = marked.map((m) =>
    translate(locale, 'report.chart.milestoneItem', {
      name: m.label[locale],
      date: formatDate(m.date, locale),
      state: state(m),
    }),
  );
  const markers: ChartMarker[] = marked.map((m) => ({
    x: m.x,
    text: translate(locale, 'report.chart.milestoneMark', {
      name: shortLabel(m.label[locale]),
      state: state(m),
    }),
    color: markerColours[m.state],
  }));
  const summary = translate(locale, 'report.summary.trend', {
    start: quarterLabel(labels[0] ?? period, locale),
    end: quarterLabel(period, locale),
    list: list(items, locale),
  });
  return {
    id: `trend-${group.id}`,
    title,
    summary: named.length
      ? translate(locale, 'report.chart.withMilestones', {
          summary,
          milestones: translate(locale, 'report.chart.milestones', { list: list(named, locale) }),
        })
      : summary,
    config: buildTrendChartConfig({
      labels,
      series,
      valueTitle,
      beginAtZero: unit !== 'percent',
      markers,
    }),
    table: {
      columns: [
        translate(locale, 'report.chart.quarter'),
        ...series.map((s) => s.label),
        ...(marked.length ? [translate(locale, 'report.chart.milestone')] : []),
      ],
      units: [
        undefined,
        ...series.map(() => translate(locale, `report.unit.${unit}`)),
        ...(marked.length ? [undefined] : []),
      ],
      rows: labels.map((label, i) => ({
        header: label,
        cells: [
          ...series.map((s) =>
            cell(s.values[i] ?? null, (n) => formatUnit(n, unit, locale), locale),
          ),
          ...(marked.length
            ? [
                {
                  // The row says the quarter and the summary the date: name and state suffice.
                  text: marked
                    .filter((m) => m.row === i)
                    .map((m) =>
                      translate(locale, 'report.chart.milestoneCell', {
                        name: m.label[locale],
                        state: state(m),
                      }),
                    )
                    .join(translate(locale, 'report.chart.milestoneJoin')),
                  missing: false,
                  words: true,
                  value: null,
                },
              ]
            : []),
        ],
      })),
    },
  };
}

/** Team vs industry at each funnel stage. */
export function funnelChart(snapshot: Snapshot, locale: Locale): ReportChart | undefined {
  const rows = funnelRows(snapshot, locale);
  if (!rows.length) return undefined;
  const t = (key: UiKey) => translate(locale, key);
  const worst = largestShortfall(rows);
  return {
    id: 'funnel',
    title: t('report.funnel'),
    summary: worst
      ? translate(locale, 'report.funnel.summary', {
          stage: worst.label,
          gap: formatDifference(worst.gap, 'percent', locale),
        })
      : t('report.funnel.summaryNone'),
    config: buildFunnelChartConfig(rows, {
      team: t('report.funnel.team'),
      industry: t('report.funnel.industry'),
      axis: t('report.chart.percentAxis'),
    }),
    table: {
      columns: [
        t('report.funnel.stage'),
        t('report.funnel.team'),
        t('report.funnel.industry'),
        t('report.gap'),
      ],
      units: [undefined, '%', '%', t('report.unit.pp')],
      rows: rows.map((r) => ({
        header: r.label,
        cells: [
          cell(r.value, (n) => formatPercent(n, locale), locale),
          cell(r.reference, (n) => formatPercent(n, locale), locale),
          cell(r.gap, (n) => formatDifference(n, 'percent', locale), locale),
        ],
      })),
    },
  };
}

/** Skill scores vs the industry standard. */
export function skillsChart(snapshot: Snapshot, locale: Locale): ReportChart | undefined {
  const rows = skillRows(snapshot, locale);
  if (!rows.length) return undefined;
  const t = (key: UiKey) => translate(locale, key);
  const worst = largestShortfall(rows);
  return {
    id: 'skills',
    title: t('report.skills'),
    summary: worst
      ? translate(locale, 'report.skills.summary', {
          skill: worst.label,
          gap: formatDifference(worst.gap, 'score', locale),
        })
      : t('report.skills.summaryNone'),
    config: buildSkillsChartConfig(rows, {
      score: t('report.skills.score'),
      standard: t('report.skills.standard'),
      axis: t('report.skills.axis'),
    }),
    table: {
      columns: [
        t('report.skills.skill'),
        t('report.skills.score'),
        t('report.skills.standard'),
        t('report.gap'),
      ],
      units: [undefined, t('report.unit.score'), t('report.unit.score'), t('report.unit.score')],
      rows: rows.map((r) => ({
        header: r.label,
        cells: [
          cell(r.value, (n) => formatUnit(n, 'score', locale), locale),
          cell(r.reference, (n) => formatUnit(n, 'score', locale), locale),
          cell(r.gap, (n) => formatDifference(n, 'score', locale), locale),
        ],
      })),
    },
  };
}

/** Root-cause shares across the four bones. */
export function rootCauseChart(snapshot: Snapshot, locale: Locale): ReportChart | undefined {
  const rows = rootCauseRows(snapshot);
  if (!rows.length) return undefined;
  const t = (key: UiKey) => translate(locale, key);
  const labelled = rows.map((r) => ({ ...r, label: t(`report.bone.${r.bone}`) }));
  const top = [...labelled].sort((a, b) => b.share - a.share)[0]!;
  return {
    id: 'roots',
    title: t('report.roots'),
    summary: translate(locale, 'report.roots.summary', {
      bone: top.label,
      share: formatPercent(top.share, locale),
    }),
    config: buildRootCauseChartConfig(labelled, {
      axis: t('report.chart.percentAxis'),
      dataset: t('report.roots.share'),
    }),
    table: {
      columns: [t('report.roots.bone'), t('report.roots.share')],
      units: [undefined, '%'],
      rows: labelled.map((r) => ({
        header: r.label,
        cells: [cell(r.share, (n) => formatPercent(n, locale), locale)],
      })),
    },
  };
}

/** Assessment grade distribution. */
export function gradesChart(snapshot: Snapshot, locale: Locale): ReportChart | undefined {
  const rows = gradeShares(snapshot);
  if (!rows.length) return undefined;
  const t = (key: UiKey) => translate(locale, key);
  const labelled = rows.map((r) => ({ ...r, label: t(`report.grade.${r.grade}`) }));
  const count = (g: string) => labelled.find((r) => r.grade === g)?.count ?? 0;
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return {
    id: 'grades',
    title: t('report.training.grades'),
    summary: translate(locale, 'report.training.summary', {
      total,
      excellent: count('excellent'),
      pass: count('pass'),
      fail: count('fail'),
    }),
    config: buildGradesChartConfig(labelled, {
      axis: t('report.training.people'),
      dataset: t('report.training.people'),
    }),
    table: {
      columns: [t('report.training.grade'), t('report.training.people'), t('report.roots.share')],
      units: [undefined, t('report.unit.people'), '%'],
      rows: labelled.map((r) => ({
        header: r.label,
        cells: [
          cell(r.count, (n) => formatUnit(n, 'count', locale), locale),
          cell(r.share, (n) => formatPercent(n, locale), locale),
        ],
      })),
    },
  };
}
