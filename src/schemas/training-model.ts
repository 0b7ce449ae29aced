import { z } from 'astro/zod';
import { localizedText } from './localized.ts';

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens');
const score = z.number().min(0).max(100);

/** A grade band: a score reaching `min` (and no higher band) earns this grade. */
export const gradeBandSchema = z.strictObject({
  /** Stable id; the snapshot's grade counts use `excellent`, `pass` and `fail`. @example "pass" */
  id: z.enum(['excellent', 'pass', 'fail']),
  /** Lowest score of the band, 0–100. @example 70 */
  min: score,
  /** The grade's name. @example { "zh-cn": "合格", "en": "Pass" } */
  label: localizedText,
  /** What follows the grade. */
  consequence: localizedText,
});

/** A skill and the industry standard it is measured against. */
export const skillDefSchema = z.strictObject({
  /** @example "empathy" */
  id,
  label: localizedText,
  /** The industry standard, 0–100. @example 80 */
  standard: score,
});

/** An assessment dimension and its weight in the overall score. */
export const dimensionSchema = z.strictObject({
  /** Also the column name in assessments.csv. @example "attitude" */
  id,
  label: localizedText,
  /** Weight, 0–1; all weights sum to 1. @example 0.3 */
  weight: z.number().gt(0).max(1),
});

/** A kind of assessment. */
export const assessmentKindSchema = z.strictObject({
  /** @example "spot-check" */
  id,
  label: localizedText,
  /** Its results give the quarter's grade counts (one kind only). */
  grades: z.boolean().default(false),
  /** Its pass rate is the training-exam pass rate (one kind only). */
  exam: z.boolean().default(false),
});

/** The competency model (`data/training/model.yaml`). */
export const trainingModelSchema = z.strictObject({
  /** Grade bands, highest first; the last starts at 0. */
  grades: z.array(gradeBandSchema).length(3),
  /** Skills vs standard. */
  skills: z.array(skillDefSchema).min(1),
  /** Assessment dimensions with weights summing to 1. */
  dimensions: z.array(dimensionSchema).min(1),
  /** Kinds of assessment. */
  kinds: z.array(assessmentKindSchema).min(1),
  /** Tiers and the share of staff (%) each should reach. */
  tiers: z
    .array(z.strictObject({ id: z.enum(['basic', 'advanced', 'expert']), plan: score }))
    .length(3),
  /** Training priorities, most urgent first. */
  priorities: z
    .array(z.strictObject({ id: z.enum(['red', 'yellow', 'green', 'blue']), label: localizedText }))
    .length(4),
  /** Days after a fail by which re-training is due. @example 30 */
  retrainWithinDays: z.number().int().positive(),
  /** The dashboard's window for expiring certifications, in days. @example 60 */
  expiringWithinDays: z.number().int().positive(),
});

export type TrainingModel = z.output<typeof trainingModelSchema>;
export type GradeId = TrainingModel['grades'][number]['id'];
export type Priority = TrainingModel['priorities'][number]['id'];
export type TierId = TrainingModel['tiers'][number]['id'];
