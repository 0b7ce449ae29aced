/**
 * Issues 13 and 16: no page of the sample site is wider than a 360 px phone screen. Every page the
 * build wrote is opened at 360 px; a wide table must scroll inside its own box, never the page.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/temp-project.ts';
import { useBrowser } from './harness.ts';

const browser = useBrowser();
const PHONE = 360;

/** Site paths of every page in dist/, from its `…/index.html` files. */
const pages = globSync('**/index.html', { cwd: join(repoRoot, 'dist') })
  .map(
    (file) =>
      `/${file
        .split('\\')
        .join('/')
        .replace(/index\.html$/, '')}`,
  )
  .sort();

/**
 * Pages that only forward the reader elsewhere (the root page's meta refresh). They are not measured
 * themselves: measuring races the navigation they start. Their target is measured as its own page.
 */
const forwarding = (path: string): string | undefined =>
  /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i.exec(
    readFileSync(join(repoRoot, 'dist', path, 'index.html'), 'utf8'),
  )?.[1];

describe(`every page at ${PHONE} px`, () => {
  it('has pages to check: reports, comparisons, the roadmap and articles among them', () => {
    for (const kind of ['/zh-cn/reports/', '/compare/', '/en/roadmap/', '/zh-cn/kb/'])
      expect(pages.some((p) => p.includes(kind))).toBe(true);
  });

  it('forwards only to pages that are measured', () => {
    const targets = pages.map(forwarding).filter((t) => t !== undefined);
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(pages).toContain(new URL(target, 'http://x').pathname);
  });

  it('is never wider than the screen', async () => {
    const page = await browser.page('/zh-cn/', { width: PHONE });
    const wide: string[] = [];
    for (const path of pages.filter((p) => forwarding(p) === undefined)) {
      await page.goto(path, { waitUntil: 'load' });
      const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      if (width > PHONE) wide.push(`${path} is ${width} px wide`);
    }
    expect(wide).toEqual([]);
  }, 900_000);
});

describe('the scorecard on a phone', () => {
  it.each(['/zh-cn/reports/2026-q3/', '/en/reports/2026-q3/'])(
    'shows each KPI with its value and status on screen, no sideways scrolling (%s)',
    async (path) => {
      const page = await browser.page(path, { width: 390 });
      const rows = await page.locator('[data-testid=scorecard] tbody tr').evaluateAll((trs) =>
        trs.map((tr) =>
          ['th', '[data-cell=value]', '[data-cell=status]'].map((selector) => {
            const box = tr.querySelector(selector)!.getBoundingClientRect();
            return { left: Math.round(box.left), right: Math.round(box.right), h: box.height };
          }),
        ),
      );
      expect(rows.length).toBeGreaterThan(10);
      for (const cells of rows)
        for (const cell of cells) {
          expect(cell.h).toBeGreaterThan(0);
          expect(cell.left).toBeGreaterThanOrEqual(0);
          expect(cell.right).toBeLessThanOrEqual(390);
        }
    },
  );
});
