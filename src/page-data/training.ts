/**
 * Training as the pages see it: the curriculum from the content collection (per locale, per tier,
 * in order, with the articles this build holds), and — in internal builds only — the competency
 * model, the learning-platform records and every figure the dashboard and growth records show.
 * The records were checked by the build's content check before any page is rendered.
 */
import { getCollection, render } from 'astro:content';
import { buildDate, siteAudience } from '../lib/build-info.ts';
import {
  displayName,
  expiringCertifications,
  mentorships,
  monthsOf,
  periodFigures,
  recordQuarters,
  retrainingDue,
  tierCoverage,
  nameStyleOf,
} from '../lib/training/compute.ts';
import { loadTrainingModel } from '../lib/training/model.ts';
import { loadTrainingRecords, type TrainingRecords } from '../lib/training/records.ts';
import type { TierId, TrainingModel } from '../schemas/training-model.ts';
import type { TrainingModuleData } from '../schemas/training-module.ts';
import type { Locale } from '../schemas/localized.ts';
import { loadKb } from './kb.ts';

export const tiers: readonly TierId[] = ['basic', 'advanced', 'expert'];

export interface ModuleView {
  id: string;
  locale: Locale;
  tier: TierId;
  data: TrainingModuleData;
  /** The module's articles this build holds (a public build leaves internal ones out). */
  articles: { slug: string; title: string; path: string }[];
  /** How many of its articles this build does not hold. */
  articlesHidden: number;
  /** Prerequisites as modules of this build. */
  prerequisites: { id: string; title: string; tier: TierId }[];
  render: () => ReturnType<typeof render>;
}

let curriculum: Promise<ModuleView[]> | undefined;

/** Every module this build holds, ordered by tier then position. */
export function loadCurriculum(): Promise<ModuleView[]> {
  curriculum ??= buildCurriculum();
  return curriculum;
}

async function buildCurriculum(): Promise<ModuleView[]> {
  const kb = await loadKb();
  const byKey = new Map(kb.articles.map((a) => [`${a.locale}/${a.data.category}/${a.slug}`, a]));
  const entries = await getCollection('training');
  const base = entries.map((entry) => {
    const [locale, , id = ''] = entry.id.split('/') as [Locale, string, string];
    return { entry, locale, id };
  });
  const views = base.map(({ entry, locale, id }): ModuleView => {
    const articles = entry.data.articles.flatMap((slug) => {
      const article = byKey.get(`${locale}/${slug}`);
      return article ? [{ slug, title: article.data.title, path: article.path }] : [];
    });
    return {
      id,
      locale,
      tier: entry.data.tier,
      data: entry.data,
      articles,
      articlesHidden: entry.data.articles.length - articles.length,
      prerequisites: entry.data.prerequisites.flatMap((pre) => {
        const found = base.find((b) => b.locale === locale && b.id === pre);
        return found
          ? [{ id: pre, title: found.entry.data.title, tier: found.entry.data.tier }]
          : [];
      }),
      render: () => render(entry),
    };
  });
  return views.sort(
    (a, b) =>
      tiers.indexOf(a.tier) - tiers.indexOf(b.tier) ||
      a.data.order - b.data.order ||
      a.id.localeCompare(b.id),
  );
}

/** One locale's modules of one tier, in order. */
export const pathModules = (modules: readonly ModuleView[], locale: Locale, tier: TierId) =>
  modules.filter((m) => m.locale === locale && m.tier === tier);

export interface TrainingData {
  model: TrainingModel;
  records: TrainingRecords;
  today: string;
  /** Quarters the records cover, newest first. */
  quarters: string[];
  /** Module id → tier, from the curriculum. */
  moduleTier: Map<string, TierId>;
  /** Module id → title per locale. */
  moduleTitle: Map<string, Partial<Record<Locale, string>>>;
  name: (agentId: string) => string;
  months: (quarter: string) => string[];
}

let records: Promise<TrainingData | undefined> | undefined;

/**
 * The model, the records and what the pages need to show them. Undefined in a public build — it
 * never reads a record — and in a project without records.
 */
export function loadTrainingData(root: string = process.cwd()): Promise<TrainingData | undefined> {
  records ??= buildTrainingData(root);
  return records;
}

async function buildTrainingData(root: string): Promise<TrainingData | undefined> {
  if (siteAudience() === 'public') return undefined;
  const model = loadTrainingModel(root).value;
  if (!model) return undefined;
  const loaded = loadTrainingRecords(root, model);
  if (!loaded.value.agents.length) return undefined;
  const modules = await loadCurriculum();
  const moduleTier = new Map(modules.map((m) => [m.id, m.tier]));
  const moduleTitle = new Map<string, Partial<Record<Locale, string>>>();
  for (const m of modules)
    moduleTitle.set(m.id, { ...moduleTitle.get(m.id), [m.locale]: m.data.title });
  const style = nameStyleOf(process.env);
  const names = new Map(loaded.value.agents.map((a) => [a.id, displayName(a.name, style)]));
  return {
    model,
    records: loaded.value,
    today: buildDate(),
    quarters: recordQuarters(loaded.value).reverse(),
    moduleTier,
    moduleTitle,
    name: (id) => names.get(id) ?? id,
    months: monthsOf,
  };
}

/** Everything one quarter's dashboard shows, computed from the records. */
export function dashboardFigures(data: TrainingData, quarter: string) {
  const { model, records, today } = data;
  return {
    quarter: periodFigures(model, records, quarter),
    months: data.months(quarter).map((month) => periodFigures(model, records, month)),
    tiers: tierCoverage(model, records, data.moduleTier, quarter),
    retraining: retrainingDue(model, records, quarter, today),
    expiring: expiringCertifications(model, records.certifications, today),
    mentors: mentorships(records.agents),
  };
}
