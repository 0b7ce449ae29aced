/** Mapping files (YAML): a generic CSV's columns, or a vendor export with renamed columns. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { problem, type Problem } from '../diagnostics/problem.ts';
import { ticketMappingSchema } from '../../schemas/ticket-mapping.ts';
import { sources, type SourceDefinition } from './sources.ts';

const lower = (list: string[]) => list.map((v) => v.toLowerCase());

/** The source definition a mapping file describes, built on its base source. */
export function loadMapping(
  path: string,
  file: string,
): { value: SourceDefinition | undefined; problems: Problem[] } {
  const fail = (reason: string, field = '') => ({
    value: undefined,
    problems: [
      problem('error', file, { line: 1, column: 1 }, field, 'tickets.mapping', { reason }),
    ],
  });
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
  const parsed = ticketMappingSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(`${issue.path.join('.') || '(top level)'}: ${issue.message}`, issue.path.join('.'));
  }
  const m = parsed.data;
  const base = sources[m.source];
  const channels = m.channels
    ? Object.fromEntries(Object.entries(m.channels).map(([k, v]) => [k.toLowerCase(), v]))
    : base.channels;
  const definition: SourceDefinition = {
    ...base,
    system: m.system ?? base.system,
    columns: { ...base.columns, ...m.columns },
    channels,
    missing: m.missing ?? base.missing,
  };
  if (m.defaultChannel) definition.defaultChannel = m.defaultChannel;
  if (m.tz) definition.tz = m.tz;
  if (m.delimiter) definition.delimiter = m.delimiter;
  if (m.tagSeparator) definition.tagSeparator = m.tagSeparator;
  if (m.dateOrder) definition.dateOrder = m.dateOrder;
  if (m.eventLog !== undefined) definition.eventLog = m.eventLog;
  if (m.sla)
    definition.sla = {
      met: lower(m.sla.met),
      breached: lower(m.sla.breached),
      none: lower(m.sla.none),
    };
  if (m.rating)
    definition.rating =
      'scale' in m.rating
        ? m.rating
        : {
            good: lower(m.rating.good),
            bad: lower(m.rating.bad),
            unrated: lower(m.rating.unrated),
          };
  if (!definition.columns.id || !definition.columns.created)
    return fail('`columns` must name at least `id` and `created`', 'columns');
  return { value: definition, problems: [] };
}
