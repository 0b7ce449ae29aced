import { kpiUnits, type KpiUnit } from '../../schemas/kpi.ts';
import type { Locale } from '../../schemas/localized.ts';
import type { Plan } from '../../schemas/plan.ts';
import { langTag } from '../i18n.ts';
import { formatUnit, formatValue, type Formatted } from '../metrics/format.ts';
import type { Outcome } from '../metrics/status.ts';
import { type GoalProgress, type GoalState, type PlanKpi } from './progress.ts';

/** A goal row as the page shows it: every figure already formatted for the locale. */
export interface GoalView {
  id: string;
  title: string;
  kpi: string;
  kpiLabel: string;
  owner: string;
  horizon: Plan['goals'][number]['horizon'];
  baseline: string;
  baselinePeriod: string;
  actual: Formatted;
  actualPeriod: string | undefined;
  target: string;
  deadline: string;
  /** "75%" of the way, or undefined without data. */
  progress: string | undefined;
  /** Width of the progress bar, 0–100 (a regression draws an empty bar). */
  bar: number;
  /** "87%" of the time gone by the measurement, or undefined. */
  timeElapsed: string | undefined;
  /** The one status (src/lib/metrics/status.ts) of the goal's KPI in `period`. */
  state: GoalState;
  /** The quarter judged: the newest measured one by the as-of date (the baseline's before that). */
  period: string;
  /** Achieved / achieved late / missed, from the deadline on. */
  outcome: Outcome | undefined;
  /** "88.8%": the value due in `period` on the path to the target, before the deadline. */
  due: string | undefined;
  /** This goal judges its KPI in `period` (the scorecard shows the same status). */
  current: boolean;
}

const unitOf = (kpi: PlanKpi | undefined): KpiUnit =>
  kpi && (kpiUnits as readonly string[]).includes(kpi.unit) ? kpi.unit : 'count';

/** A 0–1 share as a whole percentage: 0.7479 → "75%". */
export const formatShare = (share: number, locale: Locale): string =>
  new Intl.NumberFormat(langTag(locale), { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );

export function goalView(progress: GoalProgress, plan: Plan, locale: Locale): GoalView {
  const { goal, kpi, actual, fraction, timeElapsed } = progress;
  const unit = unitOf(kpi);
  return {
    id: goal.id,
    title: goal.title[locale],
    kpi: goal.kpi,
    kpiLabel: kpi?.label?.[locale] ?? goal.kpi,
    owner: plan.owners.find((o) => o.id === goal.owner)?.name[locale] ?? goal.owner,
    horizon: goal.horizon,
    baseline: formatValue(progress.baseline, unit, locale).text,
    baselinePeriod: goal.baseline.period,
    actual: formatValue(actual?.value ?? null, unit, locale),
    actualPeriod: actual?.period,
    target: formatUnit(goal.target, unit, locale),
    deadline: goal.deadline,
    progress: fraction === undefined ? undefined : formatShare(fraction, locale),
    bar: fraction === undefined ? 0 : Math.round(Math.min(1, Math.max(0, fraction)) * 1000) / 10,
    timeElapsed: timeElapsed === undefined ? undefined : formatShare(timeElapsed, locale),
    state: progress.state,
    period: progress.judged.period,
    outcome: progress.judged.outcome,
    due:
      progress.judged.due !== undefined && progress.judged.outcome === undefined
        ? formatUnit(progress.judged.due, unit, locale)
        : undefined,
    current: progress.current,
  };
}

/** Month label for the timeline axis: "Jan" / "1月". */
export const monthLabel = (date: string, locale: Locale): string =>
  new Intl.DateTimeFormat(langTag(locale), { month: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/** Icons beside task statuses; the words are always shown too. */
export const statusIcon = {
  planned: '○',
  'in-progress': '◐',
  done: '✓',
  blocked: '✕',
  overdue: '!',
  late: '⏱',
} as const;
