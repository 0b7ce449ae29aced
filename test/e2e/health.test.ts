import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates.ts';
import { healthFromSources, healthSections } from '../../src/lib/kb/health.ts';
import { loadCategories, readKbSources } from '../../src/lib/kb/categories.ts';
import { repoRoot } from '../../scripts/lib/temp-project.ts';
import { E2E_BUILD_DATE } from './global-setup.ts';
import { expectNoAxeViolations, useBrowser } from './harness.ts';

const browser = useBrowser();
// The same computation `npm run check -- --health` makes from the files on disk.
const report = healthFromSources(
  readKbSources(repoRoot),
  loadCategories(repoRoot).value,
  E2E_BUILD_DATE,
);

describe('content health page', () => {
  it('is linked from the home page and has no axe violations', async () => {
    const home = await browser.page('/zh-cn/');
    await home.getByTestId('health-link').click();
    await home.waitForURL('**/zh-cn/health/');
    await expect(home.locator('h1').textContent()).resolves.toBe('内容健康');
    await expectNoAxeViolations(home, 'health zh-cn');
  });

  it('has no axe violations in dark mode', async () => {
    await expectNoAxeViolations(await browser.page('/en/health/', { colorScheme: 'dark' }), 'dark');
  });

  it('reads at 360 px: no axe violations, wide tables scroll inside their own region', async () => {
    const narrow = await browser.page('/zh-cn/health/', { width: 360 });
    await expectNoAxeViolations(narrow, '360 px');
    await expect(
      narrow.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).resolves.toBe(true);
  });

  it('lists the same articles as the report computed from the content', async () => {
    const page = await browser.page('/en/health/');
    await expect(page.getByTestId('health-summary').textContent()).resolves.toBe(
      `Articles: ${report.counts.total} (published ${report.counts.published}, drafts ${report.counts.draft}, archived ${report.counts.archived})`,
    );
    // The page and the terminal report show the same sections, in this order.
    for (const section of healthSections) {
      const rows = page.locator(`[data-testid="health-${section}"] tbody tr`);
      const files = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-file')));
      expect(files, section).toEqual(report[section].map((e) => e.file));
      if (!report[section].length)
        await expect(page.getByTestId(`health-${section}-none`).isVisible()).resolves.toBe(true);
    }
    expect(report.overdue.length).toBeGreaterThan(0);
  });

  it('shows due dates and day counts, and links only to pages the build has', async () => {
    const page = await browser.page('/zh-cn/health/');
    const first = report.overdue[0]!;
    const row = page.locator(`[data-testid="health-overdue"] tr[data-file="${first.file}"]`);
    await expect(row.locator('td').nth(2).textContent()).resolves.toBe(
      formatDate(first.dueOn, 'zh-cn'),
    );
    await expect(row.locator('td').nth(3).textContent()).resolves.toBe(String(first.daysOverdue));
    await expect(row.locator('a').getAttribute('href')).resolves.toBe(first.path);
    // A draft has no page in a production build: its title is not a link.
    const draft = page.locator('[data-testid="health-drafts"] tbody tr').first();
    await expect(draft.locator('a').count()).resolves.toBe(0);
  });

  it('counts published articles by category and tier', async () => {
    const page = await browser.page('/en/health/');
    for (const d of report.distribution) {
      const table = page.getByTestId(`health-distribution-${d.locale}`);
      for (const row of d.rows) {
        const cells = await table
          .locator(`tr[data-category="${row.category}"] td`)
          .allTextContents();
        expect(cells, `${d.locale} ${row.category}`).toEqual([
          String(row.byTier.basic),
          String(row.byTier.advanced),
          String(row.byTier.expert),
          String(row.total),
        ]);
      }
      await expect(table.locator('tfoot td').last().textContent()).resolves.toBe(String(d.total));
    }
  });
});
