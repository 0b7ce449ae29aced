/**
 * Training figures from small hand-computed records: coverage, sessions, hours, exam pass rate,
 * grades, skills vs standard, certifications, tier coverage, re-training, expiring certificates,
 * mentors, growth records, initials and the snapshot hook.
 */
import { describe, expect, it } from 'vitest';
import {
  displayName,
  expiringCertifications,
  growthRecord,
  initials,
  mentorships,
  monthsOf,
  nameStyleOf,
  periodFigures,
  periodRange,
  recordQuarters,
  retrainingDue,
  tierCoverage,
} from '../../src/lib/training/compute.ts';
import { gradeOf, parseTrainingModel, weightedScore } from '../../src/lib/training/model.ts';
import type { TrainingRecords } from '../../src/lib/training/records.ts';
import { snapshotWithTraining } from '../../src/lib/training/snapshot-figures.ts';
import type { TrainingModel } from '../../src/schemas/training-model.ts';
import type { Snapshot } from '../../src/schemas/snapshot.ts';

const label = (en: string) => ({ 'zh-cn': en, en });
const model: TrainingModel = {
  grades: [
    { id: 'excellent', min: 90, label: label('Excellent'), consequence: label('reward') },
    { id: 'pass', min: 70, label: label('Pass'), consequence: label('feedback') },
    { id: 'fail', min: 0, label: label('Fail'), consequence: label('retrain') },
  ],
  skills: [
    { id: 'empathy', label: label('Empathy'), standard: 80 },
    { id: 'communication', label: label('Communication'), standard: 85 },
  ],
  dimensions: [
    { id: 'attitude', label: label('Attitude'), weight: 0.5 },
    { id: 'follow-up', label: label('Follow-up'), weight: 0.5 },
  ],
  kinds: [
    { id: 'post-training', label: label('Exam'), exam: true, grades: false },
    { id: 'quarterly', label: label('Quarterly'), grades: true, exam: false },
    { id: 'spot-check', label: label('Spot'), grades: false, exam: false },
  ],
  tiers: [
    { id: 'basic', plan: 100 },
    { id: 'advanced', plan: 80 },
    { id: 'expert', plan: 20 },
  ],
  priorities: [
    { id: 'red', label: label('Red') },
    { id: 'yellow', label: label('Yellow') },
    { id: 'green', label: label('Green') },
    { id: 'blue', label: label('Blue') },
  ],
  retrainWithinDays: 30,
  expiringWithinDays: 60,
};

const agent = (
  id: string,
  hired: string,
  tier: 'basic' | 'advanced' | 'expert',
  mentor?: string,
) => ({
  id,
  name: `Name ${id}`,
  team: 'L1-A',
  hired,
  tier,
  mentor,
});
const score = (s: number) => ({ attitude: s, 'follow-up': s });
const assess = (agentId: string, date: string, kind: string, s: number, skills = {}) => ({
  agent: agentId,
  date,
  kind,
  dimensions: score(s),
  skills,
  score: s,
});

// Four people; A4 joins in November, so the quarter ends with 4 staff, October with 3.
const records: TrainingRecords = {
  agents: [
    agent('A1', '2023-01-10', 'expert'),
    agent('A2', '2024-02-01', 'advanced', 'A1'),
    agent('A3', '2024-03-01', 'basic', 'A1'),
    agent('A4', '2026-11-02', 'basic'),
  ],
  attendance: [
    { agent: 'A1', session: 's1', module: 'm-basic', date: '2026-10-05', hours: 2 },
    { agent: 'A2', session: 's1', module: 'm-basic', date: '2026-10-05', hours: 2 },
    { agent: 'A2', session: 's2', module: 'm-adv', date: '2026-11-10', hours: 3.5 },
    { agent: 'A3', session: 's3', module: 'm-basic', date: '2026-12-20', hours: 2 },
    // Outside the quarter: not counted.
    { agent: 'A3', session: 's0', module: 'm-basic', date: '2026-09-30', hours: 2 },
  ],
  assessments: [
    assess('A1', '2026-10-07', 'post-training', 95),
    assess('A2', '2026-10-07', 'post-training', 69),
    assess('A2', '2026-11-12', 'post-training', 70),
    assess('A1', '2026-12-10', 'quarterly', 92, { empathy: 80, communication: 90 }),
    assess('A2', '2026-12-10', 'quarterly', 75, { empathy: 71 }),
    assess('A3', '2026-12-11', 'quarterly', 60, { empathy: 66, communication: 77 }),
    assess('A3', '2026-11-01', 'spot-check', 10),
  ],
  certifications: [
    { agent: 'A1', level: 'expert', issued: '2024-12-01', expires: '2026-12-01' },
    { agent: 'A2', level: 'advanced', issued: '2026-11-20', expires: '2028-11-20' },
    { agent: 'A1', level: 'basic', issued: '2024-10-01', expires: '2026-10-01' },
  ],
};

describe('periods', () => {
  it('turns quarters and months into their days', () => {
    expect(periodRange('2026-Q4')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(periodRange('2026-02')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(monthsOf('2026-Q3')).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(recordQuarters(records)).toEqual(['2026-Q3', '2026-Q4']);
  });
});

describe('periodFigures', () => {
  it('computes a quarter by hand', () => {
    const f = periodFigures(model, records, '2026-Q4');
    // A1, A2, A3 trained of 4 staff: 75 %; sessions s1, s2, s3; 2 + 2 + 3.5 + 2 hours.
    expect(f).toMatchObject({ staff: 4, trained: 3, coverage: 75, sessions: 3, hours: 9.5 });
    // Exams: 95 pass, 69 fail, 70 pass → 2 of 3 = 66.7 %.
    expect(f).toMatchObject({ examSat: 3, examPassed: 2, passRate: 66.7 });
    expect(f.grades).toEqual({ excellent: 1, pass: 1, fail: 1 });
    // Empathy (80 + 71 + 66) / 3 = 72.3; communication (90 + 77) / 2 = 83.5.
    expect(f.skills).toEqual([
      { id: 'empathy', score: 72.3, standard: 80, rated: 3 },
      { id: 'communication', score: 83.5, standard: 85, rated: 2 },
    ]);
    expect(f.certifications).toBe(1);
  });

  it('computes a month, with staff as at its last day', () => {
    const f = periodFigures(model, records, '2026-10');
    expect(f).toMatchObject({ staff: 3, trained: 2, coverage: 67, sessions: 1, hours: 4 });
    expect(f.passRate).toBe(50);
    expect(f.grades).toEqual({ excellent: 0, pass: 0, fail: 0 });
    expect(f.skills).toEqual([]);
  });

  it('leaves a rate missing, not zero, when nobody sat the exam', () => {
    expect(periodFigures(model, records, '2026-12').passRate).toBeUndefined();
  });
});

describe('grades and scores', () => {
  it('bands a score, highest band first', () => {
    expect([100, 90, 89.9, 70, 69.9, 0].map((s) => gradeOf(model, s))).toEqual([
      'excellent',
      'excellent',
      'pass',
      'pass',
      'fail',
      'fail',
    ]);
  });
  it('weights the dimensions', () => {
    expect(weightedScore(model, { attitude: 80, 'follow-up': 91 })).toBe(85.5);
  });
});

describe('tiers, re-training, certifications, mentors', () => {
  it('measures coverage per tier against the plan', () => {
    const tiers = new Map([
      ['m-basic', 'basic' as const],
      ['m-adv', 'advanced' as const],
    ]);
    expect(tierCoverage(model, records, tiers, '2026-Q4')).toEqual([
      { tier: 'basic', covered: 3, staff: 4, share: 75, plan: 100 },
      { tier: 'advanced', covered: 1, staff: 4, share: 25, plan: 80 },
      { tier: 'expert', covered: 0, staff: 4, share: 0, plan: 20 },
    ]);
  });

  it('lists quarterly fails with their due date and whether they were retrained', () => {
    expect(retrainingDue(model, records, '2026-Q4', '2027-01-20')).toEqual([
      {
        agent: 'A3',
        date: '2026-12-11',
        score: 60,
        due: '2027-01-10',
        retrained: '2026-12-20',
        overdue: false,
      },
    ]);
    const none = { ...records, attendance: records.attendance.slice(0, 3) };
    expect(retrainingDue(model, none, '2026-Q4', '2027-01-20')[0]).toMatchObject({
      retrained: undefined,
      overdue: true,
    });
  });

  it('finds certifications expiring within the window', () => {
    expect(expiringCertifications(model, records.certifications, '2026-11-23')).toEqual([
      { agent: 'A1', level: 'expert', issued: '2024-12-01', expires: '2026-12-01', days: 8 },
    ]);
  });

  it('groups mentees by mentor and builds a growth record', () => {
    expect(
      mentorships(records.agents).map((m) => [m.mentor.id, m.mentees.map((e) => e.id)]),
    ).toEqual([['A1', ['A2', 'A3']]]);
    const record = growthRecord(model, records, 'A2')!;
    expect(record.mentor?.id).toBe('A1');
    expect(record.modules).toEqual(['m-basic', 'm-adv']);
    expect(record.hours).toBe(5.5);
    expect(record.assessments.map((a) => a.grade)).toEqual(['fail', 'pass', 'pass']);
    expect(growthRecord(model, records, 'nobody')).toBeUndefined();
  });

  it('shows initials instead of names when asked (TRAINING_NAMES=initials)', () => {
    expect(initials('林晓雨')).toBe('林**');
    expect(initials('Lin Xiaoyu')).toBe('L. X.');
    expect(nameStyleOf({ TRAINING_NAMES: 'initials' })).toBe('initials');
    expect(nameStyleOf({})).toBe('full');
    expect(displayName('林晓雨', nameStyleOf({ TRAINING_NAMES: 'initials' }))).toBe('林**');
    expect(displayName('林晓雨', nameStyleOf({}))).toBe('林晓雨');
  });
});

describe('the snapshot hook', () => {
  it('fills the training KPIs, the training block and the skills from the records', () => {
    const snapshot = {
      period: '2026-Q4',
      metrics: { csat: 88 },
      channels: {},
      funnel: [],
      problems: [],
      skills: [],
    } as Snapshot;
    const merged = snapshotWithTraining(
      model,
      records,
      snapshot,
      new Set(['training-coverage', 'exam-pass-rate', 'csat']),
    );
    expect(merged.metrics).toEqual({ csat: 88, 'training-coverage': 75, 'exam-pass-rate': 66.7 });
    expect(merged.training).toEqual({
      coverage: 75,
      sessions: 3,
      passRate: 66.7,
      grades: { excellent: 1, pass: 1, fail: 1 },
      certifications: 1,
    });
    expect(merged.skills.map((s) => [s.id, s.score, s.standard])).toEqual([
      ['empathy', 72.3, 80],
      ['communication', 83.5, 85],
    ]);
  });
});

describe('the model file', () => {
  it('rejects weights that do not sum to 1 and bands out of order, with their lines', () => {
    const text = [
      'grades:',
      '  - { id: pass, min: 70, label: { zh-cn: 合格, en: Pass }, consequence: { zh-cn: 反馈, en: Feedback } }',
      '  - { id: excellent, min: 90, label: { zh-cn: 优秀, en: Excellent }, consequence: { zh-cn: 奖励, en: Reward } }',
      '  - { id: fail, min: 0, label: { zh-cn: 不合格, en: Fail }, consequence: { zh-cn: 重训, en: Retrain } }',
      'skills: [{ id: empathy, label: { zh-cn: 共情, en: Empathy }, standard: 80 }]',
      'dimensions:',
      '  - { id: attitude, label: { zh-cn: 态度, en: Attitude }, weight: 0.5 }',
      '  - { id: follow-up, label: { zh-cn: 跟进, en: Follow-up }, weight: 0.4 }',
      'kinds:',
      '  - { id: exam, label: { zh-cn: 考试, en: Exam }, exam: true }',
      '  - { id: quarterly, label: { zh-cn: 季度, en: Quarterly }, grades: true }',
      'tiers: [{ id: basic, plan: 100 }, { id: advanced, plan: 80 }, { id: expert, plan: 20 }]',
      'priorities: [{ id: red, label: { zh-cn: 红, en: Red } }, { id: yellow, label: { zh-cn: 黄, en: Yellow } }, { id: green, label: { zh-cn: 绿, en: Green } }, { id: blue, label: { zh-cn: 蓝, en: Blue } }]',
      'retrainWithinDays: 30',
      'expiringWithinDays: 60',
    ].join('\n');
    const { value, problems } = parseTrainingModel(text, 'data/training/model.yaml');
    expect(value).toBeUndefined();
    expect(problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.message}`)).toEqual([
      '6:1 training.model-weights the dimension weights sum to 0.9, not 1',
      '1:1 training.model-bands the grade bands are not ordered excellent, pass, fail with falling minimums and fail at 0',
    ]);
  });
});
