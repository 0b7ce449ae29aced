/**
 * The report's milestone markers: a dashed vertical line at a milestone's quarter and its short
 * label in a band the chart reserves above the plot (one row per milestone, so labels never
 * overlap). Written here rather than taken from chartjs-plugin-annotation, which would add about
 * 13 KB gzip and break the report page's 70 KB budget (README, "Quarterly reports").
 */
import type { Chart, Plugin } from 'chart.js';
import type { ChartMarkerOptions } from '../lib/metrics/charts.ts';

const FONT_SIZE = 11;
const GAP = 4;

export const milestoneMarkers: Plugin<'line', ChartMarkerOptions> = {
  id: 'milestones',
  defaults: { markers: [], textColor: '#000', background: '#fff', rowHeight: 15 },
  afterDatasetsDraw(chart: Chart<'line'>, _args, options) {
    const { ctx, chartArea } = chart;
    const scale = chart.scales['x'];
    if (!scale || !options.markers.length) return;
    const drawn: { text: string; x: number; y: number }[] = [];
    ctx.save();
    ctx.font = `${FONT_SIZE}px ${chart.options.font?.family ?? 'sans-serif'}`;
    ctx.textBaseline = 'middle';
    options.markers.forEach((marker, row) => {
      const x = Math.round(scale.getPixelForValue(marker.x)) + 0.5;
      const y = chartArea.top - (options.markers.length - row - 0.5) * options.rowHeight;
      ctx.strokeStyle = marker.color;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = marker.color;
      ctx.beginPath();
      ctx.arc(x, y, 3, 0, 2 * Math.PI);
      ctx.fill();
      // Beside the line, on whichever side has room; never past the canvas edge.
      const width = ctx.measureText(marker.text).width;
      const right = x + GAP + width <= chart.width;
      const left = right ? x + GAP : Math.max(0, x - GAP - width);
      ctx.fillStyle = options.background;
      ctx.fillRect(left - 2, y - options.rowHeight / 2 + 1, width + 4, options.rowHeight - 2);
      ctx.fillStyle = options.textColor;
      ctx.textAlign = 'left';
      ctx.fillText(marker.text, left, y);
      drawn.push({ text: marker.text, x, y });
    });
    ctx.restore();
    // What was drawn, for tests and for anyone inspecting the page; the figure's text says it too.
    chart.canvas.dataset['milestones'] = JSON.stringify(drawn);
  },
};
