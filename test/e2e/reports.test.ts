import { gzipSync, inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { kpiRow } from '../../src/lib/metrics/compute.ts';
import { formatChange, formatValue } from '../../src/lib/metrics/format.ts';
import { loadMetrics } from '../../src/lib/metrics/load-metrics.ts';
import { chartsDrawn, expectNoAxeViolations, pageErrors, useBrowser } from './harness.ts';

const browser = useBrowser();
const data = loadMetrics('.').value;
const cell = async (page: Page, kpi: string, name: string) =>
  (await page.locator(`tr[data-kpi="${kpi}"] [data-cell="${name}"]`).innerText())
    .replace(/\s+/g, ' ')
    .trim();

/** Outline titles of a PDF (Chromium writes one per heading with `outline: true`). */
function pdfOutline(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const titles: string[] = [];
  const grab = (s: string) => {
    for (const m of s.matchAll(/\/Title\s*(<[0-9A-Fa-f]+>|\((?:\\.|[^\\)])*\))/g))
      titles.push(m[1]!);
  };
  grab(text);
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    try {
      grab(inflateSync(pdf.subarray(start, text.indexOf('endstream', start))).toString('latin1'));
    } catch {
      // not a deflated stream
    }
  }
  return titles.map((t) =>
    t.startsWith('<')
      ? Buffer.from(t.slice(1, -1), 'hex')
          .swap16()
          .toString('utf16le')
          .replace(/^\uFEFF/, '')
      : t.slice(1, -1).replace(/\\([()\\])/g, '$1'),
  );
}

describe('quarterly report pages', () => {
  it('lists every quarter newest first with headline KPIs', async () => {
    const page = await browser.page('/en/reports/', { javaScript: false });
    const periods = await page
      .locator('li.quarter[data-period]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-period')));
    expect(periods).toEqual([
      '2026-Q3',
      '2026-Q2',
      '2026-Q1',
      '2025-Q4',
      '2025-Q3',
      '2025-Q2',
      '2025-Q1',
      '2024-Q4',
    ]);
    // The six headline KPIs, and the two its one-line summary names (aht, ticket closure).
    await expect(
      page
        .locator('[data-period="2026-Q3"] .headline > div')
        .evaluateAll((tiles) => tiles.map((t) => t.getAttribute('data-kpi'))),
    ).resolves.toEqual([
      'csat',
      'nps',
      'frt-chat',
      'frt-ticket',
      'fcr',
      'churn',
      'aht',
      'ticket-closure-rate',
    ]);
  });

  it('shows hand-computed deltas and statuses, and reads fully without JavaScript', async () => {
    const page = await browser.page('/en/reports/2026-q3/', { javaScript: false });
    await expect(page.locator('[data-testid=scorecard] tbody tr').count()).resolves.toBe(18);
    // CSAT 86.2 → 87.5: +1.3 pp, 1.3 / 86.2 = +1.5 %; due 80 + 10 × 638/730 days = 88.7, short 1.2 ≤ 1.5 → at risk.
    expect(await cell(page, 'csat', 'value')).toBe('87.5%');
    expect(await cell(page, 'csat', 'change')).toBe('+1.3 pp better');
    expect(await cell(page, 'csat', 'change-percent')).toBe('+1.5%');
    expect(await cell(page, 'csat', 'target')).toBe('90% by 31 Dec 2026 due this quarter: 88.7%');
    expect(await cell(page, 'csat', 'status')).toBe('At risk');
    // AHT 13.6 → 11.8 min: −1.8 min, −13.2 %; due 18 − 9 × 638/730 = 10.1, short 1.7 > 1 → off track.
    expect(await cell(page, 'aht', 'change')).toBe('-1.8 min better');
    expect(await cell(page, 'aht', 'status')).toBe('Off track');
    await expect(page.getByTestId('status-counts').innerText()).resolves.toMatch(
      /^\d+ on track · \d+ at risk · \d+ off track( · \d+ met late)?$/,
    );
    // The summary names every off-track KPI, computed, whatever the narrative says.
    const off = await page
      .locator('[data-testid=scorecard] [data-status="off-track"]')
      .evaluateAll((b) => b.map((e) => e.getAttribute('data-kpi')));
    await expect(
      page.locator('[data-attention="off-track"]').getAttribute('data-kpis'),
    ).resolves.toBe(off.join(' '));
    await expect(page.locator('.chart-box:visible').count()).resolves.toBe(0);
    await expect(page.locator('figure.chart table').count()).resolves.toBe(11);
  });

  it('shows a missing NPS as missing, never 0, and no change after it', async () => {
    const q3 = await browser.page('/en/reports/2025-q3/', { javaScript: false });
    expect(await cell(q3, 'nps', 'value')).toBe('— not measured');
    expect(await cell(q3, 'nps', 'status')).toBe('No target');
    const q4 = await browser.page('/en/reports/2025-q4/', { javaScript: false });
    expect(await cell(q4, 'nps', 'value')).toBe('+74');
    expect(await cell(q4, 'nps', 'change')).toBe('— not measured');
  });

  it('every figure on the scorecard equals the snapshot through the catalog', async () => {
    for (const [locale, period] of [
      ['en', '2026-Q2'],
      ['zh-cn', '2025-Q1'],
    ] as const) {
      const page = await browser.page(`/${locale}/reports/${period.toLowerCase()}/`, {
        javaScript: false,
      });
      for (const kpi of data.kpis) {
        const row = kpiRow(kpi, data, period);
        const value = formatValue(row.value, kpi.unit, locale);
        expect(await cell(page, kpi.id, 'value'), `${period} ${kpi.id}`).toContain(value.text);
        const change = formatChange(row.change, kpi.unit, locale);
        expect(await cell(page, kpi.id, 'change-percent'), `${period} ${kpi.id} %`).toContain(
          change.relative.text,
        );
        expect(await cell(page, kpi.id, 'change'), `${period} ${kpi.id} Δ`).toContain(
          change.absolute.text,
        );
      }
    }
  });

  it('embeds computed figures in the narrative, and a quarter without one still has every section', async () => {
    const page = await browser.page('/zh-cn/reports/2026-q3/', { javaScript: false });
    await expect(
      page.locator('[data-figure="value"][data-kpi="csat"]').first().innerText(),
    ).resolves.toBe('87.5%');
    await expect(
      page.locator('[data-figure="delta"][data-kpi="csat"]').first().innerText(),
    ).resolves.toBe('+1.3个百分点，变化率 +1.5%');
    const bare = await browser.page('/en/reports/2025-q1/', { javaScript: false });
    await expect(bare.getByTestId('no-narrative').count()).resolves.toBe(1);
    for (const id of ['scorecard', 'channels', 'trends', 'diagnosis', 'people', 'compare']) {
      await expect(bare.locator(`h2#${id}`).count(), id).resolves.toBe(1);
    }
  });

  it('draws every chart, each with role="img", a label, a summary and its data table', async () => {
    const page = await browser.page('/en/reports/2026-q3/');
    await page.waitForFunction(
      () => document.querySelectorAll('.chart-box:not([hidden]) canvas').length === 10,
    );
    const charts = await page.locator('figure[data-chart]').evaluateAll((figures) =>
      figures.map((figure) => {
        const canvas = figure.querySelector('canvas')!;
        const pixels = canvas
          .getContext('2d')!
          .getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
        return {
          id: figure.getAttribute('data-chart'),
          painted,
          role: canvas.getAttribute('role'),
          label: canvas.getAttribute('aria-label') ?? '',
          summary: figure.querySelector('.chart-summary')?.textContent ?? '',
          rows: figure.querySelectorAll('table tbody tr').length,
        };
      }),
    );
    expect(charts.map((c) => c.id)).toEqual([
      'trend-outcomes',
      'trend-frt-chat',
      'trend-frt-ticket',
      'trend-aht',
      'trend-rates',
      'trend-complaint-rate',
      'funnel',
      'roots',
      'grades',
      'skills',
    ]);
    for (const chart of charts) {
      expect(chart.painted, chart.id!).toBeGreaterThan(1000);
      expect(chart.role).toBe('img');
      expect(chart.label).toContain(chart.summary);
      expect(chart.rows, chart.id!).toBeGreaterThan(0);
    }
    expect(pageErrors(page)).toEqual([]);
  });

  it('ships at most 70 KB of JavaScript (gzip)', async () => {
    const page = await browser.page('/en/reports/2026-q3/');
    const sizes = new Map<string, number>();
    const visit = async (url: string) => {
      if (sizes.has(url)) return;
      const code = await (await page.request.get(url)).text();
      sizes.set(url, gzipSync(code).length);
      for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g))
        await visit(new URL(m[1]!, url).href);
    };
    const sources = await page
      .locator('script[src]')
      .evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).src));
    for (const src of sources) await visit(src);
    const inline = await page
      .locator('script:not([src]):not([type="application/json"])')
      .evaluateAll((s) => s.map((e) => e.textContent ?? ''));
    const total =
      [...sizes.values()].reduce((a, b) => a + b, 0) +
      inline.reduce((a, s) => a + gzipSync(s).length, 0);
    expect(total).toBeLessThanOrEqual(70 * 1024);
  });

  it('compares with any earlier quarter through static links', async () => {
    const page = await browser.page('/en/reports/2026-q3/', { javaScript: false });
    await expect(page.locator('.compare-links a').count()).resolves.toBe(7);
    await page.locator('.compare-links a', { hasText: 'Q4 2024' }).click();
    expect(page.url()).toMatch(/\/en\/reports\/2026-q3\/compare\/2024-q4\/$/);
    // CSAT 80 → 87.5: +7.5 pp, +9.4 %
    const row = page.locator('tr[data-kpi="csat"]');
    await expect(row.innerText()).resolves.toMatch(/80%\s+87\.5%\s+\+7\.5 pp\s+better\s+\+9\.4%/);
  });

  it('prints to A4 with charts sized to the page, no navigation, and every section', async () => {
    const page = await browser.page('/en/reports/2026-q3/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.compare-nav').isVisible()).resolves.toBe(false);
    await chartsDrawn(page);
    const widths = await page
      .locator('.chart-box canvas')
      .evaluateAll((c) => c.map((e) => e.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(3);
    expect(widths.filter((w) => w <= 200)).toEqual([]);
    const pdf = await page.pdf({ format: 'A4', outline: true, tagged: true });
    const outline = pdfOutline(pdf);
    for (const heading of [
      'Executive summary',
      'KPI scorecard',
      'Trends',
      'Diagnosis',
      'Training and assessment',
    ]) {
      expect(outline, heading).toContain(heading);
    }
    expect(outline).not.toContain('Compare with another quarter');
  });

  it.each([
    ['/zh-cn/reports/', 'light'],
    ['/en/reports/2026-q3/', 'light'],
    ['/zh-cn/reports/2026-q3/', 'dark'],
    ['/en/reports/2025-q1/', 'dark'],
    ['/en/reports/2026-q3/compare/2025-q3/', 'light'],
  ] as const)(
    'passes axe on %s (%s)',
    async (path, colorScheme) => {
      const page = await browser.page(path, { colorScheme });
      await expectNoAxeViolations(page, `${path} (${colorScheme})`);
    },
    120_000,
  );
});
