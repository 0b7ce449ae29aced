import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../diagnostics/problem.ts';
import { readSourcesChecked } from '../diagnostics/read.ts';
import { CURRICULUM_DIR, validateCurriculum } from './curriculum.ts';
import { loadTrainingModel } from './model.ts';
import { hasTrainingRecords } from './records.ts';

/**
 * The training part of `npm run check`: the curriculum against the knowledge base and the model.
 * The records are checked where their figures are merged (`loadMetrics`), and with them the model;
 * without records the model's problems are reported here.
 */
export function checkTraining(
  root: string,
  articles: readonly { locale: string; slug: string; data: { category: string } }[],
): Problem[] {
  const model = loadTrainingModel(root);
  const problems = hasTrainingRecords(root) ? [] : [...model.problems];
  if (!existsSync(join(root, CURRICULUM_DIR))) return problems;
  const sources = readSourcesChecked(root, CURRICULUM_DIR);
  const curriculum = validateCurriculum(sources.files, {
    articles: new Set(articles.map((a) => `${a.locale}/${a.data.category}/${a.slug}`)),
    skills: model.value?.skills.map((s) => s.id) ?? [],
  });
  return [...problems, ...sources.problems, ...curriculum.problems];
}
