import { describe, expect, it } from 'vitest';
import { planAsOf } from '../../src/lib/roadmap/as-of.ts';
import { planKpis } from './helpers/kpis.ts';
import {
  filterTasks,
  groupByPhase,
  isOverdue,
  milestoneState,
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
  it('keeps a task finished after its due date late once done', () => {
    expect(viewTask(late, '2026-10-05').late).toBe(false);
    expect(viewTask(late, '2026-11-23')).toMatchObject({ status: 'done', late: true });
    const onTime = task({ due: '2026-09-30', status: 'done', completed: '2026-09-30' });
    expect(viewTask(onTime, '2026-11-23').late).toBe(false);
  });
});

describe('milestoneState', () => {
  const tasks = [
    task({ id: 'on-time', due: '2026-03-31', status: 'done', completed: '2026-03-30' }),
    task({ id: 'after', due: '2026-03-31', status: 'done', completed: '2026-04-08' }),
    task({ id: 'open', due: '2026-11-30', status: 'in-progress' }),
  ];
  const m = (ids: string[], date: string) => ({ date, tasks: ids });
  it('is met when its tasks were done by its date, met late when after', () => {
    expect(milestoneState(m(['on-time'], '2026-03-31'), tasks, '2026-11-23')).toBe('met');
    expect(milestoneState(m(['on-time', 'after'], '2026-03-31'), tasks, '2026-11-23')).toBe(
      'met-late',
    );
    // Before the late task was done, the passed milestone was missed.
    expect(milestoneState(m(['on-time', 'after'], '2026-03-31'), tasks, '2026-04-05')).toBe(
      'missed',
    );
  });
  it('is missed once its date passed with a task open, upcoming before', () => {
    expect(milestoneState(m(['open'], '2026-11-20'), tasks, '2026-11-23')).toBe('missed');
    expect(milestoneState(m(['open'], '2026-11-30'), tasks, '2026-11-23')).toBe('upcoming');
  });
  it('without tasks only says passed or upcoming', () => {
    expect(milestoneState(m([], '2026-01-15'), tasks, '2026-11-23')).toBe('passed');
    expect(milestoneState(m([], '2026-12-20'), tasks, '2026-11-23')).toBe('upcoming');
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
    expect(filterTasks(tasks, { status: 'late' }).map((t) => t.task.id)).toEqual([]);
    expect(statusCounts(tasks)).toEqual({
      planned: 1,
      'in-progress': 1,
      done: 1,
      blocked: 0,
      overdue: 1,
      late: 0,
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
    expect(view.counts).toMatchObject({ done: 1, 'in-progress': 1, overdue: 1, late: 0 });
    // Baseline 80 (2025-Q4) → 90; Q1 2026 at 84 against 80 + 10 × 90/365 = 82.5 due: on track.
    expect(view.goals[0]).toMatchObject({
      actual: { value: 84, period: '2026-Q1' },
      state: 'on-track',
      judged: { due: 82.5 },
    });
    expect(view.goals[0]?.fraction).toBeCloseTo(0.4, 10);
    // Later, the task finished after its due date counts as late.
    expect(planAsOf(p, planKpis, snapshots, '2026-07-01').counts).toMatchObject({
      overdue: 1,
      late: 1,
    });
  });
});
