import type { Benchmark } from '../../schemas/benchmark.ts';
import type { Kpi, KpiDirection, KpiUnit } from '../../schemas/kpi.ts';
import type { Goal } from '../../schemas/plan.ts';
import type { Snapshot } from '../../schemas/snapshot.ts';
import { quarterIndex } from '../periods.ts';
import { kpiStatus, type KpiStatus, type StatusResult } from './status.ts';

/** Float noise (0.1 + 0.2) must not show up as 0.30000000000000004 or flip a status. */
export const clean = (n: number): number => Math.round(n * 1e9) / 1e9;

/** How an absolute change is labelled: percentage points, score points, or the KPI's own unit. */
export type ChangeKind = 'pp' | 'points' | 'unit';

export interface Change {
  /** `current − previous` in the KPI's unit (percentage points for percent KPIs). */
  absolute: number | null;
  /** `(current − previous) ÷ |previous| × 100`, a percent change; null when previous is 0. */
  relative: number | null;
  kind: ChangeKind;
}

export const changeKind = (unit: KpiUnit): ChangeKind =>
  unit === 'percent' ? 'pp' : unit === 'nps' || unit === 'score' ? 'points' : 'unit';

/** The change from `previous` to `current`; both parts null when either value is missing. */
export function change(current: number | null, previous: number | null, unit: KpiUnit): Change {
  const kind = changeKind(unit);
  if (current === null || previous === null) return { absolute: null, relative: null, kind };
  const absolute = clean(current - previous);
  const relative = previous === 0 ? null : clean(((current - previous) / Math.abs(previous)) * 100);
  return { absolute, relative, kind };
}

/** Whether a difference is an improvement, given which way is better. */
export function judge(
  difference: number | null,
  better: KpiDirection,
): 'better' | 'worse' | 'same' | 'neutral' | null {
  if (difference === null) return null;
  if (better === 'neutral') return 'neutral';
  if (difference === 0) return 'same';
  return difference > 0 === (better === 'higher') ? 'better' : 'worse';
}

/** The status of a KPI in a quarter (src/lib/metrics/status.ts is the one rule). */
export type Status = KpiStatus;

/** `value − other` in the KPI's unit; null when either is missing. */
export const gap = (value: number | null, other: number | undefined): number | null =>
  value === null || other === undefined ? null : clean(value - other);

export interface TrendPoint {
  period: string;
  value: number | null;
}

/** One KPI across every snapshot, oldest first; missing quarters stay null. */
export const trendSeries = (snapshots: readonly Snapshot[], id: string): TrendPoint[] =>
  snapshots.map((s) => ({ period: s.period, value: s.metrics[id] ?? null }));

/** A KPI's value in a snapshot; absent and null are both missing. */
export const valueIn = (snapshot: Snapshot | undefined, id: string): number | null =>
  snapshot?.metrics[id] ?? null;

/** What a scorecard row is computed from: the catalog, benchmarks, snapshots and plan goals. */
export interface RowSource {
  kpis: readonly Kpi[];
  benchmarks: readonly Benchmark[];
  snapshots: readonly Snapshot[];
  /** The plan's goals, the only targets; none means no KPI has a target. */
  goals?: readonly Goal[] | undefined;
}

/** Everything the scorecard shows for one KPI in one quarter. */
export interface KpiRow {
  kpi: Kpi;
  value: number | null;
  /** The quarter compared with (the previous snapshot), if any. */
  previousPeriod: string | undefined;
  previous: number | null;
  change: Change;
  /** Whether the change is an improvement. */
  trend: ReturnType<typeof judge>;
  /** The status and what decided it (goal, value due, tolerance, outcome). */
  judged: StatusResult;
  status: Status | null;
  /** `value − target` (the goal's final target, not the path). */
  gapToTarget: number | null;
  benchmark: Benchmark | undefined;
  gapToBenchmark: number | null;
  series: TrendPoint[];
}

/** The scorecard row of `kpi` for `period`, compared with the snapshot `previousPeriod` (if any). */
export function kpiRow(kpi: Kpi, data: RowSource, period: string, previousPeriod?: string): KpiRow {
  const { snapshots, benchmarks } = data;
  const current = snapshots.find((s) => s.period === period);
  const earlier = previousPeriod
    ? snapshots.find((s) => s.period === previousPeriod)
    : [...snapshots].reverse().find((s) => quarterIndex(s.period) < quarterIndex(period));
  const value = valueIn(current, kpi.id);
  const previous = valueIn(earlier, kpi.id);
  const benchmark = benchmarks.find((b) => b.kpi === kpi.id);
  const judged = kpiStatus({ ...data, goals: data.goals ?? [] }, kpi.id, period);
  const delta = change(value, previous, kpi.unit);
  return {
    kpi,
    value,
    previousPeriod: earlier?.period,
    previous,
    change: delta,
    trend: judge(delta.absolute, kpi.better),
    judged,
    status: judged.status,
    gapToTarget: gap(value, judged.goal?.target),
    benchmark,
    gapToBenchmark: gap(value, benchmark?.value),
    series: trendSeries(
      snapshots.filter((s) => quarterIndex(s.period) <= quarterIndex(period)),
      kpi.id,
    ),
  };
}
