/** Renders benchmark runs as the Markdown of docs/benchmarks.md. */
import {
  compare,
  formatValue,
  runArticles,
  runKind,
  type Budget,
  type Figure,
  type RunKind,
} from './budgets.ts';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  /** 1-minute load average when the run started: a loaded machine gives slower figures. */
  loadAverage: number;
}

export interface Run {
  /** `synthetic-1000`, `synthetic-10000`, `corpus-<name>`: a later run with the same key replaces it. */
  key: string;
  title: string;
  date: string;
  command: string;
  machine: Machine;
  /** Free text written under the heading (e.g. “taken under load”). */
  note?: string | undefined;
  figures: Figure[];
  /** Lines listed under the table (e.g. the Lighthouse audits that lost points). */
  findings?: string[] | undefined;
  /** Everything else measured (per-file lists, per-page breakdowns) for the JSON only. */
  details?: Record<string, unknown>;
}

export interface Results {
  runs: Run[];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function budgetText(budget: Budget | undefined): string {
  if (!budget) return '';
  return `${budget.kind === 'max' ? '≤' : '≥'} ${formatValue(budget.limit, budget.unit)}`;
}

export function machineLine(m: Machine): string {
  return `${m.cpu} × ${m.cores} cores, ${m.memoryGiB} GiB RAM, ${m.os}; Node ${m.node}; ${m.chromium}; load average ${m.loadAverage} at the start`;
}

/** One run's table: figure, value, budget, ✓ within / ✗ over / blank without a budget. */
export function renderRunTable(
  figures: readonly Figure[],
  list?: readonly Budget[],
  run?: RunKind,
  articles?: number,
): string {
  const rows = compare(figures, list, run, articles).map(({ figure, budget, ok }) => {
    const value = formatValue(figure.value, figure.unit) + (figure.note ? ` (${figure.note})` : '');
    const mark = ok === undefined ? '' : ok ? '✓' : '✗';
    return `| ${cell(figure.label)} | ${cell(value)} | ${cell(budgetText(budget))} | ${mark} |`;
  });
  return ['| Figure | Value | Budget | |', '|---|---|---|---|', ...rows].join('\n');
}

export function renderRun(run: Run, list?: readonly Budget[]): string {
  const kind = runKind(run.key);
  const verdicts = compare(run.figures, list, kind, runArticles(run.key));
  const over = verdicts.filter((v) => v.ok === false).length;
  const within = verdicts.filter((v) => v.ok === true).length;
  return [
    `## ${run.title}`,
    '',
    `${run.date.slice(0, 10)} · \`${run.command}\``,
    '',
    `Machine: ${machineLine(run.machine)}.`,
    ...(run.note ? ['', run.note] : []),
    '',
    `${within} figures within budget, ${over} over.`,
    '',
    renderRunTable(run.figures, list, kind, runArticles(run.key)),
    ...(run.findings?.length ? ['', ...run.findings.map((f) => `- ${f}`)] : []),
  ].join('\n');
}

/** Merges new runs into earlier results: a run replaces the earlier one with its key. */
export function mergeRuns(previous: Results | undefined, runs: readonly Run[]): Results {
  const byKey = new Map((previous?.runs ?? []).map((r) => [r.key, r]));
  for (const run of runs) byKey.set(run.key, run);
  const order = (key: string) =>
    key.startsWith('synthetic-') ? Number(key.slice('synthetic-'.length)) : Infinity;
  return {
    runs: [...byKey.values()].sort(
      (a, b) => order(a.key) - order(b.key) || a.key.localeCompare(b.key),
    ),
  };
}

export function renderMarkdown(results: Results, method: string, list?: readonly Budget[]): string {
  return [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.ts) together with docs/benchmarks.json; do not edit by',
    'hand. Each run below replaces the earlier run of the same corpus. ✓ within budget, ✗ over.',
    '',
    ...results.runs.flatMap((run) => [renderRun(run, list), '']),
    '## How it is measured',
    '',
    method.trim(),
    '',
  ].join('\n');
}
