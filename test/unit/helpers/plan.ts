import type { Goal, Plan, Task } from '../../../src/schemas/plan.ts';

const text = (s: string) => ({ 'zh-cn': s, en: s });

export const goal = (fields: Partial<Goal> = {}): Goal => ({
  id: 'csat-90',
  kpi: 'csat',
  title: text('CSAT'),
  baseline: { value: 80, period: '2025-Q4' },
  target: 90,
  deadline: '2026-12-31',
  horizon: 'long',
  owner: 'ops',
  ...fields,
});

export const task = (fields: Partial<Task> = {}): Task => ({
  id: 'a',
  title: text('A'),
  owner: 'ops',
  phase: 'p1',
  start: '2026-01-01',
  due: '2026-03-31',
  status: 'planned',
  goals: [],
  dependsOn: [],
  ...fields,
});

export const plan = (fields: Partial<Plan> = {}): Plan => ({
  owners: [{ id: 'ops', name: text('Ops') }],
  tracks: [],
  goals: [goal()],
  phases: [
    { id: 'p1', name: text('P1'), start: '2026-01-01', end: '2026-06-30', objective: text('o') },
    { id: 'p2', name: text('P2'), start: '2026-07-01', end: '2026-12-31', objective: text('o') },
  ],
  milestones: [],
  tasks: [task()],
  ...fields,
});

/** A small valid plan file; tests swap lines in it. Line numbers matter to the assertions. */
export const planYaml = `owners:
  - id: ops
    name: { zh-cn: 运营, en: Ops }
goals:
  - id: csat-90
    kpi: csat
    title: { zh-cn: 满意度, en: CSAT }
    baseline: { value: 80, period: 2025-Q4 }
    target: 90
    deadline: 2026-12-31
    horizon: long
    owner: ops
phases:
  - id: research
    name: { zh-cn: 调研, en: Research }
    start: 2026-01-01
    end: 2026-06-30
    objective: { zh-cn: 调研, en: Research }
milestones:
  - id: design-done
    date: 2026-06-30
    phase: research
    label: { zh-cn: 设计完成, en: Design done }
tasks:
  - id: map
    title: { zh-cn: 流程图, en: Map }
    owner: ops
    phase: research
    start: 2026-01-05
    due: 2026-03-31
    status: done
    completed: 2026-03-20
    goals: [csat-90]
  - id: analyse
    title: { zh-cn: 分析, en: Analyse }
    owner: ops
    phase: research
    start: 2026-03-01
    due: 2026-04-15
    status: in-progress
    dependsOn: [map]
`;
