import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildComputed, type ComputedInput } from '../../src/lib/tickets/computed.ts';
import { loadMapping } from '../../src/lib/tickets/mapping.ts';
import {
  dateOrderEvidence,
  resolveColumns,
  RowNormaliser,
  splitTags,
  type NormaliseOptions,
} from '../../src/lib/tickets/normalise.ts';
import {
  freshdesk,
  jira,
  servicenow,
  zendesk,
  type SourceDefinition,
} from '../../src/lib/tickets/sources.ts';

const options: NormaliseOptions = {
  file: 'exports/tickets.csv',
  tz: 'Asia/Shanghai',
  dateOrder: undefined,
  workingDayMinutes: 480,
};

/** A normaliser over a header, and a function that reads one row given as column → cell. */
function reader(source: SourceDefinition, header: string[], opts = options) {
  const { index } = resolveColumns(source, header);
  const n = new RowNormaliser(source, index, header, opts);
  let line = 1;
  const read = (cells: Record<string, string>) => {
    line += 1;
    return n.normalise(
      header.map((h) => cells[h] ?? ''),
      { row: line - 1, line },
    );
  };
  return { n, read };
}

const zendeskHeader = [
  'Id',
  'Created at',
  'Solved at',
  'Via',
  'Requester id',
  'First reply time in minutes',
  'Full resolution time in minutes',
  'Reopens',
  'Group stations',
  'Satisfaction Score',
  'Replies',
];

describe('export columns', () => {
  it('finds each field by its vendor column, ignoring a byte-order mark and spaces', () => {
    const { index, missing } = resolveColumns(zendesk, ['\uFEFFId', ' Created at ', 'Via', 'Via']);
    expect(index).toMatchObject({ id: 0, created: 1, channel: 2 });
    expect(missing.map((m) => m.column)).toContain('Solved at');
    expect(missing.map((m) => m.column)).not.toContain('Via');
  });

  it('learns the slash-date order from the first date that can only be read one way', () => {
    const { index } = resolveColumns(zendesk, zendeskHeader);
    expect(dateOrderEvidence(['1', '03/04/2026 10:00', '25/04/2026 10:00'], index)).toBe('dmy');
    expect(dateOrderEvidence(['1', '03/04/2026 10:00', ''], index)).toBeUndefined();
  });
});

describe('a Zendesk row', () => {
  it('becomes one ticket with local days, minutes, and good/bad satisfaction', () => {
    const { n, read } = reader(zendesk, zendeskHeader);
    const t = read({
      Id: '101',
      'Created at': '2026-03-31 23:30:00',
      'Solved at': '2026-04-01 09:30:00',
      Via: 'Web Form',
      'Requester id': '9',
      'First reply time in minutes': '45',
      'Full resolution time in minutes': '600',
      Reopens: '0',
      'Group stations': '2',
      'Satisfaction Score': 'Good with comment',
      Replies: '1',
    });
    expect(n.problems).toEqual([]);
    expect(t).toMatchObject({
      id: '101',
      channel: 'ticket',
      via: 'Web Form',
      firstReplyMinutes: 45,
      fullResolutionMinutes: 600,
      reopens: 0,
      reassignments: 1,
      satisfied: true,
      replies: 1,
      version: 0,
    });
    // 23:30 in Shanghai on 31 March is still 31 March there, though it is 15:30 UTC.
    expect(new Date(t!.createdDay * 86_400_000).toISOString().slice(0, 10)).toBe('2026-03-31');
    expect(new Date(t!.solvedDay! * 86_400_000).toISOString().slice(0, 10)).toBe('2026-04-01');
  });

  it('computes resolution minutes from the dates when the export leaves them out', () => {
    const { read } = reader(zendesk, ['Id', 'Created at', 'Solved at', 'Via']);
    const t = read({
      Id: '1',
      'Created at': '2026-01-05 09:00',
      'Solved at': '2026-01-05 11:30',
      Via: 'Chat',
    });
    expect(t).toMatchObject({ channel: 'chat', fullResolutionMinutes: 150, satisfied: null });
  });

  it('rejects a row with the file, line, column and value of each problem, and keeps counting', () => {
    const { n, read } = reader(zendesk, zendeskHeader);
    const bad = read({
      Id: '',
      'Created at': 'yesterday',
      Via: 'Carrier pigeon',
      'First reply time in minutes': 'ten',
      Reopens: '-1',
      'Group stations': '1.5',
      'Satisfaction Score': 'Superb',
    });
    expect(bad).toBeUndefined();
    const codes = n.problems.map((p) => `${p.code}@${p.line}:${p.column}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'tickets.required@2:1',
        'tickets.channel@2:4',
        'tickets.number@2:6',
        'tickets.negative@2:8',
        'tickets.number@2:9',
        'tickets.value@2:10',
      ]),
    );
    expect(codes.some((c) => c.startsWith('tickets.date-'))).toBe(true);
    expect(n.problems.every((p) => p.file === 'exports/tickets.csv')).toBe(true);
    const channel = n.problems.find((p) => p.code === 'tickets.channel')!;
    expect(channel.field).toBe('Via');
    expect(channel.params).toMatchObject({ row: 1, value: 'Carrier pigeon' });

    const good = read({ Id: '2', 'Created at': '2026-01-05 09:00', Via: 'Email' });
    expect(good).toMatchObject({ id: '2', solved: null, solvedDay: null });
  });

  it('refuses a ticket solved before it was created', () => {
    const { n, read } = reader(zendesk, zendeskHeader);
    expect(
      read({
        Id: '3',
        'Created at': '2026-01-05 09:00',
        'Solved at': '2026-01-04 09:00',
        Via: 'Email',
      }),
    ).toBeUndefined();
    expect(n.problems.map((p) => p.code)).toEqual(['tickets.before-created']);
  });

  it('needs a channel when the export has no channel column and the source names none', () => {
    const { n, read } = reader(zendesk, ['Id', 'Created at']);
    expect(read({ Id: '1', 'Created at': '2026-01-05 09:00' })).toBeUndefined();
    expect(n.problems.map((p) => p.code)).toEqual(['tickets.required']);
  });
});

describe('other vendors', () => {
  it('Freshdesk: first reply from the response time, business hours in h:mm, SLA and survey words', () => {
    const header = [
      'Ticket ID',
      'Created time',
      'Resolved time',
      'Initial response time',
      'First response time (in hrs)',
      'Resolution time (in hrs)',
      'Source',
      'Resolution status',
      'Survey results',
    ];
    const { n, read } = reader(freshdesk, header);
    const t = read({
      'Ticket ID': '7',
      'Created time': '2026-02-02 10:00:00',
      'Resolved time': '2026-02-03 10:00:00',
      'Initial response time': '2026-02-02 10:20:00',
      'First response time (in hrs)': '0:20:00',
      'Resolution time (in hrs)': '8.5',
      Source: 'Portal',
      'Resolution status': 'SLA Violated',
      'Survey results': 'Neutral',
    });
    expect(n.problems).toEqual([]);
    expect(t).toMatchObject({
      firstReplyMinutes: 20,
      firstReplyBusinessMinutes: 20,
      fullResolutionBusinessMinutes: 510,
      slaMet: false,
      satisfied: false,
    });
    expect(
      read({
        'Ticket ID': '8',
        'Created time': '2026-02-02 10:00:00',
        'Initial response time': '2026-02-02 09:00:00',
        Source: 'Email',
        'Resolution status': 'Maybe',
      }),
    ).toBeUndefined();
    expect(n.problems.map((p) => p.code)).toEqual(['tickets.value']);
  });

  it('ServiceNow: "?" and NULL are empty, made_sla true/false, the update number kept', () => {
    const header = [
      'number',
      'opened_at',
      'resolved_at',
      'contact_type',
      'reassignment_count',
      'made_sla',
      'sys_mod_count',
    ];
    const { n, read } = reader(servicenow, header, { ...options, dateOrder: 'dmy' });
    const t = read({
      number: 'INC0000045',
      opened_at: '29/2/2016 01:16',
      resolved_at: '?',
      contact_type: 'Phone',
      reassignment_count: '2',
      made_sla: 'true',
      sys_mod_count: '4',
    });
    expect(n.problems).toEqual([]);
    expect(t).toMatchObject({ solved: null, reassignments: 2, slaMet: true, version: 4 });
    expect(
      read({ number: 'INC1', opened_at: 'NULL', contact_type: 'Email', made_sla: 'true' }),
    ).toBeUndefined();
    expect(n.problems.map((p) => p.code)).toEqual(['tickets.required']);
  });

  it('Jira: every ticket is a ticket, durations like "1d 2h", ratings 1–5 with 4 and up satisfied', () => {
    const header = [
      'Issue key',
      'Created',
      'Custom field (Time to first response)',
      'Satisfaction rating',
    ];
    const { n, read } = reader(jira, header);
    expect(
      read({
        'Issue key': 'SD-1',
        Created: '2026-01-05 09:00',
        'Custom field (Time to first response)': '1d 2h',
        'Satisfaction rating': '4',
      }),
    ).toMatchObject({ channel: 'ticket', firstReplyBusinessMinutes: 600, satisfied: true });
    expect(
      read({ 'Issue key': 'SD-2', Created: '2026-01-05 09:00', 'Satisfaction rating': '9' }),
    ).toBeUndefined();
    expect(n.problems.map((p) => p.code)).toEqual(['tickets.value']);
  });
});

describe('tags', () => {
  it('split on the source’s separator, lower case, each once, sorted; none when the cell is empty', () => {
    expect(splitTags('vip  Repeat_issue\tchaser vip', ' ')).toEqual([
      'chaser',
      'repeat_issue',
      'vip',
    ]);
    expect(splitTags('Billing issue, VIP,,billing issue', ',')).toEqual(['billing issue', 'vip']);
    expect(splitTags(null, ' ')).toEqual([]);
    expect(splitTags('   ', ',')).toEqual([]);
  });

  it('reach the ticket from each vendor’s tags column', () => {
    const z = reader(zendesk, [...zendeskHeader, 'Tags']);
    expect(
      z.read({ Id: '1', 'Created at': '2026-03-02 10:00:00', Via: 'Email', Tags: 'vip chaser' })
        ?.tags,
    ).toEqual(['chaser', 'vip']);
    const f = reader(freshdesk, ['Ticket ID', 'Created time', 'Source', 'Tags']);
    expect(
      f.read({
        'Ticket ID': '2',
        'Created time': '2026-03-02 10:00:00',
        Source: 'Email',
        Tags: 'Refund delay,VIP',
      })?.tags,
    ).toEqual(['refund delay', 'vip']);
  });
});

describe('mapping files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-mapping-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const mapping = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return loadMapping(path, `data/${name}`);
  };

  it('build on their base source, lower-casing the words they list', () => {
    const { value, problems } = mapping(
      'ours.yaml',
      [
        'source: csv',
        'system: Our desk',
        'tz: Asia/Shanghai',
        'delimiter: ";"',
        'dateOrder: dmy',
        'eventLog: true',
        'defaultChannel: phone',
        'columns: { id: No., created: Opened }',
        'channels: { Hotline: phone }',
        'sla: { met: [Yes], breached: [No] }',
        'rating: { good: [Happy], bad: [Sad] }',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(value).toMatchObject({
      system: 'Our desk',
      tz: 'Asia/Shanghai',
      delimiter: ';',
      dateOrder: 'dmy',
      eventLog: true,
      defaultChannel: 'phone',
      columns: { id: 'No.', created: 'Opened' },
      channels: { hotline: 'phone' },
      sla: { met: ['yes'], breached: ['no'], none: [] },
      rating: { good: ['happy'], bad: ['sad'], unrated: [] },
    });
  });

  it('keep a vendor’s columns and channels when renaming only one column', () => {
    const { value } = mapping(
      'zd.yaml',
      'source: zendesk\ncolumns: { id: Ticket }\nrating: { scale: [1, 10], goodFrom: 9 }\n',
    );
    expect(value!.columns).toMatchObject({ id: 'Ticket', created: 'Created at' });
    expect(value!.channels['web form']).toBe('ticket');
    expect(value!.rating).toEqual({ scale: [1, 10], goodFrom: 9 });
  });

  it('name what is wrong: broken YAML, an unknown field, a generic CSV without id and created', () => {
    const broken = mapping('broken.yaml', 'columns: [\n');
    expect(broken.value).toBeUndefined();
    expect(broken.problems[0]).toMatchObject({ code: 'tickets.mapping', file: 'data/broken.yaml' });
    const unknown = mapping('unknown.yaml', 'columns: { ticket_id: Id }\n');
    expect(unknown.problems[0]!.field).toBe('columns');
    expect(String((unknown.problems[0]!.params as Record<string, unknown>)['reason'])).toMatch(
      /^columns: /,
    );
    const bare = mapping('bare.yaml', 'columns: { id: No. }\n');
    expect(bare.problems[0]).toMatchObject({ field: 'columns' });
    expect(String((bare.problems[0]!.params as Record<string, unknown>)['reason'])).toContain(
      '`created`',
    );
  });
});

describe('computed figures', () => {
  const input = (source: SourceDefinition): ComputedInput => ({
    source,
    files: [{ file: 'x.csv', sha256: 'ab', rows: 3, rejected: 0 }],
    tickets: 3,
    tz: 'Asia/Shanghai',
    dateOrder: undefined,
    firstDay: '2026-01-01',
    lastDay: '2026-02-10',
    exportedOn: '2026-02-10',
    repeatWindowDays: 7,
    workingDayMinutes: 480,
    engine: 'DuckDB test',
    fileNames: ['x.csv'],
    rows: {
      kpis: [
        {
          kind: 'month',
          period: '2026-02',
          scope: 'all',
          volume: 2,
          solved: 1,
          reopened: 1,
          reopen_known: 4,
          satisfied: 0,
          rated: 0,
        },
        { kind: 'month', period: '2026-01', scope: 'all', volume: 1, solved: 1 },
      ],
      quantiles: [
        {
          kind: 'month',
          period: '2026-01',
          scope: 'all',
          measure: 'first_reply',
          n: 1,
          mean: 90,
          median: 90,
          p90: 90,
        },
      ],
      backlog: [
        { kind: 'month', period: '2026-01', scope: 'all', backlog: 0 },
        { kind: 'month', period: '2026-02', scope: 'all', backlog: 1 },
      ],
      categories: [
        { period: '2026-01', category: 'billing', tickets: 1 },
        { period: '1999-01', category: 'lost', tickets: 5 },
      ],
      tags: [
        { period: '2026-01', tag: 'repeat_issue', tickets: 1 },
        { period: '1999-01', tag: 'lost', tickets: 5 },
      ],
    },
  });

  it('sort periods, turn minutes into hours, count rates only over known values', () => {
    const out = buildComputed(input(zendesk));
    expect(Object.keys(out.periods)).toEqual(['2026-01', '2026-02']);
    const jan = out.periods['2026-01']!;
    expect(jan).toMatchObject({ kind: 'month', start: '2026-01-01', end: '2026-01-31' });
    expect(jan.complete).toBe(true);
    expect(jan.scopes['all']!.firstReplyHours).toEqual({ n: 1, mean: 1.5, median: 1.5, p90: 1.5 });
    expect(jan.categories).toEqual([{ category: 'billing', tickets: 1 }]);
    expect(jan.tags).toEqual([{ tag: 'repeat_issue', tickets: 1 }]);
    expect(out.periods['2026-02']!.tags).toEqual([]);
    const feb = out.periods['2026-02']!;
    // February is not over on the export date: not complete, and no backlog at its end.
    expect(feb.complete).toBe(false);
    expect(feb.scopes['all']).toMatchObject({ backlog: null, reopenRate: 25, csat: null });
    expect(out.provenance).toMatchObject({ source: 'zendesk', tickets: 3, computedAt: '' });
    expect(out.proxies).toHaveProperty('escalation-rate');
    expect(out.proxies).toHaveProperty('fcr');
  });

  it('list what a source cannot say, by the columns it lacks', () => {
    const measures = (s: SourceDefinition) =>
      buildComputed(input(s)).unsupported.map((u) => u.measure);
    expect(measures(zendesk)).toEqual(['SLA attainment']);
    expect(measures(jira)).toEqual([
      'reopen rate',
      'reassignment (escalation proxy)',
      'SLA attainment',
      'one-touch resolution (first-contact proxy)',
    ]);
    expect(measures(jira)).not.toContain('CSAT');
    const reason = buildComputed(input(servicenow)).unsupported.find((u) => u.measure === 'CSAT');
    expect(reason!.reason).toBe('ServiceNow exports as read here have no “rating” column');
  });
});
