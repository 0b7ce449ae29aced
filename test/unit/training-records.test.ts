/**
 * The learning-platform exports are checked cell by cell: a bad date, an unknown agent id or a
 * score out of range names the file, the line (the spreadsheet row), the column and a fix, in
 * English and Chinese. Also: the curriculum's cross-checks and the quiz's grading and storage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, localize } from '../../src/lib/diagnostics/problem.ts';
import { fieldColumns, readCsv } from '../../src/lib/training/csv.ts';
import { validateCurriculum } from '../../src/lib/training/curriculum.ts';
import { parseTrainingModel } from '../../src/lib/training/model.ts';
import { parseTrainingRecords } from '../../src/lib/training/records.ts';
import {
  fill,
  gradeQuiz,
  PROGRESS_KEY,
  readProgress,
  resetModules,
  saveModule,
  type KeyValueStore,
} from '../../src/lib/training/quiz.ts';
import { repoRoot } from '../../scripts/lib/temp-project.ts';

const model = parseTrainingModel(
  readFileSync(join(repoRoot, 'data/training/model.yaml'), 'utf8'),
).value!;
const skills = 'skill:communication,skill:product-knowledge,skill:emotion-management,skill:empathy';

const texts = {
  roster: [
    'agent_id,name,team,hired,tier,mentor',
    'AG1,林晓雨,L1-A,2024-03-01,basic,AG2',
    'AG2,"Chen, Yu",L1-A,2020/5/7,expert,',
    'AG3,王丽,L1-B,2024-02-30,advanced,AG9',
  ].join('\n'),
  attendance: [
    'agent_id,session,module,date,hours',
    'AG1,s1,basic-empathy-wording,2026-10-05,2',
    'AG7,s1,basic-empathy-wording,2026-10-05,2',
  ].join('\n'),
  assessments: [
    `agent_id,date,kind,attitude,problem-solving,communication,follow-up,${skills}`,
    'AG1,2026-09-10,quarterly,80,82,79,120,70,,,',
    'AG2,2026-09-10,exam,80,80,80,80,,,,',
  ].join('\n'),
  certifications: ['agent_id,level,issued,expires', 'AG2,expert,2026-01-01,2025-12-31'].join('\n'),
};

describe('records', () => {
  const { value, problems } = parseTrainingRecords(model, texts);
  it('reports every bad cell with file, line and column', () => {
    expect(formatProblems(problems, 'en')).toMatchInlineSnapshot(`
      "data/training/assessments.csv:2:35  error  follow-up: row 2: “120” is not a number from 0 to 100
          → write a number from 0 to 100, without a unit or % sign
      data/training/assessments.csv:3:16  error  kind: row 3: “exam” is not allowed
          → use one of: post-training, quarterly, spot-check, mystery-shopper
      data/training/attendance.csv:3:1  error  agent_id: row 3: no agent “AG7” in data/training/roster.csv
          → did you mean “AG1”? Otherwise add the agent to the roster first
      data/training/certifications.csv:2:1  error  expires: row 2: expires 2025-12-31, not after it was issued 2026-01-01
          → write an expiry date later than 2026-01-01
      data/training/roster.csv:3:21  error  hired: row 3: “2020/5/7” is not a date
          → write it as 2020-05-07 (YYYY-MM-DD); it is not converted for you
      data/training/roster.csv:4:13  error  hired: row 4: “2024-02-30” is not a date
          → write a real calendar day as YYYY-MM-DD, e.g. 2026-06-30
      data/training/roster.csv:4:33  error  mentor: row 4: no agent “AG9” in data/training/roster.csv
          → did you mean “AG1”? Otherwise add the agent to the roster first"
    `);
  });
  it('says the same in Chinese', () => {
    expect(localize(problems, 'zh-cn').map((p) => p.message)).toContain(
      '第 2 行：“120”不是 0 到 100 之间的数',
    );
    expect(localize(problems, 'zh-cn').map((p) => p.message)).toContain(
      '第 3 行：data/training/roster.csv 里没有坐席“AG7”',
    );
  });
  it('keeps the good rows', () => {
    expect(value.agents.map((a) => a.id)).toEqual(['AG1']);
    expect(value.attendance).toHaveLength(1);
    expect(value.assessments).toHaveLength(0);
  });
  it('names a missing column and a broken quote', () => {
    const missing = readCsv('x.csv', 'agent_id,when\nAG1,2026-01-01', [
      { name: 'agent_id', type: 'text' },
      { name: 'date', type: 'date' },
    ]);
    expect(missing.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '1:1 the header has no column “date”',
    ]);
    const broken = readCsv('x.csv', 'a,b\n1,"open\n', [{ name: 'a', type: 'text' }]);
    expect(broken.problems[0]).toMatchObject({ code: 'training.csv-syntax', line: 2 });
  });
  it('finds where fields start, quotes included', () => {
    expect(fieldColumns('a,"b,c",d')).toEqual([1, 3, 9]);
  });
});

describe('curriculum', () => {
  const file = (path: string, front: string) => ({ path, source: `---\n${front}\n---\nBody.\n` });
  const front = (extra: string) =>
    [
      'title: T',
      'summary: S',
      'tier: basic',
      'order: 1',
      'minutes: 10',
      'competency: empathy',
      'priority: red',
      'audience: public',
      'objectives: [O]',
      extra,
    ].join('\n');
  it('checks articles, prerequisites, positions and right answers', () => {
    const quiz = [
      'quiz:',
      '  - type: single',
      '    prompt: Q',
      '    options:',
      '      - { text: A, correct: true, explain: E }',
      '      - { text: B, correct: true, explain: E }',
    ].join('\n');
    const { problems } = validateCurriculum(
      [
        file(
          'content/training/en/basic/one.md',
          front(`articles: [communication/empathy-wording-standrd]\nprerequisites: [tow]\n${quiz}`),
        ),
        file(
          'content/training/en/basic/two.md',
          front(
            `articles: [communication/empathy-wording-standard]\n${quiz.replace('correct: true, explain: E }\n      - { text: B, correct: true', 'correct: true, explain: E }\n      - { text: B, correct: false')}`,
          ),
        ),
      ],
      { articles: new Set(['en/communication/empathy-wording-standard']), skills: ['empathy'] },
    );
    expect(
      problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.field}: ${p.message} → ${p.fix}`),
    ).toEqual([
      "content/training/en/basic/one.md:11:12 articles.0: no knowledge-base article “communication/empathy-wording-standrd” in this locale → did you mean “communication/empathy-wording-standard”? Write the article's category/slug",
      'content/training/en/basic/one.md:16:5 quiz.0.options: a single question has 2 correct options → mark exactly one option with `correct: true`',
      "content/training/en/basic/one.md:12:17 prerequisites.0: no module “tow” in this locale's curriculum → did you mean “two”?",
      'content/training/en/basic/two.md:5:1 order: order 1 is already used by content/training/en/basic/one.md → give every module of a tier its own position',
    ]);
  });
});

describe('quiz', () => {
  const bands = model.grades.map((g) => ({ id: g.id, min: g.min, label: g.label['zh-cn'] }));
  const keys = [
    { type: 'single' as const, correct: [1] },
    { type: 'multiple' as const, correct: [0, 2] },
    { type: 'scenario' as const, correct: [2] },
    { type: 'single' as const, correct: [0] },
  ];
  it('grades all right as 优秀 and half right as 不合格 with the model bands', () => {
    expect(gradeQuiz(keys, [[1], [2, 0], [2], [0]], bands)).toMatchObject({
      right: 4,
      score: 100,
      unanswered: 0,
    });
    expect(gradeQuiz(keys, [[1], [2, 0], [2], [0]], bands).band?.label).toBe('优秀');
    const half = gradeQuiz(keys, [[1], [0], [2], []], bands);
    expect(half).toMatchObject({
      right: 2,
      score: 50,
      unanswered: 1,
      marks: [true, false, true, false],
    });
    expect(half.band?.label).toBe('不合格');
    expect(gradeQuiz(keys, [[1], [0, 2], [2], [1]], bands).band?.label).toBe('合格');
  });
  it('keeps progress per module and resets it', () => {
    const map = new Map<string, string>();
    const store: KeyValueStore = {
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => void map.set(k, v),
      removeItem: (k) => void map.delete(k),
    };
    saveModule(store, 'a', { answers: [[1]], score: 100, grade: 'excellent', at: 'now' });
    saveModule(store, 'b', { answers: [[0]], score: 0, grade: 'fail', at: 'now' });
    expect(Object.keys(readProgress(store))).toEqual(['a', 'b']);
    resetModules(store, ['a']);
    expect(Object.keys(readProgress(store))).toEqual(['b']);
    resetModules(store, ['b']);
    expect(map.has(PROGRESS_KEY)).toBe(false);
    map.set(PROGRESS_KEY, 'not json');
    expect(readProgress(store)).toEqual({});
    expect(fill('{right} of {total}', { right: 3, total: 6 })).toBe('3 of 6');
  });
});
