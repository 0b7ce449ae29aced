import { z } from 'astro/zod';
import { localizedText } from './localized.ts';

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
const id = z.string().regex(idPattern, 'use lowercase letters, digits and hyphens');

const isRealDate = (value: string) => {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
};

/** A calendar day written `YYYY-MM-DD`. @example 2026-06-30 */
export const planDate = z
  .string()
  .refine(
    (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value),
    'is not a real date written YYYY-MM-DD',
  );

/** A reporting period: a quarter `YYYY-Qn` or a whole year `YYYY`. @example 2025-Q4 */
export const planPeriod = z
  .string()
  .regex(/^\d{4}(-Q[1-4])?$/, 'is not a quarter written YYYY-Qn or a year written YYYY');

export const horizons = ['short', 'mid', 'long'] as const;
export const taskStatuses = ['planned', 'in-progress', 'done', 'blocked'] as const;

/** A person or team that owns goals and tasks; its id is the owner filter's URL segment. */
export const ownerSchema = z.strictObject({
  /** Used by goals and tasks in `owner`. @example service-ops */
  id,
  /** Shown on the page, per locale. @example { "zh-cn": "客服运营部", "en": "Service operations" } */
  name: localizedText,
});

/** A workstream that cuts across phases (technology, collaboration platform, …). */
export const trackSchema = z.strictObject({
  /** Used by tasks in `track`. @example technology */
  id,
  /** Shown on the page, per locale. */
  name: localizedText,
});

/** A SMART goal: one KPI moving from a measured baseline to a target by a deadline. */
export const goalSchema = z.strictObject({
  /** Unique among goals; tasks list it in `goals`. @example csat-90 */
  id,
  /** A KPI id from `data/kpis.json`. @example csat */
  kpi: z.string().min(1),
  /** What the goal means in a sentence, per locale. */
  title: localizedText,
  /**
   * Where the KPI stood when the goal was set: a period with a snapshot. The value is read from
   * that snapshot; a `value` typed here must equal it (the check names both files otherwise).
   */
  baseline: z.strictObject({
    /** Optional copy of the snapshot's value, in the KPI's unit. @example 80 */
    value: z.number().optional(),
    /** The period it was measured in. @example 2025-Q4 */
    period: planPeriod,
  }),
  /** The value to reach, in the KPI's unit. @example 90 */
  target: z.number(),
  /** The day the target should be met by. @example 2026-12-31 */
  deadline: planDate,
  /** short = 1–3 months, mid = 3–6 months, long = 6–12 months from the baseline. */
  horizon: z.enum(horizons),
  /** An owner id. @example service-ops */
  owner: z.string().min(1),
});

/** A stretch of the plan with an objective. */
export const phaseSchema = z.strictObject({
  /** Unique among phases; tasks and milestones name it in `phase`. @example pilot */
  id,
  /** Shown on the timeline, per locale. */
  name: localizedText,
  /** First day. @example 2026-07-01 */
  start: planDate,
  /** Last day (on or after `start`). @example 2026-09-30 */
  end: planDate,
  /** What the phase must achieve, per locale. */
  objective: localizedText,
});

/** A dated checkpoint on the timeline. */
export const milestoneSchema = z.strictObject({
  /** Unique among milestones. @example pilot-live */
  id,
  /** The day. @example 2026-07-15 */
  date: planDate,
  /** The phase it belongs to. @example pilot */
  phase: z.string().min(1),
  /** Shown beside the timeline, per locale. */
  label: localizedText,
  /**
   * Task ids that make the milestone: it is met when all are done by its date, met late when
   * they were done after it, missed when its date has passed with any still open.
   * @example [returns-pilot]
   */
  tasks: z.array(z.string().min(1)).default([]),
});

/** One owned piece of work. */
export const taskSchema = z.strictObject({
  /** Unique among tasks; other tasks name it in `dependsOn`. @example kb-core-load */
  id,
  /** What is done, per locale. */
  title: localizedText,
  /** An owner id. @example it */
  owner: z.string().min(1),
  /** The phase it belongs to. @example research */
  phase: z.string().min(1),
  /** Optional workstream id. @example technology */
  track: z.string().min(1).optional(),
  /** First day of work. @example 2026-01-05 */
  start: planDate,
  /** Due day (on or after `start`); overdue when past and not done. @example 2026-03-31 */
  due: planDate,
  /** planned | in-progress | done | blocked */
  status: z.enum(taskStatuses),
  /** The day it was finished; lets a report show the task's status as of a past date. */
  completed: planDate.optional(),
  /** Goal ids this task serves. @example [csat-90] */
  goals: z.array(z.string().min(1)).default([]),
  /** Task ids that must finish first. @example [kb-core-load] */
  dependsOn: z.array(z.string().min(1)).default([]),
});

/** The improvement plan: `data/plan.yaml`. */
export const planSchema = z.strictObject({
  /** People and teams that own goals and tasks. */
  owners: z.array(ownerSchema).min(1),
  /** Workstreams that cut across phases. */
  tracks: z.array(trackSchema).default([]),
  /** SMART goals tied to KPIs. */
  goals: z.array(goalSchema),
  /** Phases on the timeline, in order. */
  phases: z.array(phaseSchema).min(1),
  /** Dated checkpoints. */
  milestones: z.array(milestoneSchema).default([]),
  /** The action plan. */
  tasks: z.array(taskSchema),
});

export type Owner = z.output<typeof ownerSchema>;
export type Track = z.output<typeof trackSchema>;
export type Goal = z.output<typeof goalSchema>;
export type Phase = z.output<typeof phaseSchema>;
export type Milestone = z.output<typeof milestoneSchema>;
export type Task = z.output<typeof taskSchema>;
export type TaskStatus = Task['status'];
export type Horizon = Goal['horizon'];
export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
