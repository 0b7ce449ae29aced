import type { Problem } from '../content/problem.ts';
import { closest } from '../content/zod-problems.ts';
import type { Plan } from '../../schemas/plan.ts';
import { daysBetween } from '../dates.ts';
import type { KpiInfo } from './kpis.ts';
import { periodEnd } from './periods.ts';
import type { Position } from './plan-file.ts';

export interface PlanContext {
  file: string;
  position: Position;
  kpis: readonly KpiInfo[];
}

type Path = (string | number)[];

/** Longest span (days) from the end of the baseline period to the deadline for short and mid goals. */
const horizonDays = { short: 100, mid: 190 } as const;

const list = (ids: readonly string[]) => ids.map((id) => `“${id}”`).join(', ');

function allowed(word: string, ids: readonly string[], what: string): string {
  const guess = closest(word, ids);
  const sample = ids.length > 30 ? `${list(ids.slice(0, 30))}, …` : list(ids);
  return `${guess ? `did you mean “${guess}”? ` : ''}use one of the ${what}: ${sample}`;
}

/**
 * Cross-checks that the schema cannot express: ids are unique, KPIs exist, every reference
 * resolves, dates are in order and the dependencies have no cycle. Each problem names the item.
 */
export function validatePlan(plan: Plan, context: PlanContext): Problem[] {
  const { file, position } = context;
  const problems: Problem[] = [];
  const report = (severity: Problem['severity'], path: Path, message: string, fix: string) =>
    problems.push({ severity, file, ...position(path), field: path.join('.'), message, fix });

  const ids = (
    section: 'owners' | 'tracks' | 'goals' | 'phases' | 'milestones' | 'tasks',
    noun: string,
  ) => {
    const seen = new Set<string>();
    plan[section].forEach((item, i) => {
      if (seen.has(item.id)) {
        report(
          'error',
          [section, i, 'id'],
          `${noun} “${item.id}” is declared twice`,
          `give each ${noun} its own id`,
        );
      }
      seen.add(item.id);
    });
    return [...seen];
  };
  const ownerIds = ids('owners', 'owner');
  const trackIds = ids('tracks', 'track');
  const goalIds = ids('goals', 'goal');
  const phaseIds = ids('phases', 'phase');
  ids('milestones', 'milestone');
  const taskIds = ids('tasks', 'task');
  const kpiIds = context.kpis.map((k) => k.id);

  const resolve = (
    path: Path,
    found: string,
    known: string[],
    who: string,
    noun: string,
    plural: string,
  ) => {
    if (!known.includes(found)) {
      report(
        'error',
        path,
        `${who}: ${noun} “${found}” does not exist`,
        allowed(found, known, plural),
      );
    }
  };

  plan.goals.forEach((goal, i) => {
    const who = `goal “${goal.id}”`;
    resolve(['goals', i, 'kpi'], goal.kpi, kpiIds, who, 'KPI', 'KPI ids in data/kpis.json');
    resolve(
      ['goals', i, 'owner'],
      goal.owner,
      ownerIds,
      who,
      'owner',
      'owners declared under `owners`',
    );
    const baselineEnd = periodEnd(goal.baseline.period);
    if (goal.deadline <= baselineEnd) {
      report(
        'error',
        ['goals', i, 'deadline'],
        `${who}: the deadline ${goal.deadline} is not after the baseline period ${goal.baseline.period} (ends ${baselineEnd})`,
        `set a deadline after ${baselineEnd}, or measure the baseline in an earlier period`,
      );
    } else {
      const span = daysBetween(baselineEnd, goal.deadline);
      const expected =
        span <= horizonDays.short ? 'short' : span <= horizonDays.mid ? 'mid' : 'long';
      if (expected !== goal.horizon) {
        report(
          'warning',
          ['goals', i, 'horizon'],
          `${who}: horizon “${goal.horizon}” does not match the ${span} days from the end of the baseline period to the deadline`,
          `use “${expected}” (short = up to 3 months, mid = 3–6 months, long = over 6 months)`,
        );
      }
    }
    const kpi = context.kpis.find((k) => k.id === goal.kpi);
    if (goal.target === goal.baseline.value) {
      report(
        'error',
        ['goals', i, 'target'],
        `${who}: the target equals the baseline (${goal.target})`,
        'set a target that differs from the baseline',
      );
    } else if (kpi && kpi.better !== 'neutral') {
      const wantsHigher = goal.target > goal.baseline.value;
      if (wantsHigher !== (kpi.better === 'higher')) {
        report(
          'error',
          ['goals', i, 'target'],
          `${who}: the target ${goal.target} is ${wantsHigher ? 'above' : 'below'} the baseline ${goal.baseline.value}, but for ${kpi.id} ${kpi.better} is better`,
          `set a target ${kpi.better} than the baseline`,
        );
      }
    }
  });

  plan.phases.forEach((phase, i) => {
    if (phase.end < phase.start) {
      report(
        'error',
        ['phases', i, 'end'],
        `phase “${phase.id}”: ends ${phase.end}, before it starts ${phase.start}`,
        `set an end on or after ${phase.start}`,
      );
    }
  });

  plan.milestones.forEach((milestone, i) => {
    const who = `milestone “${milestone.id}”`;
    resolve(
      ['milestones', i, 'phase'],
      milestone.phase,
      phaseIds,
      who,
      'phase',
      'phases declared under `phases`',
    );
    const phase = plan.phases.find((p) => p.id === milestone.phase);
    if (phase && (milestone.date < phase.start || milestone.date > phase.end)) {
      report(
        'warning',
        ['milestones', i, 'date'],
        `${who}: ${milestone.date} lies outside phase “${phase.id}” (${phase.start} – ${phase.end})`,
        'move the date into the phase or attach the milestone to another phase',
      );
    }
  });

  plan.tasks.forEach((task, i) => {
    const who = `task “${task.id}”`;
    resolve(
      ['tasks', i, 'owner'],
      task.owner,
      ownerIds,
      who,
      'owner',
      'owners declared under `owners`',
    );
    resolve(
      ['tasks', i, 'phase'],
      task.phase,
      phaseIds,
      who,
      'phase',
      'phases declared under `phases`',
    );
    if (task.track !== undefined)
      resolve(
        ['tasks', i, 'track'],
        task.track,
        trackIds,
        who,
        'track',
        'tracks declared under `tracks`',
      );
    task.goals.forEach((goal, j) =>
      resolve(['tasks', i, 'goals', j], goal, goalIds, who, 'goal', 'goals declared under `goals`'),
    );
    task.dependsOn.forEach((dep, j) => {
      if (dep === task.id)
        report(
          'error',
          ['tasks', i, 'dependsOn', j],
          `${who}: depends on itself`,
          'remove it from its own `dependsOn`',
        );
      else resolve(['tasks', i, 'dependsOn', j], dep, taskIds, who, 'task', 'task ids');
    });
    if (task.due < task.start) {
      report(
        'error',
        ['tasks', i, 'due'],
        `${who}: due ${task.due}, before it starts ${task.start}`,
        `set a due date on or after ${task.start}`,
      );
    }
    if (task.completed !== undefined && task.status !== 'done') {
      report(
        'error',
        ['tasks', i, 'completed'],
        `${who}: has a completion date ${task.completed} but its status is “${task.status}”`,
        'set `status: done`, or remove `completed`',
      );
    }
    if (task.completed !== undefined && task.completed < task.start) {
      report(
        'error',
        ['tasks', i, 'completed'],
        `${who}: completed ${task.completed}, before it starts ${task.start}`,
        `set a completion date on or after ${task.start}`,
      );
    }
    if (task.status === 'done' && task.completed === undefined) {
      report(
        'warning',
        ['tasks', i, 'status'],
        `${who}: is done but has no completion date`,
        'add `completed: YYYY-MM-DD` so reports can show it as of past dates',
      );
    }
  });

  for (const cycle of dependencyCycles(plan.tasks)) {
    const first = plan.tasks.findIndex((t) => t.id === cycle[0]);
    const task = plan.tasks[first];
    const j = task ? task.dependsOn.indexOf(cycle[1] ?? '') : 0;
    report(
      'error',
      ['tasks', first, 'dependsOn', Math.max(j, 0)],
      `task “${cycle[0]}”: dependency cycle ${cycle.join(' → ')}`,
      'remove one of these dependencies so the tasks can be ordered',
    );
  }
  return problems;
}

/**
 * Every dependency cycle, each once, as a path that starts and ends on the same task (the task
 * that comes first in the file leads). Self-dependencies are reported elsewhere.
 */
export function dependencyCycles(
  tasks: readonly { id: string; dependsOn: readonly string[] }[],
): string[][] {
  const edges = new Map(tasks.map((t) => [t.id, t.dependsOn.filter((d) => d !== t.id)] as const));
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    state.set(id, 'active');
    stack.push(id);
    for (const next of edges.get(id) ?? []) {
      if (!edges.has(next)) continue;
      if (state.get(next) === 'active') {
        const cycle = stack.slice(stack.indexOf(next));
        const key = [...cycle].sort().join('|');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...cycle, next]);
        }
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const task of tasks) if (!state.has(task.id)) visit(task.id);
  return cycles;
}
