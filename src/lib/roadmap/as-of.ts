import type { Plan } from '../../schemas/plan.ts';
import type { ReportMilestone } from '../metrics/milestones.ts';
import { goalProgress, type GoalProgress, type PlanKpi, type PlanSnapshot } from './progress.ts';
import {
  milestoneState,
  statusCounts,
  viewTask,
  type StatusFilter,
  type TaskView,
} from './tasks.ts';

export interface PlanAsOf {
  date: string;
  /** Every goal, progress from the newest snapshot whose period ends on or before `date`. */
  goals: GoalProgress[];
  /** Tasks due on or before `date`, with their status as it stood then; earliest due first. */
  due: TaskView[];
  /** Status counts of `due`. */
  counts: Record<StatusFilter, number>;
  /** Goals whose target is met (on time or late). */
  achieved: number;
}

/** The plan as it stood on `date`: what a quarterly report shows for its quarter's end. */
export function planAsOf(
  plan: Plan,
  kpis: readonly PlanKpi[],
  snapshots: readonly PlanSnapshot[],
  date: string,
): PlanAsOf {
  const goals = plan.goals.map((goal) => goalProgress(goal, kpis, snapshots, date, plan.goals));
  const due = plan.tasks
    .filter((task) => task.due <= date)
    .map((task) => viewTask(task, date))
    .sort((a, b) => a.task.due.localeCompare(b.task.due) || a.task.id.localeCompare(b.task.id));
  return {
    date,
    goals,
    due,
    counts: statusCounts(due),
    achieved: goals.filter(
      (g) => g.judged.outcome === 'achieved' || g.judged.outcome === 'achieved-late',
    ).length,
  };
}

/**
 * Every milestone with its state on `date` (from the tasks that make it, as they stood then: a
 * task finished after `date` was still open) and the KPIs it serves: those of the goals its tasks
 * serve. What a report's trend charts mark; plan order.
 */
export function milestonesAsOf(
  plan: Pick<Plan, 'goals' | 'milestones' | 'tasks'>,
  date: string,
): ReportMilestone[] {
  const kpiOf = new Map(plan.goals.map((g) => [g.id, g.kpi] as const));
  return plan.milestones.map((m) => {
    const goals = plan.tasks.filter((t) => m.tasks.includes(t.id)).flatMap((t) => t.goals);
    const kpis = [...new Set(goals.map((g) => kpiOf.get(g)).filter((k) => k !== undefined))];
    return {
      id: m.id,
      date: m.date,
      label: m.label,
      state: milestoneState(m, plan.tasks, date),
      kpis,
    };
  });
}
