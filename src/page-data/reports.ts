/**
 * The reports as the pages see them: metrics read and validated once per build (the content check
 * has already stopped the build on any error), narratives from the `reports` collection.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadMetrics } from '../lib/metrics/load-metrics.ts';
import { periodSlug } from '../lib/periods.ts';
import type { MetricsData } from '../lib/metrics/validate.ts';
import type { Locale } from '../schemas/localized.ts';

let metrics: MetricsData | undefined;

export function loadReportData(root: string = process.cwd()): MetricsData {
  metrics ??= loadMetrics(root).value;
  return metrics;
}

/** The narrative of `period` in `locale`, if one was written. */
export async function narrativeFor(
  locale: Locale,
  period: string,
): Promise<CollectionEntry<'reports'> | undefined> {
  const entries = await getCollection('reports');
  return entries.find((e) => e.id === `${locale}/${periodSlug(period)}`);
}
