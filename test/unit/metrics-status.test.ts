import { describe, expect, it } from 'vitest';
import {
  goalFor,
  goalStatus,
  judgeAgainst,
  kpiStatus,
  toleranceFor,
} from '../../src/lib/metrics/status.ts';
import {
  baselineValue,
  decimalsOf,
  inForce,
  overlappingGoals,
  quarterTarget,
  roundTo,
  targetAt,
} from '../../src/lib/metrics/targets.ts';
import { goal, kpis, snapshot } from './helpers/metrics.ts';

// CSAT 80 (2024-Q4) → 90 by 2025-12-31, then a second goal 92 by 2026-06-30 from 2025-Q4.
const first = goal('csat', '2024-Q4', 90, '2025-12-31', { id: 'first' });
const second = goal('csat', '2025-Q4', 92, '2026-06-30', { id: 'second', horizon: 'mid' });
const snapshots = [
  snapshot('2024-Q4', { csat: 80, 'frt-chat': 120 }),
  snapshot('2025-Q1', { csat: 83 }),
  snapshot('2025-Q2', { csat: 84 }),
  snapshot('2025-Q3', { csat: 85, 'frt-chat': 70 }),
  snapshot('2025-Q4', { csat: 89.5 }),
  snapshot('2026-Q1', { csat: 90.5 }),
  snapshot('2026-Q2', { csat: 92.5 }),
];
const source = { kpis, snapshots, goals: [first, second] };

describe('targets: the plan goals are the only targets', () => {
  it('rounds to the KPI precision, half away from zero, without float noise', () => {
    expect(roundTo(88.75, 1)).toBe(88.8);
    expect(roundTo(4.1149, 2)).toBe(4.11);
    expect(roundTo(-2.25, 1)).toBe(-2.3);
    expect(roundTo(83.38, 0)).toBe(83);
    expect(decimalsOf({ unit: 'percent' })).toBe(1);
    expect(decimalsOf({ unit: 'seconds' })).toBe(0);
    expect(decimalsOf({ unit: 'nps', decimals: 2 })).toBe(2);
  });
  it('reads the baseline from the snapshot of its period', () => {
    expect(baselineValue(source, first)).toBe(80);
    expect(baselineValue(source, second)).toBe(89.5);
    const typedOnly = goal('csat', '2023-Q4', 90, '2025-12-31', {
      baseline: { period: '2023-Q4', value: 77 },
    });
    expect(baselineValue(source, typedOnly)).toBe(77);
  });
  it('is in force after the baseline quarter ends, up to and on the deadline', () => {
    expect(inForce(first, '2024-12-31')).toBe(false);
    expect(inForce(first, '2025-01-01')).toBe(true);
    expect(inForce(first, '2025-12-31')).toBe(true);
    expect(inForce(first, '2026-01-01')).toBe(false);
  });
  it('gives the value due on the straight line by days, and one target at any date', () => {
    // 2024-12-31 → 2025-06-30 is 181 of 365 days: 80 + 10 × 181/365 = 84.96 → 85
    expect(quarterTarget(source, 'csat', '2025-Q2')).toMatchObject({
      goal: { id: 'first' },
      baseline: 80,
      target: 90,
      due: 85,
    });
    expect(quarterTarget(source, 'csat', '2025-Q4')).toMatchObject({
      goal: { id: 'first' },
      due: 90,
    });
    // 89.5 → 92 over 2025-12-31 → 2026-06-30; 2026-03-31 is 90 of 181 days: 90.74 → 90.7
    expect(quarterTarget(source, 'csat', '2026-Q1')).toMatchObject({
      goal: { id: 'second' },
      due: 90.7,
    });
    expect(targetAt(source, 'csat', '2026-07-01')).toBeUndefined();
    expect(targetAt(source, 'nps', '2025-06-30')).toBeUndefined();
  });
  it('finds goals of one KPI whose periods in force overlap', () => {
    expect(overlappingGoals([first, second])).toEqual([]);
    const clash = goal('csat', '2025-Q2', 95, '2026-06-30', { id: 'clash' });
    expect(overlappingGoals([first, second, clash]).map(([a, b]) => [a.id, b.id])).toEqual([
      ['first', 'clash'],
      ['second', 'clash'],
    ]);
    expect(overlappingGoals([first, goal('nps', '2024-Q4', 80, '2025-12-31')])).toEqual([]);
  });
});

describe('status: one rule for every page', () => {
  it('judges against the value due with the tolerance', () => {
    expect(judgeAgainst(85, 85, 'higher', 1.5)).toBe('on-track');
    expect(judgeAgainst(83.5, 85, 'higher', 1.5)).toBe('at-risk');
    expect(judgeAgainst(83.4, 85, 'higher', 1.5)).toBe('off-track');
    expect(judgeAgainst(41, 43, 'lower', 5)).toBe('on-track');
    expect(judgeAgainst(11.8, 10.1, 'lower', 1)).toBe('off-track');
    expect(toleranceFor({}, 45)).toBe(2.25);
    expect(toleranceFor({ tolerance: 1.5 }, 88.7)).toBe(1.5);
  });
  it('shows baseline in the baseline quarter, then judges each quarter', () => {
    const statuses = snapshots.map((s) => kpiStatus(source, 'csat', s.period).status);
    // 2025-Q1: 83 vs 82.5 due; Q2: 84 vs 85 (tol 1.5) at risk; Q3: 85 vs 87.5 off track;
    // Q4: 89.5 vs 90 at the deadline, at risk (the first goal is not met: missed);
    // 2026-Q1: the second goal, 90.5 vs 90.7 at risk; Q2: 92.5 vs 92 met on time.
    expect(statuses).toEqual([
      'baseline',
      'on-track',
      'at-risk',
      'off-track',
      'off-track',
      'at-risk',
      'on-track',
    ]);
    expect(kpiStatus(source, 'csat', '2025-Q4')).toMatchObject({
      goal: { id: 'first' },
      outcome: 'missed',
    });
    expect(kpiStatus(source, 'csat', '2026-Q2').outcome).toBe('achieved');
  });
  it('a goal met only after its deadline is late', () => {
    expect(goalStatus(source, first, '2026-Q1')).toMatchObject({
      status: 'late',
      outcome: 'achieved-late',
      due: 90,
    });
  });
  it('picks the goal in force, else the one whose baseline it is, else the last past one', () => {
    expect(goalFor(source, 'csat', '2025-Q4')?.id).toBe('first');
    expect(goalFor(source, 'csat', '2026-Q1')?.id).toBe('second');
    expect(goalFor(source, 'csat', '2027-Q1')?.id).toBe('second');
    expect(goalFor(source, 'csat', '2024-Q3')).toBeUndefined();
  });
  it('a KPI without a goal, a neutral KPI and a missing value have no status', () => {
    expect(kpiStatus(source, 'frt-chat', '2025-Q3')).toMatchObject({ status: null, value: 70 });
    const volume = { ...source, goals: [goal('ticket-volume', '2024-Q4', 5000, '2025-12-31')] };
    expect(kpiStatus(volume, 'ticket-volume', '2025-Q2').status).toBeNull();
    const gap = { ...source, snapshots: [...snapshots.slice(0, 2), snapshot('2025-Q2', {})] };
    expect(kpiStatus(gap, 'csat', '2025-Q2').status).toBeNull();
  });
  it('a lower-is-better goal: on track below the value due', () => {
    const chat = goal('frt-chat', '2024-Q4', 30, '2025-12-31');
    const s = { ...source, goals: [chat] };
    // 120 − 90 × 273/365 = 52.7 → 53 s due in 2025-Q3; 70 s is 17 over, beyond 5 % (2.65)
    expect(kpiStatus(s, 'frt-chat', '2025-Q3')).toMatchObject({ status: 'off-track', due: 53 });
  });
});
