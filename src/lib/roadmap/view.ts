import { kpiUnits, type KpiUnit } from '../../schemas/kpi.ts';
import type { Locale } from '../../schemas/localized.ts';
import type { Plan } from '../../schemas/plan.ts';
import { langTag } from '../i18n.ts';
import { formatUnit, formatValue, type Formatted } from '../metrics/format.ts';
import { type GoalProgress, type GoalState, type Pace, type PlanKpi } from './progress.ts';

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
  state: GoalState;
  pace: Pace;
  missed: boolean;
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
    baseline: formatUnit(goal.baseline.value, unit, locale),
    baselinePeriod: goal.baseline.period,
    actual: formatValue(actual?.value ?? null, unit, locale),
    actualPeriod: actual?.period,
    target: formatUnit(goal.target, unit, locale),
    deadline: goal.deadline,
    progress: fraction === undefined ? undefined : formatShare(fraction, locale),
    bar: fraction === undefined ? 0 : Math.round(Math.min(1, Math.max(0, fraction)) * 1000) / 10,
    timeElapsed: timeElapsed === undefined ? undefined : formatShare(timeElapsed, locale),
    state: progress.state,
    pace: progress.pace,
    missed: progress.missed,
  };
}

/** Symbols that go with the words, so state never rests on colour alone. */
export const stateIcon: Record<GoalState, string> = {
  achieved: '✓',
  progressing: '→',
  regressed: '▼',
  unknown: '?',
};
export const paceIcon: Record<Pace, string> = {
  ahead: '▲',
  'on-pace': '●',
  behind: '▼',
  unknown: '–',
};

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
} as const;
