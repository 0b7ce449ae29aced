/**
 * Content health: which articles need an editor's attention (review overdue or due soon,
 * placeholder owner, no translation, nothing links to them) and how the knowledge base is spread
 * over tiers and categories. One pure computation feeds both the internal `/<locale>/health/` page
 * and `npm run check -- --health`.
 */
import { tiers, type Tier } from '../../schemas/article.ts';
import { locales, type Locale } from '../../schemas/localized.ts';
import type { Category } from '../../schemas/category.ts';
import { translate } from '../i18n.ts';
import { toArticle, type Article, type ArticleEntry } from './articles.ts';
import {
  extractLinks,
  isExternal,
  parseArticlePath,
  proseLines,
  resolveFrom,
  splitHref,
} from '../markdown/links.ts';
import { validateKb, type SourceFile, type ValidArticle } from './validate.ts';

/** An article with the Markdown body its links are read from. */
export interface HealthSource {
  article: Article;
  body: string;
}

export interface HealthOptions {
  /** The build date, `YYYY-MM-DD`; review states in `Article.review` were computed against it. */
  today: string;
  /** Articles whose review falls due within this many days are listed as "due soon". */
  soonDays?: number;
  /** Category ids in their declared order, so the distribution reads like the navigation. */
  categories?: readonly string[];
}

/** What the report shows of one article. */
export interface HealthEntry {
  id: string;
  locale: Locale;
  slug: string;
  title: string;
  /** Source file relative to the project root. */
  file: string;
  /** Site path of the article page (no base prefix). */
  path: string;
  tier: Tier;
  category: string;
  owner: string;
  status: Article['data']['status'];
  dueOn: string;
  /** Days past due (positive) or left (negative), as in `ReviewState`. */
  daysOverdue: number;
}

export interface UntranslatedEntry extends HealthEntry {
  /** The locale that has no article with this `translationKey`. */
  missing: Locale;
}

/** Published articles per category (rows) and tier (columns) in one locale. */
export interface Distribution {
  locale: Locale;
  rows: { category: string; byTier: Record<Tier, number>; total: number }[];
  totals: Record<Tier, number>;
  total: number;
}

export interface HealthReport {
  today: string;
  soonDays: number;
  counts: { total: number; published: number; draft: number; archived: number };
  /** Review date passed; most overdue first. */
  overdue: HealthEntry[];
  /** Review due within `soonDays`; soonest first. */
  dueSoon: HealthEntry[];
  /** Owner is a placeholder such as “TBD”, “imported” or “待定”. */
  placeholderOwner: HealthEntry[];
  /** No article in the other locale shares the `translationKey`. */
  untranslated: UntranslatedEntry[];
  /** No other published article names it in `related` or links to it from its body. */
  orphans: HealthEntry[];
  drafts: HealthEntry[];
  archived: HealthEntry[];
  distribution: Distribution[];
}

/**
 * Owner values that mean "nobody yet" (compared case-insensitively, trimmed). The schema makes
 * `owner` required, so a missing owner shows up as one of these, typically the importer's default
 * (`imported`) or a placeholder an editor typed to get past validation.
 */
export const placeholderOwners: readonly string[] = [
  'imported',
  'import',
  'kb-import',
  'tbd',
  'tba',
  'todo',
  'unknown',
  'unassigned',
  'none',
  'nobody',
  'n/a',
  'na',
  '-',
  '?',
  '待定',
  '待分配',
  '未分配',
  '未知',
  '无',
  '暂无',
];

export function isPlaceholderOwner(owner: string): boolean {
  const value = owner.trim().toLowerCase();
  return placeholderOwners.includes(value) || /^(todo|tbd)\b/.test(value);
}

/** Statuses that count as "live": drafts and archived articles need no review or links. */
const isLive = (a: Article) => a.data.status === 'published';

const anchorHref = /<a\b[^>]*?\bhref=["']([^"']+)["']/g;

/**
 * Articles another article's body links to, as collection ids `<locale>/<category>/<slug>`.
 * Internal links are relative paths to the target's source file (`../returns/refund-timelines.md#x`,
 * `refund-timelines.md`, `../../en/returns/x.mdx`); site paths (`/zh-cn/kb/returns/x/`) and MDX
 * `<a href="…">` count too. Links in code are examples, not links: `extractLinks` and
 * `proseLines` skip fenced blocks and code spans alike.
 */
export function linkedIds(body: string, file: string): string[] {
  const hrefs = [
    ...extractLinks(body)
      .filter((l) => l.kind === 'link')
      .map((l) => l.href),
    ...proseLines(body).flatMap((line) => [...line.matchAll(anchorHref)].map((m) => m[1]!)),
  ];
  const ids = new Set<string>();
  for (const href of hrefs) {
    const id = resolveLink(href, file);
    if (id) ids.add(id);
  }
  return [...ids];
}

function resolveLink(href: string, file: string): string | undefined {
  if (isExternal(href) || href.startsWith('#')) return undefined;
  const { path } = splitHref(href);
  // A site path, possibly under a base path: `/handbook/zh-cn/kb/returns/x/`.
  if (path.startsWith('/')) {
    const site = /\/(zh-cn|en)\/kb\/([^/]+)\/([^/]+)\/?$/.exec(path);
    return site ? `${site[1]}/${site[2]}/${site[3]}` : undefined;
  }
  const target = parseArticlePath(resolveFrom(file, path));
  return target ? `${target.locale}/${target.category}/${target.slug}` : undefined;
}

function entry(a: Article): HealthEntry {
  return {
    id: a.id,
    locale: a.locale,
    slug: a.slug,
    title: a.data.title,
    file: a.file,
    path: a.path,
    tier: a.data.tier,
    category: a.data.category,
    owner: a.data.owner,
    status: a.data.status,
    dueOn: a.review.dueOn,
    daysOverdue: a.review.daysOverdue,
  };
}

const byFile = (a: HealthEntry, b: HealthEntry) => a.file.localeCompare(b.file);

/** Compute the whole report. Every list is sorted, so two runs over the same content agree. */
export function computeHealth(
  sources: readonly HealthSource[],
  options: HealthOptions,
): HealthReport {
  const soonDays = options.soonDays ?? 30;
  const articles = sources.map((s) => s.article);
  const live = articles.filter(isLive);

  const inbound = new Map<string, number>();
  const bump = (id: string, from: string) => {
    if (id !== from) inbound.set(id, (inbound.get(id) ?? 0) + 1);
  };
  const bySlug = new Map(articles.map((a) => [`${a.locale}/${a.slug}`, a.id]));
  // Only published articles count as linking: a draft's or an archived page's links reach nobody.
  for (const { article, body } of sources.filter((s) => isLive(s.article))) {
    for (const slug of article.data.related) {
      const id = bySlug.get(`${article.locale}/${slug}`);
      if (id) bump(id, article.id);
    }
    for (const id of linkedIds(body, article.file)) bump(id, article.id);
  }

  const keys = new Map<string, Set<Locale>>();
  for (const a of articles.filter((a) => a.data.status !== 'archived')) {
    const group = keys.get(a.data.translationKey) ?? new Set<Locale>();
    group.add(a.locale);
    keys.set(a.data.translationKey, group);
  }
  const untranslated: UntranslatedEntry[] = [];
  for (const a of live) {
    const present = keys.get(a.data.translationKey);
    for (const missing of locales.filter((l) => !present?.has(l)))
      untranslated.push({ ...entry(a), missing });
  }

  const declared = options.categories ?? [];
  const distribution = locales.map((locale): Distribution => {
    const inLocale = live.filter((a) => a.locale === locale);
    const present = new Set(inLocale.map((a) => a.data.category));
    const categories = [
      ...declared.filter((c) => present.has(c)),
      ...[...present].filter((c) => !declared.includes(c)).sort(),
    ];
    const zero = () => Object.fromEntries(tiers.map((t) => [t, 0])) as Record<Tier, number>;
    const totals = zero();
    const rows = categories.map((category) => {
      const byTier = zero();
      for (const a of inLocale.filter((a) => a.data.category === category)) {
        byTier[a.data.tier] += 1;
        totals[a.data.tier] += 1;
      }
      return { category, byTier, total: tiers.reduce((sum, t) => sum + byTier[t], 0) };
    });
    return { locale, rows, totals, total: inLocale.length };
  });

  const liveEntries = live.map(entry);
  return {
    today: options.today,
    soonDays,
    counts: {
      total: articles.length,
      published: live.length,
      draft: articles.filter((a) => a.data.status === 'draft').length,
      archived: articles.filter((a) => a.data.status === 'archived').length,
    },
    overdue: liveEntries
      .filter((e) => e.daysOverdue > 0)
      .sort((a, b) => b.daysOverdue - a.daysOverdue || byFile(a, b)),
    dueSoon: liveEntries
      .filter((e) => e.daysOverdue <= 0 && e.daysOverdue > -soonDays)
      .sort((a, b) => b.daysOverdue - a.daysOverdue || byFile(a, b)),
    placeholderOwner: articles
      .filter((a) => a.data.status !== 'archived' && isPlaceholderOwner(a.data.owner))
      .map(entry)
      .sort(byFile),
    untranslated: untranslated.sort(byFile),
    orphans: liveEntries.filter((e) => !inbound.has(e.id)).sort(byFile),
    drafts: articles
      .filter((a) => a.data.status === 'draft')
      .map(entry)
      .sort(byFile),
    archived: articles
      .filter((a) => a.data.status === 'archived')
      .map(entry)
      .sort(byFile),
    distribution,
  };
}

/** The sections of the report, in the order both the page and the terminal show them. */
export const healthSections = [
  'overdue',
  'dueSoon',
  'placeholderOwner',
  'untranslated',
  'orphans',
  'drafts',
  'archived',
] as const;
export type HealthSection = (typeof healthSections)[number];

/** One line of detail per entry, in the terminal. */
function detail(section: HealthSection, e: HealthEntry | UntranslatedEntry, lang: Locale): string {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  switch (section) {
    case 'overdue':
      return t('health.detail.overdue', { date: e.dueOn, count: e.daysOverdue });
    case 'dueSoon':
      return t('health.detail.dueSoon', { date: e.dueOn, count: -e.daysOverdue });
    case 'untranslated':
      return t('health.detail.untranslated', { locale: (e as UntranslatedEntry).missing });
    default:
      return t('health.detail.owner', { owner: e.owner });
  }
}

/**
 * The report as plain text for the terminal (`npm run check -- --health`), in `lang`. Category
 * ids rather than labels keep the distribution's columns aligned in any terminal font.
 */
export function formatHealth(report: HealthReport, lang: Locale): string {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  const out: string[] = [
    t('health.terminal.title', { date: report.today }),
    t('health.summary', {
      total: report.counts.total,
      published: report.counts.published,
      draft: report.counts.draft,
      archived: report.counts.archived,
    }),
  ];
  for (const section of healthSections) {
    const entries = report[section];
    out.push(
      '',
      `${t(`health.section.${section}`, { days: report.soonDays })} (${entries.length})`,
    );
    if (!entries.length) out.push(`  ${t('health.none')}`);
    for (const e of entries) out.push(`  ${e.file}  ${detail(section, e, lang)}`);
  }
  out.push('', t('health.section.distribution'));
  for (const d of report.distribution) {
    const header = ['', ...tiers.map((tier) => t(`tier.${tier}`)), t('health.col.total')];
    const rows = [
      ...d.rows.map((r) => [
        r.category,
        ...tiers.map((tier) => String(r.byTier[tier])),
        String(r.total),
      ]),
      [t('health.col.total'), ...tiers.map((tier) => String(d.totals[tier])), String(d.total)],
    ];
    const width = (s: string) =>
      [...s].reduce((w, c) => w + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);
    const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => width(r[i]!))));
    const line = (cells: string[]) =>
      cells
        .map((c, i) =>
          i === 0 ? c + ' '.repeat(widths[i]! - width(c)) : ' '.repeat(widths[i]! - width(c)) + c,
        )
        .join('  ');
    out.push(`  ${d.locale}`, `    ${line(header)}`, ...rows.map((r) => `    ${line(r)}`));
  }
  return out.join('\n');
}

/**
 * The health report from the files on disk: articles whose front matter is invalid are left out
 * (the check lists them as errors anyway). Validates the files first; when they have been
 * validated already (`npm run check -- --health`), use {@link healthFromArticles}.
 */
export function healthFromSources(
  files: readonly SourceFile[],
  categories: readonly Category[],
  today: string,
): HealthReport {
  return healthFromArticles(validateKb(files, categories).value, categories, today);
}

/** The health report from articles the check has already validated, with their bodies. */
export function healthFromArticles(
  articles: readonly ValidArticle[],
  categories: readonly Category[],
  today: string,
): HealthReport {
  const sources = articles.map((v) => ({
    article: toArticle(
      { id: `${v.locale}/${v.data.category}/${v.slug}`, filePath: v.file, data: v.data },
      today,
    ),
    body: v.body,
  }));
  return computeHealth(sources, { today, categories: categories.map((c) => c.id) });
}

/** The report from content-collection entries, as the health page reads them (drafts included). */
export function healthFromEntries(
  entries: readonly (ArticleEntry & { body?: string | undefined })[],
  options: HealthOptions,
): HealthReport {
  return computeHealth(
    entries.map((e) => ({ article: toArticle(e, options.today), body: e.body ?? '' })),
    options,
  );
}
