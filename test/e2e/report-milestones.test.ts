/**
 * Issue 13: the plan's milestones on the report's trend charts, drawn on the canvas in the theme's
 * colours (light, dark, and at paper size for print) and named in the text beside each chart.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadMetrics } from '../../src/lib/metrics/load-metrics.ts';
import { trendCharts } from '../../src/lib/metrics/report-charts.ts';
import { periodEnd } from '../../src/lib/periods.ts';
import { milestonesAsOf } from '../../src/lib/roadmap/as-of.ts';
import { loadPlan } from '../../src/lib/roadmap/load.ts';
import { chartsDrawn, pageErrors, useBrowser } from './harness.ts';

const browser = useBrowser();
const metrics = loadMetrics('.').value;
const plan = loadPlan('.', metrics).plan!;
const data = { ...metrics, goals: plan.goals };

/** The part of an embedded chart config the marker plugin reads. */
interface MarkerConfig {
  options: { plugins: { milestones?: { markers: { text: string }[] } } };
}

interface Drawn {
  text: string;
  x: number;
  y: number;
}

/** Wait until every chart is mounted, then read what each trend chart's plugin drew. */
async function drawnMarkers(page: Page): Promise<Record<string, Drawn[] | null>> {
  await chartsDrawn(page);
  return page.locator('figure[data-chart^="trend-"]').evaluateAll((figures) =>
    Object.fromEntries(
      figures.map((f) => {
        const drawn = f.querySelector('canvas')!.dataset['milestones'];
        return [f.getAttribute('data-chart')!, drawn ? (JSON.parse(drawn) as Drawn[]) : null];
      }),
    ),
  );
}

/**
 * How many pixels below each drawn label, in the marker's column, have the colour of `variable`
 * in the page's current theme (the dashed line covers about half of them).
 */
function lineCoverage(page: Page, chart: string, variable: string): Promise<number[]> {
  return page.evaluate(
    ([id, name]) => {
      const canvas = document.querySelector<HTMLCanvasElement>(
        `figure[data-chart="${id}"] canvas`,
      )!;
      const probe = document.createElement('span');
      document.body.append(probe);
      probe.style.color = `var(${name})`;
      const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number) as [
        number,
        number,
        number,
      ];
      probe.remove();
      const ratio = devicePixelRatio || 1;
      const context = canvas.getContext('2d')!;
      const drawn = JSON.parse(canvas.dataset['milestones']!) as { x: number; y: number }[];
      return drawn.map(({ x, y }) => {
        const top = Math.ceil((y + 4) * ratio);
        const height = canvas.height - top;
        let best = 0;
        for (const dx of [-1, 0, 1]) {
          const column = context.getImageData(Math.floor(x * ratio) + dx, top, 1, height).data;
          let hits = 0;
          for (let i = 0; i < column.length; i += 4) {
            const near =
              Math.abs(column[i]! - r) < 40 &&
              Math.abs(column[i + 1]! - g) < 40 &&
              Math.abs(column[i + 2]! - b) < 40 &&
              column[i + 3]! > 128;
            if (near) hits++;
          }
          best = Math.max(best, hits / ratio);
        }
        return best;
      });
    },
    [chart, variable] as const,
  );
}

describe('milestones on the trend charts of /zh-cn/reports/2026-q3/', () => {
  const expected = trendCharts(
    data,
    '2026-Q3',
    'zh-cn',
    milestonesAsOf(plan, periodEnd('2026-Q3')),
  );

  it('draws the markers the embedded config carries, and only on charts of their KPIs', async () => {
    const page = await browser.page('/zh-cn/reports/2026-q3/');
    const drawn = await drawnMarkers(page);
    const configs = await page.locator('figure[data-chart^="trend-"]').evaluateAll((figures) =>
      Object.fromEntries(
        figures.map((f) => {
          const json = f.querySelector('script[data-chart-config]')!.textContent;
          const config = JSON.parse(json) as MarkerConfig;
          return [
            f.getAttribute('data-chart')!,
            config.options.plugins.milestones?.markers.map((m) => m.text) ?? [],
          ];
        }),
      ),
    );
    expect(configs).toEqual(
      Object.fromEntries(
        expected.map((c) => [
          c.id,
          (c.config as MarkerConfig).options.plugins.milestones?.markers.map((m) => m.text) ?? [],
        ]),
      ),
    );
    expect(configs['trend-outcomes']).toEqual([
      '核心知识库装载过半·逾期达成',
      '方案评审通过·按时达成',
      '退货试点上线·按时达成',
    ]);
    expect(configs['trend-complaint-rate']).toEqual(['协同平台上线·按时达成']);
    // The canvas shows what the config says, left to right, one label row each.
    for (const [id, texts] of Object.entries(configs)) {
      if (!texts.length) {
        expect(drawn[id], id).toBeNull();
        continue;
      }
      expect(
        drawn[id]!.map((d) => d.text),
        id,
      ).toEqual(texts);
      const xs = drawn[id]!.map((d) => d.x);
      expect(
        [...xs].sort((a, b) => a - b),
        id,
      ).toEqual(xs);
    }
    expect(await lineCoverage(page, 'trend-outcomes', '--status-risk')).toSatisfy(
      ([late]: number[]) => late! > 60,
    );
    const onTime = await lineCoverage(page, 'trend-outcomes', '--status-on');
    expect(
      onTime.slice(1).every((n) => n > 40),
      String(onTime),
    ).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it('names the same milestones in the summary, the canvas label and a milestone column', async () => {
    const page = await browser.page('/zh-cn/reports/2026-q3/', { javaScript: false });
    const outcomes = page.locator('figure[data-chart="trend-outcomes"]');
    const sentence =
      '图中标出的里程碑：核心知识库装载过半（2026年3月31日，逾期达成）、方案评审通过（2026年6月30日，按时达成）和退货试点上线（2026年7月15日，按时达成）。';
    await expect(outcomes.locator('.chart-summary').innerText()).resolves.toContain(sentence);
    await expect(outcomes.locator('canvas').getAttribute('aria-label')).resolves.toContain(
      sentence,
    );
    await expect(outcomes.locator('thead th').last().innerText()).resolves.toBe('里程碑');
    await expect(
      outcomes
        .locator('tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) => [r.querySelector('th')!.textContent, r.lastElementChild!.textContent]),
        ),
    ).resolves.toEqual([
      ['2024-Q4', ''],
      ['2025-Q1', ''],
      ['2025-Q2', ''],
      ['2025-Q3', ''],
      ['2025-Q4', ''],
      ['2026-Q1', '核心知识库装载过半（逾期达成）'],
      ['2026-Q2', '方案评审通过（按时达成）'],
      ['2026-Q3', '退货试点上线（按时达成）'],
    ]);
    // Every chart that marks a milestone names it; the others add nothing.
    for (const chart of expected) {
      const figure = page.locator(`figure[data-chart="${chart.id}"]`);
      const headers = await figure.locator('thead th').allInnerTexts();
      expect(headers.includes('里程碑'), chart.id).toBe(chart.table.columns.includes('里程碑'));
      await expect(figure.locator('.chart-summary').innerText()).resolves.toBe(chart.summary);
    }
  });

  it('names them in English too', async () => {
    const page = await browser.page('/en/reports/2026-q3/', { javaScript: false });
    const figure = page.locator('figure[data-chart="trend-frt-ticket"]');
    await expect(figure.locator('.chart-summary').innerText()).resolves.toMatch(
      /Milestones marked on the chart: Half of the core knowledge base loaded \(31 Mar 2026, met late\)\.$/,
    );
    await expect(figure.locator('thead th').last().innerText()).resolves.toBe('Milestone');
  });

  it('follows the dark theme', async () => {
    const page = await browser.page('/zh-cn/reports/2026-q3/', { colorScheme: 'dark' });
    await drawnMarkers(page);
    // --status-risk is #f5c56b in the dark theme (#8a5a00 in the light one).
    const colour = await page.evaluate(() => {
      const probe = document.createElement('span');
      document.body.append(probe);
      probe.style.color = 'var(--status-risk)';
      return getComputedStyle(probe).color;
    });
    expect(colour).toBe('rgb(245, 197, 107)');
    const [late] = await lineCoverage(page, 'trend-outcomes', '--status-risk');
    expect(late).toBeGreaterThan(60);
  });

  it('stays on the chart at paper size', async () => {
    const page = await browser.page('/zh-cn/reports/2026-q3/');
    const screen = (await drawnMarkers(page))['trend-outcomes']!;
    // Print: the charts are redrawn at their paper size before printing (this one, a wide table's
    // chart, across the page); the markers are redrawn with them, inside the new canvas.
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.waitForFunction((lastOnScreen) => {
      const canvas = document.querySelector<HTMLCanvasElement>(
        'figure[data-chart="trend-outcomes"] canvas',
      );
      const drawn = JSON.parse(canvas?.dataset['milestones'] ?? '[]') as { x: number }[];
      const width = (canvas?.width ?? 0) / (devicePixelRatio || 1);
      return (
        drawn.length === 3 &&
        drawn.at(-1)!.x !== lastOnScreen &&
        drawn.every((d) => d.x > 0 && d.x <= width)
      );
    }, screen.at(-1)!.x);
    const printed = await lineCoverage(page, 'trend-outcomes', '--status-risk');
    expect(printed[0]).toBeGreaterThan(40);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(pageErrors(page)).toEqual([]);
  }, 120_000);
});
