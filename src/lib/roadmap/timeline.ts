import type { Milestone, Phase } from '../../schemas/plan.ts';
import { addDays, daysBetween } from '../dates.ts';

export interface TimelineOptions {
  /** The build date: a marker is drawn when it falls inside the range. */
  today: string;
  width?: number;
  rowHeight?: number;
  barHeight?: number;
}

export interface TimelineBar {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the phase name goes: above the bar, from its start, or ending at its end near the right edge. */
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
}

export interface TimelineMilestone {
  id: string;
  /** 1-based number shown on the chart and in the text list. */
  number: number;
  date: string;
  x: number;
  y: number;
}

export interface TimelineTick {
  date: string;
  x: number;
}

export interface Timeline {
  width: number;
  height: number;
  start: string;
  /** The day after the last day shown. */
  end: string;
  bars: TimelineBar[];
  milestones: TimelineMilestone[];
  /** The first of each month, with the x of its left edge. */
  ticks: TimelineTick[];
  axisY: number;
  /** The build-date marker; undefined when the date is outside the range. */
  today: { x: number; date: string } | undefined;
  /** Where `today` is relative to the range. */
  todayPlace: 'before' | 'inside' | 'after';
  plotTop: number;
  plotBottom: number;
}

const monthStart = (date: string) => `${date.slice(0, 7)}-01`;
const nextMonth = (date: string) => {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

/**
 * Geometry for the roadmap's SVG timeline: one bar a phase (in plan order), milestones as
 * numbered markers in lanes below them (a marker too close to the previous one drops to the next
 * lane), month ticks and the build-date marker. Whole months are shown; bars include their end day.
 */
export function buildTimeline(
  phases: readonly Phase[],
  milestones: readonly Pick<Milestone, 'id' | 'date'>[],
  options: TimelineOptions,
): Timeline {
  const width = options.width ?? 800;
  const rowHeight = options.rowHeight ?? 40;
  const barHeight = options.barHeight ?? 16;
  const pad = 12;
  const plotTop = 34;
  const dates = [
    ...phases.flatMap((p) => [p.start, p.end]),
    ...milestones.map((m) => m.date),
  ].sort();
  const start = monthStart(dates[0] ?? options.today);
  const end = nextMonth(dates.at(-1) ?? options.today);
  const span = Math.max(1, daysBetween(start, end));
  const x = (date: string) => round(pad + ((width - 2 * pad) * daysBetween(start, date)) / span);

  const bars = phases.map((phase, i): TimelineBar => {
    const x0 = x(phase.start);
    const x1 = x(addDays(phase.end, 1));
    const y = plotTop + i * rowHeight + (rowHeight - barHeight);
    const nearRight = x0 > width * 0.6;
    return {
      id: phase.id,
      x: x0,
      y,
      width: Math.max(2, x1 - x0),
      height: barHeight,
      labelX: nearRight ? x1 : x0,
      labelY: y - 6,
      labelAnchor: nearRight ? 'end' : 'start',
    };
  });

  const milestoneTop = plotTop + phases.length * rowHeight + 22;
  const laneGap = 22;
  const minDistance = 26;
  const lanesLastX: number[] = [];
  const sorted = milestones
    .map((m, index) => ({ m, index }))
    .sort((a, b) => a.m.date.localeCompare(b.m.date) || a.index - b.index);
  const placed = sorted.map(({ m }, i): TimelineMilestone => {
    const mx = x(m.date);
    let lane = lanesLastX.findIndex((last) => mx - last >= minDistance);
    if (lane === -1) lane = lanesLastX.length;
    lanesLastX[lane] = mx;
    return { id: m.id, number: i + 1, date: m.date, x: mx, y: milestoneTop + lane * laneGap };
  });
  const lanes = Math.max(1, lanesLastX.length);
  const plotBottom = milestoneTop + (lanes - 1) * laneGap + 12;
  const axisY = plotBottom + 6;

  const ticks: TimelineTick[] = [];
  for (let d = start; d < end; d = nextMonth(d)) ticks.push({ date: d, x: x(d) });

  const todayPlace = options.today < start ? 'before' : options.today >= end ? 'after' : 'inside';
  return {
    width,
    height: axisY + 22,
    start,
    end,
    bars,
    milestones: placed,
    ticks,
    axisY,
    today: todayPlace === 'inside' ? { x: x(options.today), date: options.today } : undefined,
    todayPlace,
    plotTop,
    plotBottom,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
