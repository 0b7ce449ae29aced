import { articleSchema, type ArticleData } from '../../schemas/article.ts';
import type { Category } from '../../schemas/category.ts';
import { locales, type Locale } from '../../schemas/localized.ts';
import { readFrontMatter, type FrontMatter } from '../diagnostics/front-matter.ts';
import {
  articleSitePath,
  extractLinks,
  anchorIds,
  isExternal,
  isImagePath,
  parseArticlePath,
  resolveFrom,
  splitHref,
} from '../markdown/links.ts';
import { found } from '../diagnostics/messages/index.ts';
import { problem, type Problem } from '../diagnostics/problem.ts';
import { tidyYamlProblems, yamlProblem } from '../diagnostics/yaml-problems.ts';
import { closest, zodProblems } from '../diagnostics/zod-problems.ts';

import type { SourceFile } from '../diagnostics/read.ts';

export type { SourceFile };

export interface ValidArticle {
  file: string;
  locale: Locale;
  slug: string;
  data: ArticleData;
  /** The Markdown after the front matter, as already split off (reports read its links). */
  body: string;
}

export interface ValidateKbOptions {
  /**
   * Whether a project-relative path exists (images, files that links point at). Without it,
   * links to anything but articles are not checked.
   */
  exists?: (path: string) => boolean;
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
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const whole = { line: 1, column: 1 };

/** What the link check needs to know about every article file, valid or not. */
interface Target {
  ids: string[];
  status: string | undefined;
}

/**
 * Check every knowledge-base article: its place in the tree, its front matter, the references
 * between articles and the links and images in its text. Collects every problem in one pass;
 * returns the articles that are valid.
 */
export function validateKb(
  files: readonly SourceFile[],
  categories: readonly Category[],
  options: ValidateKbOptions = {},
): { value: ValidArticle[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const articles: ValidArticle[] = [];
  const fronts = new Map<string, FrontMatter>();
  const targets = new Map<string, Target>();
  const categoryIds = categories.map((c) => c.id);

  for (const { path, source } of files) {
    const place = parseArticlePath(path);
    if (!place) {
      problems.push(problem('error', path, whole, '', 'kb.location', {}));
      continue;
    }
    const { locale, category: folder, slug } = place;
    if (!(locales as readonly string[]).includes(locale)) {
      problems.push(
        problem('error', path, whole, '', 'kb.locale', { locale, locales: [...locales] }),
      );
      continue;
    }
    if (!slugPattern.test(slug))
      problems.push(problem('error', path, whole, '', 'kb.slug', { slug }));
    // `index` would collide with the category listing's address and breaks the route.
    else if (slug === 'index')
      problems.push(problem('error', path, whole, '', 'kb.slug-reserved', { slug }));
    if (source.replace(/^\uFEFF/, '').trim() === '') {
      problems.push(problem('error', path, whole, '', 'read.empty', { kind: 'article' }));
      continue;
    }
    const front = readFrontMatter(source);
    if (!front) {
      problems.push(problem('error', path, whole, '', 'fm.missing', { kind: 'article' }));
      targets.set(path, { ids: anchorIds(source), status: undefined });
      continue;
    }
    if (front.unterminated) {
      problems.push(problem('error', path, whole, '', 'fm.unterminated', {}));
      continue;
    }
    targets.set(path, {
      ids: anchorIds(front.body),
      status: typeof front.data.status === 'string' ? front.data.status : undefined,
    });
    // The body's links are checked even when the front matter has errors: every problem at once.
    fronts.set(path, front);
    problems.push(
      ...tidyYamlProblems(
        front.yamlErrors.map((e) => yamlProblem(path, 'article', e, e, front.lines)),
      ),
    );
    if (front.yamlErrors.length) continue;
    if (front.notMap) {
      problems.push(problem('error', path, { line: 2, column: 1 }, '', 'fm.not-map', {}));
      continue;
    }

    for (const key of front.keys.filter((k) => !knownFields.includes(k))) {
      const suggestion = closest(key, knownFields);
      problems.push(
        problem('warning', path, front.position([key]), key, 'kb.unknown-field', {
          ...(suggestion ? { suggestion } : {}),
          known: knownFields,
        }),
      );
    }
    const parsed = articleSchema.safeParse(front.data);
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, front.data, path, front.position, { examples }));
      continue;
    }
    const data = parsed.data;
    if (!categoryIds.includes(data.category)) {
      const suggestion = closest(data.category, categoryIds);
      problems.push(
        problem('error', path, front.position(['category']), 'category', 'kb.category-undeclared', {
          found: found(data.category),
          ...(suggestion ? { suggestion } : {}),
          declared: categoryIds,
        }),
      );
    } else if (data.category !== folder) {
      problems.push(
        problem('error', path, front.position(['category']), 'category', 'kb.category-folder', {
          found: found(data.category),
          folder,
          locale,
          category: data.category,
        }),
      );
    }
    if (front.body.trim() === '') {
      problems.push(
        problem('warning', path, { line: front.bodyLine, column: 1 }, '', 'kb.no-text', {}),
      );
    }
    articles.push({ file: path, locale: locale as Locale, slug, data, body: front.body });
  }

  // An article whose front matter is broken still exists: links to it are not errors too.
  const present = new Set(
    files
      .map((f) => parseArticlePath(f.path))
      .filter((a) => a !== undefined)
      .map((a) => `${a.locale}/${a.slug}`),
  );
  problems.push(...crossCheck(articles, fronts, present));
  problems.push(...checkLinks(fronts, targets, options));
  return { value: articles, problems };
}

/** References between articles: unique slugs and translation keys, existing related articles. */
function crossCheck(
  articles: readonly ValidArticle[],
  fronts: ReadonlyMap<string, FrontMatter>,
  present: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const at = (file: string, path: (string | number)[]) => fronts.get(file)?.position(path) ?? whole;
  for (const locale of locales) {
    const inLocale = articles.filter((a) => a.locale === locale);
    const bySlug = new Map<string, ValidArticle>();
    const byKey = new Map<string, ValidArticle>();
    for (const article of inLocale) {
      const twin = bySlug.get(article.slug);
      if (twin) {
        problems.push(
          problem('error', article.file, whole, '', 'kb.duplicate-slug', {
            slug: article.slug,
            other: twin.file,
          }),
        );
      } else bySlug.set(article.slug, article);
      const sameKey = byKey.get(article.data.translationKey);
      if (sameKey) {
        problems.push(
          problem(
            'error',
            article.file,
            at(article.file, ['translationKey']),
            'translationKey',
            'kb.duplicate-translation-key',
            {
              key: article.data.translationKey,
              other: sameKey.file,
            },
          ),
        );
      } else byKey.set(article.data.translationKey, article);
    }
    for (const article of inLocale) {
      article.data.related.forEach((id, index) => {
        if ((bySlug.has(id) || present.has(`${locale}/${id}`)) && id !== article.slug) return;
        const place = at(article.file, ['related', index]);
        const field = `related.${index}`;
        if (id === article.slug) {
          problems.push(problem('error', article.file, place, field, 'kb.related-self', {}));
          return;
        }
        const suggestion = closest(id, [...bySlug.keys()]);
        problems.push(
          problem('error', article.file, place, field, 'kb.related-missing', {
            id,
            locale,
            ...(suggestion && suggestion !== id ? { suggestion } : {}),
          }),
        );
      });
    }
  }
  // Translations: the same translationKey in two locales describes one article; its category and
  // type should agree, or the language switch lands readers somewhere unexpected.
  const first = new Map<string, ValidArticle>();
  for (const article of articles) {
    const other = first.get(article.data.translationKey);
    if (!other) {
      first.set(article.data.translationKey, article);
      continue;
    }
    if (other.locale === article.locale) continue;
    for (const field of ['category', 'type'] as const) {
      if (article.data[field] === other.data[field]) continue;
      problems.push(
        problem(
          'warning',
          article.file,
          at(article.file, [field]),
          field,
          'kb.translation-differs',
          {
            field,
            value: article.data[field],
            other: other.file,
            otherValue: other.data[field],
          },
        ),
      );
    }
  }
  return problems;
}

const siteArticle = /^\/(?:([a-z-]+)\/)kb\/([^/]+)\/([^/#?]+)\/?$/;

/**
 * Links and images in article bodies. Articles link each other by relative path to the source
 * file (`../returns/refund-timelines.md#heading`), which the build rewrites to the page URL.
 */
function checkLinks(
  fronts: ReadonlyMap<string, FrontMatter>,
  targets: ReadonlyMap<string, Target>,
  options: ValidateKbOptions,
): Problem[] {
  const problems: Problem[] = [];
  const exists = options.exists;
  const sitePaths = new Map<string, string>();
  for (const file of targets.keys()) {
    const sitePath = articleSitePath(file);
    if (sitePath) sitePaths.set(sitePath, file);
  }
  const articleFiles = [...targets.keys()];
  for (const [file, front] of fronts) {
    const own = targets.get(file)?.ids ?? [];
    for (const link of extractLinks(front.body)) {
      const place = { line: front.bodyLine + link.lineIndex, column: link.column };
      const field = link.kind;
      if (isExternal(link.href)) continue;
      const { path, hash: rawHash } = splitHref(link.href);
      let hash = rawHash;
      try {
        hash = decodeURIComponent(rawHash);
      } catch {
        // Keep the anchor as written; it will not match a heading and is reported.
      }
      const anchorCheck = (target: string, ids: readonly string[]) => {
        if (!hash || ids.includes(hash)) return;
        const suggestion = closest(hash, ids);
        problems.push(
          problem('error', file, place, field, 'kb.link-anchor', {
            anchor: hash,
            target,
            ...(suggestion ? { suggestion } : {}),
            anchors: ids.slice(0, 12),
          }),
        );
      };
      if (path === '') {
        anchorCheck(file, own);
        continue;
      }
      if (path.startsWith('/')) {
        const site = siteArticle.exec(path);
        if (site && link.kind === 'link') {
          const normalized = path.endsWith('/') ? path : `${path}/`;
          if (!sitePaths.has(normalized)) {
            const suggestion = closest(normalized, [...sitePaths.keys()]);
            problems.push(
              problem('error', file, place, field, 'kb.link-site-missing', {
                url: path,
                ...(suggestion ? { suggestion } : {}),
              }),
            );
          }
        } else if (
          (link.kind === 'image' || isImagePath(path)) &&
          exists &&
          !exists(`public${path}`)
        ) {
          problems.push(
            problem('error', file, place, field, 'kb.image-missing', { src: link.href }),
          );
        }
        continue;
      }
      const target = resolveFrom(file, path);
      if (link.kind === 'image' || isImagePath(path)) {
        if (exists && !exists(target)) {
          problems.push(
            problem('error', file, place, field, 'kb.image-missing', { src: link.href }),
          );
        }
        continue;
      }
      if (/\.(md|mdx)$/i.test(path)) {
        const info = targets.get(target);
        if (!info) {
          if (exists?.(target)) {
            problems.push(problem('error', file, place, field, 'kb.link-not-article', { target }));
          } else {
            const suggestion = closest(target, articleFiles);
            const relative = suggestion ? relativeLink(file, suggestion) : undefined;
            problems.push(
              problem('error', file, place, field, 'kb.link-missing', {
                target,
                ...(relative ? { suggestion: relative } : {}),
              }),
            );
          }
          continue;
        }
        if (info.status === 'draft' || info.status === 'archived') {
          problems.push(
            problem('warning', file, place, field, 'kb.link-unlisted', {
              target,
              status: info.status,
            }),
          );
        }
        anchorCheck(target, info.ids);
        continue;
      }
      // Any other relative file (a PDF, a text file): it must at least exist.
      if (/\.[a-z0-9]+$/i.test(path) && exists && !exists(target)) {
        problems.push(problem('error', file, place, field, 'kb.link-missing', { target }));
      }
    }
  }
  return problems;
}

/** `../returns/x.md` from one article file to another. */
function relativeLink(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  const up = a.length - common;
  return `${up ? '../'.repeat(up) : './'}${b.slice(common).join('/')}`;
}
