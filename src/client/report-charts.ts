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

async function mountAll(): Promise<void> {
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
    charts.push(new Chart(canvas, config));
    // One chart per task, so drawing ten charts never blocks input for long.
    await nextTask();
  }
  probe.remove();
}

void mountAll();
// Follow the theme toggle, and redraw at paper size for printing.
new MutationObserver(() => void mountAll()).observe(document.documentElement, {
  attributes: true,
  attributeFilter: ['data-theme'],
});
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => void mountAll());
addEventListener('beforeprint', () => {
  for (const chart of charts) chart.resize(640, 260);
});
addEventListener('afterprint', () => {
  for (const chart of charts) chart.resize();
});
