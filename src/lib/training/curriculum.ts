/**
 * The curriculum under `content/training/<locale>/<tier>/<id>.md`: front matter checked against
 * the module schema, then against the rest of the project (articles exist in the same locale,
 * prerequisites exist, one module per position, every quiz question has its right answers, the
 * competency is a skill of the model). Every problem has file, line and column.
 */
import { readFrontMatter } from '../diagnostics/front-matter.ts';
import { problem, type Problem } from '../diagnostics/problem.ts';
import type { SourceFile } from '../diagnostics/read.ts';
import { tidyYamlProblems, yamlProblem } from '../diagnostics/yaml-problems.ts';
import { closest, zodProblems } from '../diagnostics/zod-problems.ts';
import { found } from '../diagnostics/messages/index.ts';
import { trainingModuleSchema, type TrainingModuleData } from '../../schemas/training-module.ts';

export const CURRICULUM_DIR = 'content/training';

export interface CurriculumModule {
  file: string;
  locale: string;
  id: string;
  data: TrainingModuleData;
  body: string;
}

const pathPattern = /^content\/training\/([^/]+)\/([^/]+)\/([a-z0-9-]+)\.mdx?$/;

/**
 * Check every module file. `articles` are the knowledge base's `locale/category/slug` keys,
 * `skills` the model's skill ids.
 */
export function validateCurriculum(
  files: readonly SourceFile[],
  context: { articles: ReadonlySet<string>; skills: readonly string[] },
): { value: CurriculumModule[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const modules: CurriculumModule[] = [];
  const positions = new Map<
    string,
    (path: readonly (string | number)[]) => { line: number; column: number }
  >();
  const whole = { line: 1, column: 1 };
  for (const { path, source } of files) {
    const match = pathPattern.exec(path);
    if (!match) {
      problems.push(
        problem('error', path, whole, '', 'schema.other', {
          found: found(path),
          detail: 'a module lives at content/training/<locale>/<tier>/<id>.md (lower-case id)',
        }),
      );
      continue;
    }
    const [, locale, folder, id] = match as unknown as [string, string, string, string];
    const front = readFrontMatter(source);
    if (!front) {
      problems.push(problem('error', path, whole, '', 'fm.missing', { kind: 'article' }));
      continue;
    }
    if (front.unterminated) {
      problems.push(problem('error', path, whole, '', 'fm.unterminated', {}));
      continue;
    }
    problems.push(
      ...tidyYamlProblems(
        front.yamlErrors.map((e) => yamlProblem(path, 'article', e, e, front.lines)),
      ),
    );
    if (front.yamlErrors.length) continue;
    const parsed = trainingModuleSchema.safeParse(front.data);
    if (!parsed.success) {
      problems.push(
        ...zodProblems(parsed.error, front.data, path, front.position, {
          schema: trainingModuleSchema,
        }),
      );
      continue;
    }
    const data = parsed.data;
    positions.set(path, front.position);
    if (data.tier !== folder)
      problems.push(
        problem('error', path, front.position(['tier']), 'tier', 'schema.enum', {
          found: found(data.tier),
          allowed: [folder],
        }),
      );
    if (!context.skills.includes(data.competency)) {
      const suggestion = closest(data.competency, [...context.skills]);
      problems.push(
        problem('error', path, front.position(['competency']), 'competency', 'schema.enum', {
          found: found(data.competency),
          allowed: suggestion
            ? [suggestion, ...context.skills.filter((s) => s !== suggestion)]
            : [...context.skills],
        }),
      );
    }
    const inLocale = [...context.articles]
      .filter((key) => key.startsWith(`${locale}/`))
      .map((key) => key.slice(locale.length + 1));
    data.articles.forEach((slug, i) => {
      if (context.articles.has(`${locale}/${slug}`)) return;
      const suggestion = closest(slug, inLocale);
      problems.push(
        problem(
          'error',
          path,
          front.position(['articles', i]),
          `articles.${i}`,
          'training.unknown-article',
          {
            found: slug,
            ...(suggestion ? { suggestion } : {}),
          },
        ),
      );
    });
    data.quiz.forEach((q, i) => {
      const correct = q.options.filter((o) => o.correct).length;
      if (q.type === 'multiple' ? correct < 1 : correct !== 1)
        problems.push(
          problem(
            'error',
            path,
            front.position(['quiz', i, 'options']),
            `quiz.${i}.options`,
            'training.quiz-correct',
            {
              kind: q.type,
              correct,
            },
          ),
        );
    });
    modules.push({ file: path, locale, id, data, body: front.body });
  }
  // Across modules of one locale: prerequisites exist, positions unique per tier.
  for (const m of modules) {
    const position = positions.get(m.file)!;
    const siblings = modules.filter((o) => o.locale === m.locale);
    const ids = siblings.map((o) => o.id);
    m.data.prerequisites.forEach((pre, i) => {
      if (ids.includes(pre) && pre !== m.id) return;
      const suggestion = closest(pre, ids);
      problems.push(
        problem(
          'error',
          m.file,
          position(['prerequisites', i]),
          `prerequisites.${i}`,
          'training.unknown-module',
          {
            found: pre,
            ...(suggestion ? { suggestion } : {}),
          },
        ),
      );
    });
    const other = siblings.find(
      (o) =>
        o !== m && o.data.tier === m.data.tier && o.data.order === m.data.order && o.file < m.file,
    );
    if (other)
      problems.push(
        problem('error', m.file, position(['order']), 'order', 'training.duplicate-order', {
          order: m.data.order,
          other: other.file,
        }),
      );
  }
  return { value: modules, problems };
}
