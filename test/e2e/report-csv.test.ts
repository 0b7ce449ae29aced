/**
 * Issue 13, item 7: every table of the quarterly report (and of a comparison page) offers its data
 * as a static CSV, linked beside it and named after it. Each link is found by its accessible name
 * (the table's caption), the file is fetched from the built site and read back: its header row
 * holds the table's column headers (a unit in brackets allowed), it has as many rows as the table,
 * and figures equal the snapshot's, read through the metrics loader.
 */
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/lib/i18n.ts';
import { loadMetrics } from '../../src/lib/metrics/load-metrics.ts';
import { periodSlug } from '../../src/lib/periods.ts';
import { baseUrl, useBrowser } from './harness.ts';

const browser = useBrowser();
const data = loadMetrics('.').value;
const newest = data.snapshots.at(-1)!;
const oldest = data.snapshots[0]!;
const locales = ['zh-cn', 'en'] as const;

interface HtmlTable {
  caption: string;
  headers: string[];
  rows: number;
}

interface CsvFile {
  bytes: Buffer;
  records: string[][];
  download: string | null;
}

/** Every table on the page: caption, column headers, body rows. */
const tablesOf = (page: Page): Promise<HtmlTable[]> =>
  page.locator('main table').evaluateAll((tables) =>
    tables.map((table) => ({
      caption: (table.querySelector('caption')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      headers: [...table.querySelectorAll('thead th')].map((th) =>
        (th.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
      rows: table.querySelectorAll('tbody tr').length,
    })),
  );

/** The CSV the link named after `caption` points to, fetched and parsed. */
async function csvFor(page: Page, locale: 'zh-cn' | 'en', caption: string): Promise<CsvFile> {
  const name =
    translate(locale, 'report.csv.link') + translate(locale, 'report.csv.of', { table: caption });
  const link = page.getByRole('link', { name, exact: true });
  await expect(link.count(), name).resolves.toBe(1);
  const href = await link.getAttribute('href');
  const response = await page.request.get(new URL(href!, baseUrl()).href);
  expect(response.status(), href!).toBe(200);
  const bytes = await response.body();
  // Every record as wide as the header (csv-parse rejects a ragged file by default).
  const records: string[][] = parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  return { bytes, records, download: await link.getAttribute('download') };
}

/** The CSV's column for a page header: the same words, or the same words and a unit in brackets. */
const matchesHeader = (csv: string | undefined, html: string) =>
  csv === html || (csv?.startsWith(`${html} (`) ?? false);

async function checkPage(
  page: Page,
  locale: 'zh-cn' | 'en',
  expectedTables: number,
): Promise<Map<string, CsvFile>> {
  const tables = await tablesOf(page);
  expect(tables).toHaveLength(expectedTables);
  // One link per table, no more.
  await expect(page.locator('main [data-csv-link]').count()).resolves.toBe(tables.length);
  const files = new Map<string, CsvFile>();
  for (const table of tables) {
    const file = await csvFor(page, locale, table.caption);
    expect([...file.bytes.subarray(0, 3)], table.caption).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.bytes.toString('utf8');
    expect(text.endsWith('\r\n'), table.caption).toBe(true);
    expect(text.replace(/"[^"]*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [header, ...rows] = file.records;
    expect(header!.length, table.caption).toBeGreaterThanOrEqual(table.headers.length);
    table.headers.forEach((h, i) =>
      expect(
        matchesHeader(header![i], h),
        `${table.caption}: column ${i} “${header![i]}” vs “${h}”`,
      ).toBe(true),
    );
    expect(rows, table.caption).toHaveLength(table.rows);
    expect(file.download, table.caption).toMatch(new RegExp(`\\.${locale}\\.csv$`));
    files.set(table.caption, file);
  }
  return files;
}

const column = (file: CsvFile, header: string) => {
  const i = file.records[0]!.findIndex((h) => h === header || h.startsWith(`${header} (`));
  expect(i, header).toBeGreaterThanOrEqual(0);
  return i;
};

describe('report tables as CSV', () => {
  for (const locale of locales) {
    it(`${locale}: every table of the newest report has its CSV, matching it row for row`, async () => {
      const page = await browser.page(`/${locale}/reports/${periodSlug(newest.period)}/`, {
        javaScript: false,
      });
      // scorecard, channels, 6+ trend charts, funnel, roots, problems, grades, skills, goals, tasks
      const tables = await tablesOf(page);
      expect(tables.length).toBeGreaterThanOrEqual(14);
      const files = await checkPage(page, locale, tables.length);
      const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
        translate(locale, key, params);
      const quarter = translate(locale, 'report.quarter', {
        year: newest.period.slice(0, 4),
        q: locale === 'zh-cn' ? '三' : '3',
      });

      // Scorecard: CSAT's value is the snapshot's, in machine form.
      const scorecard = files.get(t('report.scorecard.caption', { quarter }))!;
      const id = column(scorecard, t('report.csv.kpiId'));
      const csat = scorecard.records.find((r) => r[id] === 'csat')!;
      expect(csat[column(scorecard, t('report.col.value'))]).toBe(String(newest.metrics['csat']));
      const aht = scorecard.records.find((r) => r[id] === 'aht')!;
      expect(aht[column(scorecard, t('report.col.value'))]).toBe(String(newest.metrics['aht']));

      // Channels: chat CSAT.
      const channels = files.get(t('report.channels.caption', { quarter }))!;
      const chat = column(channels, t('report.channel.chat'));
      const channelCsat = channels.records.find((r) => r.at(-2) === 'csat')!;
      expect(channelCsat[chat]).toBe(String(newest.channels.chat!['csat']));

      // A trend table: the oldest and the newest quarter's CSAT.
      const outcomes = [...files.entries()].find(([caption]) =>
        caption.startsWith(t('report.chart.outcomes')),
      )![1];
      expect(outcomes.records[1]![0]).toBe(oldest.period);
      expect(outcomes.records[1]![1]).toBe(String(oldest.metrics['csat']));
      expect(outcomes.records.at(-1)![1]).toBe(String(newest.metrics['csat']));
      expect(outcomes.records[0]![1]).toMatch(/ \(%\)$/);

      // The funnel's first stage, team and industry.
      const funnel = files.get(t('report.chart.dataCaption', { chart: t('report.funnel') }))!;
      const stage = newest.funnel[0]!;
      expect(funnel.records[1]).toEqual([
        stage.label[locale],
        String(stage.team),
        String(stage.industry),
        String(Math.round((stage.team - stage.industry) * 1e6) / 1e6),
      ]);
    });

    it(`${locale}: the comparison page’s table has its CSV`, async () => {
      const path = `/${locale}/reports/${periodSlug(newest.period)}/compare/${periodSlug(oldest.period)}/`;
      const page = await browser.page(path, { javaScript: false });
      const files = await checkPage(page, locale, 1);
      const [file] = [...files.values()];
      const csat = file!.records.find((r) => r.includes('csat'))!;
      expect(csat.slice(1, 3)).toEqual([
        String(oldest.metrics['csat']),
        String(newest.metrics['csat']),
      ]);
    });
  }

  it('keeps the links off paper', async () => {
    const page = await browser.page(`/zh-cn/reports/${periodSlug(newest.period)}/`, {
      javaScript: false,
    });
    const links = page.locator('[data-csv-link]');
    await expect(links.first().isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    const visible = await links.evaluateAll(
      (as) => as.filter((a) => (a as HTMLElement).offsetParent !== null).length,
    );
    expect(visible).toBe(0);
  });
});

describe('every report and comparison page, every quarter', () => {
  it('links one CSV per table, and every link resolves to a CSV with as many rows', async () => {
    const slugs = data.snapshots.map((s) => periodSlug(s.period));
    const pages = locales.flatMap((locale) =>
      slugs.flatMap((slug, i) => [
        `/${locale}/reports/${slug}/`,
        ...slugs.slice(0, i).map((earlier) => `/${locale}/reports/${slug}/compare/${earlier}/`),
      ]),
    );
    expect(pages).toHaveLength(2 * (slugs.length + (slugs.length * (slugs.length - 1)) / 2));
    // Bytes, not text(): the decoder would drop the byte-order mark the test looks for.
    const get = async (path: string) => {
      const response = await fetch(new URL(path, baseUrl()));
      expect(response.status, path).toBe(200);
      return Buffer.from(await response.arrayBuffer()).toString('utf8');
    };
    for (const path of pages) {
      const html = await get(path);
      const bodies = [...html.matchAll(/<tbody[^>]*>([\s\S]*?)<\/tbody>/g)].map(
        (m) => (m[1]!.match(/<tr[\s>]/g) ?? []).length,
      );
      const links = [...html.matchAll(/<a href="([^"]+\.csv)"[^>]*data-csv-link/g)].map(
        (m) => m[1]!,
      );
      expect(links, path).toHaveLength(bodies.length);
      // In page order, each link follows its table.
      for (const [i, href] of links.entries()) {
        const text = await get(href);
        expect(text.startsWith('\uFEFF'), href).toBe(true);
        const records: string[][] = parse(text.slice(1));
        expect(records.length - 1, `${path} → ${href}`).toBe(bodies[i]);
      }
    }
  });
});

describe('reports in the feed (internal build)', () => {
  for (const locale of locales) {
    it(`${locale}: one item per quarterly report, dated by the quarter’s last day`, async () => {
      const page = await browser.page(`/${locale}/`, { javaScript: false });
      const response = await page.request.get(new URL(`/${locale}/feed.xml`, baseUrl()).href);
      const xml = await response.text();
      const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
      const reports = items.filter((item) => /\/reports\/\d{4}-q\d\/<\/link>/.test(item));
      expect(reports).toHaveLength(data.snapshots.length);
      const q3 = reports.find((item) => item.includes(`/reports/${periodSlug(newest.period)}/`))!;
      expect(q3).toContain('<pubDate>Wed, 30 Sep 2026 00:00:00 GMT</pubDate>');
      // Newest first, articles and reports together.
      const dates = items.map((item) => Date.parse(/<pubDate>(.*?)<\/pubDate>/.exec(item)![1]!));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    });
  }
});
