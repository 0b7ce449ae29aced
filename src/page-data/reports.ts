/**
 * The reports as the pages see them: metrics read and validated once per build (the content check
 * has already stopped the build on any error), narratives from the `reports` collection.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadMetrics } from '../lib/metrics/load-metrics.ts';
import { loadFrequencyBands } from '../lib/tickets/problem-frequency.ts';
import type { FeedItem } from '../lib/kb/feed.ts';
import { reportFeedItems } from '../lib/metrics/report-feed.ts';
import { buildQuarterReport, reportPeriods } from '../lib/metrics/report.ts';
import { loadPlan } from '../lib/roadmap/load.ts';
import { milestonesAsOf } from '../lib/roadmap/as-of.ts';
import { periodEnd, periodSlug } from '../lib/periods.ts';
import type { ReportMilestone } from '../lib/metrics/milestones.ts';
import type { MetricsData } from '../lib/metrics/validate.ts';
import type { Plan } from '../schemas/plan.ts';
import type { Locale } from '../schemas/localized.ts';

let metrics: MetricsData | undefined;
let plan: Plan | undefined;

/** The metrics with the plan's goals: the only targets every page reads. */
export function loadReportData(root: string = process.cwd()): MetricsData {
  if (metrics) return metrics;
  const value = loadMetrics(root).value;
  plan = loadPlan(root, value).plan;
  metrics = { ...value, goals: plan?.goals ?? [] };
  return metrics;
}

let bands: { value: readonly number[] | undefined } | undefined;

/**
 * The shares that rate a tag-counted problem frequency 2–5 (data/problem-frequency.json), read
 * once per build like the metrics (the content check has already reported any problem in it).
 */
export function frequencyBands(root: string = process.cwd()): readonly number[] | undefined {
  bands ??= { value: loadFrequencyBands(root).value };
  return bands.value;
}

/**
 * The plan's milestones as they stood on the last day of `period` (the day the report's plan
 * section is dated), for its trend charts; none without a plan.
 */
export function reportMilestones(period: string, root: string = process.cwd()): ReportMilestone[] {
  loadReportData(root);
  return plan ? milestonesAsOf(plan, periodEnd(period)) : [];
}

/** The narrative of `period` in `locale`, if one was written. */
export async function narrativeFor(
  locale: Locale,
  period: string,
): Promise<CollectionEntry<'reports'> | undefined> {
  const entries = await getCollection('reports');
  return entries.find((e) => e.id === `${locale}/${periodSlug(period)}`);
}

/**
 * The feed items of every quarterly report in `locale`. Call it only when the build has the
 * reports section (a public build must not read management data at all).
 */
export async function reportFeed(
  locale: Locale,
  url: (path: string) => string,
): Promise<FeedItem[]> {
  const data = loadReportData();
  const sources = await Promise.all(
    reportPeriods(data).map(async (period) => ({
      period,
      narrative: (await narrativeFor(locale, period))?.data,
      counts: buildQuarterReport(data, period).statusCounts,
    })),
  );
  return reportFeedItems(sources, locale, url);
}
