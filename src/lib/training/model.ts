/**
 * The competency model (`data/training/model.yaml`): grade bands, skills and their standard,
 * assessment dimensions with weights, assessment kinds, the tier plan and the priority colours.
 * Every page, check and figure reads it through {@link loadTrainingModel}; nothing else defines them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { problem, type Problem } from '../diagnostics/problem.ts';
import { tidyYamlProblems, yamlProblem } from '../diagnostics/yaml-problems.ts';
import { yamlPositions } from '../diagnostics/yaml-position.ts';
import { zodProblems } from '../diagnostics/zod-problems.ts';
import {
  trainingModelSchema,
  type GradeId,
  type TrainingModel,
} from '../../schemas/training-model.ts';

export const MODEL_FILE = 'data/training/model.yaml';

/** Parse and check the model's text. Never throws. */
export function parseTrainingModel(
  source: string,
  file: string = MODEL_FILE,
): { value: TrainingModel | undefined; problems: Problem[] } {
  const text = source.replace(/^\uFEFF/, '');
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = yamlPositions(doc, lineCounter);
  if (doc.errors.length) {
    const lines = text.split(/\r?\n/);
    return {
      value: undefined,
      problems: tidyYamlProblems(
        doc.errors.map((e) => {
          const pos = lineCounter.linePos(e.pos[0]);
          return yamlProblem(file, 'plan', e, { line: pos.line, column: pos.col }, lines);
        }),
      ),
    };
  }
  const data: unknown = doc.toJS();
  const parsed = trainingModelSchema.safeParse(data);
  if (!parsed.success)
    return {
      value: undefined,
      problems: zodProblems(parsed.error, data, file, position, { schema: trainingModelSchema }),
    };
  const model = parsed.data;
  const problems: Problem[] = [];
  const sum = model.dimensions.reduce((total, d) => total + d.weight, 0);
  if (Math.abs(sum - 1) > 1e-9)
    problems.push(
      problem('error', file, position(['dimensions']), 'dimensions', 'training.model-weights', {
        sum: String(Math.round(sum * 1000) / 1000),
      }),
    );
  const [top, middle, bottom] = model.grades;
  if (
    top?.id !== 'excellent' ||
    middle?.id !== 'pass' ||
    bottom?.id !== 'fail' ||
    bottom.min !== 0 ||
    !(top.min > middle.min && middle.min > bottom.min)
  )
    problems.push(
      problem('error', file, position(['grades']), 'grades', 'training.model-bands', {}),
    );
  for (const flag of ['grades', 'exam'] as const) {
    if (model.kinds.filter((k) => k[flag]).length !== 1)
      problems.push(
        problem('error', file, position(['kinds']), 'kinds', 'training.model-kind', { flag }),
      );
  }
  return { value: problems.length ? undefined : model, problems };
}

/** Read the model from a project; undefined (and no problem) when the project has no training. */
export function loadTrainingModel(root: string): {
  value: TrainingModel | undefined;
  problems: Problem[];
} {
  const path = join(root, MODEL_FILE);
  if (!existsSync(path)) return { value: undefined, problems: [] };
  return parseTrainingModel(readFileSync(path, 'utf8'));
}

/** The grade a score earns: the first band (highest first) whose minimum it reaches. */
export function gradeOf(model: Pick<TrainingModel, 'grades'>, score: number): GradeId {
  for (const band of model.grades) if (score >= band.min) return band.id;
  return 'fail';
}

/** An assessment's overall score: the dimensions' weighted mean, to one decimal. */
export function weightedScore(
  model: Pick<TrainingModel, 'dimensions'>,
  scores: Readonly<Record<string, number>>,
): number {
  const total = model.dimensions.reduce((sum, d) => sum + d.weight * (scores[d.id] ?? 0), 0);
  return Math.round(total * 10) / 10;
}

/** Whether a score passes (reaches the `pass` band). */
export const passes = (model: Pick<TrainingModel, 'grades'>, score: number): boolean =>
  gradeOf(model, score) !== 'fail';
