/**
 * Generates the sample site's help-desk export once: the reference team's email and web tickets
 * for 2024-Q4 … 2026-Q3, as Zendesk writes its CSV export (local times of the account's zone,
 * Asia/Shanghai, without offset), seeded so every run writes the same bytes. The story is
 * domain.md's: each quarter's volume, backlog, reopen, reassignment and repeat-contact rates and
 * mean first response in working days are drawn so that `npm run data:import` computes exactly
 * the figures below, which are the quarterly figures the reports told before the import existed.
 *
 *   node scripts/generate-sample-tickets.ts [--out data/exports/zendesk-tickets.csv.gz] [--seed 2024]
 *   node scripts/generate-sample-tickets.ts --tickets 1000000 --out /tmp/big.csv.gz   (benchmark size)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { calendarPeriodRange } from '../src/lib/periods.ts';
import { consoleOutput, parseCommandLine } from './lib/command-line.ts';
import { mulberry32 } from './lib/random.ts';

/**
 * The story, per quarter: what the team's ticket desk looked like. `tagged`: the share of the
 * quarter's tickets (in %) carrying each problem tag agents add (`repeat_issue`: the customer had
 * to explain again; `chaser`: the customer chased a reply; `handoff_delay`: stuck between groups),
 * from which the diagnosis takes those problems' frequency (data/problem-frequency.json bands).
 */
const story = [
  {
    quarter: '2024-Q4',
    volume: 6240,
    backlog: 1240,
    reopen: 9.8,
    reassigned: 14.2,
    repeat: 37.0,
    frtDays: 5.1,
    csat: 76.8,
    tagged: { repeat_issue: 7.5, chaser: 6.6, handoff_delay: 2.6 },
  },
  {
    quarter: '2025-Q1',
    volume: 5980,
    backlog: 1105,
    reopen: 9.5,
    reassigned: 13.8,
    repeat: 35.8,
    frtDays: 4.6,
    csat: 77.5,
    tagged: { repeat_issue: 7.0, chaser: 5.2, handoff_delay: 2.5 },
  },
  {
    quarter: '2025-Q2',
    volume: 6105,
    backlog: 980,
    reopen: 9.1,
    reassigned: 13.1,
    repeat: 34.1,
    frtDays: 4.3,
    csat: 79.0,
    tagged: { repeat_issue: 6.8, chaser: 4.6, handoff_delay: 2.3 },
  },
  {
    quarter: '2025-Q3',
    volume: 6420,
    backlog: 1032,
    reopen: 9.3,
    reassigned: 12.6,
    repeat: 34.6,
    frtDays: 4.4,
    csat: 79.1,
    tagged: { repeat_issue: 6.5, chaser: 4.8, handoff_delay: 2.2 },
  },
  {
    quarter: '2025-Q4',
    volume: 5890,
    backlog: 890,
    reopen: 8.7,
    reassigned: 12.0,
    repeat: 32.0,
    frtDays: 4.0,
    csat: 80.9,
    tagged: { repeat_issue: 5.0, chaser: 3.9, handoff_delay: 2.0 },
  },
  {
    quarter: '2026-Q1',
    volume: 6310,
    backlog: 845,
    reopen: 8.3,
    reassigned: 13.4,
    repeat: 30.2,
    frtDays: 3.9,
    csat: 81.2,
    tagged: { repeat_issue: 4.2, chaser: 2.8, handoff_delay: 2.4 },
  },
  {
    quarter: '2026-Q2',
    volume: 5720,
    backlog: 760,
    reopen: 7.9,
    reassigned: 12.2,
    repeat: 27.5,
    frtDays: 3.7,
    csat: 83.5,
    tagged: { repeat_issue: 2.6, chaser: 2.4, handoff_delay: 1.9 },
  },
  {
    quarter: '2026-Q3',
    volume: 5480,
    backlog: 702,
    reopen: 7.5,
    reassigned: 11.0,
    repeat: 25.1,
    frtDays: 3.5,
    csat: 84.8,
    tagged: { repeat_issue: 2.2, chaser: 2.1, handoff_delay: 1.2 },
  },
];
/** The day the export was taken. */
const exportDay = '2026-10-09';
const WORKING_DAY = 480;
const MIN = 60_000;
const DAY = 86_400_000;

const usage = `Usage: node scripts/generate-sample-tickets.ts [--out <file.csv.gz>] [--seed <n>] [--tickets <n>]`;
const args = parseCommandLine(
  process.argv.slice(2),
  { out: { type: 'string' }, seed: { type: 'string' }, tickets: { type: 'string' } },
  usage,
  consoleOutput,
);
if (typeof args === 'number') process.exit(args);
const out = resolve(args.values.out ?? 'data/exports/zendesk-tickets.csv.gz');
const seed = Number(args.values.seed ?? 2024) >>> 0;
const total = story.reduce((s, q) => s + q.volume, 0);
const scale = args.values.tickets ? Number(args.values.tickets) / total : 1;

// Its own stream for the problem tags, so adding them changed no other column.
const random = mulberry32(seed);
const tagRandom = mulberry32((seed ^ 0x9e3779b9) >>> 0);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const lognormal = (median: number, sigma: number) => {
  const u = Math.max(random(), 1e-9);
  const v = random();
  return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
};
/** k of the items, chosen without replacement. */
function sample<T>(items: readonly T[], k: number): Set<T> {
  const copy = [...items];
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return new Set(copy.slice(0, k));
}
/** The count whose share of `whole`, rounded to one decimal, is `percent`. */
const countFor = (percent: number, whole: number) => {
  let k = Math.round((percent * whole) / 100);
  while (Math.round((1000 * k) / whole) / 10 < percent) k++;
  while (Math.round((1000 * k) / whole) / 10 > percent) k--;
  return k;
};
// Wall-clock times of the account's zone, kept as UTC numbers: no conversion anywhere.
const wall = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fmt = (t: number) => new Date(t).toISOString().slice(0, 19).replace('T', ' ');

interface Ticket {
  created: number;
  solved: number | null;
  replyBusiness: number;
  replyCalendar: number;
  reopens: number;
  stations: number;
  requester: number;
  repeat: boolean;
  replies: number;
  rating: string;
  via: string;
  type: string;
  tags: string;
  backlog: boolean;
}

const tagsByType: Record<string, string[]> = {
  question: ['order_status', 'delivery_time', 'invoice', 'account_access', 'product_info'],
  incident: ['payment_failed', 'app_error', 'wrong_item', 'damaged_item'],
  problem: ['refund_delay', 'warranty_claim', 'billing_dispute'],
  task: ['address_change', 'cancel_order', 'return_pickup'],
};
const tickets: Ticket[] = [];
const quarters = story.map((q) => ({
  ...q,
  volume: Math.round(q.volume * scale),
  backlog: Math.round(q.backlog * scale),
}));
let requesters = 500_000;
const exportEnd = wall(exportDay) + 17 * 3_600_000;

quarters.forEach((q, qi) => {
  const { start, end } = calendarPeriodRange(q.quarter);
  const from = wall(start);
  const until = wall(end) + DAY; // first instant after the quarter
  const days = (until - from) / DAY;
  const mine: Ticket[] = [];
  for (let i = 0; i < q.volume; i++) {
    // Weekdays carry most of the mail; working hours most of the day's.
    let day: number;
    do day = Math.floor(random() * days);
    while (
      [5, 6].includes(
        new Date(from + day * DAY).getUTCDay() === 0
          ? 6
          : new Date(from + day * DAY).getUTCDay() - 1,
      ) &&
      random() < 0.6
    );
    const minute =
      random() < 0.8 ? 8 * 60 + Math.floor(random() * 11 * 60) : Math.floor(random() * 24 * 60);
    const type =
      random() < 0.5
        ? 'question'
        : random() < 0.5
          ? 'incident'
          : random() < 0.6
            ? 'problem'
            : 'task';
    mine.push({
      created: from + day * DAY + minute * MIN + Math.floor(random() * 60) * 1000,
      solved: null,
      replyBusiness: 0,
      replyCalendar: 0,
      reopens: 0,
      stations: 1,
      requester: 0,
      repeat: false,
      replies: random() < 0.7 ? 1 : 2 + Math.floor(random() * 3),
      rating: '',
      via: random() < 0.55 ? 'Email' : random() < 0.9 ? 'Web form' : 'API',
      type,
      tags: [pick(tagsByType[type]!), random() < 0.3 ? 'vip' : ''].filter(Boolean).join(' '),
      backlog: false,
    });
  }
  mine.sort((a, b) => a.created - b.created);
  // Backlog: tickets of the last four weeks still open when the quarter ends.
  const late = mine.filter((t) => t.created >= until - 28 * DAY);
  for (const t of sample(late, q.backlog)) t.backlog = true;
  const last = qi === quarters.length - 1;
  // Mean first response in working days: values drawn, then scaled to the exact total.
  const values = mine.map(() => lognormal(1, 0.9));
  const sum = values.reduce((s, v) => s + v, 0);
  const targetTotal = Math.round(q.frtDays * WORKING_DAY * mine.length);
  const business = values.map((v) => Math.max(1, Math.round((v / sum) * targetTotal)));
  business.sort((a, b) => b - a);
  // The longest replies go to the tickets with the most time before they must be solved.
  const room = (t: Ticket) =>
    (t.backlog ? (last ? exportEnd : until + 10 * DAY) : until) - t.created;
  const byRoom = [...mine].sort((a, b) => room(b) - room(a) || a.created - b.created);
  byRoom.forEach((t, i) => (t.replyBusiness = business[i]!));
  // A ticket cannot take a reply longer than its room allows; what is cut is shared out among
  // the tickets with room to spare, so the mean stays exact.
  const ratio = new Map(byRoom.map((t) => [t, 4.2 * (0.9 + random() * 0.2)]));
  const limit = (t: Ticket) => Math.max(1, Math.floor((room(t) * 0.6) / MIN / ratio.get(t)!));
  let excess = 0;
  for (const t of byRoom) {
    if (t.replyBusiness > limit(t)) {
      excess += t.replyBusiness - limit(t);
      t.replyBusiness = limit(t);
    }
  }
  while (excess > 0) {
    const open = byRoom.filter((t) => limit(t) > t.replyBusiness);
    if (open.length === 0) throw new Error(`${q.quarter}: no room for the first replies`);
    const headroom = open.reduce((s, t) => s + limit(t) - t.replyBusiness, 0);
    let given = 0;
    for (const t of open) {
      const add = Math.min(
        limit(t) - t.replyBusiness,
        Math.max(1, Math.floor((excess * (limit(t) - t.replyBusiness)) / headroom)),
        excess - given,
      );
      t.replyBusiness += add;
      given += add;
      if (given >= excess) break;
    }
    excess -= given;
  }
  for (const t of byRoom) t.replyCalendar = Math.round(t.replyBusiness * ratio.get(t)!);
  for (const t of mine) {
    const replied = t.created + t.replyCalendar * MIN;
    if (t.backlog) {
      t.solved = last ? null : until + Math.floor(random() * 20 * DAY) + DAY;
      if (t.solved !== null && t.solved <= replied) t.solved = replied + 3_600_000;
    } else {
      // A ticket opened in the quarter's last minute may have no time to spare: solved as replied.
      const spare = Math.max(0, until - 60_000 - replied);
      t.solved = replied + Math.floor(Math.min(spare, lognormal(20 * 3_600_000, 1)) * random());
    }
    if (random() < 0.35 && t.solved !== null) t.rating = random() * 100 < q.csat ? 'Good' : 'Bad';
    else t.rating = t.solved === null ? 'Unoffered' : 'Offered';
  }
  // Reassigned to a second group.
  for (const t of sample(mine, countFor(q.reassigned, mine.length)))
    t.stations = 2 + (random() < 0.2 ? 1 : 0);
  // Repeat contacts: the requester of a ticket from the six days before.
  const before = tickets.concat(mine);
  let latest = -1;
  const eligible = mine.filter((t) => {
    while (latest + 1 < before.length && before[latest + 1]!.created < t.created - 3_600_000)
      latest++;
    return latest >= 0 && before[latest]!.created >= t.created - 6 * DAY;
  });
  for (const t of sample(eligible, countFor(q.repeat, mine.length))) t.repeat = true;
  for (const t of mine) tickets.push(t);
});

// Reopens count among the tickets solved in each quarter.
quarters.forEach((q) => {
  const { start, end } = calendarPeriodRange(q.quarter);
  const solved = tickets.filter(
    (t) => t.solved !== null && t.solved >= wall(start) && t.solved < wall(end) + DAY,
  );
  for (const t of sample(solved, countFor(q.reopen, solved.length)))
    t.reopens = random() < 0.85 ? 1 : 2;
});

// Requesters: new ones, except repeat contacts, which reuse one from the six days before.
let anchor = 0;
tickets.forEach((t, i) => {
  if (!t.repeat) {
    t.requester = requesters++;
    return;
  }
  while (tickets[anchor]!.created < t.created - 6 * DAY) anchor++;
  let j = anchor + Math.floor(random() * Math.max(1, i - anchor));
  while (j > anchor && tickets[j]!.created >= t.created - 3_600_000) j--;
  t.requester = tickets[j]!.requester;
});

// Problem tags: agents tag a repeat contact where the customer had to explain again, a slow
// first reply the customer chased, and a reassigned ticket that stalled between groups.
quarters.forEach((q) => {
  const { start, end } = calendarPeriodRange(q.quarter);
  const mine = tickets.filter((t) => t.created >= wall(start) && t.created < wall(end) + DAY);
  const slowest = [...mine]
    .sort((a, b) => b.replyBusiness - a.replyBusiness || a.created - b.created)
    .slice(0, Math.ceil(mine.length * 0.4));
  const pools: Record<keyof typeof q.tagged, Ticket[]> = {
    repeat_issue: mine.filter((t) => t.repeat),
    chaser: slowest,
    handoff_delay: mine.filter((t) => t.stations >= 2),
  };
  for (const [tag, pool] of Object.entries(pools)) {
    const k = countFor(q.tagged[tag as keyof typeof q.tagged], mine.length);
    const chosen = [...pool];
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(tagRandom() * (chosen.length - i));
      [chosen[i], chosen[j]] = [chosen[j]!, chosen[i]!];
    }
    for (const t of chosen.slice(0, k)) t.tags = `${t.tags} ${tag}`;
  }
});

const header = [
  'Id',
  'Requester',
  'Requester id',
  'Group',
  'Subject',
  'Tags',
  'Status',
  'Priority',
  'Via',
  'Ticket type',
  'Created at',
  'Updated at',
  'Solved at',
  'Satisfaction Score',
  'Group stations',
  'Assignee stations',
  'Reopens',
  'Replies',
  'First reply time in minutes',
  'First reply time in minutes within business hours',
  'First resolution time in minutes',
  'First resolution time in minutes within business hours',
  'Full resolution time in minutes',
  'Full resolution time in minutes within business hours',
];
const groups = ['Orders', 'After-sales', 'Payments', 'Technical support'];
const subjects: Record<string, string> = {
  question: 'Question about my order',
  incident: 'Something went wrong',
  problem: 'Still not solved',
  task: 'Please change my order',
};
const lines = [header.join(',')];
tickets.forEach((t, i) => {
  const full = t.solved === null ? '' : String(Math.round((t.solved - t.created) / MIN));
  const fullBusiness =
    t.solved === null ? '' : String(Math.round((t.solved - t.created) / MIN / 4.2));
  const status =
    t.solved === null
      ? pick(['Open', 'Pending', 'On-hold'])
      : t.solved < exportEnd - 4 * DAY
        ? 'Closed'
        : 'Solved';
  const updated = Math.min(
    exportEnd,
    (t.solved ?? t.created + t.replyCalendar * MIN) + (t.solved ? 4 * DAY : 0),
  );
  lines.push(
    [
      100_001 + i,
      `Customer ${t.requester}`,
      t.requester,
      groups[i % groups.length],
      subjects[t.type],
      t.tags,
      status,
      pick(['Low', 'Normal', 'Normal', 'High']),
      t.via,
      t.type,
      fmt(t.created),
      fmt(updated),
      t.solved === null ? '' : fmt(t.solved),
      t.rating,
      t.stations,
      t.stations,
      t.reopens,
      t.replies,
      t.replyCalendar,
      t.replyBusiness,
      full,
      fullBusiness,
      full,
      fullBusiness,
    ].join(','),
  );
});
writeFileSync(out, gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
console.log(`${tickets.length} tickets → ${out}`);
