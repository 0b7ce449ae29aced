/**
 * Mounts the report's charts from the JSON configs embedded in the page. Only the controllers,
 * elements, scales and plugins the report uses are registered, so the bundle stays small; the
 * milestone markers are the report's own plugin.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { milestoneMarkers } from './milestone-markers.ts';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  milestoneMarkers,
);

const charts: Chart[] = [];

/**
 * The current theme's value of a colour variable, as `rgb(…)`. Read through an element's computed
 * colour because the variables hold `light-dark(…)`, which only the browser's cascade resolves.
 */
function colour(probe: HTMLElement, name: string): string {
  probe.style.color = `var(${name})`;
  return getComputedStyle(probe).color;
}

/** Replace `var(--x)` strings with the current theme's colours, recursively. */
function resolveColours(value: unknown, probe: HTMLElement): unknown {
  if (typeof value === 'string') {
    const match = /^var\((--[\w-]+)\)$/.exec(value);
    return match ? colour(probe, match[1]!) : value;
  }
  if (Array.isArray(value)) return value.map((v) => resolveColours(v, probe));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveColours(v, probe)]));
  }
  return value;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
let generation = 0;
/** Whether the charts are drawn for paper (print media) rather than the screen. */
let paper = matchMedia('print').matches;

interface LooseOptions {
  plugins?: { legend?: { labels?: object } };
  scales?: Record<string, { ticks?: object; title?: object }>;
}

/**
 * Paper is narrower and shorter than a screen (src/styles/report.css gives each chart a
 * 100 × 45 mm box): a smaller legend, level tick labels, and no value-axis title (the chart's
 * heading and the data table beside it name the unit).
 */
function forPaper(config: ChartConfiguration): ChartConfiguration {
  const options = (config.options ?? {}) as LooseOptions;
  const scale = (id: string) => {
    const s = options.scales?.[id] ?? {};
    return {
      ...s,
      title: { ...s.title, display: false },
      ticks: { ...s.ticks, font: { size: 9 }, maxRotation: 0 },
    };
  };
  return {
    ...config,
    options: {
      ...options,
      plugins: {
        ...options.plugins,
        legend: {
          ...options.plugins?.legend,
          labels: {
            ...options.plugins?.legend?.labels,
            boxWidth: 10,
            boxHeight: 10,
            padding: 6,
            font: { size: 10 },
          },
        },
      },
      scales: { ...options.scales, x: scale('x'), y: scale('y') },
    },
  };
}

/** Draw every chart of the page; between charts, yield to input unless `now` (printing). */
async function mountAll({ now = false } = {}): Promise<void> {
  // A newer call (theme switched meanwhile) takes over; this one stops at its next chart.
  const run = ++generation;
  for (const chart of charts.splice(0)) chart.destroy();
  const style = getComputedStyle(document.documentElement);
  const probe = document.createElement('span');
  probe.hidden = true;
  document.body.append(probe);
  Chart.defaults.color = colour(probe, '--muted');
  Chart.defaults.borderColor = colour(probe, '--border');
  Chart.defaults.font.family = style.getPropertyValue('--font-sans').trim();
  for (const figure of document.querySelectorAll<HTMLElement>('[data-chart]')) {
    if (run !== generation) break;
    const box = figure.querySelector<HTMLElement>('.chart-box');
    const canvas = box?.querySelector('canvas');
    const source = figure.querySelector('script[data-chart-config]');
    if (!box || !canvas || !source?.textContent) continue;
    box.hidden = false;
    const config = resolveColours(JSON.parse(source.textContent), probe) as ChartConfiguration;
    charts.push(new Chart(canvas, paper ? forPaper(config) : config));
    // One chart per task, so drawing ten charts never blocks input for long.
    if (!now) await nextTask();
  }
  probe.remove();
}

/** Redraw for paper or screen; printing cannot wait, so the paper drawing is synchronous. */
function setPaper(on: boolean): void {
  if (on === paper) return;
  paper = on;
  void mountAll({ now: on });
}

void mountAll();
// Follow the theme toggle, and redraw for paper when printing.
new MutationObserver(() => void mountAll()).observe(document.documentElement, {
  attributes: true,
  attributeFilter: ['data-theme'],
});
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => void mountAll());
matchMedia('print').addEventListener('change', (event) => setPaper(event.matches));
// The browser's print lays the page out for paper without resizing the window, so the charts are
// given the size of their print box explicitly: 100 × 45 mm (378 × 170 CSS pixels) beside their
// table, or the page's width, 182 × 52 mm (688 × 197), above a wide one.
addEventListener('beforeprint', () => {
  setPaper(true);
  for (const chart of charts)
    if (chart.canvas.closest('.chart--wide')) chart.resize(688, 197);
    else chart.resize(378, 170);
});
addEventListener('afterprint', () => {
  setPaper(false);
});
