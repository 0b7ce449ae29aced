import { describe, expect, it } from 'vitest';
import {
  change,
  changeKind,
  clean,
  gap,
  judge,
  kpiRow,
  trendSeries,
  valueIn,
} from '../../src/lib/metrics/compute.ts';
import { loadMetrics } from '../../src/lib/metrics/load-metrics.ts';
import { loadPlan } from '../../src/lib/roadmap/load.ts';
import { snapshot } from './helpers/metrics.ts';

const metrics = loadMetrics('.').value;
const sample = { ...metrics, goals: loadPlan('.', metrics).plan!.goals };
const row = (id: string, period: string) =>
  kpiRow(
    sample.kpis.find((k) => k.id === id)!,
    sample,
    period,
  );

describe('change', () => {
  it('gives percentage points and a percent change for percent KPIs', () => {
    // 86.2 → 87.5: +1.3 pp; 1.3 / 86.2 = 1.508…%
    expect(change(87.5, 86.2, 'percent')).toEqual({
      absolute: 1.3,
      relative: 1.50812065,
      kind: 'pp',
    });
  });
  it('labels NPS and score changes as points, others in their unit', () => {
    expect(change(78, 80, 'nps')).toEqual({ absolute: -2, relative: -2.5, kind: 'points' });
    expect(change(41, 48, 'seconds')).toEqual({
      absolute: -7,
      relative: -14.583333333,
      kind: 'unit',
    });
    expect(changeKind('score')).toBe('points');
    expect(changeKind('working-days')).toBe('unit');
  });
  it('is missing when either value is missing, and has no percent change from 0', () => {
    expect(change(74, null, 'nps')).toEqual({ absolute: null, relative: null, kind: 'points' });
    expect(change(null, 71, 'nps')).toEqual({ absolute: null, relative: null, kind: 'points' });
    expect(change(5, 0, 'count')).toEqual({ absolute: 5, relative: null, kind: 'unit' });
    expect(change(-10, -20, 'nps').relative).toBe(50);
  });
  it('removes float noise', () => {
    expect(clean(0.1 + 0.2)).toBe(0.3);
    expect(change(0.3, 0.1, 'percent').absolute).toBe(0.2);
  });
});

describe('judge', () => {
  it('reads a difference through the better direction', () => {
    expect(judge(1.3, 'higher')).toBe('better');
    expect(judge(1.3, 'lower')).toBe('worse');
    expect(judge(-7, 'lower')).toBe('better');
    expect(judge(0, 'higher')).toBe('same');
    expect(judge(5, 'neutral')).toBe('neutral');
    expect(judge(null, 'higher')).toBeNull();
  });
});

describe('gap, values and series', () => {
  it('gives value − other, missing when either is', () => {
    expect(gap(87.5, 90)).toBe(-2.5);
    expect(gap(null, 90)).toBeNull();
    expect(gap(3.5, undefined)).toBeNull();
  });
  it('keeps missing quarters as null in the trend', () => {
    const snaps = [
      snapshot('2025-Q2', { nps: 71 }),
      snapshot('2025-Q3', { nps: null }),
      snapshot('2025-Q4', {}),
    ];
    expect(trendSeries(snaps, 'nps')).toEqual([
      { period: '2025-Q2', value: 71 },
      { period: '2025-Q3', value: null },
      { period: '2025-Q4', value: null },
    ]);
    expect(valueIn(undefined, 'nps')).toBeNull();
  });
});

describe('kpiRow on the sample snapshots (recomputed by hand)', () => {
  // Goals of data/plan.yaml: csat 80 (2024-Q4) → 90 by 2026-12-31; aht 18 → 9 by the same day;
  // chat first response 120 s (2025-Q1) → 30 s. The value due is on the straight line by days.
  it('CSAT 2026-Q3: 87.5 vs 86.2, due 88.7, at risk; −2.5 to target, +2.5 to benchmark', () => {
    const r = row('csat', '2026-Q3');
    expect(r).toMatchObject({
      value: 87.5,
      previous: 86.2,
      previousPeriod: '2026-Q2',
      status: 'at-risk',
      gapToTarget: -2.5,
      gapToBenchmark: 2.5,
      trend: 'better',
    });
    expect(r.change.absolute).toBe(1.3);
    // 638 of the 730 days from 2024-12-31 to 2026-12-31: 80 + 10 × 638/730 = 88.74 → 88.7
    expect(r.judged).toMatchObject({ due: 88.7, tolerance: 1.5, outcome: undefined });
    expect(r.judged.goal?.id).toBe('csat-90');
    expect(r.series).toHaveLength(8);
  });
  it('AHT 2026-Q3: 11.8 vs 13.6 min is better, but off track against the 10.1 due', () => {
    const r = row('aht', '2026-Q3');
    // 18 − 9 × 638/730 = 10.13 → 10.1; short by 1.7 > tolerance 1
    expect(r).toMatchObject({ value: 11.8, previous: 13.6, trend: 'better', status: 'off-track' });
    expect(r.judged.due).toBe(10.1);
    expect(r.change).toEqual({ absolute: -1.8, relative: -13.235294118, kind: 'unit' });
  });
  it('AHT got worse for a while: 2025-Q3 and 2025-Q4', () => {
    expect(row('aht', '2025-Q3').trend).toBe('worse');
    expect(row('aht', '2025-Q4').trend).toBe('worse');
  });
  it('chat first response: 2025-Q1 is its baseline; 2026-Q3 41 s against 43 s due is on track', () => {
    // 120 − 90 × 638/640 days (2025-03-31 → 2026-12-31) = 43.3 → 43 (0 decimals)
    expect(row('frt-chat', '2026-Q3')).toMatchObject({ value: 41, status: 'on-track' });
    expect(row('frt-chat', '2026-Q3').judged.due).toBe(43);
    expect(row('frt-chat', '2025-Q1').status).toBe('baseline');
    expect(row('frt-chat', '2024-Q4')).toMatchObject({ value: null, status: null });
  });
  it('the baseline quarter has no status of its own', () => {
    for (const id of ['csat', 'fcr', 'aht', 'churn'])
      expect(row(id, '2024-Q4').status, id).toBe('baseline');
  });
  it('NPS is missing in 2025-Q3: no value, no status, and 2025-Q4 has no change', () => {
    expect(row('nps', '2025-Q3')).toMatchObject({
      value: null,
      status: null,
      change: { absolute: null, relative: null },
    });
    expect(row('nps', '2025-Q4')).toMatchObject({
      value: 74,
      previous: null,
      change: { absolute: null },
    });
  });
  it('a KPI with no goal has no target and no status, whatever its benchmark', () => {
    const r = row('repeat-contact-rate', '2026-Q1');
    expect(r.status).toBeNull();
    expect(r.judged.goal).toBeUndefined();
    expect(r.gapToTarget).toBeNull();
  });
  it('training coverage: the 60 % goal met by its 2025 deadline, the 80 % one from 2026-Q2', () => {
    expect(row('training-coverage', '2025-Q4')).toMatchObject({
      status: 'on-track',
      judged: { outcome: 'achieved' },
    });
    expect(row('training-coverage', '2026-Q2').status).toBe('baseline');
    expect(row('training-coverage', '2026-Q3').judged.goal?.id).toBe('training-coverage-80');
  });
  it('the first quarter has nothing to compare with; volume has no status', () => {
    expect(row('csat', '2024-Q4')).toMatchObject({ previousPeriod: undefined, previous: null });
    expect(row('ticket-volume', '2026-Q3')).toMatchObject({ status: null, trend: 'neutral' });
  });
  it('compares with a chosen earlier quarter', () => {
    const r = kpiRow(
      sample.kpis.find((k) => k.id === 'csat')!,
      sample,
      '2026-Q3',
      '2024-Q4',
    );
    expect(r).toMatchObject({
      previousPeriod: '2024-Q4',
      previous: 80,
      change: { absolute: 7.5, relative: 9.375 },
    });
  });
});
