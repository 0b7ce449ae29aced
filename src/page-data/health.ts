/**
 * The content-health report as the health pages see it: computed once per build, since it covers
 * both locales and so is the same for `/zh-cn/health/` and `/en/health/`.
 */
import { getCollection } from 'astro:content';
import { buildDate } from '../lib/build-info.ts';
import { healthFromEntries, type HealthReport } from '../lib/kb/health.ts';
import { loadBodies } from './bodies.ts';
import { loadKb } from './kb.ts';

export interface HealthModel {
  report: HealthReport;
  /** Ids of the article pages this build has; the tables link only to those. */
  built: ReadonlySet<string>;
}

let model: Promise<HealthModel> | undefined;

export function loadHealth(): Promise<HealthModel> {
  model ??= build();
  return model;
}

async function build(): Promise<HealthModel> {
  const kb = await loadKb();
  // The content store keeps no bodies (retainBody: false); orphan detection reads them from disk.
  const bodies = await loadBodies();
  const entries = (await getCollection('kb')).map((e) => ({ ...e, body: bodies.get(e.id) }));
  const report = healthFromEntries(entries, {
    today: buildDate(),
    categories: kb.categories.map((c) => c.id),
  });
  return { report, built: new Set(kb.articles.map((a) => a.id)) };
}
