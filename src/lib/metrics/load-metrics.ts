import { globSync } from 'node:fs';
import { readJson } from '../diagnostics/json-read.ts';
import { hasErrors, type Problem } from '../diagnostics/problem.ts';
import { COMPUTED_KPIS, withTrainingFigures } from '../training/snapshot-figures.ts';
import { validateMetrics, type JsonSource, type MetricsData } from './validate.ts';
import { loadTicketFigures, TICKET_FIGURES_FILE, withTicketFigures } from '../tickets/merge.ts';
import { loadFrequencyBands } from '../tickets/problem-frequency.ts';

export const KPIS_FILE = 'data/kpis.json';
export const BENCHMARKS_FILE = 'data/benchmarks.json';

/**
 * The file a snapshot figure that no snapshot file types was computed from: the training records
 * for the training KPIs, the help-desk export's figures for the others.
 */
export const computedFrom = (kpi: string): string =>
  (COMPUTED_KPIS as readonly string[]).includes(kpi) ? 'data/training/' : TICKET_FIGURES_FILE;

/** Every `data/snapshots/*.json`, sorted by name. */
export const snapshotFiles = (root: string): string[] =>
  globSync('data/snapshots/*.json', { cwd: root })
    .map((f) => f.split('\\').join('/'))
    .sort();

/** Read the catalog, benchmarks and snapshots from disk and validate them together. */
export function loadMetrics(root: string): { value: MetricsData; problems: Problem[] } {
  const problems: Problem[] = [];
  const read = (file: string): JsonSource | undefined => {
    const result = readJson(root, file);
    problems.push(...result.problems);
    // A warning (a very large file) still leaves a usable value; only errors drop the file.
    if (hasErrors(result.problems) || result.text === undefined) return undefined;
    // The text and positions readJson already has: the file is neither read nor scanned again.
    return { file, value: result.value, text: result.text, position: result.position };
  };
  const empty = (file: string): JsonSource => ({ file, value: [], text: '[]' });
  const kpis = read(KPIS_FILE);
  const benchmarks = read(BENCHMARKS_FILE) ?? empty(BENCHMARKS_FILE);
  const snapshots = snapshotFiles(root)
    .map(read)
    .filter((s): s is JsonSource => s !== undefined);
  if (!kpis) return { value: { kpis: [], benchmarks: [], snapshots: [] }, problems };
  // Figures computed from help-desk exports (npm run data:import), read once: problems that name a
  // tag are counted from them while the snapshots are checked, ticket-flow KPIs join them after.
  const figures = loadTicketFigures(root);
  const bands = loadFrequencyBands(root);
  const result = validateMetrics({
    kpis,
    benchmarks,
    snapshots,
    frequencies: { figures: figures.value, bands: bands.value },
  });
  // The training figures of every quarter the learning-platform exports cover come from them.
  const training = withTrainingFigures(root, result.value, snapshots);
  const computed = withTicketFigures(figures.value, training.value, snapshots);
  return {
    value: computed.value,
    problems: [
      ...problems,
      ...figures.problems,
      ...bands.problems,
      ...result.problems,
      ...training.problems,
      ...computed.problems,
    ],
  };
}
