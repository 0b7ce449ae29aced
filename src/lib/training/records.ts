/**
 * The learning platform's exports under `data/training/`: roster, attendance, assessment results
 * and certifications, each checked cell by cell against the competency model and the roster.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problem, type Problem } from '../diagnostics/problem.ts';
import type { TierId, TrainingModel } from '../../schemas/training-model.ts';
import { readCsv, type CheckedRow, type ColumnRule } from './csv.ts';
import { weightedScore } from './model.ts';

export const RECORD_FILES = {
  roster: 'data/training/roster.csv',
  attendance: 'data/training/attendance.csv',
  assessments: 'data/training/assessments.csv',
  certifications: 'data/training/certifications.csv',
} as const;

const tierIds = ['basic', 'advanced', 'expert'] as const;

/** One person of the team. */
export interface Agent {
  id: string;
  name: string;
  team: string;
  hired: string;
  /** The highest tier the agent trains in. */
  tier: TierId;
  /** The mentor's agent id, if any. */
  mentor: string | undefined;
}

/** An agent's attendance at one training session. */
export interface Attendance {
  agent: string;
  session: string;
  /** The curriculum module the session taught (its id). */
  module: string;
  date: string;
  hours: number;
}

/** One assessment result. */
export interface Assessment {
  agent: string;
  date: string;
  kind: string;
  /** Score per assessment dimension (model ids). */
  dimensions: Record<string, number>;
  /** Score per skill, where the assessment rated skills. */
  skills: Record<string, number>;
  /** The weighted overall score. */
  score: number;
}

export interface Certification {
  agent: string;
  level: TierId;
  issued: string;
  expires: string;
}

export interface TrainingRecords {
  agents: Agent[];
  attendance: Attendance[];
  assessments: Assessment[];
  certifications: Certification[];
}

/** The column of a skill's score in assessments.csv. */
export const skillColumn = (id: string): string => `skill:${id}`;

/** The columns each export must have, from the model. */
export function recordColumns(
  model: TrainingModel,
): Record<keyof typeof RECORD_FILES, ColumnRule[]> {
  return {
    roster: [
      { name: 'agent_id', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'team', type: 'text' },
      { name: 'hired', type: 'date' },
      { name: 'tier', type: 'enum', allowed: tierIds },
      { name: 'mentor', type: 'agent', optional: true },
    ],
    attendance: [
      { name: 'agent_id', type: 'agent' },
      { name: 'session', type: 'text' },
      { name: 'module', type: 'text' },
      { name: 'date', type: 'date' },
      { name: 'hours', type: 'number', min: 0.25, max: 24 },
    ],
    assessments: [
      { name: 'agent_id', type: 'agent' },
      { name: 'date', type: 'date' },
      { name: 'kind', type: 'enum', allowed: model.kinds.map((k) => k.id) },
      ...model.dimensions.map((d): ColumnRule => ({
        name: d.id,
        type: 'number',
        min: 0,
        max: 100,
      })),
      ...model.skills.map((s): ColumnRule => ({
        name: skillColumn(s.id),
        type: 'number',
        min: 0,
        max: 100,
        optional: true,
      })),
    ],
    certifications: [
      { name: 'agent_id', type: 'agent' },
      { name: 'level', type: 'enum', allowed: tierIds },
      { name: 'issued', type: 'date' },
      { name: 'expires', type: 'date' },
    ],
  };
}

const text = (row: CheckedRow, name: string) => row.cells[name] as string;
const num = (row: CheckedRow, name: string) => row.cells[name] as number;

/**
 * Check the four exports given as texts (file → text). The roster is read first: every other file
 * may only name agents it lists, and mentors must be on it too.
 */
export function parseTrainingRecords(
  model: TrainingModel,
  texts: Readonly<Record<keyof typeof RECORD_FILES, string>>,
): { value: TrainingRecords; problems: Problem[] } {
  const columns = recordColumns(model);
  const problems: Problem[] = [];
  // Every id the roster names is known, even on a row with another bad cell: one mistake in a
  // hire date must not turn each of that agent's attendances into an error of its own.
  const idRead = readCsv(RECORD_FILES.roster, texts.roster, [columns.roster[0]!]);
  const ids = new Map<string, number>();
  for (const row of idRead.rows) {
    const id = text(row, 'agent_id');
    const first = ids.get(id);
    if (first === undefined) ids.set(id, row.line);
    else
      problems.push(
        problem(
          'error',
          RECORD_FILES.roster,
          { line: row.line, column: 1 },
          'agent_id',
          'training.csv-duplicate',
          { row: row.line, found: id, first },
        ),
      );
  }
  const known = new Set(ids.keys());
  const rosterRead = readCsv(RECORD_FILES.roster, texts.roster, columns.roster, { agents: known });
  problems.push(...rosterRead.problems);
  const rosterRows = rosterRead.rows.filter((row) => ids.get(text(row, 'agent_id')) === row.line);
  const agents: Agent[] = rosterRows.map((row) => ({
    id: text(row, 'agent_id'),
    name: text(row, 'name'),
    team: text(row, 'team'),
    hired: text(row, 'hired'),
    tier: text(row, 'tier') as TierId,
    mentor: row.cells.mentor as string | undefined,
  }));
  const read = (key: Exclude<keyof typeof RECORD_FILES, 'roster'>) => {
    const result = readCsv(RECORD_FILES[key], texts[key], columns[key], { agents: known });
    problems.push(...result.problems);
    return result.rows;
  };
  const attendance = read('attendance').map((row) => ({
    agent: text(row, 'agent_id'),
    session: text(row, 'session'),
    module: text(row, 'module'),
    date: text(row, 'date'),
    hours: num(row, 'hours'),
  }));
  const assessments = read('assessments').map((row) => {
    const dimensions = Object.fromEntries(model.dimensions.map((d) => [d.id, num(row, d.id)]));
    const skills: Record<string, number> = {};
    for (const s of model.skills) {
      const v = row.cells[skillColumn(s.id)];
      if (typeof v === 'number') skills[s.id] = v;
    }
    return {
      agent: text(row, 'agent_id'),
      date: text(row, 'date'),
      kind: text(row, 'kind'),
      dimensions,
      skills,
      score: weightedScore(model, dimensions),
    };
  });
  const certifications: Certification[] = [];
  for (const row of read('certifications')) {
    const issued = text(row, 'issued');
    const expires = text(row, 'expires');
    if (expires <= issued) {
      problems.push(
        problem(
          'error',
          RECORD_FILES.certifications,
          { line: row.line, column: 1 },
          'expires',
          'training.csv-order',
          {
            row: row.line,
            found: expires,
            after: issued,
          },
        ),
      );
      continue;
    }
    certifications.push({
      agent: text(row, 'agent_id'),
      level: text(row, 'level') as TierId,
      issued,
      expires,
    });
  }
  return { value: { agents, attendance, assessments, certifications }, problems };
}

/** Whether the project keeps training records (the roster is the marker). */
export const hasTrainingRecords = (root: string): boolean =>
  existsSync(join(root, RECORD_FILES.roster));

/** Read and check the exports of a project. A missing file other than the roster is empty. */
export function loadTrainingRecords(
  root: string,
  model: TrainingModel,
): { value: TrainingRecords; problems: Problem[] } {
  const read = (file: string) => {
    const path = join(root, file);
    return existsSync(path) ? readFileSync(path, 'utf8') : '';
  };
  return parseTrainingRecords(model, {
    roster: read(RECORD_FILES.roster),
    attendance: read(RECORD_FILES.attendance) || 'agent_id,session,module,date,hours\n',
    assessments: read(RECORD_FILES.assessments),
    certifications: read(RECORD_FILES.certifications) || 'agent_id,level,issued,expires\n',
  });
}
