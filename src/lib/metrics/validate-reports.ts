import { reportSchema } from '../../schemas/report.ts';
import { locales } from '../../schemas/localized.ts';
import { readFrontMatter } from '../content/front-matter.ts';
import type { Problem } from '../content/problem.ts';
import { closest, zodProblems } from '../content/zod-problems.ts';
import type { SourceFile } from '../content/validate-kb.ts';

const pathPattern = /^content\/reports\/([^/]+)\/(\d{4})-q([1-4])\.mdx$/;
const components = /<(Kpi|Delta|Target)\b[^>]*?\bid=["']([^"']*)["']/g;

/**
 * Check every quarter's narrative: where it lives, its front matter, that a snapshot exists for its
 * quarter and that every `<Kpi>`, `<Delta>` and `<Target>` names a KPI in the catalog.
 */
export function validateReports(
  files: readonly SourceFile[],
  periods: readonly string[],
  kpiIds: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  const push = (
    file: string,
    line: number,
    column: number,
    field: string,
    message: string,
    fix: string,
  ) => problems.push({ severity: 'error', file, line, column, field, message, fix });
  for (const { path, source } of files) {
    const place = pathPattern.exec(path);
    if (!place || !(locales as readonly string[]).includes(place[1]!)) {
      push(
        path,
        1,
        1,
        '',
        'is not where a report narrative can be',
        `move it to content/reports/<${locales.join('|')}>/<yyyy>-q<n>.mdx`,
      );
      continue;
    }
    const period = `${place[2]}-Q${place[3]}`;
    if (!periods.includes(period)) {
      push(
        path,
        1,
        1,
        '',
        `there is no snapshot for ${period}`,
        `add data/snapshots/${period.toLowerCase()}.json or rename the narrative after an existing quarter`,
      );
    }
    const front = readFrontMatter(source);
    if (!front) {
      push(
        path,
        1,
        1,
        '',
        'has no front matter',
        'start the file with `---`, then title, summary and author, then `---`',
      );
      continue;
    }
    for (const e of front.yamlErrors) {
      push(
        path,
        e.line,
        e.column,
        '',
        `the front matter is not valid YAML: ${e.message}`,
        'check indentation, colons and quotes on this line',
      );
    }
    if (front.yamlErrors.length) continue;
    const parsed = reportSchema.safeParse(front.data);
    if (!parsed.success)
      problems.push(...zodProblems(parsed.error, front.data, path, front.position));
    front.body.split('\n').forEach((text, index) => {
      for (const match of text.matchAll(components)) {
        const id = match[2]!;
        if (kpiIds.includes(id)) continue;
        const suggestion = closest(id, kpiIds);
        push(
          path,
          front.bodyLine + index,
          (match.index ?? 0) + 1,
          `<${match[1]} id>`,
          `“${id}” is not a KPI in data/kpis.json`,
          suggestion ? `did you mean “${suggestion}”?` : `use one of: ${kpiIds.join(', ')}`,
        );
      }
    });
  }
  return problems;
}
