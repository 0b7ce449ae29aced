import type { Text } from './shared.ts';

type At = { row: number; column: string };
type Found = At & { value: string };

/** Problems of help-desk exports (`npm run data:import`) and of merging their figures. */
export const ticketsEn = {
  'tickets.date-unparseable': (p: Found) => [
    `row ${p.row}, column “${p.column}”: “${p.value}” is not a date`,
    'write it as the system exports it (e.g. 2026-03-04 09:15:00, 4/3/2026 09:15) or correct the cell',
  ],
  'tickets.date-invalid': (p: Found) => [
    `row ${p.row}, column “${p.column}”: “${p.value}” is not a real date or time`,
    'correct the day, month, hour or minute in this cell',
  ],
  'tickets.date-ambiguous': (p: Found) => [
    `row ${p.row}, column “${p.column}”: “${p.value}” can be read day first or month first, and no date in the file settles it`,
    'name the order: --date-order dmy (4 March) or --date-order mdy (3 April), or `dateOrder:` in the mapping file',
  ],
  'tickets.date-needs-tz': (p: Found) => [
    `row ${p.row}, column “${p.column}”: “${p.value}” has no time zone, and none was named`,
    'name the zone the system wrote it in: --tz Asia/Shanghai (or `tz:` in the mapping file); it is never guessed',
  ],
  'tickets.number': (p: Found) => [
    `row ${p.row}, column “${p.column}”: “${p.value}” is not a number this column can hold`,
    'write a number (minutes, hours or a count, as the column says), or leave the cell empty',
  ],
  'tickets.negative': (p: Found) => [
    `row ${p.row}, column “${p.column}”: the duration “${p.value}” is negative`,
    'correct the cell: a duration or count cannot be below zero',
  ],
  'tickets.required': (p: At) => [
    `row ${p.row}, column “${p.column}”: the cell is empty, and every ticket needs it`,
    'fill it in, or remove the row from the export',
  ],
  'tickets.channel': (p: Found & { known: string[] }) => [
    `row ${p.row}, column “${p.column}”: the channel “${p.value}” is not known`,
    `use one of: ${p.known.join(', ')}; or map it under \`channels:\` in a mapping file`,
  ],
  'tickets.value': (p: Found & { known: string[] }) => [
    `row ${p.row}, column “${p.column}”: “${p.value}” is not a value this column can hold`,
    `use one of: ${p.known.join(', ')}`,
  ],
  'tickets.before-created': (p: Found & { created: string }) => [
    `row ${p.row}, column “${p.column}”: “${p.value}” is before the ticket was created (${p.created}), a negative duration`,
    'correct either date; the import never reorders them for you',
  ],
  'tickets.duplicate-id': (p: Found & { firstRow: number }) => [
    `row ${p.row}, column “${p.column}”: ticket “${p.value}” already appears on row ${p.firstRow}`,
    'export each ticket once; for a ServiceNow event log use --source servicenow, which keeps each ticket’s last state',
  ],
  'tickets.missing-column': (p: { column: string; system: string; field: string }) => [
    `the export has no column “${p.column}”, which ${p.system} exports hold for ${p.field}`,
    'export the column, or name the column that holds it in a mapping file (--mapping)',
  ],
  'tickets.too-many-rejected': (p: { rejected: number; rows: number; limit: string }) => [
    `${p.rejected} of ${p.rows} rows were rejected, more than the limit of ${p.limit}; nothing was written`,
    'correct the rows listed above, or raise the limit with --max-rejected if they really are to be left out',
  ],
  'tickets.unreadable': (p: { reason: string }) => [
    `the export cannot be read: ${p.reason}`,
    'check that the file is a CSV (or .csv.gz) or a Zendesk JSON export, as the system wrote it',
  ],
  'tickets.unknown-tz': (p: { tz: string }) => [
    `“${p.tz}” is not a time zone`,
    'use an IANA name such as Asia/Shanghai, Europe/Berlin or UTC',
  ],
  'tickets.mapping': (p: { reason: string }) => [
    `the mapping file is not usable: ${p.reason}`,
    'see “Data import” in the README for the mapping file’s fields',
  ],
  'tickets.conflict': (p: {
    kpi: string;
    period: string;
    typed: number;
    computed: number;
    export: string;
  }) => [
    `${p.kpi} for ${p.period} is typed as ${p.typed} here, and computed as ${p.computed} from ${p.export}`,
    `remove the typed value (the export is the source), or drop the export's figure by importing without it`,
  ],
  'tickets.problem-no-export': (p: { tag: string; period: string }) => [
    `the frequency for ${p.period} is to be counted from tickets tagged “${p.tag}”, but there are no imported ticket figures (data/tickets/computed.json)`,
    'import the help-desk export first (npm run data:import, see “Data import” in the README), or type `frequency` instead of `tag`',
  ],
  'tickets.problem-no-bands': (p: { tag: string; file: string }) => [
    `the frequency is to be counted from tickets tagged “${p.tag}”, but ${p.file}, which turns a share of tickets into 1–5, does not exist`,
    `create ${p.file} with the lowest share (%) for 2, 3, 4 and 5, e.g. { "bands": [0.5, 1.5, 3, 6] }`,
  ],
  'tickets.problem-period': (p: { tag: string; period: string; first: string; last: string }) => [
    `the ticket export does not cover all of ${p.period} (it runs from ${p.first} to ${p.last}), so tickets tagged “${p.tag}” cannot give this quarter's frequency`,
    'import an export that covers the whole quarter, or type `frequency` for this quarter',
  ],
  'tickets.problem-tag-unknown': (p: { tag: string; export: string; suggestion?: string }) => [
    `no ticket in ${p.export} carries the tag “${p.tag}”`,
    p.suggestion
      ? `did you mean “${p.suggestion}”? Write the tag as the help desk spells it`
      : 'write the tag as the help desk spells it (the import lists the tags it found in data/tickets/computed.json)',
  ],
} satisfies Record<string, (p: never) => Text>;
