import type { Locale } from '../../schemas/localized.ts';
import type { Kpi, KpiUnit } from '../../schemas/kpi.ts';
import { bones, channels, type Bone, type Snapshot } from '../../schemas/snapshot.ts';
import { translate } from '../i18n.ts';
import { clean, kpiRow, type KpiRow, type Status } from './compute.ts';
import { formatValue, type Formatted } from './format.ts';
import { comparePeriods, quarterIndex } from '../periods.ts';
import type { MetricsData } from './validate.ts';

/** Quarters that have a snapshot, newest first. */
export const reportPeriods = (data: MetricsData): string[] =>
  data.snapshots.map((s) => s.period).sort((a, b) => comparePeriods(b, a));

export interface QuarterReport {
  period: string;
  /** The snapshot compared with: the one before, or the one chosen. */
  previousPeriod: string | undefined;
  snapshot: Snapshot;
  rows: KpiRow[];
  headline: KpiRow[];
  statusCounts: Record<Status, number>;
  /** Earlier quarters this one can be compared with, newest first. */
  earlier: string[];
}

/** The whole computed report for `period`, compared with `against` or else the quarter before. */
export function buildQuarterReport(
  data: MetricsData,
  period: string,
  against?: string,
): QuarterReport {
  const snapshot = data.snapshots.find((s) => s.period === period);
  if (!snapshot) throw new Error(`no snapshot for ${period}`);
  const rows = data.kpis.map((kpi) => kpiRow(kpi, data, period, against));
  const statusCounts: Record<Status, number> = {
    baseline: 0,
    'on-track': 0,
    'at-risk': 0,
    'off-track': 0,
    late: 0,
  };
  for (const row of rows) if (row.status) statusCounts[row.status]++;
  return {
    period,
    previousPeriod: rows[0]?.previousPeriod,
    snapshot,
    rows,
    headline: rows.filter((r) => r.kpi.headline),
    statusCounts,
    earlier: reportPeriods(data).filter((p) => quarterIndex(p) < quarterIndex(period)),
  };
}

/** Every (quarter, earlier quarter) pair, for the static comparison pages. */
export function comparePairs(data: MetricsData): { period: string; earlier: string }[] {
  const periods = reportPeriods(data);
  return periods.flatMap((period, i) =>
    periods.slice(i + 1).map((earlier) => ({ period, earlier })),
  );
}

const chineseQuarter = ['一', '二', '三', '四'];

/** "2026年第三季度" / "Q3 2026". */
export function quarterLabel(period: string, locale: Locale): string {
  const [year, q] = period.split('-Q') as [string, string];
  const quarter = locale === 'zh-cn' ? (chineseQuarter[Number(q) - 1] ?? q) : q;
  return translate(locale, 'report.quarter', { year, q: quarter });
}

export interface GapRow {
  id: string;
  label: string;
  value: number;
  reference: number;
  /** `value − reference`. */
  gap: number;
}

/** Funnel stages, team against industry. */
export const funnelRows = (snapshot: Snapshot, locale: Locale): GapRow[] =>
  snapshot.funnel.map((s) => ({
    id: s.stage,
    label: s.label[locale],
    value: s.team,
    reference: s.industry,
    gap: clean(s.team - s.industry),
  }));

/** Skills, score against standard. */
export const skillRows = (snapshot: Snapshot, locale: Locale): GapRow[] =>
  snapshot.skills.map((s) => ({
    id: s.id,
    label: s.label[locale],
    value: s.score,
    reference: s.standard,
    gap: clean(s.score - s.standard),
  }));

/** The row furthest below its reference; undefined if none is below. */
export const largestShortfall = (rows: readonly GapRow[]): GapRow | undefined =>
  rows.reduce<GapRow | undefined>(
    (worst, row) => (row.gap < 0 && (!worst || row.gap < worst.gap) ? row : worst),
    undefined,
  );

/** Root-cause shares in fishbone order. */
export const rootCauseRows = (snapshot: Snapshot): { bone: Bone; share: number }[] =>
  snapshot.rootCauses ? bones.map((bone) => ({ bone, share: snapshot.rootCauses![bone] })) : [];

export const grades = ['excellent', 'pass', 'fail'] as const;
export type Grade = (typeof grades)[number];

/** Grade head counts with their share of everyone assessed, in % (one decimal). */
export function gradeShares(snapshot: Snapshot): { grade: Grade; count: number; share: number }[] {
  const training = snapshot.training;
  if (!training) return [];
  const total = grades.reduce((sum, g) => sum + training.grades[g], 0);
  return grades.map((grade) => ({
    grade,
    count: training.grades[grade],
    share: total === 0 ? 0 : Math.round((training.grades[grade] / total) * 1000) / 10,
  }));
}

/**
 * The channel breakdown as a table: one row per KPI given for any channel, one column per channel
 * present. A KPI a channel does not measure (ticket FRT in chat) stays empty, not zero.
 */
export function channelTable(
  snapshot: Snapshot,
  kpis: readonly Kpi[],
  locale: Locale,
): {
  channels: string[];
  rows: {
    id: string;
    label: string;
    unit: KpiUnit;
    values: (number | null)[];
    cells: Formatted[];
  }[];
} {
  const present = channels.filter((c) => snapshot.channels[c]);
  const ids = kpis.filter((k) => present.some((c) => snapshot.channels[c]?.[k.id] !== undefined));
  return {
    channels: present.map((c) => translate(locale, `report.channel.${c}`)),
    rows: ids.map((k) => {
      const values = present.map((c) => snapshot.channels[c]?.[k.id] ?? null);
      return {
        id: k.id,
        label: k.label[locale],
        unit: k.unit,
        values,
        cells: values.map((v) => formatValue(v, k.unit, locale)),
      };
    }),
  };
}
