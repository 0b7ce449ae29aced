import type { z } from 'astro/zod';
import { existsSync, globSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { categoryListSchema, type Category } from '../../schemas/category.ts';
import { synonymsSchema } from '../../schemas/synonyms.ts';
import type { JsonPosition } from './json-position.ts';
import { parseJsonText } from './json-read.ts';
import { hasErrors, problem, type Problem } from './problem.ts';
import { readText } from './read.ts';
import { validateKb, type SourceFile, type ValidArticle } from './validate-kb.ts';
import { zodProblems } from './zod-problems.ts';
import { loadMetrics } from '../metrics/load-metrics.ts';
import { validateReports } from '../metrics/validate-reports.ts';
import { loadPlan, planFiles } from '../roadmap/load.ts';

const toPosix = (path: string) => path.split(sep).join('/');

/** A JSON file as read: its value, its text (without a byte-order mark) and its positions. */
export interface ReadJson {
  value: unknown;
  problems: Problem[];
  /** Undefined when the file could not be read or decoded. */
  text: string | undefined;
  /** Undefined when the file could not be read or parsed. */
  position: JsonPosition | undefined;
}

/**
 * Read a JSON file. A missing file, bytes that are not UTF-8, an empty file, a syntax error, a
 * comment, a trailing comma or a duplicate key each become a problem with its line and column.
 * The text and the positions come back too, so nobody reads or scans the file again.
 */
export function readJson(root: string, file: string): ReadJson {
  const { text, problems } = readText(root, file, 'json');
  if (text === undefined) return { value: undefined, problems, text, position: undefined };
  const parsed = parseJsonText(file, text);
  return {
    value: parsed.value,
    problems: [...problems, ...parsed.problems],
    text: parsed.text,
    position: parsed.position,
  };
}

/** Read a JSON file and check it against a schema, pointing schema problems at their key. */
function readJsonWith<T>(
  root: string,
  file: string,
  schema: z.ZodType<T>,
): { value: T | undefined; problems: Problem[]; position: JsonPosition } {
  const json = readJson(root, file);
  const position = json.position ?? (() => ({ line: 1, column: 1 }));
  if (hasErrors(json.problems) || json.text === undefined) {
    return { value: undefined, problems: json.problems, position };
  }
  const parsed = schema.safeParse(json.value);
  if (parsed.success) return { value: parsed.data, problems: json.problems, position };
  return {
    value: undefined,
    problems: [
      ...json.problems,
      ...zodProblems(parsed.error, json.value, file, position, { syntax: 'json', schema }),
    ],
    position,
  };
}

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

export function readKbSources(root: string): SourceFile[] {
  return readSources(root, 'content/kb');
}

/** Every Markdown/MDX file under `folder`, sorted by path; files that cannot be read are left out. */
export function readSources(root: string, folder: string): SourceFile[] {
  return readSourcesChecked(root, folder).files;
}

/**
 * Every Markdown/MDX file under `folder`, sorted by path, with the problems of reading them
 * (not UTF-8, too large, binary). An empty file is passed on: its validator words the message.
 */
export function readSourcesChecked(
  root: string,
  folder: string,
): { files: SourceFile[]; problems: Problem[] } {
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  const paths = globSync(`${folder}/**/*`, { cwd: root, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(md|mdx|markdown)$/.test(entry.name))
    .map((entry) => toPosix(relative(root, join(entry.parentPath, entry.name))))
    .sort((a, b) => a.localeCompare(b));
  for (const path of paths) {
    const read = readText(root, path, folder.includes('reports') ? 'report' : 'article');
    const empty = read.problems.find((p) => p.code === 'read.empty');
    problems.push(...read.problems.filter((p) => p !== empty));
    if (read.text !== undefined) files.push({ path, source: read.text });
    else if (empty) files.push({ path, source: '' });
  }
  return { files, problems };
}

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
      : loadPlan(root, undefined, { file: planFile, text: planRead.text }).problems;
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
    ],
    kb: { files: kbSources.files, articles: kb.value, categories: categories.value },
  };
}
