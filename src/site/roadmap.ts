/**
 * The roadmap as the pages see it: the plan, the KPI catalog and the snapshots read once per
 * build and computed against the build date. The build has already validated all three.
 */
import { buildDate } from '../lib/build-info.ts';
import { loadPlan, readKpiInfo, readMetricSnapshots } from '../lib/roadmap/load.ts';
import { roadmapModel, type RoadmapModel } from '../lib/roadmap/model.ts';
import type { KpiInfo } from '../lib/roadmap/kpis.ts';
import type { MetricSnapshot } from '../lib/roadmap/snapshots.ts';

export interface RoadmapData {
  kpis: KpiInfo[];
  snapshots: MetricSnapshot[];
  /** Undefined when the project has no plan file. */
  model: RoadmapModel | undefined;
}

let data: RoadmapData | undefined;

export function loadRoadmap(root: string = process.cwd()): RoadmapData {
  if (data) return data;
  const kpis = readKpiInfo(root);
  const snapshots = readMetricSnapshots(root);
  const { plan } = loadPlan(root, kpis);
  data = {
    kpis,
    snapshots,
    model: plan ? roadmapModel(plan, kpis, snapshots, buildDate()) : undefined,
  };
  return data;
}
