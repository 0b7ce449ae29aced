import { comparePeriods, isPeriod } from './periods.ts';

/**
 * The part of a quarterly snapshot the roadmap reads. Kept minimal on purpose: the snapshot
 * schema and its validation belong to the metrics code, and this shape is a subset of it.
 */
export interface MetricSnapshot {
  period: string;
  metrics: Record<string, number | null>;
}

/** Take `period` and `metrics` from parsed snapshot JSON; undefined when they are unusable. */
export function toMetricSnapshot(data: unknown): MetricSnapshot | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { period, metrics } = data as Record<string, unknown>;
  if (typeof period !== 'string' || !isPeriod(period)) return undefined;
  if (!metrics || typeof metrics !== 'object' || Array.isArray(metrics)) return undefined;
  const values: Record<string, number | null> = {};
  for (const [id, raw] of Object.entries(metrics)) {
    // A snapshot may hold `{ value: n }` objects; accept both shapes.
    const value =
      raw && typeof raw === 'object' && 'value' in raw ? (raw as { value: unknown }).value : raw;
    values[id] = typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
  return { period, metrics: values };
}

/** Oldest first; a later file for the same period replaces an earlier one. */
export function sortSnapshots(snapshots: readonly MetricSnapshot[]): MetricSnapshot[] {
  const byPeriod = new Map(snapshots.map((s) => [s.period, s] as const));
  return [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
}
