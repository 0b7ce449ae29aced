import type { Locale } from '../../schemas/localized.ts';
import { translate } from '../i18n.ts';
import { kpiRow } from './compute.ts';
import { formatChange, formatUnit, formatValue, type Formatted } from './format.ts';
import { periodFromSlug } from '../periods.ts';
import { formatDate } from '../dates.ts';
import type { MetricsData } from './validate.ts';

export type NarrativeKind = 'value' | 'delta' | 'target';

/**
 * The figure an MDX component embeds in a narrative: the KPI's value in the quarter, its change on
 * the previous quarter ("+1.3 pp (+1.5%)"), or its target. Throws on an unknown KPI or quarter:
 * the content check reports those with a line number before the build gets here.
 */
export function narrativeFigure(
  data: MetricsData,
  locale: Locale,
  period: string,
  id: string,
  kind: NarrativeKind,
): Formatted {
  const quarter = periodFromSlug(period) ?? period;
  const kpi = data.kpis.find((k) => k.id === id);
  if (!kpi) throw new Error(`unknown KPI “${id}” in the ${quarter} narrative`);
  if (!data.snapshots.some((s) => s.period === quarter))
    throw new Error(`no snapshot for ${quarter}`);
  const row = kpiRow(kpi, data, quarter);
  if (kind === 'value') return formatValue(row.value, kpi.unit, locale);
  if (kind === 'target') {
    const goal = row.judged.goal;
    if (!goal) return formatValue(null, kpi.unit, locale);
    return {
      text: translate(locale, 'report.targetBy', {
        value: formatUnit(goal.target, kpi.unit, locale),
        date: formatDate(goal.deadline, locale),
      }),
      missing: false,
    };
  }
  const change = formatChange(row.change, kpi.unit, locale);
  if (change.absolute.missing) return change.absolute;
  return {
    text: change.relative.missing
      ? change.absolute.text
      : translate(locale, 'report.deltaBoth', {
          abs: change.absolute.text,
          pct: change.relative.text,
        }),
    missing: false,
  };
}
