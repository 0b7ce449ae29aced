import { z } from 'astro/zod';

/** Mean, median and 90th percentile of a duration, in hours, over `n` tickets. */
export const durationSchema = z.strictObject({
  n: z.number().int().nonnegative(),
  mean: z.number().nonnegative(),
  median: z.number().nonnegative(),
  p90: z.number().nonnegative(),
});

/** What one period's tickets of one channel (or `all`) give. Rates are percent; null = the export cannot say. */
export const scopeFiguresSchema = z.strictObject({
  /** Tickets created in the period. */
  volume: z.number().int().nonnegative(),
  /** Tickets solved in the period. */
  solved: z.number().int().nonnegative(),
  /** Tickets open at the period's last day; null when that day lies beyond the export. */
  backlog: z.number().int().nonnegative().nullable(),
  /** Created → first agent reply, calendar hours. */
  firstReplyHours: durationSchema.nullable(),
  /** The same in business hours, from the system's own business-hours field. */
  firstReplyBusinessHours: durationSchema.nullable(),
  /** Created → solved (full resolution), calendar hours, over tickets solved in the period. */
  resolutionHours: durationSchema.nullable(),
  /** The same in business hours, from the system's own field. */
  resolutionBusinessHours: durationSchema.nullable(),
  /** Solved then reopened ÷ solved. */
  reopenRate: z.number().min(0).max(100).nullable(),
  /** Reassigned at least once ÷ created (the escalation proxy). */
  reassignmentRate: z.number().min(0).max(100).nullable(),
  /** SLA met ÷ (met + breached), from the system's SLA field. */
  slaAttainment: z.number().min(0).max(100).nullable(),
  /** Satisfied ratings ÷ rated tickets. */
  csat: z.number().min(0).max(100).nullable(),
  /** Solved after one agent reply, never reopened ÷ solved (the first-contact resolution proxy). */
  oneTouchRate: z.number().min(0).max(100).nullable(),
  /** Same requester again within the repeat window ÷ created. */
  repeatContactRate: z.number().min(0).max(100).nullable(),
});

export const periodFiguresSchema = z.strictObject({
  kind: z.enum(['month', 'week', 'quarter']),
  start: z.string(),
  end: z.string(),
  /** The export covers every day of the period. */
  complete: z.boolean(),
  scopes: z.record(z.string(), scopeFiguresSchema),
  /** Tickets per category (the export's ticket type or category), most first. */
  categories: z.array(z.strictObject({ category: z.string(), tickets: z.number().int() })),
  /**
   * Tickets per tag (lower case), most first, for months and quarters (empty for weeks): what a
   * problem's `tag` takes its frequency from.
   */
  tags: z.array(z.strictObject({ tag: z.string(), tickets: z.number().int() })),
});

/** `data/tickets/computed.json`: what `npm run data:import` computed, with its provenance. */
export const ticketFiguresSchema = z.strictObject({
  version: z.literal(1),
  provenance: z.strictObject({
    source: z.string(),
    system: z.string(),
    files: z.array(
      z.strictObject({
        file: z.string(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        rows: z.number().int(),
        rejected: z.number().int(),
      }),
    ),
    tickets: z.number().int(),
    timeZone: z.string(),
    dateOrder: z.string().optional(),
    firstDay: z.string(),
    lastDay: z.string(),
    exportedOn: z.string(),
    repeatWindowDays: z.number(),
    workingDayMinutes: z.number(),
    engine: z.string(),
    computedAt: z.string(),
  }),
  /** Measures the export cannot give, each with why. */
  unsupported: z.array(z.strictObject({ measure: z.string(), reason: z.string() })),
  /** Measures that stand in for a KPI's concept, and what they are. */
  proxies: z.record(z.string(), z.string()),
  periods: z.record(z.string(), periodFiguresSchema),
});
export type TicketFigures = z.output<typeof ticketFiguresSchema>;
export type PeriodFigures = z.output<typeof periodFiguresSchema>;
export type ScopeFigures = z.output<typeof scopeFiguresSchema>;
export type Duration = z.output<typeof durationSchema>;
