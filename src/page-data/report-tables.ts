/**
 * Every table of a quarterly report (and of a comparison page) as data for download, computed by
 * the same functions the page's tables render from: the report's CSV endpoints read these, the
 * page links one file per table. Ids are file names; `reportTableIds` lists what a period has.
 */
import { formatDate } from '../lib/dates.ts';
import { translate } from '../lib/i18n.ts';
import { periodEnd } from '../lib/periods.ts';
import { quadrantLayout } from '../lib/metrics/quadrant.ts';
import {
  funnelChart,
  gradesChart,
  rootCauseChart,
  skillsChart,
  trendCharts,
} from '../lib/metrics/report-charts.ts';
import {
  channelsDataTable,
  chartDataTable,
  compareDataTable,
  problemsDataTable,
  scorecardDataTable,
} from '../lib/metrics/report-tables.ts';
import { buildQuarterReport, quarterLabel } from '../lib/metrics/report.ts';
import { comparisonName } from '../lib/metrics/scorecard.ts';
import { planAsOf } from '../lib/roadmap/as-of.ts';
import { goalsDataTable, tasksDataTable } from '../lib/roadmap/tables.ts';
import type { DataTable } from '../lib/tables/csv.ts';
import type { Locale } from '../schemas/localized.ts';
import { loadReportData, reportMilestones } from './reports.ts';
import { loadRoadmap } from './roadmap.ts';

/** The report of `period`'s tables in page order: scorecard, channels, charts, problems, plan. */
export function reportDataTables(period: string, locale: Locale): DataTable[] {
  const data = loadReportData();
  const report = buildQuarterReport(data, period);
  const quarter = quarterLabel(period, locale);
  const snapshot = report.snapshot;
  const tables: DataTable[] = [
    scorecardDataTable(
      report,
      locale,
      quarter,
      comparisonName(period, report.previousPeriod, locale),
    ),
  ];
  const channels = channelsDataTable(report, data, locale, quarter);
  if (channels.rows.length > 0) tables.push(channels);
  const charts = [
    ...trendCharts(data, period, locale, reportMilestones(period)),
    funnelChart(snapshot, locale),
    rootCauseChart(snapshot, locale),
  ];
  for (const chart of charts) if (chart) tables.push(chartDataTable(chart, locale));
  if (snapshot.problems.length) {
    const bones = Object.fromEntries(snapshot.problems.map((p) => [p.id, p.bone]));
    tables.push(problemsDataTable(quadrantLayout(snapshot, locale), bones, locale));
  }
  for (const chart of [gradesChart(snapshot, locale), skillsChart(snapshot, locale)])
    if (chart) tables.push(chartDataTable(chart, locale));
  tables.push(...planTables(period, locale));
  return tables;
}

/** The plan as it stood on the quarter's last day: goals, and the tasks due by then (if any). */
function planTables(period: string, locale: Locale): DataTable[] {
  const { model, kpis, snapshots } = loadRoadmap();
  if (!model) return [];
  const date = periodEnd(period);
  const view = planAsOf(model.plan, kpis, snapshots, date);
  const day = formatDate(date, locale);
  const goals = goalsDataTable(
    view,
    locale,
    translate(locale, 'plan.asOf.goalsCaption', { date: day }),
  );
  if (view.due.length === 0) return [goals];
  return [
    goals,
    tasksDataTable(
      view,
      model.plan,
      locale,
      translate(locale, 'plan.asOf.tasksCaption', { date: day }),
    ),
  ];
}

/** The comparison page's table of `period` against `earlier`. */
export function compareTable(period: string, earlier: string, locale: Locale): DataTable {
  const report = buildQuarterReport(loadReportData(), period, earlier);
  return compareDataTable(
    report,
    locale,
    { quarter: quarterLabel(period, locale), earlier: quarterLabel(earlier, locale) },
    comparisonName(period, earlier, locale),
  );
}
