import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser/chromium.ts';

export const baseUrl = () => inject('baseUrl');

/**
 * One Chromium per test file; each test gets a fresh context (cookies, storage, permissions).
 * Use inside a `describe` or at file level.
 */
export function useBrowser() {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
  });
  return {
    async page(
      path: string,
      options: {
        width?: number;
        colorScheme?: 'light' | 'dark';
        javaScript?: boolean;
        clipboard?: boolean;
      } = {},
    ): Promise<Page> {
      if (!browser) throw new Error('browser not started');
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: 900 },
        colorScheme: options.colorScheme ?? 'light',
        javaScriptEnabled: options.javaScript ?? true,
        baseURL: baseUrl(),
      });
      contexts.push(context);
      if (options.clipboard)
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
          origin: baseUrl(),
        });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      (page as Page & { errors: string[] }).errors = errors;
      const response = await page.goto(path);
      if (!path.includes('does-not-exist')) expect(response?.status(), path).toBe(200);
      return page;
    },
  };
}

/**
 * Wait until the report script has drawn every chart of the page: it mounts them one per task,
 * so on a busy machine the last ones arrive well after the page has loaded.
 */
export const chartsDrawn = (page: Page): Promise<unknown> =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('.chart-box')].every((b) => !(b as HTMLElement).hidden),
  );

/** Script errors and console errors collected since the page opened. */
export const pageErrors = (page: Page): string[] => (page as Page & { errors: string[] }).errors;

/** Run axe (WCAG 2.1 A/AA and best practices) and fail with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join('\n  ')}`,
  );
  expect(summary, `axe on ${label}`).toEqual([]);
}
