/**
 * The one status rule. A KPI's status in a quarter is judged against the plan goal in force at the
 * quarter's end (src/lib/metrics/targets.ts): the value due on the straight path from the
 * baseline, with the KPI's tolerance. The scorecard, the narrative figures, the report's plan
 * section and the roadmap all call {@link kpiStatus} or {@link goalStatus}; nothing else decides.
 *
 * - `baseline`: the quarter a goal is measured from; it has no status of its own.
 * - `on-track`: at or beyond the value due (on and after the deadline: the target is met).
 * - `at-risk`: short of the value due by no more than the tolerance.
 * - `off-track`: further short; after the deadline, the goal was missed.
 * - `late`: the target is met, but only after the deadline.
 * - null: no goal applies (no target), or no value this quarter.
 */
import type { Kpi, KpiDirection } from '../../schemas/kpi.ts';
import type { Goal } from '../../schemas/plan.ts';
import { periodEnd } from '../periods.ts';
import {
  baselineValue,
  deadlineQuarter,
  dueOn,
  goalStart,
  goalsOf,
  inForce,
  snapshotValue,
  type TargetSource,
} from './targets.ts';

export const kpiStatuses = ['baseline', 'on-track', 'at-risk', 'off-track', 'late'] as const;
export type KpiStatus = (typeof kpiStatuses)[number];

/** How a goal ended, once its deadline has been reached. */
export type Outcome = 'achieved' | 'achieved-late' | 'missed';

/** A status with everything that explains it. */
export interface StatusResult {
  status: KpiStatus | null;
  /** The goal that decided it. */
  goal: Goal | undefined;
  /** The quarter judged. */
  period: string;
  value: number | null;
  /** The value due this quarter (the target itself from the deadline on). */
  due: number | undefined;
  baseline: number | null | undefined;
  /** How far short still counts as at risk. */
  tolerance: number | undefined;
  /** Set from the deadline quarter on. */
  outcome: Outcome | undefined;
}

/** What a status is computed from: the catalog (direction, tolerance), goals and snapshots. */
export interface StatusSource extends TargetSource {
  kpis: readonly Pick<Kpi, 'id' | 'unit' | 'decimals' | 'better' | 'tolerance'>[];
}

/** Float noise must not flip a status. */
const clean = (n: number): number => Math.round(n * 1e9) / 1e9;

/** The tolerance band: the KPI's own, else 5 % of the value due. */
export const toleranceFor = (kpi: Pick<Kpi, 'tolerance'>, due: number): number =>
  kpi.tolerance ?? clean(Math.abs(due) * 0.05);

/** How far `value` falls short of `due` in the better direction (≤ 0: not short). */
export const shortfall = (value: number, due: number, better: KpiDirection): number =>
  clean(better === 'lower' ? value - due : due - value);

/** on-track / at-risk / off-track for a value against the value due. */
export function judgeAgainst(
  value: number,
  due: number,
  better: KpiDirection,
  tolerance: number,
): 'on-track' | 'at-risk' | 'off-track' {
  const short = shortfall(value, due, better);
  if (short <= 0) return 'on-track';
  return short <= tolerance ? 'at-risk' : 'off-track';
}

const none = (period: string, goal?: Goal): StatusResult => ({
  status: null,
  goal,
  period,
  value: null,
  due: undefined,
  baseline: undefined,
  tolerance: undefined,
  outcome: undefined,
});

/** The status of one goal's KPI in `period`, as that goal judges it. */
export function goalStatus(source: StatusSource, goal: Goal, period: string): StatusResult {
  const kpi = source.kpis.find((k) => k.id === goal.kpi);
  const end = periodEnd(period);
  const value = snapshotValue(source, goal.kpi, period) ?? null;
  const baseline = baselineValue(source, goal);
  const base = { ...none(period, goal), value, baseline };
  if (!kpi || kpi.better === 'neutral') return base;
  if (period === goal.baseline.period) return { ...base, status: 'baseline' };
  if (end <= goalStart(goal) || value === null) return base;
  const target = dueOn(source, goal, end);
  if (!target) return base;
  const tolerance = toleranceFor(kpi, target.due);
  const judged = judgeAgainst(value, target.due, kpi.better, tolerance);
  const result = { ...base, due: target.due, tolerance };
  if (end < goal.deadline) return { ...result, status: judged };
  // From the deadline quarter on, the goal has an outcome.
  const periods = source.snapshots.map((s) => s.period);
  const atDeadline = deadlineQuarter(goal, periods);
  const deadlineValue = atDeadline ? (snapshotValue(source, goal.kpi, atDeadline) ?? null) : null;
  const metInTime =
    deadlineValue !== null && shortfall(deadlineValue, goal.target, kpi.better) <= 0;
  const metNow = shortfall(value, goal.target, kpi.better) <= 0;
  if (metNow && (metInTime || end <= goal.deadline))
    return { ...result, status: 'on-track', outcome: 'achieved' };
  if (metNow) return { ...result, status: 'late', outcome: 'achieved-late' };
  return { ...result, status: 'off-track', outcome: 'missed' };
}

/**
 * The goal that judges `kpi` in `period`: the one in force at the quarter's end; else the one
 * whose baseline this quarter is; else the latest goal whose deadline has passed (its outcome).
 */
export function goalFor(source: StatusSource, kpi: string, period: string): Goal | undefined {
  const end = periodEnd(period);
  const goals = goalsOf(source, kpi);
  return (
    goals.find((g) => inForce(g, end)) ??
    goals.find((g) => g.baseline.period === period) ??
    goals.filter((g) => g.deadline < end).at(-1)
  );
}

/** The status of `kpi` in `period`: the one figure every page shows. */
export function kpiStatus(source: StatusSource, kpi: string, period: string): StatusResult {
  const goal = goalFor(source, kpi, period);
  if (!goal) return { ...none(period), value: snapshotValue(source, kpi, period) ?? null };
  return goalStatus(source, goal, period);
}
