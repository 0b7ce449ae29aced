import type { ChartConfiguration, ChartType } from 'chart.js';

/**
 * Chart.js configurations as plain JSON, built at build time and embedded in the page; the client
 * script only mounts them. Colours are CSS custom properties (`var(--chart-1)`) that the client
 * resolves, so charts follow the light or dark theme. No callbacks: they would not survive JSON.
 */

export const palette = [
  'var(--chart-1)',
  'var(--chart-2)',
  'var(--chart-3)',
  'var(--chart-4)',
  'var(--chart-5)',
  'var(--chart-6)',
];

/** Reference lines: the target path first, then the benchmark. */
export const referencePalette = ['var(--chart-5)', 'var(--chart-ref)'];

export interface Series {
  label: string;
  values: (number | null)[];
  /** Reference lines (target path, benchmark) are dashed. */
  dashed?: boolean;
}

const dashes = [[], [6, 4], [2, 3], [8, 3, 2, 3]];

/** A dated event drawn on a trend chart as a vertical line with a short label beside it. */
export interface ChartMarker {
  /**
   * Position on the category axis: the index of its quarter's label, or a fraction between two
   * labels when its quarter has no snapshot.
   */
  x: number;
  /** The short text drawn beside the line (name and state). */
  text: string;
  /** The line's colour: a theme variable, resolved in the browser like every chart colour. */
  color: string;
}

/**
 * Options of the report's own marker plugin (`src/client/milestone-markers.ts`). Each marker gets
 * one row of the band the chart reserves above its plot, so labels never overlap.
 */
export interface ChartMarkerOptions {
  markers: ChartMarker[];
  /** Label text colour. */
  textColor: string;
  /** Fill behind a label, so a line crossing it never hides a letter. */
  background: string;
  /** Height of one label row, px. */
  rowHeight: number;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- must match chart.js's declaration
  interface PluginOptionsByType<TType extends ChartType> {
    /** Milestone markers on trend charts. */
    milestones?: ChartMarkerOptions;
  }
}

/** Row height of a marker label at the 11 px font the plugin draws with. */
export const MARKER_ROW = 15;

/** Axes every chart shares: a titled value axis, no animation (print and tests see the end state). */
const baseOptions = (valueTitle: string, horizontal = false, max?: number) => {
  const value = {
    beginAtZero: true,
    title: { display: true, text: valueTitle },
    ...(max === undefined ? {} : { max }),
  };
  return {
    animation: false as const,
    maintainAspectRatio: false,
    responsive: true,
    ...(horizontal ? { indexAxis: 'y' as const } : {}),
    plugins: { legend: { position: 'bottom' as const } },
    scales: horizontal ? { x: value } : { y: value },
  };
};

/** Lines over quarters; a missing value leaves a gap rather than dropping to zero. */
export function buildTrendChartConfig(input: {
  labels: string[];
  series: Series[];
  valueTitle: string;
  beginAtZero?: boolean;
  /** Milestones to mark, left to right; each takes one label row above the plot. */
  markers?: ChartMarker[];
}): ChartConfiguration<'line', (number | null)[], string> {
  const markers = input.markers ?? [];
  let solid = 0;
  let dashed = 0;
  const options = baseOptions(input.valueTitle);
  return {
    type: 'line',
    data: {
      labels: input.labels,
      datasets: input.series.map((s, i) => {
        const colour = s.dashed
          ? referencePalette[dashed++ % referencePalette.length]!
          : palette[solid++ % palette.length]!;
        return {
          label: s.label,
          data: s.values,
          borderColor: colour,
          backgroundColor: colour,
          borderDash: s.dashed ? (dashes[1 + (i % 3)] ?? []) : [],
          borderWidth: s.dashed ? 1.5 : 2.5,
          pointRadius: s.dashed ? 0 : 3,
          spanGaps: false,
          tension: 0,
        };
      }),
    },
    options: {
      ...options,
      scales: { y: { ...options.scales.y, beginAtZero: input.beginAtZero ?? false } },
      ...(markers.length
        ? {
            layout: { padding: { top: markers.length * MARKER_ROW + 4 } },
            plugins: {
              ...options.plugins,
              milestones: {
                markers,
                textColor: 'var(--text)',
                background: 'var(--surface)',
                rowHeight: MARKER_ROW,
              },
            },
          }
        : {}),
    },
  };
}

/** Two bars per category (team vs industry, score vs standard). */
export function buildPairedBarChartConfig(input: {
  labels: string[];
  first: Series;
  second: Series;
  valueTitle: string;
  horizontal?: boolean;
  max?: number;
}): ChartConfiguration<'bar', (number | null)[], string> {
  return {
    type: 'bar',
    data: {
      labels: input.labels,
      datasets: [input.first, input.second].map((s, i) => ({
        label: s.label,
        data: s.values,
        backgroundColor: i === 0 ? palette[0]! : 'var(--chart-ref)',
        borderColor: i === 0 ? palette[0]! : 'var(--chart-ref)',
        borderWidth: 1,
      })),
    },
    options: baseOptions(input.valueTitle, input.horizontal ?? false, input.max),
  };
}

export interface GapInput {
  label: string;
  value: number;
  reference: number;
}

/** Diagnostic funnel: the team's share at each stage against the industry's. */
export const buildFunnelChartConfig = (
  rows: readonly GapInput[],
  names: { team: string; industry: string; axis: string },
) =>
  buildPairedBarChartConfig({
    labels: rows.map((r) => r.label),
    first: { label: names.team, values: rows.map((r) => r.value) },
    second: { label: names.industry, values: rows.map((r) => r.reference) },
    valueTitle: names.axis,
    max: 100,
  });

/** Skill scores against the industry standard, as horizontal bars. */
export const buildSkillsChartConfig = (
  rows: readonly GapInput[],
  names: { score: string; standard: string; axis: string },
) =>
  buildPairedBarChartConfig({
    labels: rows.map((r) => r.label),
    first: { label: names.score, values: rows.map((r) => r.value) },
    second: { label: names.standard, values: rows.map((r) => r.reference) },
    valueTitle: names.axis,
    horizontal: true,
    max: 100,
  });

/** One bar per category, each its own colour, no legend (the axis names them). */
export function buildCategoryBarChartConfig(input: {
  labels: string[];
  values: number[];
  valueTitle: string;
  datasetLabel: string;
  horizontal?: boolean;
  max?: number;
}): ChartConfiguration<'bar', number[], string> {
  const options = baseOptions(input.valueTitle, input.horizontal ?? false, input.max);
  return {
    type: 'bar',
    data: {
      labels: input.labels,
      datasets: [
        {
          label: input.datasetLabel,
          data: input.values,
          backgroundColor: input.values.map((_, i) => palette[i % palette.length]!),
          borderWidth: 0,
        },
      ],
    },
    options: { ...options, plugins: { legend: { display: false } } },
  };
}

/** Root-cause shares across the four bones, in %. */
export const buildRootCauseChartConfig = (
  rows: readonly { label: string; share: number }[],
  names: { axis: string; dataset: string },
) =>
  buildCategoryBarChartConfig({
    labels: rows.map((r) => r.label),
    values: rows.map((r) => r.share),
    valueTitle: names.axis,
    datasetLabel: names.dataset,
    horizontal: true,
    max: 100,
  });

/** Assessment grades as head counts. */
export const buildGradesChartConfig = (
  rows: readonly { label: string; count: number }[],
  names: { axis: string; dataset: string },
) =>
  buildCategoryBarChartConfig({
    labels: rows.map((r) => r.label),
    values: rows.map((r) => r.count),
    valueTitle: names.axis,
    datasetLabel: names.dataset,
  });
