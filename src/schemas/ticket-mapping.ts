import { z } from 'astro/zod';
import { fieldKinds, sourceIds, ticketChannels } from '../lib/tickets/sources.ts';

const fieldNames = Object.keys(fieldKinds) as [
  keyof typeof fieldKinds,
  ...(keyof typeof fieldKinds)[],
];

/**
 * A mapping file for `npm run data:import -- --mapping <file>`: a generic CSV's columns, or a
 * vendor export whose columns were renamed. Everything not named keeps the base source's value.
 */
export const ticketMappingSchema = z.strictObject({
  /** The vendor definition this mapping starts from. @example zendesk */
  source: z.enum(sourceIds).default('csv'),
  /** The system's name as the report prints it. @example Our help desk */
  system: z.string().min(1).optional(),
  /** Time zone the system writes dates without offset in. @example Asia/Shanghai */
  tz: z.string().min(1).optional(),
  /** The CSV's field separator, when it is not a comma. @example ';' */
  delimiter: z.string().length(1).optional(),
  /** What separates tags in the tags cell: `' '` (any white space) or one character. @example ';' */
  tagSeparator: z.string().length(1).optional(),
  /** Order of slash dates: `dmy` (4/3/2026 = 4 March) or `mdy`. */
  dateOrder: z.enum(['dmy', 'mdy']).optional(),
  /** Export column for each ticket field. @example { id: Ticket no., created: Opened } */
  columns: z.partialRecord(z.enum(fieldNames), z.string().min(1)).default({}),
  /** Channel values (any case) → ticket, chat, phone, social or bot. */
  channels: z.record(z.string(), z.enum(ticketChannels)).optional(),
  /** The channel of every ticket when the export has no channel column. */
  defaultChannel: z.enum(ticketChannels).optional(),
  /** SLA cell values meaning met, breached, or no SLA. */
  sla: z
    .strictObject({
      met: z.array(z.string()),
      breached: z.array(z.string()),
      none: z.array(z.string()).default([]),
    })
    .optional(),
  /** Rating values: words (good / bad / unrated) or a numeric scale with the first satisfied score. */
  rating: z
    .union([
      z.strictObject({
        good: z.array(z.string()),
        bad: z.array(z.string()),
        unrated: z.array(z.string()).default([]),
      }),
      z.strictObject({ scale: z.tuple([z.number(), z.number()]), goodFrom: z.number() }),
    ])
    .optional(),
  /** Cell texts that mean "no value" besides an empty cell. @example ['?', 'N/A'] */
  missing: z.array(z.string()).optional(),
  /** One row per update: keep each ticket's last state (highest `version`, then latest `updated`). */
  eventLog: z.boolean().optional(),
});
export type TicketMapping = z.output<typeof ticketMappingSchema>;
