/**
 * The roadmap as the pages see it: the plan, computed against the build date over the same
 * validated KPI catalog and snapshots the reports read (one read per build). The build has
 * already validated all three.
 */
import { buildDate } from '../lib/build-info.ts';
import { loadPlan } from '../lib/roadmap/load.ts';
import { roadmapModel, type RoadmapModel } from '../lib/roadmap/model.ts';
import type { Kpi } from '../schemas/kpi.ts';
import type { Snapshot } from '../schemas/snapshot.ts';
import { loadReportData } from './reports.ts';

export interface RoadmapData {
  kpis: Kpi[];
  snapshots: Snapshot[];
  /** Undefined when the project has no plan file. */
  model: RoadmapModel | undefined;
}

let data: RoadmapData | undefined;

export function loadRoadmap(root: string = process.cwd()): RoadmapData {
  if (data) return data;
  const { kpis, snapshots } = loadReportData(root);
  const { plan } = loadPlan(root, { kpis, snapshots });
  data = {
    kpis,
    snapshots,
    model: plan ? roadmapModel(plan, kpis, snapshots, buildDate()) : undefined,
  };
  return data;
}
