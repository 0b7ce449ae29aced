import type { Locale } from '../../schemas/localized.ts';
import type { FrequencyBasis, ProblemFamily, Snapshot } from '../../schemas/snapshot.ts';
import { translate } from '../i18n.ts';
import { formatCount, formatPercent } from './format.ts';

/** The four quadrants of the frequency × impact matrix. */
export type Quadrant = 'priority' | 'severe' | 'frequent' | 'monitor';

/** 4 and 5 count as high on the 1–5 scales. */
export const HIGH = 4;

export function quadrantOf(frequency: number, impact: number): Quadrant {
  if (frequency >= HIGH) return impact >= HIGH ? 'priority' : 'frequent';
  return impact >= HIGH ? 'severe' : 'monitor';
}

export interface QuadrantPoint {
  /** 1-based number shown in the dot and in the table. */
  n: number;
  id: string;
  label: string;
  family: ProblemFamily;
  frequency: number;
  /** How the ticket export gave the frequency; absent when the diagnosis assessed it. */
  frequencyFrom?: FrequencyBasis;
  impact: number;
  quadrant: Quadrant;
  cx: number;
  cy: number;
}

export interface QuadrantLayout {
  size: number;
  /** Plot area: left, top and side length. */
  plot: { x: number; y: number; side: number };
  /** Pixel position of the value `v` (1–5) along an axis. */
  ticks: { value: number; at: number }[];
  /** Where the high/low split lines are drawn. */
  split: number;
  points: QuadrantPoint[];
}

/**
 * Place each problem at its frequency (x) and impact (y) on a square plot. Problems sharing a cell
 * are spread around its centre so every dot stays visible. Sorted priority first.
 */
export function quadrantLayout(snapshot: Snapshot, locale: Locale, size = 360): QuadrantLayout {
  const plot = { x: 48, y: 12, side: size - 60 };
  const cell = plot.side / 5;
  const at = (v: number) => (v - 0.5) * cell;
  const order: Quadrant[] = ['priority', 'severe', 'frequent', 'monitor'];
  const problems = [...snapshot.problems].sort(
    (a, b) =>
      order.indexOf(quadrantOf(a.frequency, a.impact)) -
        order.indexOf(quadrantOf(b.frequency, b.impact)) ||
      b.frequency * b.impact - a.frequency * a.impact,
  );
  const inCell = new Map<string, number>();
  const points = problems.map((p, i) => {
    const key = `${p.frequency}/${p.impact}`;
    const k = inCell.get(key) ?? 0;
    inCell.set(key, k + 1);
    const spread = cell * 0.22;
    const offsets = [
      [0, 0],
      [-spread, -spread],
      [spread, spread],
      [spread, -spread],
      [-spread, spread],
    ] as const;
    const [dx, dy] = offsets[k % offsets.length]!;
    return {
      n: i + 1,
      id: p.id,
      label: p.label[locale],
      family: p.family,
      frequency: p.frequency,
      ...(p.frequencyFrom ? { frequencyFrom: p.frequencyFrom } : {}),
      impact: p.impact,
      quadrant: quadrantOf(p.frequency, p.impact),
      cx: Math.round((plot.x + at(p.frequency) + dx) * 10) / 10,
      cy: Math.round((plot.y + plot.side - at(p.impact) + dy) * 10) / 10,
    };
  });
  return {
    size,
    plot,
    ticks: [1, 2, 3, 4, 5].map((value) => ({ value, at: at(value) })),
    split: (HIGH - 1) * cell,
    points,
  };
}

/** Where a point's frequency came from, in words: the tag and its share, or the assessment. */
export function frequencySource(
  point: Pick<QuadrantPoint, 'frequencyFrom'>,
  locale: Locale,
): string {
  const from = point.frequencyFrom;
  if (!from) return translate(locale, 'report.quadrant.assessed');
  return translate(locale, 'report.quadrant.fromTag', {
    tag: from.tag,
    tickets: formatCount(from.tickets, locale),
    of: formatCount(from.of, locale),
    share: formatPercent(from.share, locale),
  });
}

/**
 * The bands that turn a share of tickets into 1–5, in words ("under 0.5% = 1, 0.5%–1.5% = 2, …"),
 * for the note under a matrix with counted frequencies.
 */
export function bandsText(bands: readonly number[], locale: Locale): string {
  const pct = (v: number) => formatPercent(v, locale);
  const parts = [translate(locale, 'report.quadrant.bandBelow', { to: pct(bands[0]!), n: 1 })];
  bands.forEach((floor, i) => {
    const next = bands[i + 1];
    parts.push(
      next === undefined
        ? translate(locale, 'report.quadrant.bandFrom', { from: pct(floor), n: i + 2 })
        : translate(locale, 'report.quadrant.bandRange', {
            from: pct(floor),
            to: pct(next),
            n: i + 2,
          }),
    );
  });
  return parts.join(locale === 'zh-cn' ? '，' : ', ');
}
