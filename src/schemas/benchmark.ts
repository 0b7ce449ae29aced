import { z } from 'astro/zod';
import { localizedText } from './localized.ts';

/** An industry reference value for one KPI (`data/benchmarks.json`). */
export const benchmarkSchema = z.strictObject({
  /** The KPI it applies to; must be in `data/kpis.json`. @example "frt-ticket" */
  kpi: z.string().min(1),
  /** The benchmark value, in the KPI's unit. @example 3 */
  value: z.number(),
  /** Where the figure comes from, per locale. */
  source: localizedText,
  /** Year the benchmark describes. @example 2025 */
  year: z.number().int().min(2000).max(2100),
});

/** Every benchmark; at most one per KPI (checked by the metrics validator). */
export const benchmarkListSchema = z.array(benchmarkSchema);

export type BenchmarkInput = z.input<typeof benchmarkSchema>;
export type Benchmark = z.output<typeof benchmarkSchema>;
