import type { Locale } from '../../schemas/localized.ts';
import { translate } from '../i18n.ts';
import { judge, type KpiRow, type Status } from './compute.ts';
import type { Kpi } from '../../schemas/kpi.ts';
import { formatDate } from '../dates.ts';
import { previousQuarter, quarterIndex } from '../periods.ts';
import { quarterLabel } from './report.ts';
import {
  formatChange,
  formatMagnitude,
  formatUnit,
  formatValue,
  type Formatted,
} from './format.ts';

/** One scorecard line with every figure already formatted for `locale`. */
export interface ScorecardLine {
  id: string;
  label: string;
  definition: string;
  value: Formatted;
  change: Formatted;
  changePercent: Formatted;
  /** "better" / "worse" / "unchanged", for the change; absent for neutral or missing. */
  changeVerdict: string | undefined;
  verdict: KpiRow['trend'];
  /** "90% by 31 Dec 2026": the goal that judges the quarter. */
  target: string | undefined;
  /** "due this quarter: 88.8%", while the goal's path (not yet its deadline) judges the status. */
  due: string | undefined;
  benchmark: string | undefined;
  /** "2.5 pp better than the benchmark" / "比基准差 1秒". */
  benchmarkGap: string | undefined;
  status: Status | null;
  /** The quarter judged (for the badge's data-period). */
  period: string;
  series: (number | null)[];
  seriesLabel: string;
}

export function scorecardLine(row: KpiRow, locale: Locale): ScorecardLine {
  const { kpi } = row;
  const unit = kpi.unit;
  const change = formatChange(row.change, unit, locale);
  const verdict = row.trend;
  const first = row.series[0]?.period ?? '';
  const last = row.series.at(-1)?.period ?? '';
  return {
    id: kpi.id,
    label: kpi.label[locale],
    definition: kpi.definition[locale],
    value: formatValue(row.value, unit, locale),
    change: change.absolute,
    changePercent: change.relative,
    changeVerdict:
      verdict === 'better' || verdict === 'worse' || verdict === 'same'
        ? translate(locale, `report.change.${verdict}`)
        : undefined,
    verdict,
    target: row.judged.goal
      ? translate(locale, 'report.targetBy', {
          value: formatUnit(row.judged.goal.target, unit, locale),
          date: formatDate(row.judged.goal.deadline, locale),
        })
      : undefined,
    due:
      row.judged.due !== undefined && row.judged.outcome === undefined
        ? translate(locale, 'report.pathNow', { value: formatUnit(row.judged.due, unit, locale) })
        : undefined,
    benchmark: row.benchmark ? formatUnit(row.benchmark.value, unit, locale) : undefined,
    benchmarkGap:
      row.gapToBenchmark === null ? undefined : gapWords(row.gapToBenchmark, kpi, locale),
    status: row.status,
    period: row.judged.period,
    series: row.series.map((p) => p.value),
    seriesLabel: translate(locale, 'report.sparkline', {
      kpi: kpi.short[locale],
      from: first,
      to: last,
    }),
  };
}

/**
 * A gap to a reference in words a reader need not decode: "2.5 pp better than the benchmark",
 * "1 s worse than the benchmark", "level with the benchmark"; neutral KPIs keep the signed gap.
 */
export function gapWords(gap: number, kpi: Pick<Kpi, 'better' | 'unit'>, locale: Locale): string {
  const verdict = judge(gap, kpi.better);
  const size = formatMagnitude(gap, kpi.unit, locale);
  if (verdict === 'same') return translate(locale, 'report.gap.same');
  if (verdict === 'better') return translate(locale, 'report.gap.better', { gap: size });
  if (verdict === 'worse') return translate(locale, 'report.gap.worse', { gap: size });
  return translate(locale, 'report.gap.neutral', { gap: size, sign: gap > 0 ? '+' : '−' });
}

/** "达标 2 项 · 有风险 6 项 · 偏离 3 项", with "met late" only when some are. */
export function statusCountsText(counts: Record<Status, number>, locale: Locale): string {
  const text = translate(locale, 'report.statusCounts', {
    on: counts['on-track'],
    risk: counts['at-risk'],
    off: counts['off-track'],
  });
  return counts.late > 0
    ? `${text} · ${translate(locale, 'report.statusCounts.late', { late: counts.late })}`
    : text;
}

/**
 * What a change is measured against, named: 环比 / "vs previous quarter" only for the quarter
 * just before, 同比 / "year on year" for the same quarter a year earlier, else "vs Q4 2024".
 */
export function comparisonName(
  period: string,
  earlier: string | undefined,
  locale: Locale,
): string {
  if (!earlier) return '';
  if (earlier === previousQuarter(period)) return translate(locale, 'report.cmp.previous');
  if (quarterIndex(earlier) === quarterIndex(period) - 4)
    return translate(locale, 'report.cmp.yoy');
  return translate(locale, 'report.cmp.vs', { quarter: quarterLabel(earlier, locale) });
}

/** Every KPI per status that needs a reader's eye, by catalog label: none is ever left out. */
export function attention(
  rows: readonly KpiRow[],
  locale: Locale,
): { status: 'off-track' | 'at-risk' | 'late' | 'baseline'; ids: string[]; labels: string[] }[] {
  return (['off-track', 'at-risk', 'late', 'baseline'] as const)
    .map((status) => {
      const hit = rows.filter((r) => r.status === status);
      return { status, ids: hit.map((r) => r.kpi.id), labels: hit.map((r) => r.kpi.label[locale]) };
    })
    .filter((group) => group.ids.length > 0);
}
