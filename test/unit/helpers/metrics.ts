import type { Kpi } from '../../../src/schemas/kpi.ts';
import type { Goal } from '../../../src/schemas/plan.ts';
import type { Snapshot } from '../../../src/schemas/snapshot.ts';
import type { JsonSource } from '../../../src/lib/metrics/validate.ts';

const text = (zh: string, en: string) => ({ 'zh-cn': zh, en });

/** A small catalog: one KPI of each kind the tests need. */
export const kpis: Kpi[] = [
  {
    id: 'csat',
    label: text('客户满意度', 'Customer satisfaction'),
    short: text('满意度', 'CSAT'),
    unit: 'percent',
    better: 'higher',
    definition: text('定义', 'Definition'),
    tolerance: 1.5,
    headline: true,
  },
  {
    id: 'nps',
    label: text('净推荐值', 'NPS'),
    short: text('NPS', 'NPS'),
    unit: 'nps',
    better: 'higher',
    definition: text('定义', 'Definition'),
    headline: false,
  },
  {
    id: 'frt-chat',
    label: text('聊天首响', 'Chat FRT'),
    short: text('聊天首响', 'Chat FRT'),
    unit: 'seconds',
    better: 'lower',
    definition: text('定义', 'Definition'),
    headline: false,
  },
  {
    id: 'ticket-volume',
    label: text('工单量', 'Volume'),
    short: text('工单量', 'Volume'),
    unit: 'count',
    better: 'neutral',
    definition: text('定义', 'Definition'),
    headline: false,
  },
];

/** A plan goal: the only place a target is set. */
export const goal = (
  kpi: string,
  baselinePeriod: string,
  target: number,
  deadline: string,
  extra: Partial<Goal> = {},
): Goal => ({
  id: `${kpi}-goal`,
  kpi,
  title: text('目标', 'Goal'),
  baseline: { period: baselinePeriod },
  target,
  deadline,
  horizon: 'long',
  owner: 'ops',
  ...extra,
});

export const json = (file: string, value: unknown): JsonSource => ({
  file,
  value,
  text: JSON.stringify(value, null, 2),
});

/** A complete, valid snapshot for `period`; override parts with `extra`. */
export function snapshot(
  period: string,
  metrics: Record<string, number | null>,
  extra: Partial<Snapshot> = {},
): Snapshot {
  return {
    period,
    metrics,
    channels: {},
    funnel: [],
    problems: [],
    skills: [],
    rootCauses: { people: 30, process: 45, technology: 25, resources: 0 },
    ...extra,
  };
}
