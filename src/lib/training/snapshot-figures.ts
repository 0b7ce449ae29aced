/**
 * The one hook between the training records and the quarterly snapshots: for every quarter the
 * records cover, the snapshot's training figures (the `training-coverage` and `exam-pass-rate`
 * KPIs, the `training` block and `skills` vs standard) are computed here and never typed in the
 * snapshot file. A snapshot that types one of them anyway is an error, pointing at the line.
 */
import { problem, type Problem } from '../diagnostics/problem.ts';
import { jsonPositions } from '../diagnostics/json-position.ts';
import type { JsonSource, MetricsData } from '../metrics/validate.ts';
import type { Snapshot } from '../../schemas/snapshot.ts';
import type { TrainingModel } from '../../schemas/training-model.ts';
import { hasRecordsIn, periodFigures } from './compute.ts';
import { loadTrainingModel } from './model.ts';
import { hasTrainingRecords, loadTrainingRecords, type TrainingRecords } from './records.ts';

/** The KPI ids the records compute. */
export const COMPUTED_KPIS = ['training-coverage', 'exam-pass-rate'] as const;

/** A snapshot with the quarter's figures from the records filled in. */
export function snapshotWithTraining(
  model: TrainingModel,
  records: TrainingRecords,
  snapshot: Snapshot,
  kpiIds: ReadonlySet<string>,
): Snapshot {
  const f = periodFigures(model, records, snapshot.period);
  const metrics = { ...snapshot.metrics };
  if (kpiIds.has('training-coverage') && f.coverage !== undefined)
    metrics['training-coverage'] = f.coverage;
  if (kpiIds.has('exam-pass-rate') && f.passRate !== undefined)
    metrics['exam-pass-rate'] = f.passRate;
  const labels = new Map(model.skills.map((s) => [s.id, s.label]));
  return {
    ...snapshot,
    metrics,
    skills: f.skills.map((s) => ({
      id: s.id,
      label: labels.get(s.id)!,
      score: s.score,
      standard: s.standard,
    })),
    ...(f.coverage !== undefined && f.passRate !== undefined
      ? {
          training: {
            coverage: f.coverage,
            sessions: f.sessions,
            passRate: f.passRate,
            grades: f.grades,
            certifications: f.certifications,
          },
        }
      : {}),
  };
}

/** Fields of a snapshot file that the records compute, where typed. */
function typedTwice(source: JsonSource): { path: (string | number)[]; figure: string }[] {
  const value = source.value as {
    metrics?: Record<string, unknown>;
    training?: unknown;
    skills?: unknown[];
  };
  const found: { path: (string | number)[]; figure: string }[] = [];
  for (const id of COMPUTED_KPIS)
    if (value.metrics && id in value.metrics) found.push({ path: ['metrics', id], figure: id });
  if (value.training !== undefined) found.push({ path: ['training'], figure: 'training' });
  if (Array.isArray(value.skills) && value.skills.length)
    found.push({ path: ['skills'], figure: 'skills' });
  return found;
}

/**
 * Merge the records' figures into the validated snapshots (`loadMetrics` calls this once). A
 * project without `data/training/roster.csv` keeps its snapshots as they are.
 */
export function withTrainingFigures(
  root: string,
  data: MetricsData,
  sources: readonly JsonSource[],
): { value: MetricsData; problems: Problem[] } {
  if (!hasTrainingRecords(root)) return { value: data, problems: [] };
  const model = loadTrainingModel(root);
  if (!model.value) return { value: data, problems: model.problems };
  const records = loadTrainingRecords(root, model.value);
  const problems = [...records.problems];
  const kpiIds = new Set(data.kpis.map((k) => k.id));
  const covered = new Set(
    data.snapshots.map((s) => s.period).filter((p) => hasRecordsIn(records.value, p)),
  );
  for (const source of sources) {
    const period = (source.value as { period?: unknown }).period;
    if (typeof period !== 'string' || !covered.has(period)) continue;
    const position = source.position ?? jsonPositions(source.text);
    for (const { path, figure } of typedTwice(source))
      problems.push(
        problem('error', source.file, position(path), path.join('.'), 'training.typed-twice', {
          figure,
        }),
      );
  }
  return {
    value: {
      ...data,
      snapshots: data.snapshots.map((s) =>
        covered.has(s.period) ? snapshotWithTraining(model.value!, records.value, s, kpiIds) : s,
      ),
    },
    problems,
  };
}
