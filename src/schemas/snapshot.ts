import { z } from 'astro/zod';
import { periodSchema } from './kpi.ts';
import { localizedText } from './localized.ts';

const percent = z.number().min(0).max(100);
const id = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens');

/**
 * Metric values keyed by KPI id; `null` means "not measured this quarter", never zero.
 * Ranges per unit (percent 0–100, NPS −100…100, durations ≥ 0) are checked against the catalog.
 * @example { "csat": 86.4, "nps": null }
 */
export const metricValuesSchema = z.record(z.string(), z.number().nullable());

/** Contact channels a breakdown can be given for. */
export const channels = ['chat', 'ticket', 'phone', 'email', 'bot', 'social'] as const;
/** The four problem families of the diagnosis. */
export const problemFamilies = [
  'response-efficiency',
  'problem-resolution',
  'service-attitude',
  'process-design',
] as const;
/** The four fishbone bones a root cause is traced to. */
export const bones = ['people', 'process', 'technology', 'resources'] as const;

/** One stage of the diagnostic funnel, the team against the industry. */
export const funnelStageSchema = z.strictObject({
  /** Stable id of the stage. @example "first-response-accuracy" */
  stage: id,
  /** Name of the stage, per locale. */
  label: localizedText,
  /** The team's share, 0–100. @example 68 */
  team: percent,
  /** The industry's share, 0–100. @example 78 */
  industry: percent,
});

/** One diagnosed problem, placed on the frequency × impact matrix. */
export const problemSchema = z.strictObject({
  /** Stable id. @example "repeat-explaining" */
  id,
  /** Short description, per locale. */
  label: localizedText,
  /** Which of the four problem families it belongs to. */
  family: z.enum(problemFamilies),
  /**
   * How often it happens, 1 (rare) – 5 (constant), as the diagnosis assessed it. Leave it out
   * when `tag` counts it from the ticket export instead.
   */
  frequency: z.number().int().min(1).max(5).optional(),
  /**
   * The help-desk tag agents put on tickets showing this problem: its frequency is then the share
   * of the quarter's tickets carrying it (from `npm run data:import`), banded 1–5 by
   * `data/problem-frequency.json`. Matched without regard to case. @example "repeat_issue"
   */
  tag: z.string().trim().min(1).optional(),
  /** How much it hurts the customer, 1 (little) – 5 (severe). */
  impact: z.number().int().min(1).max(5),
  /** The fishbone bone its root cause sits on. */
  bone: z.enum(bones),
});

/** Where a problem's frequency came from when the ticket export gave it. */
export interface FrequencyBasis {
  /** The tag counted (lower case). */
  tag: string;
  /** Tickets created in the quarter carrying it. */
  tickets: number;
  /** Tickets created in the quarter. */
  of: number;
  /** `tickets ÷ of`, in %. */
  share: number;
}

/** One assessed skill against the industry standard. */
export const skillSchema = z.strictObject({
  /** Stable id. @example "empathy" */
  id,
  /** Name of the skill, per locale. */
  label: localizedText,
  /** The team's average score, 0–100. @example 72 */
  score: percent,
  /** The industry standard, 0–100. @example 85 */
  standard: percent,
});

/** Training and assessment figures for the quarter. */
export const trainingSchema = z.strictObject({
  /** Staff trained in the quarter ÷ staff, 0–100. @example 62 */
  coverage: percent,
  /** Training sessions held. @example 24 */
  sessions: z.number().int().nonnegative(),
  /** Post-training exam pass rate, 0–100. @example 84 */
  passRate: percent,
  /** Assessment grades, as head counts. */
  grades: z.strictObject({
    /** Graded excellent (rewarded). */
    excellent: z.number().int().nonnegative(),
    /** Graded pass (feedback). */
    pass: z.number().int().nonnegative(),
    /** Graded fail (retraining). */
    fail: z.number().int().nonnegative(),
  }),
  /** Certifications awarded in the quarter. @example 9 */
  certifications: z.number().int().nonnegative(),
});

/** One quarter's measurements (`data/snapshots/<yyyy>-q<n>.json`). */
export const snapshotSchema = z.strictObject({
  /** The quarter; must match the file name. @example "2026-Q3" */
  period: periodSchema,
  /** KPI values for the whole service. */
  metrics: metricValuesSchema,
  /**
   * The same KPIs per channel, where they differ, e.g. first response in chat vs tickets.
   * @example { "chat": { "csat": 88 }, "ticket": { "csat": 83 } }
   */
  channels: z.partialRecord(z.enum(channels), metricValuesSchema).default({}),
  /** The diagnostic funnel, in order. */
  funnel: z.array(funnelStageSchema).default([]),
  /** Diagnosed problems. */
  problems: z.array(problemSchema).default([]),
  /** Shares of the service problems per fishbone bone, in %, summing to 100. */
  rootCauses: z
    .strictObject({
      /** People capability. */
      people: percent,
      /** Process design. */
      process: percent,
      /** Technology. */
      technology: percent,
      /** Resources (staffing, budget, time). */
      resources: percent,
    })
    .optional(),
  /** Skill scores vs the industry standard. */
  skills: z.array(skillSchema).default([]),
  /** Training and assessment; absent if not reported. */
  training: trainingSchema.optional(),
});

export type SnapshotInput = z.input<typeof snapshotSchema>;
/**
 * A diagnosed problem as the pages read it: every problem has a frequency once the metrics are
 * loaded (typed, or counted from its tag with `frequencyFrom` saying how).
 */
export type DiagnosedProblem = Omit<z.output<typeof problemSchema>, 'frequency'> & {
  frequency: number;
  frequencyFrom?: FrequencyBasis;
};
/**
 * One quarter's measurements as the pages read them. The file's problems may leave `frequency` to
 * their `tag` (`SnapshotFile`); loading fills it in or reports why it cannot.
 */
export type Snapshot = Omit<z.output<typeof snapshotSchema>, 'problems'> & {
  problems: DiagnosedProblem[];
};
/** One snapshot file as parsed, before tag-counted frequencies are filled in. */
export type SnapshotFile = z.output<typeof snapshotSchema>;
export type Channel = (typeof channels)[number];
export type ProblemFamily = (typeof problemFamilies)[number];
export type Bone = (typeof bones)[number];
