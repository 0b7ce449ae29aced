import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/diagnostics/problem.ts';
import { planKpis } from './helpers/kpis.ts';
import { loadPlan } from '../../src/lib/roadmap/load.ts';
import { loadMetrics } from '../../src/lib/metrics/load-metrics.ts';
import { parsePlan } from '../../src/lib/roadmap/plan-file.ts';
import { dependencyCycles, validatePlan } from '../../src/lib/roadmap/validate.ts';
import { planYaml } from './helpers/plan.ts';

const file = 'data/plan.yaml';
const check = (source: string) => {
  const parsed = parsePlan(source, file);
  if (!parsed.value) return formatProblems(parsed.problems);
  return formatProblems(
    validatePlan(parsed.value, { file, position: parsed.position, kpis: planKpis }),
  );
};
const swap = (from: string, to: string) => {
  if (!planYaml.includes(from)) throw new Error(`fixture has no ${from}`);
  return planYaml.replace(from, to);
};

/** The check with snapshots: a 2025-Q4 snapshot measuring CSAT at 80, on line 4. */
const checkWithData = (source: string, csat: number | null = 80) => {
  const parsed = parsePlan(source, file);
  if (!parsed.value) return formatProblems(parsed.problems);
  return formatProblems(
    validatePlan(parsed.value, {
      file,
      position: parsed.position,
      kpis: planKpis,
      measured: (kpi, period) =>
        kpi === 'csat' && period === '2025-Q4'
          ? { value: csat, file: 'data/snapshots/2025-q4.json', line: 4 }
          : undefined,
    }),
  );
};

describe('plan baselines, targets and milestones against the data', () => {
  it('accepts a typed baseline equal to its snapshot, or no typed value at all', () => {
    expect(checkWithData(planYaml)).toBe('');
    expect(
      checkWithData(
        swap('baseline: { value: 80, period: 2025-Q4 }', 'baseline: { period: 2025-Q4 }'),
      ),
    ).toBe('');
  });
  it('rejects a typed baseline that differs from the snapshot, naming both files and lines', () => {
    expect(checkWithData(planYaml, 78)).toMatchInlineSnapshot(`
      "data/plan.yaml:8:17  error  goals.0.baseline.value: goal “csat-90”: the baseline 80 differs from 78, the value of csat in 2025-Q4 at data/snapshots/2025-q4.json:4
          → delete \`value\` (the baseline is read from the snapshot) or correct one of the two files"
    `);
  });
  it('rejects a baseline period without a snapshot value when no value is typed', () => {
    const source = swap(
      'baseline: { value: 80, period: 2025-Q4 }',
      'baseline: { period: 2025-Q3 }',
    );
    expect(checkWithData(source)).toMatchInlineSnapshot(`
      "data/plan.yaml:8:17  error  goals.0.baseline.period: goal “csat-90”: no snapshot of 2025-Q3 has a value for csat, and the baseline has no \`value\`
          → name a period whose snapshot measures csat, or type the baseline's \`value\`"
    `);
  });
  it('rejects two goals of one KPI in force at the same time', () => {
    const source = swap(
      'phases:\n',
      `  - id: csat-95
    kpi: csat
    title: { zh-cn: 满意度, en: CSAT }
    baseline: { value: 80, period: 2025-Q4 }
    target: 95
    deadline: 2026-09-30
    horizon: long
    owner: ops
phases:
`,
    );
    expect(checkWithData(source)).toMatchInlineSnapshot(`
      "data/plan.yaml:16:28  error  goals.1.baseline.period: goal “csat-95”: overlaps goal “csat-90”: both set a target for csat between 2025-12-31 and 2026-09-30
          → a KPI has one target at a time: end one goal (its deadline) by the end of the other’s baseline period"
    `);
  });
  it('rejects a milestone made of a task that does not exist', () => {
    const source = swap(
      '    label: { zh-cn: 设计完成, en: Design done }\n',
      '    label: { zh-cn: 设计完成, en: Design done }\n    tasks: [mapp]\n',
    );
    expect(checkWithData(source)).toMatchInlineSnapshot(`
      "data/plan.yaml:24:13  error  milestones.0.tasks.0: milestone “design-done”: task “mapp” does not exist
          → did you mean “map”? use one of the task ids: “map”, “analyse”"
    `);
  });
});

describe('plan validation', () => {
  it('accepts the fixture plan', () => {
    expect(check(planYaml)).toBe('');
  });

  it('accepts the sample plan in data/', () => {
    const loaded = loadPlan(process.cwd(), loadMetrics(process.cwd()).value);
    expect(formatProblems(loaded.problems)).toBe('');
    expect(loaded.plan?.tasks.length).toBeGreaterThanOrEqual(25);
  });

  it('rejects an unknown KPI, naming the goal and suggesting the closest id', () => {
    expect(check(swap('kpi: csat', 'kpi: cast'))).toMatchInlineSnapshot(`
      "data/plan.yaml:6:5  error  goals.0.kpi: goal “csat-90”: KPI “cast” does not exist
          → did you mean “csat”? use one of the KPI ids in data/kpis.json: “csat”, “nps”, “frt-chat”, “frt-ticket”, “fcr”, “aht”, “sla”, “backlog”, “reopen-rate”, “repeat-contact-rate”, “escalation-rate”, “complaint-rate”, “churn”, “ticket-volume”, “training-coverage”, “exam-pass-rate”, “bot-self-service”, “ticket-closure-rate”"
    `);
  });

  it('rejects a task in a missing phase', () => {
    const source = swap(
      '    phase: research\n    start: 2026-03-01',
      '    phase: pilot\n    start: 2026-03-01',
    );
    expect(check(source)).toMatchInlineSnapshot(`
      "data/plan.yaml:37:5  error  tasks.1.phase: task “analyse”: phase “pilot” does not exist
          → use one of the phases declared under \`phases\`: “research”"
    `);
  });

  it('rejects a dependency cycle and prints its path', () => {
    const source = swap(
      '    goals: [csat-90]\n',
      '    goals: [csat-90]\n    dependsOn: [analyse]\n',
    );
    expect(check(source)).toMatchInlineSnapshot(`
      "data/plan.yaml:34:17  error  tasks.0.dependsOn.0: task “map”: dependency cycle map → analyse → map
          → remove one of these dependencies so the tasks can be ordered"
    `);
  });

  it('rejects a deadline before the end of the baseline period', () => {
    expect(check(swap('deadline: 2026-12-31', 'deadline: 2025-11-30'))).toMatchInlineSnapshot(`
      "data/plan.yaml:10:5  error  goals.0.deadline: goal “csat-90”: the deadline 2025-11-30 is not after the baseline period 2025-Q4 (ends 2025-12-31)
          → set a deadline after 2025-12-31, or measure the baseline in an earlier period"
    `);
  });

  it('rejects dates out of order, unknown references and duplicate ids in one pass', () => {
    const source = swap('    due: 2026-04-15', '    due: 2026-02-15\n    goals: [nps-85]')
      .replace(
        '    owner: ops\n    phase: research\n    start: 2026-03-01',
        '    owner: qa\n    phase: research\n    start: 2026-03-01',
      )
      .replace('  - id: analyse', '  - id: map');
    const text = check(source);
    expect(text).toContain('tasks.1.id: task “map” is declared twice');
    expect(text).toContain('tasks.1.owner: task “map”: owner “qa” does not exist');
    expect(text).toContain('tasks.1.due: task “map”: due 2026-02-15, before it starts 2026-03-01');
    expect(text).toContain('tasks.1.goals.0: task “map”: goal “nps-85” does not exist');
  });

  it('rejects a target on the wrong side of the baseline for the KPI’s direction', () => {
    expect(check(swap('target: 90', 'target: 70'))).toContain(
      'goal “csat-90”: the target 70 is below the baseline 80, but for csat higher is better',
    );
  });

  it('warns when the horizon does not match the time to the deadline', () => {
    expect(check(swap('horizon: long', 'horizon: short'))).toContain(
      'warning  goals.0.horizon: goal “csat-90”: horizon “short” does not match the 365 days',
    );
  });

  it('reports YAML syntax and schema errors with their line', () => {
    expect(check(swap('    status: in-progress', '    status: started'))).toMatchInlineSnapshot(`
      "data/plan.yaml:40:5  error  tasks.1.status: task “analyse”: “started” is not allowed
          → use one of: planned, in-progress, done, blocked"
    `);
    expect(check(swap('    due: 2026-04-15', '    due: 2026-04-31'))).toMatchInlineSnapshot(`
      "data/plan.yaml:39:5  error  tasks.1.due: task “analyse”: “2026-04-31”: is not a real date written YYYY-MM-DD
          → write a real calendar day as YYYY-MM-DD, e.g. 2026-06-30"
    `);
    expect(check(`${planYaml}  - id: [oops\n`)).toMatch(
      /^data\/plan\.yaml:\d+:\d+ {2}error {2}is not valid YAML/,
    );
  });
});

describe('dependencyCycles', () => {
  it('finds each cycle once, as a path', () => {
    const tasks = [
      { id: 'a', dependsOn: ['b'] },
      { id: 'b', dependsOn: ['c'] },
      { id: 'c', dependsOn: ['a', 'd'] },
      { id: 'd', dependsOn: [] },
      { id: 'e', dependsOn: ['f'] },
      { id: 'f', dependsOn: ['e'] },
    ];
    expect(dependencyCycles(tasks)).toEqual([
      ['a', 'b', 'c', 'a'],
      ['e', 'f', 'e'],
    ]);
  });
  it('finds none in a diamond', () => {
    const tasks = [
      { id: 'a', dependsOn: ['b', 'c'] },
      { id: 'b', dependsOn: ['d'] },
      { id: 'c', dependsOn: ['d'] },
      { id: 'd', dependsOn: [] },
    ];
    expect(dependencyCycles(tasks)).toEqual([]);
  });
});
