/**
 * The report's plan-progress tables as data for download: the goals and the tasks due by the
 * quarter's end, from the same plan-as-of view the page's tables show, numbers in machine form
 * and dates as ISO 8601.
 */
import type { Locale } from '../../schemas/localized.ts';
import type { Plan } from '../../schemas/plan.ts';
import { useTranslations } from '../i18n.ts';
import { withUnit, type CsvCell, type DataTable } from '../tables/csv.ts';
import type { PlanAsOf } from './as-of.ts';
import type { GoalProgress } from './progress.ts';

/** Goal progress at the report's date: the page's six columns, then ids, units, quarters and dates. */
export function goalsDataTable(
  view: Pick<PlanAsOf, 'goals'>,
  locale: Locale,
  caption: string,
): DataTable {
  const t = useTranslations(locale);
  const status = (g: GoalProgress) =>
    t(g.state === 'unknown' ? 'report.status.none' : `report.status.${g.state}`);
  return {
    id: 'plan-goals',
    caption,
    header: [
      t('roadmap.goals.goal'),
      t('roadmap.goals.baseline'),
      t('roadmap.goals.actual'),
      t('roadmap.goals.target'),
      withUnit(t('roadmap.goals.progress'), '%'),
      t('roadmap.goals.status'),
      t('report.csv.goalId'),
      t('report.csv.kpiId'),
      t('report.csv.unit'),
      t('report.csv.baselinePeriod'),
      t('report.csv.actualPeriod'),
      t('report.csv.deadline'),
      t('report.csv.outcome'),
      t('report.csv.statusId'),
    ],
    rows: view.goals.map((g): CsvCell[] => [
      g.goal.title[locale],
      g.baseline,
      g.actual?.value ?? null,
      g.goal.target,
      g.fraction === undefined ? null : Math.round(g.fraction * 1000) / 10,
      status(g),
      g.goal.id,
      g.goal.kpi,
      g.kpi ? t(`report.unit.${g.kpi.unit}`) : null,
      g.goal.baseline.period,
      g.actual?.period ?? null,
      g.goal.deadline,
      g.judged.outcome ? t(`roadmap.outcome.${g.judged.outcome}`) : null,
      g.state,
    ]),
  };
}

/** Tasks due by the report's date, with their status on that day (late and overdue named). */
export function tasksDataTable(
  view: Pick<PlanAsOf, 'due'>,
  plan: Plan,
  locale: Locale,
  caption: string,
): DataTable {
  const t = useTranslations(locale);
  const owner = (id: string) => plan.owners.find((o) => o.id === id)?.name[locale] ?? id;
  const goal = (id: string) => plan.goals.find((o) => o.id === id)?.title[locale] ?? id;
  return {
    id: 'plan-tasks',
    caption,
    header: [
      t('roadmap.tasks.task'),
      t('roadmap.tasks.owner'),
      withUnit(t('roadmap.tasks.dates'), t('report.csv.interval')),
      t('roadmap.tasks.status'),
      t('roadmap.tasks.goals'),
      t('report.csv.taskId'),
      t('report.csv.start'),
      t('report.csv.dueDate'),
      t('report.csv.completed'),
      t('report.csv.statusId'),
    ],
    rows: view.due.map(({ task, status, overdue, late }): CsvCell[] => [
      task.title[locale],
      owner(task.owner),
      `${task.start}/${task.due}`,
      [
        t(`plan.status.${status}`),
        ...(late ? [t('plan.status.late')] : []),
        ...(overdue ? [t('plan.status.overdue')] : []),
      ].join(t('report.csv.joiner')),
      task.goals.map(goal).join(t('report.csv.joiner')),
      task.id,
      task.start,
      task.due,
      // Completed after the report's date: not yet done on it.
      status === 'done' ? (task.completed ?? null) : null,
      late ? 'late' : overdue ? 'overdue' : status,
    ]),
  };
}
