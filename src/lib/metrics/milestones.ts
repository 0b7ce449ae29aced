import type { LocalizedText } from '../../schemas/localized.ts';
import { quarterIndex, quarterOf } from '../periods.ts';

/**
 * Where a milestone stood on a report's date. The plan computes it from the tasks that make the
 * milestone (`milestonesAsOf` in src/lib/roadmap/as-of.ts); the metrics floor only draws it.
 */
export type ReportMilestoneState = 'met' | 'met-late' | 'missed' | 'upcoming' | 'passed';

/** A plan milestone as one quarter's report sees it. */
export interface ReportMilestone {
  id: string;
  /** `YYYY-MM-DD`. */
  date: string;
  label: LocalizedText;
  /** Its state on the report's date, never later. */
  state: ReportMilestoneState;
  /** The KPIs of the goals its tasks serve: the charts it belongs on. */
  kpis: readonly string[];
}

/** A milestone placed on one trend chart. */
export interface ChartMilestone extends ReportMilestone {
  /** The quarter its date falls in. */
  period: string;
  /**
   * Its position on the chart's category axis: the index of its quarter, or a fraction between
   * the two quarters around it when its own quarter has no snapshot.
   */
  x: number;
  /** The data-table row it is listed in: its quarter's, else the next quarter with a snapshot. */
  row: number;
}

/**
 * The milestones a trend chart of `kpis` over `periods` (its x axis, oldest first) shows: those
 * whose tasks serve a goal of one of its KPIs and whose date falls within the chart's first and
 * last quarter; by date. A milestone whose tasks serve no goal says nothing about a KPI and is
 * on no chart (the roadmap shows it).
 */
export function chartMilestones(
  milestones: readonly ReportMilestone[],
  kpis: readonly string[],
  periods: readonly string[],
): ChartMilestone[] {
  const indexes = periods.map(quarterIndex);
  const first = indexes[0];
  const last = indexes.at(-1);
  if (first === undefined || last === undefined) return [];
  const placed: ChartMilestone[] = [];
  for (const m of milestones) {
    if (!m.kpis.some((k) => kpis.includes(k))) continue;
    const period = quarterOf(m.date);
    const q = quarterIndex(period);
    if (q < first || q > last) continue;
    const row = indexes.findIndex((i) => i >= q);
    const after = indexes[row]!;
    const before = indexes[row - 1];
    // Inside a gap the marker sits between its neighbours, in proportion to the quarters.
    const x = after === q || before === undefined ? row : row - 1 + (q - before) / (after - before);
    placed.push({ ...m, period, x, row });
  }
  return placed.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Display width of a character: CJK and other wide characters count two. */
const width = (ch: string) =>
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(ch) ? 2 : 1;

/**
 * A label shortened for a chart: at most `max` width units (a Chinese character counts two),
 * cut at a word boundary when the text has spaces, with an ellipsis when anything was cut.
 */
export function shortLabel(text: string, max = 22): string {
  const chars = [...text.trim()];
  const total = chars.reduce((sum, ch) => sum + width(ch), 0);
  if (total <= max) return text.trim();
  let used = 1; // the ellipsis
  let end = 0;
  while (end < chars.length && used + width(chars[end]!) <= max) used += width(chars[end++]!);
  let cut = chars.slice(0, end).join('');
  const space = cut.lastIndexOf(' ');
  if (space > 0 && chars[end] !== ' ') cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}
