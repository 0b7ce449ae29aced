import { describe, expect, it } from 'vitest';
import { planKpis } from './helpers/kpis.ts';
import {
  goalProgress,
  latestActual,
  paceOf,
  progressFraction,
  timeFraction,
} from '../../src/lib/roadmap/progress.ts';
import type { PlanSnapshot } from '../../src/lib/roadmap/progress.ts';
import { goal } from './helpers/plan.ts';

const snapshots: PlanSnapshot[] = [
  { period: '2024-Q4', metrics: { csat: 80, churn: 12, nps: 72 } },
  { period: '2025-Q2', metrics: { csat: 81.9, churn: 11.5, nps: 71 } },
  { period: '2025-Q3', metrics: { csat: 82.4, churn: 11.2, nps: null } },
  { period: '2026-Q2', metrics: { csat: 86.2, churn: 9.4, nps: 78 } },
  { period: '2026-Q3', metrics: { csat: 87.5, churn: 8.8, nps: 80 } },
];
const csat = goal({ baseline: { value: 80, period: '2024-Q4' } });
const churn = goal({
  id: 'churn',
  kpi: 'churn',
  baseline: { value: 12, period: '2024-Q4' },
  target: 8.4,
});

describe('progressFraction', () => {
  it('higher is better: 80 → 90, now 87.5, is three quarters of the way', () => {
    expect(progressFraction(80, 90, 87.5, 'higher')).toBe(0.75);
  });
  it('lower is better: 12 → 8.4, now 8.8, has covered 3.2 of 3.6', () => {
    expect(progressFraction(12, 8.4, 8.8, 'lower')).toBeCloseTo(3.2 / 3.6, 10);
  });
  it('a regression is negative in either direction', () => {
    expect(progressFraction(80, 90, 78, 'higher')).toBeCloseTo(-0.2, 10);
    expect(progressFraction(120, 30, 150, 'lower')).toBeCloseTo(-1 / 3, 10);
  });
  it('reaching or passing the target is 1 or more', () => {
    expect(progressFraction(75, 85, 85, 'higher')).toBe(1);
    expect(progressFraction(12, 8.4, 8, 'lower')).toBeCloseTo(4 / 3.6, 10);
  });
  it('a neutral KPI takes the direction of its target', () => {
    expect(progressFraction(100, 50, 75, 'neutral')).toBe(0.5);
  });
});

describe('timeFraction and paceOf', () => {
  it('counts days from the end of the baseline period', () => {
    // 2024-12-31 → 2026-09-30 is 638 days of 730.
    expect(timeFraction('2024-12-31', '2026-12-31', '2026-09-30')).toBeCloseTo(638 / 730, 10);
    expect(timeFraction('2024-12-31', '2026-12-31', '2024-06-30')).toBe(0);
    expect(timeFraction('2024-12-31', '2026-12-31', '2027-06-30')).toBe(1);
  });
  it('is on pace within 10 points of the time elapsed', () => {
    expect(paceOf(0.6, 0.5)).toBe('on-pace');
    expect(paceOf(0.61, 0.5)).toBe('ahead');
    expect(paceOf(0.39, 0.5)).toBe('behind');
    expect(paceOf(0.4, 0.5)).toBe('on-pace');
  });
  it('is ahead once achieved, behind after a regression, unknown without data or time', () => {
    expect(paceOf(1, 1)).toBe('ahead');
    expect(paceOf(-0.1, 0.05)).toBe('behind');
    expect(paceOf(undefined, 0.5)).toBe('unknown');
    expect(paceOf(0, 0)).toBe('unknown');
  });
});

describe('latestActual', () => {
  it('takes the newest snapshot that ended by the date', () => {
    expect(latestActual(snapshots, 'csat', '2026-11-23')).toEqual({
      value: 87.5,
      period: '2026-Q3',
      measuredAt: '2026-09-30',
    });
    expect(latestActual(snapshots, 'csat', '2026-09-29')?.period).toBe('2026-Q2');
  });
  it('skips a missing (null) value instead of reading it as zero', () => {
    expect(latestActual(snapshots, 'nps', '2025-12-31')).toEqual({
      value: 71,
      period: '2025-Q2',
      measuredAt: '2025-06-30',
    });
  });
  it('is undefined when no snapshot has the KPI', () => {
    expect(latestActual(snapshots, 'fcr', '2026-12-31')).toBeUndefined();
    expect(latestActual(snapshots, 'csat', '2024-12-30')).toBeUndefined();
  });
});

describe('goalProgress', () => {
  it('higher-better goal behind pace: 75 % of the way after 87.4 % of the time', () => {
    const p = goalProgress(csat, planKpis, snapshots, '2026-11-23');
    expect(p).toMatchObject({
      fraction: 0.75,
      state: 'progressing',
      pace: 'behind',
      missed: false,
    });
    expect(p.timeElapsed).toBeCloseTo(638 / 730, 10);
  });
  it('lower-better goal on pace: 88.9 % of the way after 87.4 % of the time', () => {
    const p = goalProgress(churn, planKpis, snapshots, '2026-11-23');
    expect(p.state).toBe('progressing');
    expect(p.fraction).toBeCloseTo(0.8889, 4);
    expect(p.pace).toBe('on-pace');
  });
  it('flags a regression', () => {
    const nps = goal({
      id: 'nps',
      kpi: 'nps',
      baseline: { value: 72, period: '2024-Q4' },
      target: 85,
    });
    const p = goalProgress(nps, planKpis, snapshots, '2025-09-30');
    expect(p.actual?.value).toBe(71);
    expect(p.fraction).toBeCloseTo(-1 / 13, 10);
    expect(p).toMatchObject({ state: 'regressed', pace: 'behind' });
  });
  it('marks an achieved goal', () => {
    const p = goalProgress(
      goal({ target: 86, baseline: { value: 80, period: '2024-Q4' } }),
      planKpis,
      snapshots,
      '2026-11-23',
    );
    expect(p.fraction).toBeCloseTo(7.5 / 6, 10);
    expect(p).toMatchObject({ state: 'achieved', pace: 'ahead', missed: false });
  });
  it('is ahead when well past the share of time', () => {
    // 2025-12-31 → 2026-06-30 is 181 of 365 days (0.496); 0 → 100 at 61 is 0.61.
    const g = goal({ kpi: 'csat', baseline: { value: 0, period: '2025-Q4' }, target: 100 });
    const p = goalProgress(
      g,
      planKpis,
      [{ period: '2026-Q2', metrics: { csat: 61 } }],
      '2026-07-01',
    );
    expect(p.pace).toBe('ahead');
  });
  it('ignores a measurement older than the baseline', () => {
    const g = goal({
      baseline: { value: 86.2, period: '2026-Q2' },
      target: 90,
      deadline: '2026-09-30',
      horizon: 'short',
    });
    expect(goalProgress(g, planKpis, snapshots, '2026-04-30')).toMatchObject({
      actual: undefined,
      state: 'unknown',
    });
    expect(goalProgress(g, planKpis, snapshots, '2026-07-01')).toMatchObject({
      fraction: 0,
      state: 'progressing',
    });
  });
  it('is unknown without data, and missed once the deadline passed unmet', () => {
    const p = goalProgress(goal({ kpi: 'fcr' }), planKpis, snapshots, '2026-11-23');
    expect(p).toMatchObject({
      actual: undefined,
      fraction: undefined,
      state: 'unknown',
      pace: 'unknown',
      missed: false,
    });
    const late = goalProgress(
      goal({ deadline: '2026-06-30', baseline: { value: 80, period: '2024-Q4' } }),
      planKpis,
      snapshots,
      '2026-11-23',
    );
    expect(late).toMatchObject({ state: 'progressing', missed: true });
  });
});
