import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../diagnostics/problem.ts';
import { readSourcesChecked } from '../diagnostics/read.ts';
import { CURRICULUM_DIR, validateCurriculum } from './curriculum.ts';
import { loadTrainingModel } from './model.ts';
import { readCsv } from './csv.ts';
import { hasTrainingRecords, RECORD_FILES } from './records.ts';

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
  return [
    ...problems,
    ...sources.problems,
    ...curriculum.problems,
    ...attendanceModules(root, [...new Set(curriculum.value.map((m) => m.id))].sort()),
  ];
}

/** Every session in the attendance export teaches a module of the curriculum. */
function attendanceModules(root: string, modules: readonly string[]): Problem[] {
  const file = join(root, RECORD_FILES.attendance);
  if (!modules.length || !hasTrainingRecords(root) || !existsSync(file)) return [];
  const { problems } = readCsv(RECORD_FILES.attendance, readFileSync(file, 'utf8'), [
    { name: 'module', type: 'enum', allowed: modules },
  ]);
  // A missing column or a broken row is reported where the records are read (loadMetrics).
  return problems.filter((p) => p.code === 'training.csv-enum');
}
