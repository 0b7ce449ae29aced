/**
 * What each help-desk system writes in its exports, column by column. A source definition maps the
 * export's own column names onto the fields of the normalised ticket; a YAML mapping file
 * (`mapping.ts`) builds the same structure for a generic CSV or renamed columns.
 */
import type { DateOrder } from './dates.ts';

export const sourceIds = ['zendesk', 'freshdesk', 'servicenow', 'jira', 'csv'] as const;
export type SourceId = (typeof sourceIds)[number];

/** Channels of the normalised table: the metrics model's own channel names. */
export const ticketChannels = ['ticket', 'chat', 'phone', 'social', 'bot'] as const;
export type TicketChannel = (typeof ticketChannels)[number];

/** How a field's text is read. */
export type FieldKind =
  'text' | 'datetime' | 'minutes' | 'hours' | 'hms' | 'jira-duration' | 'count' | 'stations';

/** The fields of a normalised ticket an export may supply, with how each is read. */
export const fieldKinds = {
  id: 'text',
  created: 'datetime',
  solved: 'datetime',
  firstReplyAt: 'datetime',
  updated: 'datetime',
  firstReplyMinutes: 'minutes',
  firstReplyBusinessMinutes: 'minutes',
  fullResolutionMinutes: 'minutes',
  fullResolutionBusinessMinutes: 'minutes',
  status: 'text',
  channel: 'text',
  requester: 'text',
  reopens: 'count',
  reassignments: 'count',
  groupStations: 'stations',
  sla: 'text',
  rating: 'text',
  replies: 'count',
  category: 'text',
  tags: 'text',
  version: 'count',
} as const satisfies Record<string, FieldKind>;
export type TicketField = keyof typeof fieldKinds;

export interface SourceDefinition {
  id: SourceId;
  /** The system's name as the report prints it. */
  system: string;
  /** Export column for each field the export has. */
  columns: Partial<Record<TicketField, string>>;
  /** How a field's text is read where it differs from {@link fieldKinds}. */
  kinds?: Partial<Record<TicketField, FieldKind>>;
  /** Channel values (lower case) → normalised channel. A value not listed is an error. */
  channels: Record<string, TicketChannel>;
  /** The channel of every ticket when the export has no channel column. */
  defaultChannel?: TicketChannel;
  /** SLA field values (lower case) meaning met / breached; anything else listed as `none` is no SLA. */
  sla?: { met: string[]; breached: string[]; none: string[] };
  /** Rating values (lower case): satisfied, dissatisfied, not rated; or a numeric scale. */
  rating?:
    | { good: string[]; bad: string[]; unrated: string[] }
    | { scale: [number, number]; goodFrom: number };
  /** Status values (lower case) that mean solved, when the export has no solved date. */
  solvedStatuses?: string[];
  /** Texts that mean "no value" (beside the empty cell). */
  missing: string[];
  /** The CSV's field separator, when it is not a comma. */
  delimiter?: string;
  /**
   * What separates one tag from the next in the tags cell: `' '` (any run of white space, as
   * Zendesk and Jira write labels) or one character such as `','` (Freshdesk). Default `','`.
   */
  tagSeparator?: string;
  /** One row per update (ServiceNow event logs): rows are reduced to each ticket's last state. */
  eventLog?: boolean;
  /** Slash dates' order when the system always writes one. */
  dateOrder?: DateOrder;
  /** Time zone the system writes naive dates in, when a mapping names it. */
  tz?: string;
  /** Which fields stand in for another KPI's concept, as labelled on the page. */
  proxies: { escalation?: string; fcr?: string };
}

export const zendesk: SourceDefinition = {
  id: 'zendesk',
  system: 'Zendesk',
  columns: {
    id: 'Id',
    created: 'Created at',
    solved: 'Solved at',
    updated: 'Updated at',
    status: 'Status',
    channel: 'Via',
    requester: 'Requester id',
    firstReplyMinutes: 'First reply time in minutes',
    firstReplyBusinessMinutes: 'First reply time in minutes within business hours',
    fullResolutionMinutes: 'Full resolution time in minutes',
    fullResolutionBusinessMinutes: 'Full resolution time in minutes within business hours',
    reopens: 'Reopens',
    groupStations: 'Group stations',
    rating: 'Satisfaction Score',
    replies: 'Replies',
    category: 'Ticket type',
    tags: 'Tags',
  },
  tagSeparator: ' ',
  channels: {
    email: 'ticket',
    'web form': 'ticket',
    web: 'ticket',
    'web service': 'ticket',
    api: 'ticket',
    'mail api': 'ticket',
    'closed ticket': 'ticket',
    'help center': 'ticket',
    chat: 'chat',
    'native messaging': 'chat',
    messaging: 'chat',
    'web widget': 'chat',
    voice: 'phone',
    phone: 'phone',
    'phone call (inbound)': 'phone',
    twitter: 'social',
    facebook: 'social',
    whatsapp: 'social',
    'answer bot': 'bot',
  },
  rating: {
    good: ['good', 'good with comment'],
    bad: ['bad', 'bad with comment'],
    unrated: ['offered', 'unoffered'],
  },
  missing: [],
  proxies: {
    escalation: 'reassigned: moved to a second group (Group stations ≥ 2)',
    fcr: 'one-touch: solved after one agent reply and never reopened',
  },
};

export const freshdesk: SourceDefinition = {
  id: 'freshdesk',
  system: 'Freshdesk',
  columns: {
    id: 'Ticket ID',
    created: 'Created time',
    solved: 'Resolved time',
    updated: 'Last update time',
    firstReplyAt: 'Initial response time',
    firstReplyBusinessMinutes: 'First response time (in hrs)',
    fullResolutionBusinessMinutes: 'Resolution time (in hrs)',
    status: 'Status',
    channel: 'Source',
    requester: 'Contact ID',
    sla: 'Resolution status',
    rating: 'Survey results',
    replies: 'Agent interactions',
    category: 'Type',
    tags: 'Tags',
  },
  tagSeparator: ',',
  // Freshdesk's "(in hrs)" fields count business hours of the SLA policy.
  kinds: { firstReplyBusinessMinutes: 'hours', fullResolutionBusinessMinutes: 'hours' },
  channels: {
    email: 'ticket',
    portal: 'ticket',
    'feedback widget': 'ticket',
    'outbound email': 'ticket',
    ecommerce: 'ticket',
    phone: 'phone',
    chat: 'chat',
    mobihelp: 'chat',
    forum: 'social',
    twitter: 'social',
    facebook: 'social',
    whatsapp: 'social',
    bot: 'bot',
  },
  sla: { met: ['within sla'], breached: ['sla violated'], none: [''] },
  rating: {
    good: ['extremely happy', 'happy'],
    bad: ['neutral', 'unhappy', 'extremely unhappy'],
    unrated: [''],
  },
  missing: [],
  proxies: { fcr: 'one-touch: solved after one agent interaction' },
};

export const servicenow: SourceDefinition = {
  id: 'servicenow',
  system: 'ServiceNow',
  columns: {
    id: 'number',
    created: 'opened_at',
    solved: 'resolved_at',
    updated: 'sys_updated_at',
    status: 'incident_state',
    channel: 'contact_type',
    requester: 'caller_id',
    reopens: 'reopen_count',
    reassignments: 'reassignment_count',
    sla: 'made_sla',
    category: 'category',
    version: 'sys_mod_count',
  },
  channels: {
    phone: 'phone',
    ivr: 'phone',
    email: 'ticket',
    'self service': 'ticket',
    'direct opening': 'ticket',
    web: 'ticket',
    chat: 'chat',
    'virtual agent': 'bot',
  },
  sla: { met: ['true'], breached: ['false'], none: [] },
  missing: ['?', 'NULL'],
  eventLog: true,
  proxies: { escalation: 'reassigned: reassignment_count ≥ 1' },
};

export const jira: SourceDefinition = {
  id: 'jira',
  system: 'Jira Service Management',
  columns: {
    id: 'Issue key',
    created: 'Created',
    solved: 'Resolved',
    updated: 'Updated',
    status: 'Status',
    requester: 'Reporter',
    firstReplyBusinessMinutes: 'Custom field (Time to first response)',
    fullResolutionBusinessMinutes: 'Custom field (Time to resolution)',
    rating: 'Satisfaction rating',
    category: 'Custom field (Request Type)',
    tags: 'Labels',
  },
  tagSeparator: ' ',
  kinds: {
    firstReplyBusinessMinutes: 'jira-duration',
    fullResolutionBusinessMinutes: 'jira-duration',
  },
  channels: {},
  defaultChannel: 'ticket',
  rating: { scale: [1, 5], goodFrom: 4 },
  missing: [],
  proxies: {},
};

/** A generic CSV has no columns of its own: its mapping file names them. */
export const genericCsv: SourceDefinition = {
  id: 'csv',
  system: 'CSV',
  columns: {},
  channels: {
    ticket: 'ticket',
    email: 'ticket',
    web: 'ticket',
    chat: 'chat',
    phone: 'phone',
    social: 'social',
    bot: 'bot',
  },
  missing: [],
  proxies: {},
};

export const sources: Record<SourceId, SourceDefinition> = {
  zendesk,
  freshdesk,
  servicenow,
  jira,
  csv: genericCsv,
};

/** The kind a field is read as under a source. */
export const kindOf = (source: SourceDefinition, field: TicketField): FieldKind =>
  source.kinds?.[field] ?? fieldKinds[field];
