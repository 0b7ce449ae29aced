import { describe, expect, it } from 'vitest';
import { planKpis } from './helpers/kpis.ts';
import {
  goalProgress,
  latestActual,
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

describe('timeFraction', () => {
  it('counts days from the end of the baseline period', () => {
    // 2024-12-31 → 2026-09-30 is 638 days of 730.
    expect(timeFraction('2024-12-31', '2026-12-31', '2026-09-30')).toBeCloseTo(638 / 730, 10);
    expect(timeFraction('2024-12-31', '2026-12-31', '2024-06-30')).toBe(0);
    expect(timeFraction('2024-12-31', '2026-12-31', '2027-06-30')).toBe(1);
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

describe('goalProgress: the one status rule, judged in the newest measured quarter', () => {
  // No tolerance in these KPIs: 5 % of the value due.
  it('higher-better goal at risk: 87.5 against 88.7 due (tolerance 4.4)', () => {
    const p = goalProgress(csat, planKpis, snapshots, '2026-11-23');
    expect(p).toMatchObject({ fraction: 0.75, state: 'at-risk', current: true });
    expect(p.judged).toMatchObject({ period: '2026-Q3', due: 88.7, outcome: undefined });
    expect(p.timeElapsed).toBeCloseTo(638 / 730, 10);
  });
  it('lower-better goal on track: 8.8 against 8.9 due', () => {
    const p = goalProgress(churn, planKpis, snapshots, '2026-11-23');
    expect(p.state).toBe('on-track');
    expect(p.judged.due).toBe(8.9);
    expect(p.fraction).toBeCloseTo(0.8889, 4);
  });
  it('a regression far below the value due is off track', () => {
    const nps = goal({
      id: 'nps',
      kpi: 'nps',
      baseline: { value: 72, period: '2024-Q4' },
      target: 85,
    });
    const p = goalProgress(nps, planKpis, snapshots, '2025-09-30');
    expect(p.actual?.value).toBe(71);
    expect(p.fraction).toBeCloseTo(-1 / 13, 10);
    // due 72 + 13 × 181/730 = 75.2 → 75; short by 4 > 3.75
    expect(p).toMatchObject({ state: 'off-track', judged: { due: 75 } });
  });
  it('reads the baseline from the snapshot of its period, not from a typed value', () => {
    const p = goalProgress(
      goal({ baseline: { period: '2024-Q4' } }),
      planKpis,
      snapshots,
      '2026-11-23',
    );
    expect(p.baseline).toBe(80);
  });
  it('is achieved when met by the deadline, met late when met only after it', () => {
    const early = goal({ target: 86, deadline: '2026-06-30', baseline: { period: '2024-Q4' } });
    expect(goalProgress(early, planKpis, snapshots, '2026-11-23')).toMatchObject({
      state: 'on-track',
      judged: { outcome: 'achieved' },
    });
    const late = goal({ target: 87, deadline: '2026-06-30', baseline: { period: '2024-Q4' } });
    // 86.2 at the 2026-06-30 deadline, 87.5 in 2026-Q3
    expect(goalProgress(late, planKpis, snapshots, '2026-11-23')).toMatchObject({
      state: 'late',
      judged: { outcome: 'achieved-late', period: '2026-Q3' },
    });
    expect(goalProgress(late, planKpis, snapshots, '2026-07-31')).toMatchObject({
      state: 'off-track',
      judged: { outcome: 'missed', period: '2026-Q2' },
    });
  });
  it('the baseline quarter shows baseline, before any later measurement', () => {
    const g = goal({
      baseline: { period: '2026-Q2' },
      target: 90,
      deadline: '2026-09-30',
      horizon: 'short',
    });
    expect(goalProgress(g, planKpis, snapshots, '2026-07-01')).toMatchObject({
      fraction: 0,
      state: 'baseline',
    });
    expect(goalProgress(g, planKpis, snapshots, '2026-04-30')).toMatchObject({
      actual: undefined,
      state: 'unknown',
    });
  });
  it('is unknown without data', () => {
    const p = goalProgress(goal({ kpi: 'fcr' }), planKpis, snapshots, '2026-11-23');
    expect(p).toMatchObject({ actual: undefined, fraction: undefined, state: 'unknown' });
  });
  it('says when another goal judges the KPI in that quarter', () => {
    const first = goal({
      id: 'first',
      target: 82,
      deadline: '2025-06-30',
      baseline: { period: '2024-Q4' },
    });
    const second = goal({ id: 'second', target: 90, baseline: { period: '2025-Q2' } });
    const both = [first, second];
    expect(goalProgress(first, planKpis, snapshots, '2026-11-23', both)).toMatchObject({
      current: false,
      judged: { outcome: 'achieved-late' },
    });
    expect(goalProgress(second, planKpis, snapshots, '2026-11-23', both).current).toBe(true);
  });
});
