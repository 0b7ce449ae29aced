import { z } from 'astro/zod';
import { localizedText } from './localized.ts';

/** How a KPI's values are measured; decides formatting, ranges and how changes are labelled. */
export const kpiUnits = [
  'percent',
  'seconds',
  'minutes',
  'hours',
  'working-days',
  'count',
  'score',
  'nps',
  'currency',
] as const;
/** Which way is better; `neutral` KPIs (e.g. volume) get no status. */
export const kpiDirections = ['higher', 'lower', 'neutral'] as const;

/** A calendar quarter, e.g. `2026-Q3`. */
export const periodSchema = z
  .string()
  .regex(/^\d{4}-Q[1-4]$/, 'expected a quarter written YYYY-Qn, e.g. 2026-Q3');

const kpiId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens');

/**
 * One KPI in the catalog (`data/kpis.json`): what the KPI is. Every figure on the site is formatted
 * from it. Targets and baselines are not here: they live in the plan's goals (`data/plan.yaml`).
 */
export const kpiSchema = z.strictObject({
  /** Stable id used as the key in snapshots, benchmarks and MDX components. @example "csat" */
  id: kpiId,
  /** Full name, per locale. @example { "zh-cn": "客户满意度", "en": "Customer satisfaction" } */
  label: localizedText,
  /** Short name for charts and table headers. @example { "zh-cn": "满意度", "en": "CSAT" } */
  short: localizedText,
  /** Unit of every value of this KPI. */
  unit: z.enum(kpiUnits),
  /** Which direction is an improvement. */
  better: z.enum(kpiDirections),
  /** How it is computed, per locale; shown beside the scorecard. */
  definition: localizedText,
  /**
   * Decimal places every value, change and target of this KPI is shown with (figures are
   * rounded, never truncated). Defaults by unit: 1 for percent, working days and minutes, 0 else.
   * @example 1
   */
  decimals: z.number().int().min(0).max(3).optional(),
  /**
   * How far short of the value due this quarter (on the plan's path to its goal) still counts as
   * "at risk" rather than "off track", in the KPI's unit. Defaults to 5 % of that value. @example 2
   */
  tolerance: z.number().nonnegative().optional(),
  /** Shown among the headline figures on the reports index. */
  headline: z.boolean().default(false),
});

/** The whole catalog; ids must be unique (checked with line numbers by the metrics validator). */
export const kpiCatalogSchema = z.array(kpiSchema).min(1);

export type KpiInput = z.input<typeof kpiSchema>;
export type Kpi = z.output<typeof kpiSchema>;
export type KpiUnit = (typeof kpiUnits)[number];
export type KpiDirection = (typeof kpiDirections)[number];
export type Period = z.output<typeof periodSchema>;
