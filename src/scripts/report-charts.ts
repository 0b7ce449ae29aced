/**
 * Mounts the report's charts from the JSON configs embedded in the page. Only the controllers,
 * elements, scales and plugins the report uses are registered, so the bundle stays small.
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
);

const charts: Chart[] = [];

/** Replace `var(--x)` strings with the current theme's colours, recursively. */
function resolveColours(value: unknown, style: CSSStyleDeclaration): unknown {
  if (typeof value === 'string') {
    const match = /^var\((--[\w-]+)\)$/.exec(value);
    return match ? style.getPropertyValue(match[1]!).trim() || value : value;
  }
  if (Array.isArray(value)) return value.map((v) => resolveColours(v, style));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveColours(v, style)]));
  }
  return value;
}

function mountAll(): void {
  for (const chart of charts.splice(0)) chart.destroy();
  const style = getComputedStyle(document.documentElement);
  Chart.defaults.color = style.getPropertyValue('--muted').trim();
  Chart.defaults.borderColor = style.getPropertyValue('--border').trim();
  Chart.defaults.font.family = style.getPropertyValue('--font-sans').trim();
  for (const figure of document.querySelectorAll<HTMLElement>('[data-chart]')) {
    const box = figure.querySelector<HTMLElement>('.chart-box');
    const canvas = box?.querySelector('canvas');
    const source = figure.querySelector('script[data-chart-config]');
    if (!box || !canvas || !source?.textContent) continue;
    box.hidden = false;
    const config = resolveColours(JSON.parse(source.textContent), style) as ChartConfiguration;
    charts.push(new Chart(canvas, config));
  }
}

mountAll();
// Follow the theme toggle, and redraw at paper size for printing.
new MutationObserver(mountAll).observe(document.documentElement, {
  attributes: true,
  attributeFilter: ['data-theme'],
});
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', mountAll);
addEventListener('beforeprint', () => {
  for (const chart of charts) chart.resize(640, 260);
});
addEventListener('afterprint', () => {
  for (const chart of charts) chart.resize();
});
