/**
 * The report's tables as data for download: the same computed rows the page's tables show, with
 * the numbers in machine form (87.5, not "87.5%") and the unit in the header or a unit column.
 * Headers are the page's own column headers, so a spreadsheet reads like the page.
 */
import type { Locale } from '../../schemas/localized.ts';
import type { Bone } from '../../schemas/snapshot.ts';
import { translate, useTranslations } from '../i18n.ts';
import { type CsvCell, type DataTable, withUnit } from '../tables/csv.ts';
import type { KpiRow } from './compute.ts';
import { frequencySource, type QuadrantLayout } from './quadrant.ts';
import type { ReportChart } from './report-charts.ts';
import { channelTable, type QuarterReport } from './report.ts';
import { scorecardLine } from './scorecard.ts';
import { roundTo } from './targets.ts';
import type { MetricsData } from './validate.ts';

/** A chart's data table: the page's columns, units in brackets, the numbers behind each figure. */
export function chartDataTable(chart: ReportChart, locale: Locale): DataTable {
  return {
    id: chart.id,
    caption: translate(locale, 'report.chart.dataCaption', { chart: chart.title }),
    header: chart.table.columns.map((c, i) => withUnit(c, chart.table.units[i])),
    rows: chart.table.rows.map((row) => [
      row.header,
      ...row.cells.map((c) => (c.words ? c.text || null : c.value)),
    ]),
  };
}

const unitWord = (row: KpiRow, locale: Locale) => translate(locale, `report.unit.${row.kpi.unit}`);

/** Percent KPIs change in percentage points; every other KPI in its own unit. */
const changeUnit = (row: KpiRow, locale: Locale) =>
  row.kpi.unit === 'percent' ? translate(locale, 'report.unit.pp') : unitWord(row, locale);

const statusWord = (status: KpiRow['status'], locale: Locale) =>
  translate(locale, status ? `report.status.${status}` : 'report.status.none');

/** A percent change as the page rounds it (one decimal). */
const relative = (row: KpiRow) =>
  row.change.relative === null ? null : roundTo(row.change.relative, 1);

/** The two change headers, named by what they compare (环比 / 同比 / "vs Q4 2024"). */
const changeHeads = (comparison: string, locale: Locale): [string, string] =>
  comparison
    ? [
        translate(locale, 'report.col.changeNamed', { name: comparison }),
        translate(locale, 'report.col.changePctNamed', { name: comparison }),
      ]
    : [translate(locale, 'report.col.change'), translate(locale, 'report.col.changePct')];

/**
 * The scorecard: one row per KPI with the page's eight columns (the trend as the quarterly values
 * separated by semicolons), then the KPI id, units, the target's deadline, the value due this
 * quarter on the path to it, the status code and the value as the page shows it.
 */
export function scorecardDataTable(
  report: QuarterReport,
  locale: Locale,
  quarter: string,
  comparison: string,
): DataTable {
  const t = useTranslations(locale);
  const [change, changePct] = changeHeads(comparison, locale);
  const series = report.rows[0]?.series ?? [];
  return {
    id: 'scorecard',
    caption: t('report.scorecard.caption', { quarter }),
    header: [
      t('report.col.kpi'),
      t('report.col.value'),
      change,
      withUnit(changePct, '%'),
      t('report.col.target'),
      t('report.col.benchmark'),
      t('report.col.status'),
      withUnit(
        t('report.col.trend'),
        t('report.csv.series', {
          from: series[0]?.period ?? report.period,
          to: series.at(-1)?.period ?? report.period,
        }),
      ),
      t('report.csv.kpiId'),
      t('report.csv.unit'),
      t('report.csv.changeUnit'),
      t('report.csv.deadline'),
      t('report.csv.due'),
      t('report.csv.statusId'),
      t('report.csv.formatted'),
    ],
    rows: report.rows.map((row): CsvCell[] => {
      const line = scorecardLine(row, locale);
      return [
        line.label,
        row.value,
        row.change.absolute,
        relative(row),
        row.judged.goal?.target ?? null,
        row.benchmark?.value ?? null,
        statusWord(row.status, locale),
        row.series.map((p) => (p.value === null ? '' : String(p.value))).join('; '),
        row.kpi.id,
        unitWord(row, locale),
        changeUnit(row, locale),
        row.judged.goal?.deadline ?? null,
        line.due === undefined ? null : (row.judged.due ?? null),
        row.status ?? 'none',
        line.value.missing ? null : line.value.text,
      ];
    }),
  };
}

/** The comparison of two quarters: the compare page's six columns, then id, units and status code. */
export function compareDataTable(
  report: QuarterReport,
  locale: Locale,
  labels: { quarter: string; earlier: string },
  comparison: string,
): DataTable {
  const [change, changePct] = changeHeads(comparison, locale);
  return {
    id: 'compare',
    caption: translate(locale, 'report.compare.caption', labels),
    header: [
      translate(locale, 'report.col.kpi'),
      labels.earlier,
      labels.quarter,
      change,
      withUnit(changePct, '%'),
      translate(locale, 'report.compare.status', { quarter: labels.quarter }),
      translate(locale, 'report.csv.kpiId'),
      translate(locale, 'report.csv.unit'),
      translate(locale, 'report.csv.changeUnit'),
      translate(locale, 'report.csv.statusId'),
    ],
    rows: report.rows.map((row) => [
      row.kpi.label[locale],
      row.previous,
      row.value,
      row.change.absolute,
      relative(row),
      statusWord(row.status, locale),
      row.kpi.id,
      unitWord(row, locale),
      changeUnit(row, locale),
      row.status ?? 'none',
    ]),
  };
}

/** Per-channel figures: KPI by channel, each row in its KPI's unit (named in the unit column). */
export function channelsDataTable(
  report: QuarterReport,
  data: MetricsData,
  locale: Locale,
  quarter: string,
): DataTable {
  const table = channelTable(report.snapshot, data.kpis, locale);
  return {
    id: 'channels',
    caption: translate(locale, 'report.channels.caption', { quarter }),
    header: [
      translate(locale, 'report.col.kpi'),
      ...table.channels,
      translate(locale, 'report.csv.kpiId'),
      translate(locale, 'report.csv.unit'),
    ],
    rows: table.rows.map((row) => [
      row.label,
      ...row.values,
      row.id,
      translate(locale, `report.unit.${row.unit}`),
    ]),
  };
}

/** The problems on the frequency × impact matrix, numbered as the dots are. */
export function problemsDataTable(
  layout: QuadrantLayout,
  bones: Readonly<Record<string, Bone>>,
  locale: Locale,
): DataTable {
  const t = useTranslations(locale);
  return {
    id: 'problems',
    caption: t('report.chart.dataCaption', { chart: t('report.quadrant') }),
    header: [
      t('report.quadrant.no'),
      t('report.quadrant.problem'),
      t('report.quadrant.family'),
      t('report.quadrant.frequency'),
      t('report.quadrant.from'),
      t('report.quadrant.impact'),
      t('report.quadrant.col'),
      t('report.quadrant.bone'),
    ],
    rows: layout.points.map((p) => {
      const bone = bones[p.id];
      return [
        p.n,
        p.label,
        t(`report.family.${p.family}`),
        p.frequency,
        frequencySource(p, locale),
        p.impact,
        t(`report.quadrant.q.${p.quadrant}`),
        bone ? t(`report.bone.${bone}`) : null,
      ];
    }),
  };
}
