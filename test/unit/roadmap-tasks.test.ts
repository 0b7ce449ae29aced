import { describe, expect, it } from 'vitest';
import { planAsOf } from '../../src/lib/roadmap/as-of.ts';
import { planKpis } from './helpers/kpis.ts';
import {
  filterTasks,
  groupByPhase,
  isOverdue,
  statusAsOf,
  statusCounts,
  viewTask,
} from '../../src/lib/roadmap/tasks.ts';
import { plan, task } from './helpers/plan.ts';

describe('isOverdue', () => {
  it('is overdue only after the due day and only when not done', () => {
    const t = { due: '2026-11-15', status: 'in-progress' } as const;
    expect(isOverdue(t, '2026-11-23')).toBe(true);
    expect(isOverdue(t, '2026-11-15')).toBe(false);
    expect(isOverdue({ ...t, status: 'done' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ ...t, status: 'blocked' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ ...t, status: 'planned' }, '2026-11-16')).toBe(true);
  });
});

describe('statusAsOf', () => {
  const late = task({
    start: '2026-07-01',
    due: '2026-09-30',
    status: 'done',
    completed: '2026-10-09',
  });
  it('is planned before the start, in progress until completed, done after', () => {
    expect(statusAsOf(late, '2026-06-30')).toBe('planned');
    expect(statusAsOf(late, '2026-09-30')).toBe('in-progress');
    expect(statusAsOf(late, '2026-10-09')).toBe('done');
  });
  it('keeps the recorded status of unfinished work', () => {
    expect(statusAsOf(task({ status: 'blocked' }), '2026-02-01')).toBe('blocked');
  });
  it('flags a task finished late as overdue on the dates between', () => {
    expect(viewTask(late, '2026-10-05')).toMatchObject({ status: 'in-progress', overdue: true });
    expect(viewTask(late, '2026-11-23')).toMatchObject({ status: 'done', overdue: false });
  });
});

describe('grouping and filters', () => {
  const tasks = [
    task({ id: 'c', phase: 'p2', start: '2026-07-01', due: '2026-08-01', owner: 'it' }),
    task({
      id: 'b',
      phase: 'p1',
      start: '2026-02-01',
      due: '2026-03-01',
      status: 'done',
      completed: '2026-02-20',
    }),
    task({ id: 'a', phase: 'p1', start: '2026-01-01', due: '2026-12-31', status: 'in-progress' }),
  ].map((t) => viewTask(t, '2026-11-23'));
  it('groups by phase in plan order, tasks by start date', () => {
    const groups = groupByPhase(plan().phases, tasks);
    expect(groups.map((g) => [g.phase.id, g.tasks.map((t) => t.task.id)])).toEqual([
      ['p1', ['a', 'b']],
      ['p2', ['c']],
    ]);
  });
  it('filters by owner, status and overdue', () => {
    expect(filterTasks(tasks, { owner: 'it' }).map((t) => t.task.id)).toEqual(['c']);
    expect(filterTasks(tasks, { status: 'done' }).map((t) => t.task.id)).toEqual(['b']);
    expect(filterTasks(tasks, { status: 'overdue' }).map((t) => t.task.id)).toEqual(['c']);
    expect(statusCounts(tasks)).toEqual({
      planned: 1,
      'in-progress': 1,
      done: 1,
      blocked: 0,
      overdue: 1,
    });
  });
});

describe('planAsOf', () => {
  it('shows tasks due by the date with their status then, and goals from snapshots ended by then', () => {
    const p = plan({
      tasks: [
        task({ id: 'early', due: '2026-02-28', status: 'done', completed: '2026-02-20' }),
        task({ id: 'late', due: '2026-03-15', status: 'done', completed: '2026-04-10' }),
        task({ id: 'later', due: '2026-06-30', status: 'in-progress' }),
      ],
    });
    const snapshots = [
      { period: '2026-Q1', metrics: { csat: 84 } },
      { period: '2026-Q2', metrics: { csat: 86 } },
    ];
    const view = planAsOf(p, planKpis, snapshots, '2026-03-31');
    expect(view.due.map((t) => [t.task.id, t.status, t.overdue])).toEqual([
      ['early', 'done', false],
      ['late', 'in-progress', true],
    ]);
    expect(view.counts).toMatchObject({ done: 1, 'in-progress': 1, overdue: 1 });
    // Baseline 80 (2025-Q4) → 90; Q1 2026 at 84 is 40 % of the way after 90 of 365 days.
    expect(view.goals[0]).toMatchObject({
      actual: { value: 84, period: '2026-Q1' },
      state: 'progressing',
      pace: 'ahead',
    });
    expect(view.goals[0]?.fraction).toBeCloseTo(0.4, 10);
  });
});
