import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Category } from '../../schemas/category.ts';
import { synonymsSchema } from '../../schemas/synonyms.ts';
import { readJson, readJsonWith } from '../diagnostics/json-read.ts';
import { hasErrors, type Problem } from '../diagnostics/problem.ts';
import { readSourcesChecked, readText, type SourceFile } from '../diagnostics/read.ts';
import { loadCategories } from '../kb/categories.ts';
import { validateKb, type ValidArticle } from '../kb/validate.ts';
import { loadMetrics } from '../metrics/load-metrics.ts';
import { validateReports } from '../metrics/validate-reports.ts';
import { loadPlan, planFiles } from '../roadmap/load.ts';
import { checkTraining } from '../training/check.ts';

const fileExists = (root: string) => (path: string) => {
  if (path.split('/').includes('..')) return false;
  try {
    return statSync(join(root, path)).isFile();
  } catch {
    return false;
  }
};

/** What the project check found, and what it read and accepted on the way. */
export interface ProjectCheck {
  problems: Problem[];
  /**
   * The knowledge base as the check saw it, so a report that follows the check (`--health`)
   * neither reads the files again nor validates them twice.
   */
  kb: {
    files: SourceFile[];
    /** Articles whose front matter is valid, with their bodies. */
    articles: ValidArticle[];
    categories: Category[];
  };
}

/**
 * Everything the build checks before it writes a byte: categories, site settings, synonyms, every
 * article with its links, the metrics, the report narratives and the plan.
 */
export function checkProject(root: string): Problem[] {
  return checkProjectDetails(root).problems;
}

/** {@link checkProject}, also returning the articles and categories it validated. */
export function checkProjectDetails(root: string): ProjectCheck {
  const categories = loadCategories(root);
  const config: Problem[] = [];
  if (existsSync(join(root, 'data/site.json')))
    config.push(...readJson(root, 'data/site.json').problems);
  if (existsSync(join(root, 'data/synonyms.json'))) {
    config.push(...readJsonWith(root, 'data/synonyms.json', synonymsSchema).problems);
  }
  const kbSources = readSourcesChecked(root, 'content/kb');
  const kb = validateKb(kbSources.files, categories.value, { exists: fileExists(root) });
  const metrics = loadMetrics(root);
  const reportSources = readSourcesChecked(root, 'content/reports');
  const reports = hasErrors(metrics.problems)
    ? []
    : validateReports(
        reportSources.files,
        metrics.value.snapshots.map((s) => s.period),
        metrics.value.kpis.map((k) => k.id),
      );
  const planFile = planFiles.find((f) => existsSync(join(root, f)));
  const planRead = planFile ? readText(root, planFile, 'plan') : { text: '', problems: [] };
  const plan =
    !planFile || planRead.text === undefined || hasErrors(planRead.problems)
      ? []
      : loadPlan(root, metrics.value, { file: planFile, text: planRead.text }).problems;
  return {
    problems: [
      ...categories.problems,
      ...config,
      ...kbSources.problems,
      ...(categories.value.length ? kb.problems : []),
      ...metrics.problems,
      ...reportSources.problems,
      ...reports,
      ...planRead.problems,
      ...plan,
      ...checkTraining(root, kb.value),
    ],
    kb: { files: kbSources.files, articles: kb.value, categories: categories.value },
  };
}
