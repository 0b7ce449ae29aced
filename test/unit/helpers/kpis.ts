import type { PlanKpi } from '../../../src/lib/roadmap/progress.ts';

const kpi = (id: string, unit: PlanKpi['unit'], better: PlanKpi['better']): PlanKpi => ({
  id,
  unit,
  better,
  label: { 'zh-cn': id, en: id },
});

/** The sample catalog's KPI ids, units and directions, for plan and roadmap tests. */
export const planKpis: readonly PlanKpi[] = [
  kpi('csat', 'percent', 'higher'),
  kpi('nps', 'nps', 'higher'),
  kpi('frt-chat', 'seconds', 'lower'),
  kpi('frt-ticket', 'working-days', 'lower'),
  kpi('fcr', 'percent', 'higher'),
  kpi('aht', 'minutes', 'lower'),
  kpi('sla', 'percent', 'higher'),
  kpi('backlog', 'count', 'lower'),
  kpi('reopen-rate', 'percent', 'lower'),
  kpi('repeat-contact-rate', 'percent', 'lower'),
  kpi('escalation-rate', 'percent', 'lower'),
  kpi('complaint-rate', 'percent', 'lower'),
  kpi('churn', 'percent', 'lower'),
  kpi('ticket-volume', 'count', 'neutral'),
  kpi('training-coverage', 'percent', 'higher'),
  kpi('exam-pass-rate', 'percent', 'higher'),
  kpi('bot-self-service', 'percent', 'higher'),
  kpi('ticket-closure-rate', 'percent', 'higher'),
];
