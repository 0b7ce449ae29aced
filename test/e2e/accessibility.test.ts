import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, useBrowser } from './harness.ts';

const browser = useBrowser();

const pages = [
  '/zh-cn/',
  '/en/',
  '/zh-cn/kb/',
  '/zh-cn/kb/2/',
  '/en/kb/',
  '/zh-cn/browse/tier/basic/',
  '/en/browse/category/returns/',
  '/zh-cn/kb/orders/order-change-cancellation-rules/',
  '/en/kb/returns/return-eligibility-policy/',
  '/zh-cn/kb/complaints/complaint-apology-template/',
  '/en/kb/billing/billing-dispute-status-template/',
  '/zh-cn/kb/complaints/complaint-sla-hk/',
  '/zh-cn/kb/complaints/complaint-five-step-process-legacy/',
  '/zh-cn/tags/',
  '/en/tags/',
  '/zh-cn/tags/退款/',
  '/en/tags/reply-template/',
  '/zh-cn/training/',
  '/en/training/advanced/',
  '/zh-cn/training/basic/basic-empathy-wording/',
  '/en/training/expert/expert-fraud-identity/',
  '/zh-cn/training/dashboard/',
  '/en/training/dashboard/2025-q1/',
  '/zh-cn/training/agents/ag1004/',
  '/zh-cn/tracking/',
  '/en/tracking/',
  '/zh-cn/does-not-exist/',
];

describe('accessibility (axe, WCAG 2.1 AA)', () => {
  for (const path of pages) {
    it(`has no violations on ${path}`, async () => {
      const page = await browser.page(path);
      await expectNoAxeViolations(page, path);
    });
  }
  // One axe run per test, like the pages above: each test's timeout then covers one page's work.
  it('has no violations in dark mode', async () => {
    await expectNoAxeViolations(
      await browser.page('/zh-cn/kb/complaints/complaint-apology-template/', {
        colorScheme: 'dark',
      }),
      'dark',
    );
  });
  it('has no violations at phone width', async () => {
    await expectNoAxeViolations(await browser.page('/en/kb/', { width: 360 }), '360 px');
  });
});

describe('site root', () => {
  it('sends readers to the default locale', async () => {
    const page = await browser.page('/');
    await page.waitForURL('**/zh-cn/');
    await expect(page.locator('h1').textContent()).resolves.toBe('服务手册');
  });
});

describe('keyboard', () => {
  it('reaches the main content through the skip link', async () => {
    const page = await browser.page('/zh-cn/kb/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      '跳到正文',
    );
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#main');
  });
});
