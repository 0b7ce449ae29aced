import type { Goal } from '../../schemas/plan.ts';
import { daysBetween } from '../dates.ts';
import type { Kpi } from '../../schemas/kpi.ts';
import type { Snapshot } from '../../schemas/snapshot.ts';
import { comparePeriods, periodEnd } from '../periods.ts';

/** What the plan reads of a catalog KPI (validated by the metrics loader, like every reader's). */
export type PlanKpi = Pick<Kpi, 'id' | 'unit' | 'better' | 'label'>;
/** What the plan reads of a snapshot: its period and its KPI values (null is missing). */
export type PlanSnapshot = Pick<Snapshot, 'period' | 'metrics'>;

/** Where a goal stands: achieved, moving the right way, moved the wrong way, or not measured. */
export type GoalState = 'achieved' | 'progressing' | 'regressed' | 'unknown';
/** Progress compared with the share of time gone from the baseline to the deadline. */
export type Pace = 'ahead' | 'on-pace' | 'behind' | 'unknown';

/**
 * Progress within this many points (of the whole baseline → target distance) of the time elapsed
 * counts as on pace: 0.1 means 60 % of the way at 65 % of the time is on pace, at 75 % behind.
 */
export const PACE_TOLERANCE = 0.1;

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
  /**
   * Share of the baseline → target distance covered, in the KPI's better direction: 0 at the
   * baseline, 1 at the target, negative after a regression, above 1 past the target.
   */
  fraction: number | undefined;
  state: GoalState;
  /** Share of the time from the end of the baseline period to the deadline gone by `measuredAt`, 0–1. */
  timeElapsed: number | undefined;
  pace: Pace;
  /** The deadline is before the as-of date and the target was not met. */
  missed: boolean;
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

/** ahead / on pace / behind: progress compared with the time elapsed, within `PACE_TOLERANCE`. */
export function paceOf(fraction: number | undefined, elapsed: number | undefined): Pace {
  if (fraction === undefined || elapsed === undefined) return 'unknown';
  if (fraction >= 1) return 'ahead';
  if (fraction < 0) return 'behind';
  if (elapsed <= 0) return 'unknown';
  const gap = fraction - elapsed;
  if (gap > PACE_TOLERANCE + 1e-9) return 'ahead';
  if (gap < -PACE_TOLERANCE - 1e-9) return 'behind';
  return 'on-pace';
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
): GoalProgress {
  const kpi = kpis.find((k) => k.id === goal.kpi);
  const found = latestActual(snapshots, goal.kpi, asOf);
  // A value from before the baseline was measured says nothing about progress toward this goal.
  const actual = found && found.measuredAt >= periodEnd(goal.baseline.period) ? found : undefined;
  if (!actual) {
    return {
      goal,
      kpi,
      actual,
      fraction: undefined,
      state: 'unknown',
      timeElapsed: undefined,
      pace: 'unknown',
      missed: goal.deadline < asOf,
    };
  }
  const fraction = progressFraction(goal.baseline.value, goal.target, actual.value, kpi?.better);
  const state: GoalState = fraction >= 1 ? 'achieved' : fraction < 0 ? 'regressed' : 'progressing';
  const timeElapsed = timeFraction(
    periodEnd(goal.baseline.period),
    goal.deadline,
    actual.measuredAt,
  );
  return {
    goal,
    kpi,
    actual,
    fraction,
    state,
    timeElapsed,
    pace: paceOf(fraction, timeElapsed),
    missed: goal.deadline < asOf && state !== 'achieved',
  };
}
