import type { Locale } from '../../schemas/localized.ts';
import { translate } from '../i18n.ts';
import type { KpiRow, Status } from './compute.ts';
import {
  formatChange,
  formatDifference,
  formatUnit,
  formatValue,
  type Formatted,
} from './format.ts';
import { quarterLabel } from './report.ts';

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
  /** "90% by Q4 2026". */
  target: string | undefined;
  /** "due now: 88.75%", when the status follows the path to the target. */
  due: string | undefined;
  benchmark: string | undefined;
  /** "gap +2.5 pp" to the benchmark. */
  benchmarkGap: string | undefined;
  status: Status | null;
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
    target: kpi.target
      ? translate(locale, 'report.targetBy', {
          value: formatUnit(kpi.target.value, unit, locale),
          quarter: quarterLabel(kpi.target.by, locale),
        })
      : undefined,
    due:
      row.reference?.basis === 'path'
        ? translate(locale, 'report.pathNow', {
            value: formatUnit(row.reference.value, unit, locale),
          })
        : undefined,
    benchmark: row.benchmark ? formatUnit(row.benchmark.value, unit, locale) : undefined,
    benchmarkGap:
      row.gapToBenchmark === null
        ? undefined
        : translate(locale, 'report.gapTo', {
            gap: formatDifference(row.gapToBenchmark, unit, locale),
          }),
    status: row.status,
    series: row.series.map((p) => p.value),
    seriesLabel: translate(locale, 'report.sparkline', {
      kpi: kpi.short[locale],
      from: first,
      to: last,
    }),
  };
}
