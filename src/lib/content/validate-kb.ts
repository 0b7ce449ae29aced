import { articleSchema, type ArticleData } from '../../schemas/article.ts';
import type { Category } from '../../schemas/category.ts';
import { locales, type Locale } from '../../schemas/localized.ts';
import { readFrontMatter, type FrontMatter } from './front-matter.ts';
import type { Problem } from './problem.ts';
import { closest, show, zodProblems } from './zod-problems.ts';

export interface SourceFile {
  /** Path relative to the project root, forward slashes. */
  path: string;
  source: string;
}

export interface ValidArticle {
  file: string;
  locale: Locale;
  slug: string;
  data: ArticleData;
}

const examples: Record<string, string> = {
  title: 'title: 退货流程时效说明',
  summary: 'summary: 一到两句话，说明这篇文章解决什么问题。',
  tier: 'tier: basic',
  category: 'category: returns',
  type: 'type: howto',
  tags: 'tags: [退货, 时效]',
  owner: 'owner: 售后服务组',
  reviewed: 'reviewed: 2026-09-15',
  reviewEvery: 'reviewEvery: 180',
  status: 'status: published',
  audience: 'audience: internal',
  aliases: 'aliases: [退钱]',
  related: 'related: [refund-timelines]',
  translationKey: 'translationKey: refund-timelines',
  lang: 'lang: zh-Hant',
};
const knownFields = Object.keys(articleSchema.shape);
const pathPattern = /^content\/kb\/([^/]+)\/([^/]+)\/([^/]+)\.(md|mdx)$/;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Check every knowledge-base article: its place in the tree, its front matter, and the references
 * between articles. Collects every problem in one pass; returns the articles that are valid.
 */
export function validateKb(
  files: readonly SourceFile[],
  categories: readonly Category[],
): { value: ValidArticle[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const articles: ValidArticle[] = [];
  const positions = new Map<string, FrontMatter['position']>();
  const categoryIds = categories.map((c) => c.id);
  const fileProblem = (file: string, message: string, fix: string, line = 1, field = ''): void => {
    problems.push({ severity: 'error', file, line, column: 1, field, message, fix });
  };

  for (const { path, source } of files) {
    const place = pathPattern.exec(path);
    if (!place) {
      fileProblem(path, 'is not where an article can be', 'move it to content/kb/<locale>/<category>/<slug>.md');
      continue;
    }
    const [, locale, folder, slug] = place as unknown as [string, string, string, string];
    if (!(locales as readonly string[]).includes(locale)) {
      fileProblem(path, `locale folder “${locale}” is unknown`, `use one of: ${locales.join(', ')}`);
      continue;
    }
    if (!slugPattern.test(slug)) {
      fileProblem(path, `file name “${slug}” cannot be a URL`, 'rename it with lowercase letters, digits and hyphens, e.g. refund-timelines.md');
    }
    if (source.trim() === '') {
      fileProblem(path, 'the file is empty', 'start it with front matter between two `---` lines (see CONTRIBUTING.md)');
      continue;
    }
    const front = readFrontMatter(source);
    if (!front) {
      fileProblem(path, 'has no front matter', 'start the file with `---`, the fields (title, summary, tier, …), and `---`');
      continue;
    }
    for (const e of front.yamlErrors) {
      problems.push({ severity: 'error', file: path, line: e.line, column: e.column, field: '', message: `the front matter is not valid YAML: ${e.message}`, fix: 'check indentation (spaces, not tabs), colons and quotes on this line' });
    }
    if (front.yamlErrors.length) continue;

    for (const key of front.keys.filter((k) => !knownFields.includes(k))) {
      const suggestion = closest(key, knownFields);
      problems.push({
        severity: 'warning', file: path, ...front.position([key]), field: key,
        message: 'is not a known field and is ignored',
        fix: suggestion ? `did you mean \`${suggestion}\`?` : `known fields: ${knownFields.join(', ')}`,
      });
    }
    const parsed = articleSchema.safeParse(front.data);
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, front.data, path, front.position, examples));
      continue;
    }
    const data = parsed.data;
    if (!categoryIds.includes(data.category)) {
      const suggestion = closest(data.category, categoryIds);
      problems.push({
        severity: 'error', file: path, ...front.position(['category']), field: 'category',
        message: `${show(data.category)} is not a declared category`,
        fix: suggestion ? `did you mean \`${suggestion}\`? Declared: ${categoryIds.join(', ')}` : `use one of: ${categoryIds.join(', ')}, or declare it in data/categories.json`,
      });
    } else if (data.category !== folder) {
      problems.push({
        severity: 'error', file: path, ...front.position(['category']), field: 'category',
        message: `is ${show(data.category)} but the file is in the folder “${folder}”`,
        fix: `move the file to content/kb/${locale}/${data.category}/ or set \`category: ${folder}\``,
      });
    }
    if (front.body.trim() === '') {
      problems.push({ severity: 'warning', file: path, line: front.bodyLine, column: 1, field: '', message: 'the article has no text', fix: 'write the article below the front matter' });
    }
    articles.push({ file: path, locale: locale as Locale, slug, data });
    positions.set(path, front.position);
  }

  // An article whose front matter is broken still exists: links to it are not errors too.
  const present = new Set(files.map((f) => pathPattern.exec(f.path)).filter((m) => m !== null).map((m) => `${m[1]}/${m[3]}`));
  problems.push(...crossCheck(articles, positions, present));
  return { value: articles, problems };
}

/** References between articles: unique slugs and translation keys, existing related articles. */
function crossCheck(
  articles: readonly ValidArticle[],
  positions: ReadonlyMap<string, FrontMatter['position']>,
  present: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const at = (file: string, path: (string | number)[]) => positions.get(file)?.(path) ?? { line: 1, column: 1 };
  for (const locale of locales) {
    const inLocale = articles.filter((a) => a.locale === locale);
    const bySlug = new Map<string, ValidArticle>();
    const byKey = new Map<string, ValidArticle>();
    for (const article of inLocale) {
      const twin = bySlug.get(article.slug);
      if (twin) {
        problems.push({ severity: 'error', file: article.file, line: 1, column: 1, field: '', message: `the slug “${article.slug}” is also used by ${twin.file}`, fix: 'rename one of the two files: a slug is the article’s address and must be unique in its locale' });
      } else bySlug.set(article.slug, article);
      const sameKey = byKey.get(article.data.translationKey);
      if (sameKey) {
        problems.push({ severity: 'error', file: article.file, ...at(article.file, ['translationKey']), field: 'translationKey', message: `“${article.data.translationKey}” is also used by ${sameKey.file}`, fix: 'give each article in a locale its own translationKey; share it only with its translation in the other locale' });
      } else byKey.set(article.data.translationKey, article);
    }
    for (const article of inLocale) {
      article.data.related.forEach((id, index) => {
        if ((bySlug.has(id) || present.has(`${locale}/${id}`)) && id !== article.slug) return;
        const suggestion = closest(id, [...bySlug.keys()]);
        problems.push({
          severity: 'error', file: article.file, ...at(article.file, ['related', index]), field: `related.${index}`,
          message: id === article.slug ? 'an article cannot be related to itself' : `no article “${id}” in ${locale}`,
          fix: suggestion && suggestion !== id ? `did you mean \`${suggestion}\`?` : `use the slug (file name without .md) of an article in content/kb/${locale}/`,
        });
      });
    }
  }
  return problems;
}
