import { describe, expect, it } from 'vitest';
import {
  change,
  changeKind,
  clean,
  gap,
  judge,
  kpiRow,
  referenceFor,
  status,
  toleranceFor,
  trendSeries,
  valueIn,
} from '../../src/lib/metrics/compute.ts';
import { loadMetrics } from '../../src/lib/metrics/load-metrics.ts';
import { kpis, snapshot } from './helpers/metrics.ts';

const [csat, nps, frtChat, volume] = kpis as [
  (typeof kpis)[0],
  (typeof kpis)[0],
  (typeof kpis)[0],
  (typeof kpis)[0],
];
const sample = loadMetrics('.').value;
const row = (id: string, period: string) =>
  kpiRow(
    sample.kpis.find((k) => k.id === id)!,
    sample.snapshots,
    period,
    sample.benchmarks,
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

describe('referenceFor', () => {
  it('follows the straight path from baseline to target', () => {
    // 2024-Q4 → 2026-Q4 is 8 quarters; 2026-Q3 is 7 of them: 80 + 10 × 7/8
    expect(referenceFor(csat, '2026-Q3')).toEqual({ value: 88.75, basis: 'path' });
    expect(referenceFor(csat, '2024-Q4')).toEqual({ value: 80, basis: 'path' });
    expect(referenceFor(csat, '2024-Q1')).toEqual({ value: 80, basis: 'path' });
  });
  it('uses the target itself from its quarter on, or when there is no baseline', () => {
    expect(referenceFor(csat, '2026-Q4')).toEqual({ value: 90, basis: 'target' });
    expect(referenceFor(csat, '2027-Q2')).toEqual({ value: 90, basis: 'target' });
    expect(referenceFor(frtChat, '2025-Q1')).toEqual({ value: 30, basis: 'target' });
  });
  it('falls back to the benchmark, and neutral KPIs have none', () => {
    expect(referenceFor(nps, '2026-Q3', 45)).toEqual({ value: 45, basis: 'benchmark' });
    expect(referenceFor(nps, '2026-Q3')).toBeUndefined();
    expect(referenceFor(volume, '2026-Q3', 6000)).toBeUndefined();
  });
});

describe('status', () => {
  it('is on track at or beyond the reference, at risk within the tolerance, off track beyond', () => {
    expect(status(88.75, 88.75, 'higher', 1.5)).toBe('on-track');
    expect(status(87.5, 88.75, 'higher', 1.5)).toBe('at-risk');
    expect(status(87.25, 88.75, 'higher', 1.5)).toBe('at-risk');
    expect(status(87.2, 88.75, 'higher', 1.5)).toBe('off-track');
    expect(status(41, 45, 'lower', 5)).toBe('on-track');
    expect(status(11.8, 10.125, 'lower', 1)).toBe('off-track');
    expect(status(8.3, 8, 'lower', 0.4)).toBe('at-risk');
  });
  it('has no status without a value, a reference, or a direction', () => {
    expect(status(null, 90, 'higher', 1)).toBeNull();
    expect(status(80, undefined, 'higher', 1)).toBeNull();
    expect(status(6000, 5000, 'neutral', 1)).toBeNull();
  });
  it('defaults the tolerance to 5 % of the reference', () => {
    expect(toleranceFor(nps, 45)).toBe(2.25);
    expect(toleranceFor(csat, 88.75)).toBe(1.5);
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
  it('CSAT 2026-Q3: 87.5 vs 86.2, path 88.75, at risk; −2.5 to target, +2.5 to benchmark', () => {
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
    expect(r.reference).toEqual({ value: 88.75, basis: 'path' });
    expect(r.series).toHaveLength(8);
  });
  it('AHT 2026-Q3: 11.8 vs 13.6 min is better, but off track against the 10.125 path', () => {
    const r = row('aht', '2026-Q3');
    expect(r).toMatchObject({
      value: 11.8,
      previous: 13.6,
      trend: 'better',
      status: 'off-track',
      reference: { value: 10.125, basis: 'path' },
    });
    expect(r.change).toEqual({ absolute: -1.8, relative: -13.235294118, kind: 'unit' });
  });
  it('AHT got worse for a while: 2025-Q3 and 2025-Q4', () => {
    expect(row('aht', '2025-Q3').trend).toBe('worse');
    expect(row('aht', '2025-Q4').trend).toBe('worse');
  });
  it('chat first response 2026-Q3: 41 s, path 120 − 90 × 6/7 s (2025-Q1 → 2026-Q4), on track', () => {
    const r = row('frt-chat', '2026-Q3');
    expect(r).toMatchObject({
      value: 41,
      status: 'on-track',
      reference: { value: 42.857142857, basis: 'path' },
    });
    expect(row('frt-chat', '2024-Q4').value).toBeNull();
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
  it('reopen rate has no target: judged against the 8 % benchmark with a 0.4 tolerance', () => {
    expect(row('reopen-rate', '2026-Q1')).toMatchObject({
      value: 8.3,
      status: 'at-risk',
      reference: { value: 8, basis: 'benchmark' },
      tolerance: 0.4,
    });
    expect(row('reopen-rate', '2025-Q4').status).toBe('off-track');
  });
  it('training coverage after its 2025-Q4 deadline is judged against the target itself', () => {
    expect(row('training-coverage', '2026-Q3')).toMatchObject({
      status: 'on-track',
      reference: { value: 60, basis: 'target' },
    });
  });
  it('the first quarter has nothing to compare with; volume has no status', () => {
    expect(row('csat', '2024-Q4')).toMatchObject({ previousPeriod: undefined, previous: null });
    expect(row('ticket-volume', '2026-Q3')).toMatchObject({
      status: null,
      trend: 'neutral',
      value: 5480,
    });
  });
  it('compares with a chosen earlier quarter', () => {
    const r = kpiRow(
      sample.kpis.find((k) => k.id === 'csat')!,
      sample.snapshots,
      '2026-Q3',
      sample.benchmarks,
      '2024-Q4',
    );
    expect(r).toMatchObject({
      previousPeriod: '2024-Q4',
      previous: 80,
      change: { absolute: 7.5, relative: 9.375 },
    });
  });
});
