/**
 * Generates the sample learning-platform exports in data/training/ for the reference team of
 * docs' domain story: 140 people (120 front-line agents in four groups, 20 technical support), over
 * 80 % hired less than two years before the end of 2024, tiers 100 / 80 / 20 %, expert mentors for
 * the newest agents, and from 2024-Q4 to 2026-Q3 the quarter-by-quarter climb the reports tell
 * (training coverage 45 % → 74 %, exam pass rate 70 % → 86.5 %, fails 26 → 7, empathy 61 → 70.5).
 * Seeded: the same run writes the same bytes. Run once with `node scripts/generate-training-records.ts`;
 * the build computes every training figure of the reports from the files it writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mulberry32 } from './lib/random.ts';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, process.argv[2] ?? 'data/training');

const random = mulberry32(20241001);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
function shuffle<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const day = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

type Tier = 'basic' | 'advanced' | 'expert';
const tierRank: Record<Tier, number> = { basic: 0, advanced: 1, expert: 2 };

/** The curriculum's modules (content/training/<locale>/<tier>/<id>.md), by tier. */
const modules: Record<Tier, string[]> = {
  basic: ['basic-empathy-wording', 'basic-calming-angry-customers', 'basic-know-the-customer'],
  advanced: [
    'advanced-complaint-three-steps',
    'advanced-returns-after-sales',
    'advanced-ai-assistant',
  ],
  expert: ['expert-fraud-identity', 'expert-personal-data', 'expert-billing-disputes'],
};
const sessionHours: Record<Tier, number[]> = { basic: [2], advanced: [3, 3.5], expert: [1.5, 2] };

/**
 * The story, quarter by quarter: what the computed figures come to. The reports show these values
 * because the build computes them from the rows written below, not because they are typed anywhere.
 */
const quarters = [
  {
    q: '2024-Q4',
    coverage: 45,
    sessions: 22,
    passRate: 70,
    grades: [18, 96, 26],
    certs: 4,
    skills: [72, 65, 70, 61],
  },
  {
    q: '2025-Q1',
    coverage: 49,
    sessions: 24,
    passRate: 72,
    grades: [20, 98, 22],
    certs: 6,
    skills: [72.5, 66, 70.5, 61.5],
  },
  {
    q: '2025-Q2',
    coverage: 54,
    sessions: 25,
    passRate: 75,
    grades: [22, 100, 18],
    certs: 7,
    skills: [74, 67.5, 71, 62],
  },
  {
    q: '2025-Q3',
    coverage: 58,
    sessions: 26,
    passRate: 74,
    grades: [21, 99, 20],
    certs: 6,
    skills: [74.5, 68, 71.5, 63],
  },
  {
    q: '2025-Q4',
    coverage: 62,
    sessions: 25,
    passRate: 78,
    grades: [25, 100, 15],
    certs: 9,
    skills: [76, 70, 72.5, 64.5],
  },
  {
    q: '2026-Q1',
    coverage: 66,
    sessions: 27,
    passRate: 81,
    grades: [28, 100, 12],
    certs: 11,
    skills: [77, 72, 73.5, 66],
  },
  {
    q: '2026-Q2',
    coverage: 71,
    sessions: 26,
    passRate: 84,
    grades: [32, 98, 10],
    certs: 12,
    skills: [79, 74.5, 75, 68.5],
  },
  {
    q: '2026-Q3',
    coverage: 74,
    sessions: 28,
    passRate: 86.5,
    grades: [36, 97, 7],
    certs: 14,
    skills: [80.5, 76, 76.5, 70.5],
  },
] as const;
const skillIds = ['communication', 'product-knowledge', 'emotion-management', 'empathy'];
const STAFF = 140;

// ── Roster ───────────────────────────────────────────────────────────────────────────────────────
const family = [
  ...'林陈黄张李王吴刘蔡杨许郑谢洪郭邱曾廖赖徐周叶苏庄吕江何萧罗高潘简朱钟彭游詹胡施沈余卢梁赵颜柯翁魏孙戴范方宋',
];
const given = [
  '晓雨',
  '子涵',
  '思远',
  '嘉怡',
  '欣然',
  '俊杰',
  '梓萱',
  '浩宇',
  '雅婷',
  '志明',
  '佳琪',
  '宇轩',
  '若彤',
  '文博',
  '诗雯',
  '睿泽',
  '可馨',
  '一诺',
  '书瑶',
  '乐天',
  '雨桐',
  '明哲',
  '安琪',
  '沐辰',
  '语嫣',
  '建华',
  '丽娟',
  '海燕',
  '国强',
  '秀英',
  '振宇',
  '慧敏',
  '立新',
  '晓峰',
  '美玲',
  '嘉豪',
  '婉清',
  '博文',
  '静怡',
  '天佑',
];
interface Person {
  id: string;
  name: string;
  team: string;
  hired: string;
  tier: Tier;
  mentor: string;
}
const names = new Set<string>();
const people: Person[] = [];
for (let i = 0; i < STAFF; i++) {
  let name = '';
  do name = pick(family) + pick(given);
  while (names.has(name));
  names.add(name);
  const team = i < 120 ? `L1-${'ABCD'[Math.floor(i / 30)]}` : 'TECH';
  // 115 of 140 (82 %) hired in 2023–2024, under two years' tenure at the end of 2024.
  const hired =
    i % 28 < 23
      ? day(int(2023, 2024), int(1, 9), int(1, 28))
      : day(int(2016, 2022), int(1, 12), int(1, 28));
  people.push({ id: `AG${1001 + i}`, name, team, hired, tier: 'basic', mentor: '' });
}
// Tiers: the 28 longest-serving are the expert core (20 %), the next 84 advanced (80 % in all).
const bySeniority = [...people].sort(
  (a, b) => a.hired.localeCompare(b.hired) || a.id.localeCompare(b.id),
);
bySeniority.forEach((p, i) => (p.tier = i < 28 ? 'expert' : i < 112 ? 'advanced' : 'basic'));
const experts = bySeniority.slice(0, 28);
// Agents hired in 2024 get an expert mentor, round robin.
people
  .filter((p) => p.hired >= '2024-01-01')
  .forEach((p, i) => (p.mentor = experts[i % experts.length]!.id));

// ── Quarters ─────────────────────────────────────────────────────────────────────────────────────
const attendance: string[] = [];
const assessments: string[] = [];
const certifications: string[] = [];
const certified = new Set<string>();
let retrainees: { id: string; date: string }[] = [];

const dims = (score: number) => {
  // Weighted mean exactly `score`: attitude ±a and problem solving ∓a cancel (equal weights),
  // communication +3 and follow-up −5 cancel (0.25 × 3 = 0.15 × 5).
  const a = int(-3, 3);
  const c = score >= 97 ? 0 : 3;
  const f = score >= 97 ? 0 : 5;
  return [score + a, score - a, score + c, score - f].map((v) => Math.max(0, Math.min(100, v)));
};
const assessment = (
  id: string,
  date: string,
  kind: string,
  score: number,
  skills: (number | '')[],
) => assessments.push([id, date, kind, ...dims(score), ...skills].join(','));

/** Integer scores around `mean`, adjusted so they average exactly `mean` over `count` people. */
function exactScores(mean: number, count: number): number[] {
  const scores = Array.from({ length: count }, () =>
    Math.max(40, Math.min(100, Math.round(mean + (random() + random() + random() - 1.5) * 12))),
  );
  let diff = Math.round(mean * count) - scores.reduce((s, v) => s + v, 0);
  while (diff !== 0) {
    const i = int(0, count - 1);
    const step = Math.sign(diff);
    const next = scores[i]! + step;
    if (next < 40 || next > 100) continue;
    scores[i] = next;
    diff -= step;
  }
  return scores;
}

function trainedCount(coverage: number): number {
  for (let k = 0; k <= STAFF; k++) if (Math.round((100 * k) / STAFF) === coverage) return k;
  throw new Error(`no head count gives ${coverage} %`);
}
function examCount(passRate: number, most: number): [number, number] {
  for (let n = most; n > 0; n--) {
    const p = Math.round((passRate * n) / 100);
    if (Math.round((1000 * p) / n) / 10 === passRate) return [n, p];
  }
  throw new Error(`no exam count gives ${passRate} %`);
}

function runQuarter(q: string, target: (typeof quarters)[number] | undefined, lastDay: string) {
  const year = Number(q.slice(0, 4));
  const first = (Number(q.slice(6)) - 1) * 3 + 1;
  const n = target?.sessions ?? 14;
  // Sessions: the first two on the 5th of the quarter's first month (basic refreshers, where the
  // previous quarter's fails are retrained), the rest spread over the quarter.
  const sessions = Array.from({ length: n }, (_, i) => {
    const tier: Tier =
      i < 2 ? 'basic' : random() < 0.5 ? 'basic' : random() < 0.7 ? 'advanced' : 'expert';
    let date = i < 2 ? day(year, first, 5) : day(year, first + int(0, 2), int(3, 25));
    if (date > lastDay) date = addDays(lastDay, -int(1, 20));
    return {
      id: `${q.replace('-', '').toLowerCase()}-s${pad(i + 1)}`,
      tier,
      module: pick(modules[tier]),
      date,
      hours: pick(sessionHours[tier]),
      seats: [] as string[],
    };
  }).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const k = target ? trainedCount(target.coverage) : Math.round(STAFF * 0.35);
  // Most of last quarter's fails are retrained within 30 days; one each quarter slips.
  const retrain = retrainees.slice(0, Math.max(0, retrainees.length - 1));
  const chosen = new Set(retrain.map((r) => r.id));
  for (const p of shuffle(people)) if (chosen.size < k && !chosen.has(p.id)) chosen.add(p.id);
  const refresher = sessions.filter((s) => s.date === day(year, first, 5));
  for (const r of retrain) pick(refresher).seats.push(r.id);
  for (const id of chosen) {
    const person = people.find((p) => p.id === id)!;
    const fits = sessions.filter(
      (s) => tierRank[s.tier] <= tierRank[person.tier] && !s.seats.includes(id),
    );
    const count = retrain.some((r) => r.id === id) ? int(0, 1) : int(1, 2);
    for (const s of shuffle(fits).slice(0, count)) s.seats.push(id);
    if (!sessions.some((s) => s.seats.includes(id))) pick(fits).seats.push(id);
  }
  for (const s of sessions)
    if (!s.seats.length)
      s.seats.push(
        pick(
          [...chosen].filter(
            (id) => tierRank[people.find((p) => p.id === id)!.tier] >= tierRank[s.tier],
          ),
        ),
      );
  for (const s of sessions)
    for (const id of s.seats.sort())
      attendance.push([id, s.id, s.module, s.date, s.hours].join(','));
  // Post-training exam: two days after the agent's first session of the quarter.
  const firstSession = new Map<string, string>();
  for (const s of sessions)
    for (const id of s.seats)
      if (!firstSession.has(id) || s.date < firstSession.get(id)!) firstSession.set(id, s.date);
  const [sat, passed] = target
    ? examCount(target.passRate, chosen.size)
    : [Math.round(k * 0.6), Math.round(k * 0.53)];
  shuffle([...chosen])
    .slice(0, sat)
    .forEach((id, i) => {
      const date = addDays(firstSession.get(id)!, 2);
      assessment(
        id,
        date > lastDay ? lastDay : date,
        'post-training',
        i < passed ? int(70, 97) : int(48, 69),
        ['', '', '', ''],
      );
    });
  // Spot checks and mystery-shopper calls through the quarter.
  for (let i = 0; i < 12; i++) {
    const date = day(year, first + int(0, 2), int(1, 28));
    assessment(
      pick(people).id,
      date > lastDay ? lastDay : date,
      i < 8 ? 'spot-check' : 'mystery-shopper',
      int(60, 95),
      ['', '', '', ''],
    );
  }
  if (!target) return;
  // Quarterly assessment of everyone in the quarter's last month; experts grade best.
  const [excellent, pass] = target.grades;
  const ranked = [...people].sort(
    (a, b) => tierRank[b.tier] - tierRank[a.tier] + (random() - 0.5) * 2.2,
  );
  const skills = target.skills.map((mean) => exactScores(mean, STAFF));
  retrainees = [];
  ranked.forEach((p, i) => {
    const score = i < excellent ? int(90, 97) : i < excellent + pass ? int(70, 89) : int(50, 69);
    const date = day(year, first + 2, int(10, 25));
    assessment(
      p.id,
      date,
      'quarterly',
      score,
      skills.map((s) => s[i]!),
    );
    if (score < 70) retrainees.push({ id: p.id, date });
  });
  // Certifications, from the most senior not yet certified; valid for two years.
  const candidates = bySeniority.filter((p) => !certified.has(p.id));
  for (const p of candidates.slice(0, target.certs)) {
    certified.add(p.id);
    const issued = day(year, first + int(1, 2), int(1, 28));
    certifications.push([p.id, p.tier, issued, addDays(issued, 730)].join(','));
  }
}

for (const t of quarters)
  runQuarter(t.q, t, `${t.q.slice(0, 4)}-${pad(Number(t.q.slice(6)) * 3)}-30`);
// The quarter under way at the sample build date (2026-11-23): sessions and exams so far.
runQuarter('2026-Q4', undefined, '2026-11-20');

const sortRows = (rows: string[]) =>
  rows.sort((a, b) => {
    const [ia, ...ra] = a.split(',');
    const [ib, ...rb] = b.split(',');
    const da = ra.find((c) => /^\d{4}-/.test(c)) ?? '';
    const db = rb.find((c) => /^\d{4}-/.test(c)) ?? '';
    return da.localeCompare(db) || ia!.localeCompare(ib!) || a.localeCompare(b);
  });
mkdirSync(out, { recursive: true });
const write = (file: string, header: string, rows: string[]) =>
  writeFileSync(join(out, file), `${header}\n${rows.join('\n')}\n`);
write(
  'roster.csv',
  'agent_id,name,team,hired,tier,mentor',
  people.map((p) => [p.id, p.name, p.team, p.hired, p.tier, p.mentor].join(',')),
);
write('attendance.csv', 'agent_id,session,module,date,hours', sortRows(attendance));
write(
  'assessments.csv',
  `agent_id,date,kind,attitude,problem-solving,communication,follow-up,${skillIds.map((s) => `skill:${s}`).join(',')}`,
  sortRows(assessments),
);
write('certifications.csv', 'agent_id,level,issued,expires', sortRows(certifications));
console.log(
  `wrote ${people.length} agents, ${attendance.length} attendances, ${assessments.length} assessments, ${certifications.length} certifications to ${out}`,
);
