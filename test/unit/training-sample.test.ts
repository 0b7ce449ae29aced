/**
 * Issue 15, acceptance: "The training figures on a quarterly report equal an independent
 * computation from the sample records." The reports read the snapshots `loadMetrics` returns; here
 * the same figures are recomputed from data/training/*.csv with nothing but string splitting and
 * arithmetic (no code of src/lib/training), and compared — and they tell the domain story the
 * typed snapshots used to (coverage 45 % → 74 %, pass rate 70 % → 86.5 %).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMetrics } from '../../src/lib/metrics/load-metrics.ts';
import { repoRoot } from '../../scripts/lib/temp-project.ts';

type Row = Record<string, string>;
const rows = (file: string): Row[] => {
  const [header, ...lines] = readFileSync(join(repoRoot, 'data/training', file), 'utf8')
    .trim()
    .split('\n');
  const names = header!.split(',');
  return lines.map((line): Row =>
    Object.fromEntries(line.split(',').map((v, i) => [names[i]!, v] as const)),
  );
};
const roster = rows('roster.csv');
const attendance = rows('attendance.csv');
const assessments = rows('assessments.csv');
const certifications = rows('certifications.csv');

const quarterOf = (date: string) =>
  `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
// The model's weights and bands, written out again on purpose.
const overall = (r: Row) =>
  0.3 * Number(r['attitude']) +
  0.3 * Number(r['problem-solving']) +
  0.25 * Number(r['communication']) +
  0.15 * Number(r['follow-up']);

function independent(quarter: string) {
  const inQ = (list: Row[], field: string) => list.filter((r) => quarterOf(r[field]!) === quarter);
  const att = inQ(attendance, 'date');
  const trained = new Set(att.map((r) => r['agent_id'])).size;
  const exams = inQ(assessments, 'date').filter((r) => r['kind'] === 'post-training');
  const passed = exams.filter((r) => overall(r) >= 70).length;
  const quarterly = inQ(assessments, 'date').filter((r) => r['kind'] === 'quarterly');
  const grades = { excellent: 0, pass: 0, fail: 0 };
  for (const r of quarterly) {
    const s = overall(r);
    grades[s >= 90 ? 'excellent' : s >= 70 ? 'pass' : 'fail']++;
  }
  const mean = (skill: string) =>
    Math.round(
      (10 * quarterly.reduce((sum, r) => sum + Number(r[`skill:${skill}`]), 0)) / quarterly.length,
    ) / 10;
  return {
    coverage: Math.round((100 * trained) / roster.length),
    sessions: new Set(att.map((r) => r['session'])).size,
    passRate: Math.round((1000 * passed) / exams.length) / 10,
    grades,
    certifications: inQ(certifications, 'issued').length,
    skills: ['communication', 'product-knowledge', 'emotion-management', 'empathy'].map(mean),
  };
}

const snapshots = loadMetrics(repoRoot).value.snapshots;

describe('the sample records and the quarterly snapshots', () => {
  it('has 140 people, over 80 % hired less than two years before the end of 2024', () => {
    expect(roster).toHaveLength(140);
    const recent = roster.filter((r) => r['hired']! > '2022-12-31').length;
    expect(recent / roster.length).toBeGreaterThan(0.8);
  });

  for (const snapshot of snapshots) {
    it(`computes ${snapshot.period}'s training figures from the records`, () => {
      const mine = independent(snapshot.period);
      expect(snapshot.training).toEqual({
        coverage: mine.coverage,
        sessions: mine.sessions,
        passRate: mine.passRate,
        grades: mine.grades,
        certifications: mine.certifications,
      });
      expect(snapshot.metrics['training-coverage']).toBe(mine.coverage);
      expect(snapshot.metrics['exam-pass-rate']).toBe(mine.passRate);
      expect(snapshot.skills.map((s) => s.score)).toEqual(mine.skills);
    });
  }

  it('tells the domain story, first and latest quarter', () => {
    const first = snapshots[0]!;
    const latest = snapshots.at(-1)!;
    expect([first.period, first.training?.coverage, first.training?.passRate]).toEqual([
      '2024-Q4',
      45,
      70,
    ]);
    expect(first.skills.map((s) => `${s.id} ${s.score}/${s.standard}`)).toEqual([
      'communication 72/85',
      'product-knowledge 65/80',
      'emotion-management 70/78',
      'empathy 61/80',
    ]);
    expect([
      latest.period,
      latest.training?.coverage,
      latest.training?.passRate,
      latest.training?.grades,
    ]).toEqual(['2026-Q3', 74, 86.5, { excellent: 36, pass: 97, fail: 7 }]);
  });
});
