import { z } from 'astro/zod';

/** Front matter of a quarter's narrative (`content/reports/<locale>/<yyyy>-q<n>.mdx`). */
export const reportSchema = z.strictObject({
  /** Headline of the quarter, in the file's language. @example "首次响应提速，满意度稳步回升" */
  title: z.string().trim().min(1),
  /** One sentence for the reports list and search results; no figures (use the page). */
  summary: z.string().trim().min(1),
  /** Who wrote the narrative. @example "服务质量改进小组" */
  author: z.string().trim().min(1),
  /**
   * KPI ids the summary talks about beyond the headline ones; the reports index shows them as
   * tiles beside the headline figures. Checked against the catalog. @example [aht, ticket-closure-rate]
   */
  kpis: z.array(z.string().trim().min(1)).default([]),
});

export type ReportInput = z.input<typeof reportSchema>;
export type ReportData = z.output<typeof reportSchema>;
