import type { Benchmark } from '../../schemas/benchmark.ts';
import type { Kpi, KpiDirection, KpiUnit } from '../../schemas/kpi.ts';
import type { Snapshot } from '../../schemas/snapshot.ts';
import { quarterIndex } from '../periods.ts';

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

export type Status = 'on-track' | 'at-risk' | 'off-track';

/** What a quarter's status is judged against. */
export interface Reference {
  value: number;
  /** `path`: the straight line from the baseline to the target; `target`; `benchmark`. */
  basis: 'path' | 'target' | 'benchmark';
}

/**
 * The value a KPI should have reached in `period`: on the straight path from the target's baseline
 * to the target (the target itself once its quarter has come), else the industry benchmark.
 * Neutral KPIs have none.
 */
export function referenceFor(kpi: Kpi, period: string, benchmark?: number): Reference | undefined {
  if (kpi.better === 'neutral') return undefined;
  const target = kpi.target;
  if (target) {
    const end = quarterIndex(target.by);
    const now = quarterIndex(period);
    if (!target.baseline || now >= end) return { value: target.value, basis: 'target' };
    const start = quarterIndex(target.baseline.period);
    const share = Math.min(1, Math.max(0, (now - start) / (end - start)));
    const value = clean(target.baseline.value + (target.value - target.baseline.value) * share);
    return { value, basis: 'path' };
  }
  return benchmark === undefined ? undefined : { value: benchmark, basis: 'benchmark' };
}

/** The tolerance band: the KPI's own, else 5 % of the reference. */
export const toleranceFor = (kpi: Kpi, reference: number): number =>
  kpi.tolerance ?? clean(Math.abs(reference) * 0.05);

/**
 * On track when the value is at or beyond the reference in the better direction; at risk when it
 * falls short by no more than the tolerance; off track beyond that. Null without a value or a
 * reference.
 */
export function status(
  value: number | null,
  reference: number | undefined,
  better: KpiDirection,
  tolerance: number,
): Status | null {
  if (value === null || reference === undefined || better === 'neutral') return null;
  const shortfall = clean(better === 'higher' ? reference - value : value - reference);
  if (shortfall <= 0) return 'on-track';
  return shortfall <= tolerance ? 'at-risk' : 'off-track';
}

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
  reference: Reference | undefined;
  tolerance: number | undefined;
  status: Status | null;
  /** `value − target` (the final target, not the path). */
  gapToTarget: number | null;
  benchmark: Benchmark | undefined;
  gapToBenchmark: number | null;
  series: TrendPoint[];
}

/** The scorecard row of `kpi` for `period`, compared with the snapshot `previous` (if any). */
export function kpiRow(
  kpi: Kpi,
  snapshots: readonly Snapshot[],
  period: string,
  benchmarks: readonly Benchmark[],
  previousPeriod?: string,
): KpiRow {
  const current = snapshots.find((s) => s.period === period);
  const earlier = previousPeriod
    ? snapshots.find((s) => s.period === previousPeriod)
    : [...snapshots].reverse().find((s) => quarterIndex(s.period) < quarterIndex(period));
  const value = valueIn(current, kpi.id);
  const previous = valueIn(earlier, kpi.id);
  const benchmark = benchmarks.find((b) => b.kpi === kpi.id);
  const reference = referenceFor(kpi, period, benchmark?.value);
  const tolerance = reference ? toleranceFor(kpi, reference.value) : undefined;
  const delta = change(value, previous, kpi.unit);
  return {
    kpi,
    value,
    previousPeriod: earlier?.period,
    previous,
    change: delta,
    trend: judge(delta.absolute, kpi.better),
    reference,
    tolerance,
    status: status(value, reference?.value, kpi.better, tolerance ?? 0),
    gapToTarget: gap(value, kpi.target?.value),
    benchmark,
    gapToBenchmark: gap(value, benchmark?.value),
    series: trendSeries(
      snapshots.filter((s) => quarterIndex(s.period) <= quarterIndex(period)),
      kpi.id,
    ),
  };
}
