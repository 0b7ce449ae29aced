import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, type ReportCliIo } from '../../scripts/new-report.ts';
import { repoRoot } from '../../scripts/lib/temp-project.ts';
import { parseQuarter } from '../../src/lib/periods.ts';
import { scaffoldReport } from '../../scripts/lib/scaffold.ts';
import { loadMetrics } from '../../src/lib/metrics/load-metrics.ts';
import { loadPlan } from '../../src/lib/roadmap/load.ts';
import { validateReports } from '../../src/lib/metrics/validate-reports.ts';

const metrics = loadMetrics(repoRoot).value;
const kpiIds = metrics.kpis.map((k) => k.id);
const periods = metrics.snapshots.map((s) => s.period);
const targeted = new Set(loadPlan(repoRoot, metrics).plan?.goals.map((g) => g.kpi));

describe('parseQuarter', () => {
  it('accepts a quarter in either case and nothing else', () => {
    expect(parseQuarter('2026-Q4')).toBe('2026-Q4');
    expect(parseQuarter(' 2026-q1 ')).toBe('2026-Q1');
    for (const bad of ['2026-Q5', '2026Q4', '26-Q4', 'Q4-2026', ''])
      expect(parseQuarter(bad)).toBe(undefined);
  });
});

describe('scaffoldReport', () => {
  for (const locale of ['zh-cn', 'en'] as const) {
    it(`writes a ${locale} narrative that passes the report checks and types no number`, () => {
      const file = scaffoldReport('2026-Q3', locale, metrics.kpis, '服务质量改进小组', targeted);
      expect(file.path).toBe(`content/reports/${locale}/2026-q3.mdx`);
      expect(validateReports([file], periods, kpiIds)).toEqual([]);
      for (const kpi of metrics.kpis.filter((k) => k.headline)) {
        expect(file.source).toContain(`<Kpi id="${kpi.id}" />`);
        expect(file.source).toContain(`<Delta id="${kpi.id}" />`);
        expect(file.source.includes(`<Target id="${kpi.id}" />`)).toBe(targeted.has(kpi.id));
      }
      const prose = file.source.replace(/<(Kpi|Delta|Target) id="[^"]*" \/>/g, '');
      expect(prose).not.toMatch(/\d/);
    });
  }

  it('follows the shape of the existing narratives', () => {
    const { source } = scaffoldReport(
      '2026-Q4',
      'en',
      metrics.kpis,
      'Service quality group',
      targeted,
    );
    expect(source.split('\n').slice(0, 12).join('\n')).toMatchInlineSnapshot(`
      "---
      title: "To do: the quarter’s headline"
      summary: "To do: one sentence on the quarter, without figures (the page has them)."
      author: Service quality group
      ---

      (One or two sentences: where the quarter stands in the roadmap and what changed most. Every figure comes from the components below; never type a number.)

      **Headline figures.**

      - Customer satisfaction: <Kpi id="csat" /> (<Delta id="csat" /> on the previous quarter); target <Target id="csat" />. (Why …)
      - Net promoter score: <Kpi id="nps" /> (<Delta id="nps" /> on the previous quarter); target <Target id="nps" />. (Why …)"
    `);
  });
});

describe('npm run new:report', () => {
  let root: string;
  let out: string[];
  let err: string[];
  const io = (overrides: Partial<ReportCliIo> = {}): ReportCliIo => ({
    root,
    gitUser: () => 'Li Na',
    log: (line) => out.push(line),
    error: (line) => err.push(line),
    ...overrides,
  });
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'new-report-'));
    cpSync(join(repoRoot, 'data'), join(root, 'data'), { recursive: true });
    cpSync(join(repoRoot, 'content/reports'), join(root, 'content/reports'), { recursive: true });
    out = [];
    err = [];
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes both languages and warns that the quarter has no snapshot yet', () => {
    expect(main(['2026-q4'], io())).toBe(0);
    expect(readFileSync(join(root, 'content/reports/zh-cn/2026-q4.mdx'), 'utf8')).toContain(
      'author: Li Na',
    );
    expect(existsSync(join(root, 'content/reports/en/2026-q4.mdx'))).toBe(true);
    expect(out.join('\n')).toContain(
      'Warning: there is no data/snapshots/2026-q4.json yet. The report page for 2026-Q4 is built only from a snapshot',
    );
  });

  it('does not warn when the snapshot exists, and writes one locale on request', () => {
    cpSync(join(root, 'data/snapshots/2026-q3.json'), join(root, 'data/snapshots/2026-q4.json'));
    const snapshot = join(root, 'data/snapshots/2026-q4.json');
    // The export ends in 2026-Q3, so the new quarter's problems are assessed, not counted.
    writeFileSync(
      snapshot,
      readFileSync(snapshot, 'utf8')
        .replace('"2026-Q3"', '"2026-Q4"')
        .replace(/"tag": "[a-z_]+"/g, '"frequency": 3'),
    );
    expect(main(['2026-Q4', '--locale', 'en', '--author', 'Quality group'], io())).toBe(0);
    expect(existsSync(join(root, 'content/reports/zh-cn/2026-q4.mdx'))).toBe(false);
    expect(out.join('\n')).not.toContain('Warning');
    expect(out.join('\n')).toContain('open http://localhost:4321/en/reports/2026-q4/\n');
  });

  it('never overwrites an existing narrative', () => {
    const path = join(root, 'content/reports/zh-cn/2026-q3.mdx');
    const before = readFileSync(path, 'utf8');
    expect(main(['2026-Q3', '--locale', 'zh-cn'], io())).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(err).toEqual([
      'content/reports/zh-cn/2026-q3.mdx already exists and was left as it is.',
    ]);
  });

  it('rejects a malformed quarter, an unknown locale and a missing author', () => {
    expect(main(['2026-Q5'], io())).toBe(2);
    expect(err.at(-1)).toMatch(/^“2026-Q5” is not a quarter: write it YYYY-Qn/);
    expect(main(['2026-Q4', '--locale', 'fr'], io())).toBe(2);
    expect(err.at(-1)).toBe('--locale “fr” is not allowed: use one of: zh-cn, en, all');
    expect(main(['2026-Q4'], io({ gitUser: () => undefined }))).toBe(1);
    expect(err.at(-1)).toContain('pass --author');
  });
});
