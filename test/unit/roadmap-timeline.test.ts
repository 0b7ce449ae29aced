import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/lib/roadmap/timeline.ts';
import { periodEnd, periodStart } from '../../src/lib/periods.ts';
import { plan } from './helpers/plan.ts';

const text = (s: string) => ({ 'zh-cn': s, en: s });
const milestones = [
  { id: 'late', date: '2026-07-05', phase: 'p2', label: text('late') },
  { id: 'half', date: '2026-07-01', phase: 'p2', label: text('half') },
];

describe('buildTimeline', () => {
  // 2026 has 365 days; the plot is 800 − 2 × 12 = 776 wide, starting at x = 12.
  const t = buildTimeline(plan().phases, milestones, { today: '2026-11-23' });
  it('spans whole months and draws one bar a phase, end day included', () => {
    expect([t.start, t.end]).toEqual(['2026-01-01', '2027-01-01']);
    expect(t.bars[0]).toMatchObject({ id: 'p1', x: 12, y: 58, width: 384.8, labelAnchor: 'start' });
    // 1 July is day 181: 12 + 776 × 181 / 365 = 396.8.
    // It ends at the plot's right edge, 788: width 788 − 396.8 = 391.2.
    expect(t.bars[1]).toMatchObject({ id: 'p2', x: 396.8, y: 98, width: 391.2 });
    expect(t.ticks).toHaveLength(12);
  });
  it('numbers milestones by date and drops a crowded one to the next lane', () => {
    expect(t.milestones).toEqual([
      { id: 'half', number: 1, date: '2026-07-01', x: 396.8, y: 136 },
      // 5 July: 12 + 776 × 185 / 365 = 405.3, under 26 from the first, so lane 2.
      { id: 'late', number: 2, date: '2026-07-05', x: 405.3, y: 158 },
    ]);
  });
  it('marks the build date inside the range, and says where it is otherwise', () => {
    // 23 November is day 326: 12 + 776 × 326 / 365 = 705.1.
    expect(t.today).toEqual({ x: 705.1, date: '2026-11-23' });
    const after = buildTimeline(plan().phases, [], { today: '2027-02-01' });
    expect([after.today, after.todayPlace]).toEqual([undefined, 'after']);
  });
});

describe('periods', () => {
  it('gives first and last days of quarters and years', () => {
    expect([periodStart('2026-Q3'), periodEnd('2026-Q3')]).toEqual(['2026-07-01', '2026-09-30']);
    expect(periodEnd('2024-Q1')).toBe('2024-03-31');
    expect([periodStart('2025'), periodEnd('2025')]).toEqual(['2025-01-01', '2025-12-31']);
  });
});
