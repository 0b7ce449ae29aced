import type { Milestone, Phase, Plan, Task, TaskStatus } from '../../schemas/plan.ts';
import { taskStatuses } from '../../schemas/plan.ts';

/** Past its due date and not done. `asOf` is the build date (or a report's date), never the clock. */
export const isOverdue = (task: Pick<Task, 'due' | 'status'>, asOf: string): boolean =>
  task.due < asOf && task.status !== 'done';

/**
 * A task's status as it stood on `date`, from what the plan records now: done once `completed`
 * has passed, planned before `start`, otherwise the recorded status (a task finished later was
 * still in progress).
 */
export function statusAsOf(task: Task, date: string): TaskStatus {
  if (task.completed !== undefined && task.completed <= date) return 'done';
  if (task.start > date) return 'planned';
  if (task.status === 'done') return 'in-progress';
  return task.status;
}

/** Done, but finished after its due date (a late task counts in the overdue figures). */
export const isLate = (task: Pick<Task, 'due' | 'completed'>, status: TaskStatus): boolean =>
  status === 'done' && task.completed !== undefined && task.completed > task.due;

/** A task with what the page shows beside it. */
export interface TaskView {
  task: Task;
  status: TaskStatus;
  /** Past due and not done on the as-of date. */
  overdue: boolean;
  /** Done after its due date. */
  late: boolean;
}

export const viewTask = (task: Task, asOf: string): TaskView => {
  const status = statusAsOf(task, asOf);
  return {
    task,
    status,
    overdue: isOverdue({ due: task.due, status }, asOf),
    late: isLate(task, status),
  };
};

/** Where a milestone stands on `asOf`, from the tasks that make it. */
export type MilestoneState = 'met' | 'met-late' | 'missed' | 'upcoming' | 'passed';

/**
 * Met when every task that makes it was done by its date; met late when they were all done, some
 * after it; missed when its date has passed with any still open; upcoming before its date. A
 * milestone that names no tasks is only `passed` or `upcoming`.
 */
export function milestoneState(
  milestone: Pick<Milestone, 'date' | 'tasks'>,
  tasks: readonly Task[],
  asOf: string,
): MilestoneState {
  const own = milestone.tasks
    .map((id) => tasks.find((t) => t.id === id))
    .filter((t) => t !== undefined);
  const doneBy = (t: Task, date: string) => t.completed !== undefined && t.completed <= date;
  if (own.length === 0) return milestone.date < asOf ? 'passed' : 'upcoming';
  if (own.every((t) => doneBy(t, milestone.date) && doneBy(t, asOf))) return 'met';
  if (own.every((t) => doneBy(t, asOf))) return 'met-late';
  return milestone.date < asOf ? 'missed' : 'upcoming';
}

const byDates = (a: TaskView, b: TaskView) =>
  a.task.start.localeCompare(b.task.start) ||
  a.task.due.localeCompare(b.task.due) ||
  a.task.id.localeCompare(b.task.id);

export interface PhaseGroup {
  phase: Phase;
  tasks: TaskView[];
}

/** Tasks under their phase, phases in plan order, tasks by start then due date; empty phases kept. */
export function groupByPhase(phases: readonly Phase[], tasks: readonly TaskView[]): PhaseGroup[] {
  return phases.map((phase) => ({
    phase,
    tasks: tasks.filter((t) => t.task.phase === phase.id).sort(byDates),
  }));
}

/** The filters a reader can pick: a status, `overdue` (open past due) or `late` (done late). */
export const statusFilters = [...taskStatuses, 'overdue', 'late'] as const;
export type StatusFilter = (typeof statusFilters)[number];

export interface TaskFilter {
  owner?: string | undefined;
  status?: StatusFilter | undefined;
}

export function filterTasks(tasks: readonly TaskView[], filter: TaskFilter): TaskView[] {
  return tasks.filter(
    (t) =>
      (filter.owner === undefined || t.task.owner === filter.owner) &&
      (filter.status === undefined ||
        (filter.status === 'overdue'
          ? t.overdue
          : filter.status === 'late'
            ? t.late
            : t.status === filter.status)),
  );
}

/** How many tasks carry each status, how many are overdue and how many were done late. */
export function statusCounts(tasks: readonly TaskView[]): Record<StatusFilter, number> {
  const counts = Object.fromEntries(statusFilters.map((s) => [s, 0])) as Record<
    StatusFilter,
    number
  >;
  for (const t of tasks) {
    counts[t.status]++;
    if (t.overdue) counts.overdue++;
    if (t.late) counts.late++;
  }
  return counts;
}

/** Owners that have at least one task, in the plan's order, with their task counts. */
export function ownersWithTasks(plan: Plan, tasks: readonly TaskView[]) {
  return plan.owners
    .map((owner) => ({ owner, count: tasks.filter((t) => t.task.owner === owner.id).length }))
    .filter((o) => o.count > 0);
}
