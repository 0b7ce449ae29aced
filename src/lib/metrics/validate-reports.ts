import { reportSchema } from '../../schemas/report.ts';
import { locales } from '../../schemas/localized.ts';
import { readFrontMatter } from '../diagnostics/front-matter.ts';
import { problem, type Problem } from '../diagnostics/problem.ts';
import { tidyYamlProblems, yamlProblem } from '../diagnostics/yaml-problems.ts';
import { closest, zodProblems } from '../diagnostics/zod-problems.ts';
import type { SourceFile } from '../kb/validate.ts';

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
  const whole = { line: 1, column: 1 };
  for (const { path, source } of files) {
    const place = pathPattern.exec(path);
    if (!place || !(locales as readonly string[]).includes(place[1]!)) {
      problems.push(
        problem('error', path, whole, '', 'report.location', { locales: [...locales] }),
      );
      continue;
    }
    const period = `${place[2]}-Q${place[3]}`;
    if (!periods.includes(period)) {
      problems.push(problem('error', path, whole, '', 'report.no-snapshot', { period }));
    }
    if (source.replace(/^\uFEFF/, '').trim() === '') {
      problems.push(problem('error', path, whole, '', 'read.empty', { kind: 'report' }));
      continue;
    }
    const front = readFrontMatter(source);
    if (!front) {
      problems.push(problem('error', path, whole, '', 'fm.missing', { kind: 'report' }));
      continue;
    }
    if (front.unterminated) {
      problems.push(problem('error', path, whole, '', 'fm.unterminated', {}));
      continue;
    }
    problems.push(
      ...tidyYamlProblems(
        front.yamlErrors.map((e) => yamlProblem(path, 'report', e, e, front.lines)),
      ),
    );
    if (front.yamlErrors.length) continue;
    const parsed = reportSchema.safeParse(front.data);
    if (!parsed.success)
      problems.push(
        ...zodProblems(parsed.error, front.data, path, front.position, { schema: reportSchema }),
      );
    else
      parsed.data.kpis.forEach((id, i) => {
        if (kpiIds.includes(id)) return;
        const suggestion = closest(id, kpiIds);
        problems.push(
          problem('error', path, front.position(['kpis', i]), `kpis.${i}`, 'report.unknown-kpi', {
            id,
            ...(suggestion ? { suggestion } : {}),
            known: [...kpiIds],
          }),
        );
      });
    front.body.split('\n').forEach((text, index) => {
      for (const match of text.matchAll(components)) {
        const id = match[2]!;
        if (kpiIds.includes(id)) continue;
        const suggestion = closest(id, kpiIds);
        problems.push(
          problem(
            'error',
            path,
            { line: front.bodyLine + index, column: (match.index ?? 0) + 1 },
            `<${match[1]} id>`,
            'report.unknown-kpi',
            { id, ...(suggestion ? { suggestion } : {}), known: [...kpiIds] },
          ),
        );
      }
    });
  }
  return problems;
}
