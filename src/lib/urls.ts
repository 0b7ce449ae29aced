import type { Locale } from '../schemas/localized.ts';
import { periodSlug } from './periods.ts';
import type { StatusFilter } from './roadmap/tasks.ts';

export type Facet = 'tier' | 'category' | 'type';

const base = (): string => {
  const configured = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';
  return configured.endsWith('/') ? configured : `${configured}/`;
};

/** Prefix a site path with the configured base (`astro.config.mjs` → `base`). */
export const href = (path: string): string => `${base()}${path.replace(/^\//, '')}`;

export const homePath = (locale: Locale) => `/${locale}/`;
export const kbPath = (locale: Locale) => `/${locale}/kb/`;
export const articlePath = (locale: Locale, category: string, slug: string) =>
  `/${locale}/kb/${category}/${slug}/`;
export const browsePath = (locale: Locale, facet: Facet, value: string) =>
  `/${locale}/browse/${facet}/${encodeURIComponent(value)}/`;
export const tagsPath = (locale: Locale) => `/${locale}/tags/`;
export const tagPath = (locale: Locale, tag: string) =>
  `/${locale}/tags/${encodeURIComponent(tagSlug(tag))}/`;
export const searchPath = (locale: Locale) => `/${locale}/search/`;

export const feedPath = (locale: Locale): string => `/${locale}/feed.xml`;

export const reportPath = (locale: Locale, period: string): string =>
  `/${locale}/reports/${periodSlug(period)}/`;
export const reportsPath = (locale: Locale): string => `/${locale}/reports/`;
export const comparePath = (locale: Locale, period: string, earlier: string): string =>
  `/${locale}/reports/${periodSlug(period)}/compare/${periodSlug(earlier)}/`;
/** One table of a report as CSV: `/zh-cn/reports/2026-q3/scorecard.csv`. */
export const reportCsvPath = (locale: Locale, period: string, table: string): string =>
  `/${locale}/reports/${periodSlug(period)}/${table}.csv`;
/** A comparison page's table as CSV: `/zh-cn/reports/2026-q3/compare/2024-q4.csv`. */
export const compareCsvPath = (locale: Locale, period: string, earlier: string): string =>
  `/${locale}/reports/${periodSlug(period)}/compare/${periodSlug(earlier)}.csv`;
/** The name a downloaded table gets: `report-2026-q3-scorecard.zh-cn.csv`. */
export const csvFileName = (locale: Locale, period: string, table: string): string =>
  `report-${periodSlug(period)}-${table}.${locale}.csv`;

export const roadmapPath = (locale: Locale) => `/${locale}/roadmap/`;
/** Weekly and monthly ticket-flow figures from the help-desk export. */
export const trackingPath = (locale: Locale) => `/${locale}/tracking/`;
export const roadmapOwnerPath = (locale: Locale, owner: string) =>
  `/${locale}/roadmap/owner/${encodeURIComponent(owner)}/`;
export const roadmapStatusPath = (locale: Locale, status: StatusFilter) =>
  `/${locale}/roadmap/status/${status}/`;
/** Fragment id of a task row, so dependencies and reports can link to it. */
export const taskAnchor = (id: string) => `task-${id}`;

/** Site path of the health page in `locale` (internal builds only). */
export const trainingPath = (locale: Locale): string => `/${locale}/training/`;
export const trainingTierPath = (locale: Locale, tier: string): string =>
  `/${locale}/training/${tier}/`;
export const trainingModulePath = (locale: Locale, tier: string, module: string): string =>
  `/${locale}/training/${tier}/${module}/`;
export const trainingDashboardPath = (locale: Locale, period?: string): string =>
  period
    ? `/${locale}/training/dashboard/${period.toLowerCase()}/`
    : `/${locale}/training/dashboard/`;
export const trainingAgentPath = (locale: Locale, agent: string): string =>
  `/${locale}/training/agents/${agent.toLowerCase()}/`;
export const healthPath = (locale: Locale): string => `/${locale}/health/`;

/** Link to an article's source: `editBaseUrl` + path, `EDIT_BASE_URL` overriding the file. */
export function editUrl(
  file: string,
  configured: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const base = env['EDIT_BASE_URL'] || configured;
  return `${base.replace(/\/?$/, '/')}${file.replace(/^\.?\//, '')}`;
}

/** A tag's URL segment: case and spaces folded so `Refund` and `refund` share one page. */
export const tagSlug = (tag: string) => tag.trim().toLowerCase().replace(/\s+/g, '-');
