import { benchmarkListSchema, type Benchmark } from '../../schemas/benchmark.ts';
import { kpiCatalogSchema, type Kpi, type KpiUnit } from '../../schemas/kpi.ts';
import { bones, snapshotSchema, type Snapshot } from '../../schemas/snapshot.ts';
import { jsonPositions, type JsonPosition } from '../content/json-position.ts';
import type { Problem } from '../content/problem.ts';
import { closest, zodProblems } from '../content/zod-problems.ts';
import { comparePeriods } from './periods.ts';

/** A JSON file already parsed, with its text for line numbers. */
export interface JsonSource {
  /** Path relative to the project root, forward slashes. */
  file: string;
  value: unknown;
  text: string;
}

export interface MetricsData {
  kpis: Kpi[];
  benchmarks: Benchmark[];
  /** Valid snapshots, oldest first. */
  snapshots: Snapshot[];
}

interface Range {
  min?: number;
  max?: number;
  integer?: boolean;
  allowed: string;
}

/** What values a unit allows. Durations and counts cannot be negative. */
export function unitRange(unit: KpiUnit): Range {
  switch (unit) {
    case 'percent':
      return { min: 0, max: 100, allowed: 'a percentage from 0 to 100 (write 86.5, not 0.865)' };
    case 'nps':
      return { min: -100, max: 100, allowed: 'an NPS from −100 to 100' };
    case 'seconds':
    case 'minutes':
    case 'hours':
    case 'working-days':
      return { min: 0, allowed: `a duration of 0 or more ${unit}` };
    case 'count':
      return { min: 0, integer: true, allowed: 'a whole number of 0 or more' };
    case 'score':
      return { min: 0, allowed: 'a score of 0 or more' };
    case 'currency':
      return { allowed: 'an amount' };
  }
}

/** Why a value is outside its unit's range, or undefined when it is fine. */
export function rangeProblem(value: number, unit: KpiUnit): string | undefined {
  const range = unitRange(unit);
  if (range.min !== undefined && value < range.min) return `${value} is below ${range.min}`;
  if (range.max !== undefined && value > range.max) return `${value} is above ${range.max}`;
  if (range.integer && !Number.isInteger(value)) return `${value} is not a whole number`;
  return undefined;
}

const unitNouns: Record<KpiUnit, string> = {
  percent: 'a percentage',
  nps: 'an NPS score',
  seconds: 'a duration in seconds',
  minutes: 'a duration in minutes',
  hours: 'a duration in hours',
  'working-days': 'a duration in working days',
  count: 'a count',
  score: 'a score',
  currency: 'an amount of money',
};

/** zod problems, with fixes written for JSON rather than YAML. */
function jsonZodProblems(
  error: Parameters<typeof zodProblems>[0],
  data: unknown,
  file: string,
  at: JsonPosition,
): Problem[] {
  return zodProblems(error, data, file, at).map((problem) => {
    if (problem.message !== 'is missing') return problem;
    const path = problem.field.split('.');
    const name = path.pop();
    const inside = path.length ? `inside "${path.join('.')}"` : 'at the top level';
    return { ...problem, fix: `add "${name}": <value> ${inside}` };
  });
}

const SHARE_TOLERANCE = 0.05;
const snapshotFile = /^data\/snapshots\/(\d{4})-q([1-4])\.json$/;

/**
 * Check the KPI catalog, the benchmarks and every snapshot together: shapes, units' ranges,
 * references to KPI ids, one snapshot per quarter, shares summing to 100. Collects every problem in
 * one pass; never throws.
 */
export function validateMetrics(input: {
  kpis: JsonSource;
  benchmarks: JsonSource;
  snapshots: readonly JsonSource[];
}): { value: MetricsData; problems: Problem[] } {
  const problems: Problem[] = [];
  const error = (
    file: string,
    at: JsonPosition,
    path: (string | number)[],
    message: string,
    fix: string,
  ) => problems.push({ severity: 'error', file, ...at(path), field: path.join('.'), message, fix });

  // Catalog
  const kpiPos = jsonPositions(input.kpis.text);
  const catalog = kpiCatalogSchema.safeParse(input.kpis.value);
  const kpis: Kpi[] = [];
  if (!catalog.success) {
    problems.push(...jsonZodProblems(catalog.error, input.kpis.value, input.kpis.file, kpiPos));
  } else {
    const seen = new Set<string>();
    catalog.data.forEach((kpi, index) => {
      if (seen.has(kpi.id)) {
        error(
          input.kpis.file,
          kpiPos,
          [index, 'id'],
          `“${kpi.id}” is declared twice`,
          'give each KPI its own id, or remove the duplicate',
        );
        return;
      }
      seen.add(kpi.id);
      for (const [path, value] of [
        [['target', 'value'], kpi.target?.value],
        [['target', 'baseline', 'value'], kpi.target?.baseline?.value],
      ] as const) {
        const wrong = value === undefined ? undefined : rangeProblem(value, kpi.unit);
        if (wrong)
          error(
            input.kpis.file,
            kpiPos,
            [index, ...path],
            wrong,
            `write ${unitRange(kpi.unit).allowed}`,
          );
      }
      kpis.push(kpi);
    });
  }
  const byId = new Map(kpis.map((k) => [k.id, k]));
  const ids = [...byId.keys()];
  const unknownKpi = (file: string, at: JsonPosition, path: (string | number)[], id: string) => {
    const suggestion = closest(id, ids);
    error(
      file,
      at,
      path,
      `“${id}” is not a KPI in data/kpis.json`,
      suggestion
        ? `did you mean “${suggestion}”? Known ids: ${ids.join(', ')}`
        : `use one of: ${ids.join(', ')}, or declare it in data/kpis.json`,
    );
  };
  const checkValue = (
    file: string,
    at: JsonPosition,
    path: (string | number)[],
    id: string,
    value: number | null,
  ) => {
    const kpi = byId.get(id);
    if (!kpi) {
      if (kpis.length) unknownKpi(file, at, path, id);
      return;
    }
    if (value === null) return;
    const wrong = rangeProblem(value, kpi.unit);
    if (wrong)
      error(
        file,
        at,
        path,
        `${wrong}; ${id} is ${unitNouns[kpi.unit]}`,
        `write ${unitRange(kpi.unit).allowed}, or null if it was not measured`,
      );
  };

  // Benchmarks
  const benchPos = jsonPositions(input.benchmarks.text);
  const benchList = benchmarkListSchema.safeParse(input.benchmarks.value);
  const benchmarks: Benchmark[] = [];
  if (!benchList.success) {
    problems.push(
      ...jsonZodProblems(benchList.error, input.benchmarks.value, input.benchmarks.file, benchPos),
    );
  } else {
    const seen = new Set<string>();
    benchList.data.forEach((benchmark, index) => {
      const before = problems.length;
      if (seen.has(benchmark.kpi)) {
        error(
          input.benchmarks.file,
          benchPos,
          [index, 'kpi'],
          `“${benchmark.kpi}” has a second benchmark`,
          'keep one benchmark per KPI',
        );
      }
      seen.add(benchmark.kpi);
      checkValue(input.benchmarks.file, benchPos, [index, 'value'], benchmark.kpi, benchmark.value);
      if (problems.length === before) benchmarks.push(benchmark);
    });
  }

  // Snapshots
  const snapshots: Snapshot[] = [];
  const periods = new Map<string, string>();
  for (const source of input.snapshots) {
    const { file } = source;
    const at = jsonPositions(source.text);
    const parsed = snapshotSchema.safeParse(source.value);
    if (!parsed.success) {
      problems.push(...jsonZodProblems(parsed.error, source.value, file, at));
      continue;
    }
    const snapshot = parsed.data;
    const before = problems.length;
    const name = snapshotFile.exec(file);
    if (!name) {
      error(
        file,
        at,
        [],
        'is not named after a quarter',
        `rename it data/snapshots/<yyyy>-q<n>.json, e.g. data/snapshots/${snapshot.period.toLowerCase()}.json`,
      );
    } else if (`${name[1]}-Q${name[2]}` !== snapshot.period) {
      error(
        file,
        at,
        ['period'],
        `is “${snapshot.period}” but the file is named for ${name[1]}-Q${name[2]}`,
        `set "period": "${name[1]}-Q${name[2]}" or rename the file`,
      );
    }
    const twin = periods.get(snapshot.period);
    if (twin) {
      error(
        file,
        at,
        ['period'],
        `“${snapshot.period}” is also the period of ${twin}`,
        'keep one snapshot per quarter: merge the two files or correct the period',
      );
    } else periods.set(snapshot.period, file);

    for (const [id, value] of Object.entries(snapshot.metrics))
      checkValue(file, at, ['metrics', id], id, value);
    for (const [channel, values] of Object.entries(snapshot.channels)) {
      for (const [id, value] of Object.entries(values ?? {}))
        checkValue(file, at, ['channels', channel, id], id, value);
    }
    if (snapshot.rootCauses) {
      const total = bones.reduce((sum, bone) => sum + snapshot.rootCauses![bone], 0);
      if (Math.abs(total - 100) > SHARE_TOLERANCE) {
        error(
          file,
          at,
          ['rootCauses'],
          `the shares add up to ${Math.round(total * 100) / 100}, not 100`,
          `make people + process + technology + resources equal 100`,
        );
      }
    }
    // Training figures that are also KPIs must not be typed twice with different values.
    for (const [field, id] of [
      ['coverage', 'training-coverage'],
      ['passRate', 'exam-pass-rate'],
    ] as const) {
      const kpiValue = snapshot.metrics[id];
      if (
        snapshot.training &&
        typeof kpiValue === 'number' &&
        kpiValue !== snapshot.training[field]
      ) {
        error(
          file,
          at,
          ['training', field],
          `is ${snapshot.training[field]} but metrics.${id} is ${kpiValue}`,
          `make the two equal; they are the same figure`,
        );
      }
    }
    for (const key of ['funnel', 'problems', 'skills'] as const) {
      const seen = new Set<string>();
      snapshot[key].forEach((item, index) => {
        const itemId = 'stage' in item ? item.stage : item.id;
        const field = 'stage' in item ? 'stage' : 'id';
        if (seen.has(itemId))
          error(
            file,
            at,
            [key, index, field],
            `“${itemId}” appears twice in ${key}`,
            `give each entry of ${key} its own ${field}`,
          );
        seen.add(itemId);
      });
    }
    if (problems.length === before) snapshots.push(snapshot);
  }
  snapshots.sort((a, b) => comparePeriods(a.period, b.period));
  return { value: { kpis, benchmarks, snapshots }, problems };
}
