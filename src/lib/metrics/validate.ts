import type { z } from 'astro/zod';
import { benchmarkListSchema, type Benchmark } from '../../schemas/benchmark.ts';
import { kpiCatalogSchema, type Kpi, type KpiUnit } from '../../schemas/kpi.ts';
import type { Goal } from '../../schemas/plan.ts';
import {
  bones,
  snapshotSchema,
  type DiagnosedProblem,
  type Snapshot,
  type SnapshotFile,
} from '../../schemas/snapshot.ts';
import { jsonPositions, type JsonPosition } from '../diagnostics/json-position.ts';
import { problem, type Problem } from '../diagnostics/problem.ts';
import type { MessageCode, MessageParams } from '../diagnostics/messages/index.ts';
import type { RangeProblem } from '../diagnostics/messages/en.ts';
import { closest, zodProblems } from '../diagnostics/zod-problems.ts';
import { comparePeriods } from '../periods.ts';
import { frequencyFromTag, type FrequencySource } from '../tickets/problem-frequency.ts';

/** A JSON file already parsed, with its text for line numbers. */
export interface JsonSource {
  /** Path relative to the project root, forward slashes. */
  file: string;
  value: unknown;
  text: string;
  /** Where each path of `text` sits, when the reader has it already; else the text is scanned. */
  position?: JsonPosition | undefined;
}

export interface MetricsData {
  kpis: Kpi[];
  benchmarks: Benchmark[];
  /** Valid snapshots, oldest first. */
  snapshots: Snapshot[];
  /** The plan's goals: the only targets (read with the plan; absent without one). */
  goals?: Goal[];
}

interface Range {
  min?: number;
  max?: number;
  integer?: boolean;
}

/**
 * What values a unit allows. Durations and counts cannot be negative. How the range is worded
 * lives in the message catalogs (`unitAllowed`), in every language of the check.
 */
export function unitRange(unit: KpiUnit): Range {
  switch (unit) {
    case 'percent':
      return { min: 0, max: 100 };
    case 'nps':
      return { min: -100, max: 100 };
    case 'seconds':
    case 'minutes':
    case 'hours':
    case 'working-days':
    case 'score':
      return { min: 0 };
    case 'count':
      return { min: 0, integer: true };
    case 'currency':
      return {};
  }
}

/** Why a value is outside its unit's range, or undefined when it is fine. */
export function rangeWrong(value: number, unit: KpiUnit): RangeProblem | undefined {
  const range = unitRange(unit);
  if (range.min !== undefined && value < range.min)
    return { kind: 'below', value, bound: range.min };
  if (range.max !== undefined && value > range.max)
    return { kind: 'above', value, bound: range.max };
  if (range.integer && !Number.isInteger(value)) return { kind: 'fraction', value };
  return undefined;
}

const SHARE_TOLERANCE = 0.05;
const snapshotFile = /^data\/snapshots\/(\d{4})-q([1-4])\.json$/;

type Report = <C extends MessageCode>(
  file: string,
  at: JsonPosition,
  path: (string | number)[],
  code: C,
  params: MessageParams<C>,
) => void;

/** What the steps of {@link validateMetrics} share: the problems so far and how to add one. */
interface MetricsCheck {
  problems: Problem[];
  error: Report;
}

const positionsOf = (source: JsonSource) => source.position ?? jsonPositions(source.text);
// Fixes are written for JSON (`"name": value`), not YAML.
const json = (schema: z.ZodType) => ({ syntax: 'json', schema }) as const;

/**
 * Check the KPI catalog, the benchmarks and every snapshot together: shapes, units' ranges,
 * references to KPI ids, one snapshot per quarter, shares summing to 100. Collects every problem in
 * one pass; never throws.
 */
export function validateMetrics(input: {
  kpis: JsonSource;
  benchmarks: JsonSource;
  snapshots: readonly JsonSource[];
  /** Where problems that name a `tag` get their frequency (none: such a problem is an error). */
  frequencies?: FrequencySource;
}): { value: MetricsData; problems: Problem[] } {
  const problems: Problem[] = [];
  const error: Report = (file, at, path, code, params) =>
    problems.push(problem('error', file, at(path), path.join('.'), code, params));
  const check: MetricsCheck = { problems, error };
  const kpis = validateCatalog(check, input.kpis);
  const checkValue = valueChecker(check, kpis);
  const benchmarks = validateBenchmarks(check, input.benchmarks, checkValue);
  const snapshots: Snapshot[] = [];
  const periods = new Map<string, string>();
  const frequencies = input.frequencies ?? { figures: undefined, bands: undefined };
  for (const source of input.snapshots) {
    const snapshot = validateSnapshot(check, source, periods, checkValue, frequencies);
    if (snapshot) snapshots.push(snapshot);
  }
  snapshots.sort((a, b) => comparePeriods(a.period, b.period));
  return { value: { kpis, benchmarks, snapshots }, problems };
}

/**
 * Each problem with its frequency: typed, or counted from its tag in the ticket export. A problem
 * with both, or neither, or a tag the export cannot count, is reported and left out.
 */
function diagnosedProblems(
  snapshot: SnapshotFile,
  frequencies: FrequencySource,
  report: <C extends MessageCode>(
    path: (string | number)[],
    code: C,
    params: MessageParams<C>,
  ) => void,
): DiagnosedProblem[] {
  const out: DiagnosedProblem[] = [];
  snapshot.problems.forEach((p, index) => {
    const { frequency, tag, ...rest } = p;
    if (frequency !== undefined && tag !== undefined) {
      report(['problems', index, 'tag'], 'metrics.problem-frequency-twice', {
        id: p.id,
        frequency,
        tag,
      });
    } else if (frequency !== undefined) {
      out.push({ ...rest, frequency });
    } else if (tag === undefined) {
      report(['problems', index], 'metrics.problem-frequency-missing', { id: p.id });
    } else {
      const counted = frequencyFromTag(tag, snapshot.period, frequencies);
      if ('code' in counted) report(['problems', index, 'tag'], counted.code, counted.params);
      else out.push({ ...rest, tag, frequency: counted.frequency, frequencyFrom: counted.basis });
    }
  });
  return out;
}

/** The catalog's KPIs, each id once. (Targets are the plan's goals, checked with the plan.) */
function validateCatalog({ problems, error }: MetricsCheck, source: JsonSource): Kpi[] {
  const kpiPos = positionsOf(source);
  const catalog = kpiCatalogSchema.safeParse(source.value);
  const kpis: Kpi[] = [];
  if (!catalog.success) {
    problems.push(
      ...zodProblems(catalog.error, source.value, source.file, kpiPos, json(kpiCatalogSchema)),
    );
    return kpis;
  }
  const seen = new Set<string>();
  catalog.data.forEach((kpi, index) => {
    if (seen.has(kpi.id)) {
      error(source.file, kpiPos, [index, 'id'], 'metrics.kpi-duplicate', { id: kpi.id });
      return;
    }
    seen.add(kpi.id);
    kpis.push(kpi);
  });
  return kpis;
}

type ValueCheck = (
  file: string,
  at: JsonPosition,
  path: (string | number)[],
  id: string,
  value: number | null,
) => void;

/** A check that a value names a KPI of the catalog and lies within its unit's range. */
function valueChecker({ error }: MetricsCheck, kpis: readonly Kpi[]): ValueCheck {
  const byId = new Map(kpis.map((k) => [k.id, k]));
  const ids = [...byId.keys()];
  const unknownKpi = (file: string, at: JsonPosition, path: (string | number)[], id: string) => {
    const suggestion = closest(id, ids);
    error(file, at, path, 'metrics.unknown-kpi', {
      id,
      ...(suggestion ? { suggestion } : {}),
      known: ids,
    });
  };
  return (file, at, path, id, value) => {
    const kpi = byId.get(id);
    if (!kpi) {
      if (kpis.length) unknownKpi(file, at, path, id);
      return;
    }
    if (value === null) return;
    const wrong = rangeWrong(value, kpi.unit);
    if (wrong) error(file, at, path, 'metrics.value-range', { wrong, unit: kpi.unit, id });
  };
}

/** Industry benchmarks: one per KPI, each a valid value of a catalog KPI. */
function validateBenchmarks(
  { problems, error }: MetricsCheck,
  source: JsonSource,
  checkValue: ValueCheck,
): Benchmark[] {
  const benchPos = positionsOf(source);
  const benchList = benchmarkListSchema.safeParse(source.value);
  const benchmarks: Benchmark[] = [];
  if (!benchList.success) {
    problems.push(
      ...zodProblems(
        benchList.error,
        source.value,
        source.file,
        benchPos,
        json(benchmarkListSchema),
      ),
    );
    return benchmarks;
  }
  const seen = new Set<string>();
  benchList.data.forEach((benchmark, index) => {
    const before = problems.length;
    if (seen.has(benchmark.kpi)) {
      error(source.file, benchPos, [index, 'kpi'], 'metrics.benchmark-duplicate', {
        id: benchmark.kpi,
      });
    }
    seen.add(benchmark.kpi);
    checkValue(source.file, benchPos, [index, 'value'], benchmark.kpi, benchmark.value);
    if (problems.length === before) benchmarks.push(benchmark);
  });
  return benchmarks;
}

/**
 * One snapshot: its shape, its file name and period, one file per period, values of catalog
 * KPIs within range, shares summing to 100, no duplicate entries. Undefined when it has a problem.
 */
function validateSnapshot(
  { problems, error }: MetricsCheck,
  source: JsonSource,
  periods: Map<string, string>,
  checkValue: ValueCheck,
  frequencies: FrequencySource,
): Snapshot | undefined {
  const { file } = source;
  const at = positionsOf(source);
  const parsed = snapshotSchema.safeParse(source.value);
  if (!parsed.success) {
    problems.push(...zodProblems(parsed.error, source.value, file, at, json(snapshotSchema)));
    return undefined;
  }
  const before = problems.length;
  const snapshot: Snapshot = {
    ...parsed.data,
    problems: diagnosedProblems(parsed.data, frequencies, (path, code, params) =>
      error(file, at, path, code, params),
    ),
  };
  const name = snapshotFile.exec(file);
  if (!name) {
    error(file, at, [], 'metrics.snapshot-name', { suggested: snapshot.period.toLowerCase() });
  } else if (`${name[1]}-Q${name[2]}` !== snapshot.period) {
    error(file, at, ['period'], 'metrics.period-mismatch', {
      period: snapshot.period,
      expected: `${name[1]}-Q${name[2]}`,
    });
  }
  const twin = periods.get(snapshot.period);
  if (twin) {
    error(file, at, ['period'], 'metrics.period-duplicate', {
      period: snapshot.period,
      other: twin,
    });
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
      error(file, at, ['rootCauses'], 'metrics.shares', { total: Math.round(total * 100) / 100 });
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
      error(file, at, ['training', field], 'metrics.training-mismatch', {
        value: snapshot.training[field],
        id,
        kpiValue,
      });
    }
  }
  for (const key of ['funnel', 'problems', 'skills'] as const) {
    const seen = new Set<string>();
    snapshot[key].forEach((item, index) => {
      const itemId = 'stage' in item ? item.stage : item.id;
      const field = 'stage' in item ? 'stage' : 'id';
      if (seen.has(itemId))
        error(file, at, [key, index, field], 'metrics.entry-duplicate', {
          id: itemId,
          key,
          field,
        });
      seen.add(itemId);
    });
  }
  return problems.length === before ? snapshot : undefined;
}
