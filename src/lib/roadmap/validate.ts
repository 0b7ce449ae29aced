import { problem, type Problem } from '../diagnostics/problem.ts';
import type {
  MessageCode,
  MessageParams,
  Noun,
  PlanSection,
  Subject,
} from '../diagnostics/messages/index.ts';
import { closest } from '../diagnostics/zod-problems.ts';
import type { Plan } from '../../schemas/plan.ts';
import { daysBetween } from '../dates.ts';
import { periodEnd } from '../periods.ts';
import { goalStart, overlappingGoals } from '../metrics/targets.ts';
import type { Position } from './plan-file.ts';
import type { PlanKpi } from './progress.ts';

/** Where a KPI's value for a period sits in the snapshots, for baselines. */
export interface MeasuredValue {
  value: number | null;
  file: string;
  line: number;
}

export interface PlanContext {
  file: string;
  position: Position;
  kpis: readonly PlanKpi[];
  /**
   * The snapshot value of a KPI in a period, with its file and line; undefined when no snapshot
   * covers the period. Without it baselines are not checked against the data.
   */
  measured?: ((kpi: string, period: string) => MeasuredValue | undefined) | undefined;
}

type Path = (string | number)[];

/** Longest span (days) from the end of the baseline period to the deadline for short and mid goals. */
const horizonDays = { short: 100, mid: 190 } as const;

/** What each step of {@link validatePlan} works with: the plan, what it may name, and the report. */
interface PlanCheck {
  plan: Plan;
  kpis: PlanContext['kpis'];
  measured: PlanContext['measured'];
  /** The ids each section declares, duplicates reported once. */
  known: Record<'owners' | 'tracks' | 'goals' | 'phases' | 'tasks', string[]>;
  report: <C extends MessageCode>(
    severity: Problem['severity'],
    path: Path,
    code: C,
    params: MessageParams<C>,
    subject?: Subject,
  ) => void;
  /** Report `found` unless it is one of `known`, suggesting the closest id. */
  resolve: (
    path: Path,
    found: string,
    known: string[],
    who: Subject,
    noun: Noun,
    section: PlanSection,
  ) => void;
}

/**
 * Cross-check a parsed plan: unique ids, references that resolve (KPIs, owners, phases, tracks,
 * goals, dependencies), dates in order, targets in the KPI's better direction, no dependency
 * cycle. Every problem in one pass, in the order of the file's sections.
 */
export function validatePlan(plan: Plan, context: PlanContext): Problem[] {
  const { file, position } = context;
  const problems: Problem[] = [];
  const report: PlanCheck['report'] = (severity, path, code, params, subject) =>
    problems.push(problem(severity, file, position(path), path.join('.'), code, params, subject));
  const resolve: PlanCheck['resolve'] = (path, found, known, who, noun, section) => {
    if (known.includes(found)) return;
    const suggestion = closest(found, known);
    report(
      'error',
      path,
      'plan.unresolved',
      { noun, found, section, ...(suggestion ? { suggestion } : {}), known },
      who,
    );
  };
  const ids = (
    section: 'owners' | 'tracks' | 'goals' | 'phases' | 'milestones' | 'tasks',
    noun: Noun,
  ) => {
    const seen = new Set<string>();
    plan[section].forEach((item, i) => {
      if (seen.has(item.id))
        report('error', [section, i, 'id'], 'plan.id-duplicate', { noun, id: item.id });
      seen.add(item.id);
    });
    return [...seen];
  };
  const owners = ids('owners', 'owner');
  const tracks = ids('tracks', 'track');
  const goals = ids('goals', 'goal');
  const phases = ids('phases', 'phase');
  ids('milestones', 'milestone');
  const tasks = ids('tasks', 'task');
  const check: PlanCheck = {
    plan,
    kpis: context.kpis,
    measured: context.measured,
    known: { owners, tracks, goals, phases, tasks },
    report,
    resolve,
  };
  checkGoals(check);
  checkPhases(check);
  checkMilestones(check);
  checkTasks(check);
  checkCycles(check);
  return problems;
}

/** Goals: KPI and owner exist, deadline after the baseline, horizon, target direction. */
function checkGoals({ plan, kpis, measured, known, report, resolve }: PlanCheck): void {
  const kpiIds = kpis.map((k) => k.id);
  plan.goals.forEach((goal, i) => {
    const who: Subject = { noun: 'goal', id: goal.id };
    resolve(['goals', i, 'kpi'], goal.kpi, kpiIds, who, 'kpi', 'kpis');
    resolve(['goals', i, 'owner'], goal.owner, known.owners, who, 'owner', 'owners');
    const baselineEnd = periodEnd(goal.baseline.period);
    if (goal.deadline <= baselineEnd) {
      report(
        'error',
        ['goals', i, 'deadline'],
        'plan.deadline',
        { deadline: goal.deadline, period: goal.baseline.period, end: baselineEnd },
        who,
      );
    } else {
      const span = daysBetween(baselineEnd, goal.deadline);
      const expected =
        span <= horizonDays.short ? 'short' : span <= horizonDays.mid ? 'mid' : 'long';
      if (expected !== goal.horizon) {
        report(
          'warning',
          ['goals', i, 'horizon'],
          'plan.horizon',
          { horizon: goal.horizon, span, expected },
          who,
        );
      }
    }
    const kpi = kpis.find((k) => k.id === goal.kpi);
    const baseline = checkBaseline(goal, i, who, measured, report);
    if (baseline === undefined) return;
    if (goal.target === baseline) {
      report('error', ['goals', i, 'target'], 'plan.target-equals', { target: goal.target }, who);
    } else if (kpi && kpi.better !== 'neutral') {
      const wantsHigher = goal.target > baseline;
      if (wantsHigher !== (kpi.better === 'higher')) {
        report(
          'error',
          ['goals', i, 'target'],
          'plan.target-direction',
          { target: goal.target, higher: wantsHigher, baseline, kpi: kpi.id, better: kpi.better },
          who,
        );
      }
    }
  });
  for (const [a, b] of overlappingGoals(plan.goals)) {
    const later = plan.goals.indexOf(b);
    const from = goalStart(a) > goalStart(b) ? goalStart(a) : goalStart(b);
    const to = a.deadline < b.deadline ? a.deadline : b.deadline;
    report(
      'error',
      ['goals', later, 'baseline', 'period'],
      'plan.goal-overlap',
      { kpi: b.kpi, other: a.id, from, to },
      { noun: 'goal', id: b.id },
    );
  }
}

/**
 * The baseline value a goal starts from: the snapshot's value for its period (a typed `value`
 * must equal it), else the typed value. Undefined, with a problem, when there is neither.
 */
function checkBaseline(
  goal: Plan['goals'][number],
  i: number,
  who: Subject,
  measured: PlanContext['measured'],
  report: PlanCheck['report'],
): number | undefined {
  const typed = goal.baseline.value;
  if (!measured) return typed ?? undefined;
  const found = measured(goal.kpi, goal.baseline.period);
  if (found?.value == null) {
    if (typed !== undefined) return typed;
    report(
      'error',
      ['goals', i, 'baseline', 'period'],
      'plan.baseline-missing',
      { kpi: goal.kpi, period: goal.baseline.period },
      who,
    );
    return undefined;
  }
  if (typed !== undefined && typed !== found.value) {
    report(
      'error',
      ['goals', i, 'baseline', 'value'],
      'plan.baseline-mismatch',
      {
        typed,
        measured: found.value,
        kpi: goal.kpi,
        period: goal.baseline.period,
        snapshot: found.file,
        line: found.line,
      },
      who,
    );
  }
  return found.value;
}

/** Phases end after they start. */
function checkPhases({ plan, report }: PlanCheck): void {
  plan.phases.forEach((phase, i) => {
    if (phase.end < phase.start) {
      report(
        'error',
        ['phases', i, 'end'],
        'plan.phase-end',
        { end: phase.end, start: phase.start },
        { noun: 'phase', id: phase.id },
      );
    }
  });
}

/** Milestones sit in an existing phase, within its dates. */
function checkMilestones({ plan, known, report, resolve }: PlanCheck): void {
  plan.milestones.forEach((milestone, i) => {
    const who: Subject = { noun: 'milestone', id: milestone.id };
    resolve(['milestones', i, 'phase'], milestone.phase, known.phases, who, 'phase', 'phases');
    milestone.tasks.forEach((task, j) =>
      resolve(['milestones', i, 'tasks', j], task, known.tasks, who, 'task', 'tasks'),
    );
    const phase = plan.phases.find((p) => p.id === milestone.phase);
    if (phase && (milestone.date < phase.start || milestone.date > phase.end)) {
      report(
        'warning',
        ['milestones', i, 'date'],
        'plan.milestone-outside',
        { date: milestone.date, phase: phase.id, start: phase.start, end: phase.end },
        who,
      );
    }
  });
}

/** Tasks: references resolve, dates in order, completion matches status. */
function checkTasks({ plan, known, report, resolve }: PlanCheck): void {
  plan.tasks.forEach((task, i) => {
    const who: Subject = { noun: 'task', id: task.id };
    resolve(['tasks', i, 'owner'], task.owner, known.owners, who, 'owner', 'owners');
    resolve(['tasks', i, 'phase'], task.phase, known.phases, who, 'phase', 'phases');
    if (task.track !== undefined)
      resolve(['tasks', i, 'track'], task.track, known.tracks, who, 'track', 'tracks');
    task.goals.forEach((goal, j) =>
      resolve(['tasks', i, 'goals', j], goal, known.goals, who, 'goal', 'goals'),
    );
    task.dependsOn.forEach((dep, j) => {
      if (dep === task.id)
        report('error', ['tasks', i, 'dependsOn', j], 'plan.self-dependency', {}, who);
      else resolve(['tasks', i, 'dependsOn', j], dep, known.tasks, who, 'task', 'tasks');
    });
    if (task.due < task.start) {
      report(
        'error',
        ['tasks', i, 'due'],
        'plan.due-before-start',
        { due: task.due, start: task.start },
        who,
      );
    }
    if (task.completed !== undefined && task.status !== 'done') {
      report(
        'error',
        ['tasks', i, 'completed'],
        'plan.completed-not-done',
        { completed: task.completed, status: task.status },
        who,
      );
    }
    if (task.completed !== undefined && task.completed < task.start) {
      report(
        'error',
        ['tasks', i, 'completed'],
        'plan.completed-before-start',
        { completed: task.completed, start: task.start },
        who,
      );
    }
    if (task.status === 'done' && task.completed === undefined) {
      report('warning', ['tasks', i, 'status'], 'plan.done-no-date', {}, who);
    }
  });
}

/** No task depends on itself through others. */
function checkCycles({ plan, report }: PlanCheck): void {
  for (const cycle of dependencyCycles(plan.tasks)) {
    const first = plan.tasks.findIndex((t) => t.id === cycle[0]);
    const task = plan.tasks[first];
    const j = task ? task.dependsOn.indexOf(cycle[1] ?? '') : 0;
    report(
      'error',
      ['tasks', first, 'dependsOn', Math.max(j, 0)],
      'plan.cycle',
      { cycle },
      { noun: 'task', id: cycle[0] ?? '' },
    );
  }
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
