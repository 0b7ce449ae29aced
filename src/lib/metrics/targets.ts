/**
 * The one source of targets: the plan's SMART goals. A goal is in force from the last day of its
 * baseline period (exclusive) to its deadline (inclusive); in between, the value due is the
 * straight line from the baseline to the target, by days. The catalog only describes the KPI.
 */
import type { Kpi, KpiUnit } from '../../schemas/kpi.ts';
import type { Goal } from '../../schemas/plan.ts';
import type { Snapshot } from '../../schemas/snapshot.ts';
import { daysBetween } from '../dates.ts';
import { comparePeriods, periodEnd } from '../periods.ts';

/** What targets are read from: the catalog, the plan's goals and the snapshots. */
export interface TargetSource {
  kpis: readonly Pick<Kpi, 'id' | 'unit' | 'decimals'>[];
  goals: readonly Goal[];
  snapshots: readonly Pick<Snapshot, 'period' | 'metrics'>[];
}

/** Decimal places a unit is shown with unless the catalog says otherwise. */
export const defaultDecimals = (unit: KpiUnit): number =>
  unit === 'percent' || unit === 'working-days' || unit === 'minutes' || unit === 'hours' ? 1 : 0;

/** The KPI's own precision: `decimals` from the catalog, else its unit's default. */
export const decimalsOf = (kpi: Pick<Kpi, 'unit' | 'decimals'>): number =>
  kpi.decimals ?? defaultDecimals(kpi.unit);

/** Round half away from zero to `decimals` places, free of float noise (88.75 → 88.8). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.round(Math.abs(value) * factor * 1e6) / 1e6;
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** The value of a KPI in a period's snapshot; undefined when there is no snapshot for it. */
export function snapshotValue(
  source: Pick<TargetSource, 'snapshots'>,
  kpi: string,
  period: string,
): number | null | undefined {
  const snapshot = source.snapshots.find((s) => s.period === period);
  if (!snapshot) return undefined;
  return snapshot.metrics[kpi] ?? null;
}

/**
 * A goal's baseline value: read from the snapshot of its period; the typed value only when no
 * snapshot has one (the plan check reports a typed value that differs from the snapshot).
 */
export function baselineValue(source: Pick<TargetSource, 'snapshots'>, goal: Goal): number | null {
  const measured = snapshotValue(source, goal.kpi, goal.baseline.period);
  if (typeof measured === 'number') return measured;
  return goal.baseline.value ?? null;
}

/** Day after which the goal is in force: the last day of its baseline period. */
export const goalStart = (goal: Pick<Goal, 'baseline'>): string => periodEnd(goal.baseline.period);

/** Whether `goal` is in force on `date`: after its baseline period, on or before its deadline. */
export const inForce = (goal: Pick<Goal, 'baseline' | 'deadline'>, date: string): boolean =>
  goalStart(goal) < date && date <= goal.deadline;

/** The goals of one KPI, earliest deadline first. */
export const goalsOf = (source: Pick<TargetSource, 'goals'>, kpi: string): Goal[] =>
  source.goals
    .filter((g) => g.kpi === kpi)
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.id.localeCompare(b.id));

/** Where a KPI should be on a date, from the one goal in force then. */
export interface TargetAt {
  goal: Goal;
  /** The baseline value (from the snapshot of the baseline period). */
  baseline: number;
  /** The final target of the goal. */
  target: number;
  /** The value due on the date, on the straight path, rounded to the KPI's precision. */
  due: number;
  /** Share of the time from the baseline to the deadline gone by the date, 0–1. */
  elapsed: number;
}

const kpiOf = (source: TargetSource, id: string) => source.kpis.find((k) => k.id === id);

/** The value due on `date` for a goal whose baseline is known; the target on and after the deadline. */
export function dueOn(source: TargetSource, goal: Goal, date: string): TargetAt | undefined {
  const baseline = baselineValue(source, goal);
  if (baseline === null) return undefined;
  const start = goalStart(goal);
  const total = daysBetween(start, goal.deadline);
  const elapsed = total <= 0 ? 1 : Math.min(1, Math.max(0, daysBetween(start, date) / total));
  const kpi = kpiOf(source, goal.kpi);
  const raw = baseline + (goal.target - baseline) * elapsed;
  const due = kpi ? roundTo(raw, decimalsOf(kpi)) : raw;
  return { goal, baseline, target: goal.target, due: elapsed >= 1 ? goal.target : due, elapsed };
}

/** The target of `kpi` in force on `date` (`YYYY-MM-DD`); undefined when no goal is in force. */
export function targetAt(source: TargetSource, kpi: string, date: string): TargetAt | undefined {
  const goal = goalsOf(source, kpi).find((g) => inForce(g, date));
  return goal ? dueOn(source, goal, date) : undefined;
}

/** The target of `kpi` for a quarter: the one in force on the quarter's last day. */
export const quarterTarget = (
  source: TargetSource,
  kpi: string,
  quarter: string,
): TargetAt | undefined => targetAt(source, kpi, periodEnd(quarter));

/** Pairs of goals of the same KPI whose periods in force overlap (the plan check reports them). */
export function overlappingGoals(goals: readonly Goal[]): [Goal, Goal][] {
  const pairs: [Goal, Goal][] = [];
  goals.forEach((a, i) => {
    for (const b of goals.slice(i + 1)) {
      if (a.kpi !== b.kpi) continue;
      if (goalStart(a) < b.deadline && goalStart(b) < a.deadline) pairs.push([a, b]);
    }
  });
  return pairs;
}

/** The last quarter measured by a goal's deadline, among `periods` (the deadline measurement). */
export const deadlineQuarter = (goal: Goal, periods: readonly string[]): string | undefined =>
  [...periods]
    .filter((p) => periodEnd(p) <= goal.deadline && periodEnd(p) > goalStart(goal))
    .sort(comparePeriods)
    .at(-1);
