/**
 * Articles link each other by the source file's relative path (`./x.md#heading`); the build turns
 * those into page URLs. Following such a link in the built site lands on the target heading.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness.ts';

describe('links between articles', () => {
  const browser = useBrowser();

  it('lead from a relative .md link to the target article and heading', async () => {
    const page = await browser.page('/zh-cn/kb/returns/after-sales-desk-howto/', {
      javaScript: false,
    });
    const link = page.locator('main a', { hasText: '到账时间表' }).first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/zh-cn\/kb\/returns\/refund-timelines-by-payment\/#/);
    expect(href).not.toMatch(/\.md/);
    await link.click();
    await page.waitForURL(/refund-timelines-by-payment/);
    const heading = page.locator(`[id="${decodeURIComponent(new URL(page.url()).hash.slice(1))}"]`);
    await expect(heading.textContent()).resolves.toBe('到账时间表');
  });

  it('work in English too', async () => {
    const page = await browser.page('/en/kb/returns/after-sales-desk-howto/', {
      javaScript: false,
    });
    const href = await page
      .locator('main a', { hasText: 'return-eligibility table' })
      .getAttribute('href');
    expect(href).toMatch(/\/en\/kb\/returns\/return-eligibility-policy\/#decision-table$/);
  });
});
