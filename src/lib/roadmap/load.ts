import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../diagnostics/problem.ts';
import type { Plan } from '../../schemas/plan.ts';
import { parsePlan } from './plan-file.ts';
import type { PlanKpi } from './progress.ts';
import { readJson } from '../diagnostics/json-read.ts';
import { computedFrom, snapshotFiles } from '../metrics/load-metrics.ts';
import type { Snapshot } from '../../schemas/snapshot.ts';
import { validatePlan, type MeasuredValue } from './validate.ts';

/** Where the plan may live, first match wins. */
export const planFiles = ['data/plan.yaml', 'data/plan.yml', 'data/plan.json'] as const;

export interface LoadedPlan {
  /** The plan file's path, or undefined when the project has no plan. */
  file: string | undefined;
  /** Undefined when the file is missing or has errors. */
  plan: Plan | undefined;
  problems: Problem[];
}

/** A plan file its caller has already read (and decoded), so it is not read twice. */
export interface PlanSource {
  file: string;
  text: string;
}

/**
 * Read, parse and cross-check the plan. A project without a plan file has no roadmap. Pass
 * `source` when the file has been read already (the check reads it strictly, as UTF-8).
 */
/** What the plan is checked against: the catalog and the snapshots as the metrics model has them. */
export interface PlanMetrics {
  kpis: readonly PlanKpi[];
  /** Snapshots with the figures computed from exports and records merged in. */
  snapshots?: readonly Pick<Snapshot, 'period' | 'metrics'>[] | undefined;
}

/**
 * Every KPI value of every snapshot file with its line, so a goal's baseline is read from the
 * data and a typed baseline that differs can name both files. A value no snapshot file types but
 * the metrics model has was computed (from a help-desk export or the training records): it names
 * the file it was computed from. Unreadable snapshots are skipped (the metrics check reports them).
 */
export function measuredValues(
  root: string,
  merged: PlanMetrics['snapshots'] = [],
): (kpi: string, period: string) => MeasuredValue | undefined {
  const found = new Map<string, MeasuredValue>();
  for (const file of snapshotFiles(root)) {
    const json = readJson(root, file);
    const value = json.value as { period?: unknown; metrics?: Record<string, unknown> } | undefined;
    if (!value || typeof value.period !== 'string' || !json.position) continue;
    for (const [kpi, v] of Object.entries(value.metrics ?? {})) {
      const { line } = json.position(['metrics', kpi]);
      found.set(`${value.period}\u0000${kpi}`, {
        value: typeof v === 'number' ? v : null,
        file,
        line,
      });
    }
  }
  for (const snapshot of merged) {
    for (const [kpi, value] of Object.entries(snapshot.metrics)) {
      const key = `${snapshot.period}\u0000${kpi}`;
      if (!found.has(key) && typeof value === 'number')
        found.set(key, { value, file: computedFrom(kpi), line: 1 });
    }
  }
  return (kpi, period) => found.get(`${period}\u0000${kpi}`);
}

export function loadPlan(root: string, metrics: PlanMetrics, source?: PlanSource): LoadedPlan {
  const file = source?.file ?? planFiles.find((f) => existsSync(join(root, f)));
  if (!file) return { file: undefined, plan: undefined, problems: [] };
  const parsed = parsePlan(source?.text ?? readFileSync(join(root, file), 'utf8'), file);
  if (!parsed.value) return { file, plan: undefined, problems: parsed.problems };
  const problems = validatePlan(parsed.value, {
    file,
    position: parsed.position,
    kpis: metrics.kpis,
    measured: measuredValues(root, metrics.snapshots),
  });
  const failed = problems.some((p) => p.severity === 'error');
  return { file, plan: failed ? undefined : parsed.value, problems };
}
