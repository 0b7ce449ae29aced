import type { Plan } from '../../schemas/plan.ts';
import { goalProgress, type GoalProgress, type PlanKpi, type PlanSnapshot } from './progress.ts';
import {
  groupByPhase,
  milestoneState,
  type MilestoneState,
  ownersWithTasks,
  statusCounts,
  viewTask,
  type PhaseGroup,
  type StatusFilter,
  type TaskView,
} from './tasks.ts';
import { buildTimeline, type Timeline } from './timeline.ts';

/** Everything the roadmap pages show, computed once per build against the build date. */
export interface RoadmapModel {
  today: string;
  plan: Plan;
  goals: GoalProgress[];
  tasks: TaskView[];
  groups: PhaseGroup[];
  timeline: Timeline;
  owners: ReturnType<typeof ownersWithTasks>;
  counts: Record<StatusFilter, number>;
  /** Milestones numbered as on the timeline (by date). */
  milestones: (Plan['milestones'][number] & { number: number; state: MilestoneState })[];
}

export function roadmapModel(
  plan: Plan,
  kpis: readonly PlanKpi[],
  snapshots: readonly PlanSnapshot[],
  today: string,
): RoadmapModel {
  const tasks = plan.tasks.map((task) => viewTask(task, today));
  const timeline = buildTimeline(plan.phases, plan.milestones, { today });
  const numbers = new Map(timeline.milestones.map((m) => [m.id, m.number] as const));
  return {
    today,
    plan,
    goals: plan.goals.map((goal) => goalProgress(goal, kpis, snapshots, today, plan.goals)),
    tasks,
    groups: groupByPhase(plan.phases, tasks),
    timeline,
    owners: ownersWithTasks(plan, tasks),
    counts: statusCounts(tasks),
    milestones: plan.milestones
      .map((m) => ({
        ...m,
        number: numbers.get(m.id) ?? 0,
        state: milestoneState(m, plan.tasks, today),
      }))
      .sort((a, b) => a.number - b.number),
  };
}
