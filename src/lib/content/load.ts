import { globSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { categoryListSchema, type Category } from '../../schemas/category.ts';
import { hasErrors, type Problem } from './problem.ts';
import type { SourceFile } from './validate-kb.ts';
import { validateKb } from './validate-kb.ts';
import { zodProblems } from './zod-problems.ts';
import { loadMetrics } from '../metrics/load-metrics.ts';
import { validateReports } from '../metrics/validate-reports.ts';
import { loadPlan } from '../roadmap/load.ts';

const toPosix = (path: string) => path.split(sep).join('/');

/** Read a JSON file; a syntax error becomes a problem with its line and column. */
export function readJson(root: string, file: string): { value: unknown; problems: Problem[] } {
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    return { value: undefined, problems: [{ severity: 'error', file, line: 1, column: 1, field: '', message: 'the file is missing', fix: `create ${file}` }] };
  }
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')), problems: [] };
  } catch (error) {
    const offset = Number(/position (\d+)/.exec(String(error))?.[1] ?? 0);
    const before = text.slice(0, offset).split('\n');
    return {
      value: undefined,
      problems: [{ severity: 'error', file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1, field: '', message: `is not valid JSON: ${(error as Error).message}`, fix: 'check for a missing comma, quote or bracket near this place' }],
    };
  }
}

export function loadCategories(root: string): { value: Category[]; problems: Problem[] } {
  const file = 'data/categories.json';
  const { value, problems } = readJson(root, file);
  if (problems.length) return { value: [], problems };
  const parsed = categoryListSchema.safeParse(value);
  if (parsed.success) return { value: parsed.data, problems: [] };
  return { value: [], problems: zodProblems(parsed.error, value, file, () => ({ line: 1, column: 1 })) };
}

export function readKbSources(root: string): SourceFile[] {
  return readSources(root, 'content/kb');
}

/** Every Markdown/MDX file under `folder`, sorted by path. */
export function readSources(root: string, folder: string): SourceFile[] {
  return globSync(`${folder}/**/*`, { cwd: root, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(md|mdx|markdown)$/.test(entry.name))
    .map((entry) => {
      const path = toPosix(relative(root, join(entry.parentPath, entry.name)));
      return { path, source: readFileSync(join(root, path), 'utf8') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Everything the build checks before it writes a byte: categories and every article. */
export function checkProject(root: string): Problem[] {
  const categories = loadCategories(root);
  const kb = validateKb(readKbSources(root), categories.value);
  const metrics = loadMetrics(root);
  const reports = hasErrors(metrics.problems)
    ? []
    : validateReports(
        readSources(root, 'content/reports'),
        metrics.value.snapshots.map((s) => s.period),
        metrics.value.kpis.map((k) => k.id),
      );
  return [
    ...categories.problems,
    ...(categories.value.length ? kb.problems : []),
    ...metrics.problems,
    ...reports,
    ...loadPlan(root).problems,
  ];
}
