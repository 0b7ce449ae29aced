import { categoryListSchema, type Category } from '../../schemas/category.ts';
import { readJsonWith } from '../diagnostics/json-read.ts';
import { problem, type Problem } from '../diagnostics/problem.ts';
import { readSources, type SourceFile } from '../diagnostics/read.ts';

/** The declared categories (`data/categories.json`), with duplicates reported. */
export function loadCategories(root: string): { value: Category[]; problems: Problem[] } {
  const file = 'data/categories.json';
  const result = readJsonWith(root, file, categoryListSchema);
  const value = result.value ?? [];
  const seen = new Set<string>();
  const problems = [...result.problems];
  value.forEach((category, index) => {
    if (seen.has(category.id)) {
      problems.push(
        problem(
          'error',
          file,
          result.position([index, 'id']),
          `${index}.id`,
          'kb.category-duplicate',
          {
            id: category.id,
          },
        ),
      );
    }
    seen.add(category.id);
  });
  return { value, problems };
}

/** Every article source under `content/kb`, sorted by path. */
export function readKbSources(root: string): SourceFile[] {
  return readSources(root, 'content/kb');
}
