import type { Goal } from '../../schemas/plan.ts';
import { daysBetween } from '../dates.ts';
import type { Kpi } from '../../schemas/kpi.ts';
import type { Snapshot } from '../../schemas/snapshot.ts';
import { comparePeriods, periodEnd } from '../periods.ts';
import { goalFor, goalStatus, type KpiStatus, type StatusResult } from '../metrics/status.ts';
import { baselineValue } from '../metrics/targets.ts';

/** What the plan reads of a catalog KPI (validated by the metrics loader, like every reader's). */
export type PlanKpi = Pick<Kpi, 'id' | 'unit' | 'better' | 'label' | 'tolerance' | 'decimals'>;
/** What the plan reads of a snapshot: its period and its KPI values (null is missing). */
export type PlanSnapshot = Pick<Snapshot, 'period' | 'metrics'>;

/** Where a goal stands, by the one status rule (src/lib/metrics/status.ts). */
export type GoalState = KpiStatus | 'unknown';

/** The newest measurement of a KPI: the latest snapshot that has a value for it. */
export interface Actual {
  value: number;
  period: string;
  /** Last day of `period`: the day the value describes. */
  measuredAt: string;
}

export interface GoalProgress {
  goal: Goal;
  kpi: PlanKpi | undefined;
  actual: Actual | undefined;
  /** The baseline value, read from the snapshot of the baseline period. */
  baseline: number | null;
  /**
   * Share of the baseline → target distance covered, in the KPI's better direction: 0 at the
   * baseline, 1 at the target, negative after a regression, above 1 past the target.
   */
  fraction: number | undefined;
  /** Share of the time from the end of the baseline period to the deadline gone by `measuredAt`, 0–1. */
  timeElapsed: number | undefined;
  /** The status of the goal's KPI in the quarter of `actual`, as this goal judges it. */
  judged: StatusResult;
  state: GoalState;
  /** Whether this goal is the one that judges its KPI in that quarter (what the scorecard shows). */
  current: boolean;
}

/**
 * The newest value of a KPI among snapshots whose period ends on or before `asOf`; `null` values
 * are missing data and skipped, never read as zero.
 */
export function latestActual(
  snapshots: readonly PlanSnapshot[],
  kpi: string,
  asOf: string,
): Actual | undefined {
  const usable = snapshots
    .filter((s) => periodEnd(s.period) <= asOf && typeof s.metrics[kpi] === 'number')
    .sort((a, b) => comparePeriods(a.period, b.period));
  const newest = usable.at(-1);
  if (!newest) return undefined;
  return {
    value: newest.metrics[kpi] as number,
    period: newest.period,
    measuredAt: periodEnd(newest.period),
  };
}

/**
 * Signed share of the way from `baseline` to `target` that `actual` has covered, measured in the
 * KPI's better direction (a neutral KPI takes the direction of its target).
 */
export function progressFraction(
  baseline: number,
  target: number,
  actual: number,
  better: Kpi['better'] = 'neutral',
): number {
  const sign =
    better === 'higher' ? 1 : better === 'lower' ? -1 : Math.sign(target - baseline) || 1;
  const distance = sign * (target - baseline);
  if (distance <= 0) return sign * (actual - baseline) >= 0 ? 1 : -1;
  return (sign * (actual - baseline)) / distance;
}

/** Share of the time between `from` and `to` gone by `at`, clamped to 0–1. */
export function timeFraction(from: string, to: string, at: string): number {
  const total = daysBetween(from, to);
  if (total <= 0) return 1;
  return Math.min(1, Math.max(0, daysBetween(from, at) / total));
}

/**
 * Progress of one goal as of a date, from the newest snapshot ending by then. Time elapsed is
 * counted to the day the measurement describes (its period's last day), so a value is judged
 * against the time that had passed when it was measured.
 */
export function goalProgress(
  goal: Goal,
  kpis: readonly PlanKpi[],
  snapshots: readonly PlanSnapshot[],
  asOf: string,
  goals: readonly Goal[] = [goal],
): GoalProgress {
  const kpi = kpis.find((k) => k.id === goal.kpi);
  const source = { kpis, snapshots, goals };
  const found = latestActual(snapshots, goal.kpi, asOf);
  const baseline = baselineValue(source, goal);
  // A value from before the baseline was measured says nothing about progress toward this goal.
  const actual = found && found.measuredAt >= periodEnd(goal.baseline.period) ? found : undefined;
  const period = actual?.period ?? goal.baseline.period;
  // Nothing measured since the baseline (or not even that): no status yet.
  const judged = actual
    ? goalStatus(source, goal, period)
    : { ...goalStatus(source, goal, period), status: null };
  const current = goalFor(source, goal.kpi, period)?.id === goal.id;
  if (!actual || baseline === null) {
    return {
      goal,
      kpi,
      actual,
      baseline,
      fraction: undefined,
      timeElapsed: undefined,
      judged,
      state: judged.status ?? 'unknown',
      current,
    };
  }
  return {
    goal,
    kpi,
    actual,
    baseline,
    fraction: progressFraction(baseline, goal.target, actual.value, kpi?.better),
    timeElapsed: timeFraction(periodEnd(goal.baseline.period), goal.deadline, actual.measuredAt),
    judged,
    state: judged.status ?? 'unknown',
    current,
  };
}
