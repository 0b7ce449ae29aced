/**
 * The training figures, computed from the records: coverage, sessions, hours, exam pass rate,
 * grade distribution, skills vs standard, certifications, re-training due, expiring certifications,
 * mentors and coverage per tier. Pure functions over already-checked records; periods are
 * quarters (`2026-Q3`) or months (`2026-09`).
 */
import type { GradeId, TierId, TrainingModel } from '../../schemas/training-model.ts';
import { isQuarter, periodEnd, periodStart } from '../periods.ts';
import { gradeOf, passes } from './model.ts';
import type { Agent, Assessment, Attendance, Certification, TrainingRecords } from './records.ts';

/** A quarter (`2026-Q3`) or a month (`2026-09`) as its first and last day. */
export function periodRange(period: string): { start: string; end: string } {
  if (isQuarter(period)) return { start: periodStart(period), end: periodEnd(period) };
  const [y, m] = period.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { start: `${period}-01`, end: `${period}-${String(last).padStart(2, '0')}` };
}

/** The three months of a quarter, `YYYY-MM`. */
export function monthsOf(quarter: string): string[] {
  const start = periodStart(quarter);
  const y = start.slice(0, 4);
  const m = Number(start.slice(5, 7));
  return [m, m + 1, m + 2].map((n) => `${y}-${String(n).padStart(2, '0')}`);
}

const within = (date: string, range: { start: string; end: string }) =>
  date >= range.start && date <= range.end;

const round = (value: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

/** Staff on the roster at a day: hired on or before it. */
export const staffAt = (agents: readonly Agent[], day: string): Agent[] =>
  agents.filter((a) => a.hired <= day);

/** Add `days` to a `YYYY-MM-DD` day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const kindWith = (model: TrainingModel, flag: 'grades' | 'exam') =>
  model.kinds.find((k) => k[flag])?.id;

/** One period's training figures. */
export interface PeriodFigures {
  period: string;
  staff: number;
  /** Distinct agents who attended at least one session. */
  trained: number;
  /** trained ÷ staff, whole percent; undefined without staff. */
  coverage: number | undefined;
  sessions: number;
  hours: number;
  /** Exam results counted and passed. */
  examSat: number;
  examPassed: number;
  /** Passed ÷ sat, one decimal; undefined when nobody sat the exam. */
  passRate: number | undefined;
  /** Head counts per grade of the grading assessment. */
  grades: Record<GradeId, number>;
  certifications: number;
  /** Mean score per skill (one decimal) beside its standard; skills nobody was rated on are left out. */
  skills: { id: string; score: number; standard: number; rated: number }[];
}

/** Every figure of one quarter or month, from the records. */
export function periodFigures(
  model: TrainingModel,
  records: TrainingRecords,
  period: string,
): PeriodFigures {
  const range = periodRange(period);
  const staff = staffAt(records.agents, range.end).length;
  const attended = records.attendance.filter((a) => within(a.date, range));
  const trained = new Set(attended.map((a) => a.agent)).size;
  const examKind = kindWith(model, 'exam');
  const gradeKind = kindWith(model, 'grades');
  const exams = records.assessments.filter((a) => a.kind === examKind && within(a.date, range));
  const examPassed = exams.filter((a) => passes(model, a.score)).length;
  const graded = records.assessments.filter((a) => a.kind === gradeKind && within(a.date, range));
  const grades: Record<GradeId, number> = { excellent: 0, pass: 0, fail: 0 };
  for (const a of graded) grades[gradeOf(model, a.score)]++;
  const skills = model.skills.flatMap((skill) => {
    const scores = graded.map((a) => a.skills[skill.id]).filter((s) => s !== undefined);
    if (!scores.length) return [];
    const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
    return [
      { id: skill.id, score: round(mean, 1), standard: skill.standard, rated: scores.length },
    ];
  });
  return {
    period,
    staff,
    trained,
    coverage: staff ? Math.round((100 * trained) / staff) : undefined,
    sessions: new Set(attended.map((a) => a.session)).size,
    hours: round(
      attended.reduce((sum, a) => sum + a.hours, 0),
      1,
    ),
    examSat: exams.length,
    examPassed,
    passRate: exams.length ? round((100 * examPassed) / exams.length, 1) : undefined,
    grades,
    certifications: records.certifications.filter((c) => within(c.issued, range)).length,
    skills,
  };
}

/** Whether the records hold anything for the period (an empty quarter has no figures, not zeros). */
export const hasRecordsIn = (records: TrainingRecords, period: string): boolean => {
  const range = periodRange(period);
  return (
    records.attendance.some((a) => within(a.date, range)) ||
    records.assessments.some((a) => within(a.date, range))
  );
};

/** The quarters the records cover, oldest first. */
export function recordQuarters(records: TrainingRecords): string[] {
  const quarters = new Set<string>();
  for (const { date } of [...records.attendance, ...records.assessments]) {
    quarters.add(`${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`);
  }
  return [...quarters].sort();
}

/** Share of staff (whole %) who attended a module of each tier by the period's end, against the plan. */
export function tierCoverage(
  model: TrainingModel,
  records: TrainingRecords,
  moduleTier: ReadonlyMap<string, TierId>,
  period: string,
): { tier: TierId; covered: number; staff: number; share: number; plan: number }[] {
  const { end } = periodRange(period);
  const staff = staffAt(records.agents, end);
  const ids = new Set(staff.map((a) => a.id));
  return model.tiers.map(({ id, plan }) => {
    const covered = new Set(
      records.attendance
        .filter((a) => a.date <= end && ids.has(a.agent) && moduleTier.get(a.module) === id)
        .map((a) => a.agent),
    ).size;
    return {
      tier: id,
      covered,
      staff: staff.length,
      share: staff.length ? Math.round((100 * covered) / staff.length) : 0,
      plan,
    };
  });
}

/** A failed assessment and its re-training. */
export interface Retraining {
  agent: string;
  date: string;
  score: number;
  due: string;
  /** The first session the agent attended after the fail, if any by the due date. */
  retrained: string | undefined;
  /** Past due at `today` and not retrained. */
  overdue: boolean;
}

/**
 * Agents graded fail by the grading assessment (the quarterly one) in the period, with re-training
 * due `retrainWithinDays` after it; retrained means a session attended after the fail, by the due date.
 */
export function retrainingDue(
  model: TrainingModel,
  records: TrainingRecords,
  period: string,
  today: string,
): Retraining[] {
  const range = periodRange(period);
  const gradeKind = kindWith(model, 'grades');
  return records.assessments
    .filter(
      (a) => a.kind === gradeKind && within(a.date, range) && gradeOf(model, a.score) === 'fail',
    )
    .map((a) => {
      const due = addDays(a.date, model.retrainWithinDays);
      const retrained = records.attendance
        .filter((s) => s.agent === a.agent && s.date > a.date && s.date <= due)
        .map((s) => s.date)
        .sort()[0];
      return {
        agent: a.agent,
        date: a.date,
        score: a.score,
        due,
        retrained,
        overdue: !retrained && due < today,
      };
    })
    .sort((a, b) => a.due.localeCompare(b.due) || a.agent.localeCompare(b.agent));
}

/** Certifications still valid at `today` that expire within the model's window, soonest first. */
export function expiringCertifications(
  model: TrainingModel,
  certifications: readonly Certification[],
  today: string,
): (Certification & { days: number })[] {
  const until = addDays(today, model.expiringWithinDays);
  const renewed = (c: Certification) =>
    certifications.some(
      (o) =>
        o.agent === c.agent && o.level === c.level && o.issued > c.issued && o.expires > c.expires,
    );
  return certifications
    .filter((c) => c.expires >= today && c.expires <= until && !renewed(c))
    .map((c) => ({
      ...c,
      days: Math.round((Date.parse(c.expires) - Date.parse(today)) / 86_400_000),
    }))
    .sort((a, b) => a.expires.localeCompare(b.expires) || a.agent.localeCompare(b.agent));
}

/** Mentors and their mentees, mentors by id. */
export function mentorships(agents: readonly Agent[]): { mentor: Agent; mentees: Agent[] }[] {
  const byId = new Map(agents.map((a) => [a.id, a]));
  const groups = new Map<string, Agent[]>();
  for (const a of agents) {
    if (!a.mentor) continue;
    groups.set(a.mentor, [...(groups.get(a.mentor) ?? []), a]);
  }
  return [...groups]
    .flatMap(([id, mentees]) => {
      const mentor = byId.get(id);
      return mentor ? [{ mentor, mentees }] : [];
    })
    .sort((a, b) => a.mentor.id.localeCompare(b.mentor.id));
}

/** One agent's growth record. */
export interface GrowthRecord {
  agent: Agent;
  mentor: Agent | undefined;
  mentees: Agent[];
  attendance: Attendance[];
  /** Distinct modules attended. */
  modules: string[];
  hours: number;
  assessments: (Assessment & { grade: GradeId })[];
  certifications: Certification[];
}

export function growthRecord(
  model: TrainingModel,
  records: TrainingRecords,
  agentId: string,
): GrowthRecord | undefined {
  const agent = records.agents.find((a) => a.id === agentId);
  if (!agent) return undefined;
  const attendance = records.attendance
    .filter((a) => a.agent === agentId)
    .sort((a, b) => a.date.localeCompare(b.date));
  return {
    agent,
    mentor: records.agents.find((a) => a.id === agent.mentor),
    mentees: records.agents.filter((a) => a.mentor === agentId),
    attendance,
    modules: [...new Set(attendance.map((a) => a.module))],
    hours: round(
      attendance.reduce((sum, a) => sum + a.hours, 0),
      1,
    ),
    assessments: records.assessments
      .filter((a) => a.agent === agentId)
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((a) => ({ ...a, grade: gradeOf(model, a.score) })),
    certifications: records.certifications
      .filter((c) => c.agent === agentId)
      .sort((a, b) => a.issued.localeCompare(b.issued)),
  };
}

/** How a name shows: in full, or as initials (`TRAINING_NAMES=initials`). */
export type NameStyle = 'full' | 'initials';

/**
 * Initials of a display name: the first letter of each word for Latin names (`Lin Xiaoyu` →
 * `L. X.`), the family name and a mark for Chinese names (`林晓雨` → `林**`).
 */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length > 1 || /^[A-Za-z]/.test(name))
    return words.map((w) => `${w.charAt(0).toUpperCase()}.`).join(' ');
  const chars = [...name.trim()];
  return `${chars[0] ?? ''}${'*'.repeat(Math.max(1, chars.length - 1))}`;
}

/** How names show in a build: `TRAINING_NAMES=initials` shows initials only. */
export const nameStyleOf = (env: Record<string, string | undefined>): NameStyle =>
  env['TRAINING_NAMES'] === 'initials' ? 'initials' : 'full';

export const displayName = (name: string, style: NameStyle): string =>
  style === 'initials' ? initials(name) : name;
