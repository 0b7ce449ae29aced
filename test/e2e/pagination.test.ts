/**
 * Listing pages hold at most 48 articles. The sample site has more than 48 listed Chinese
 * articles, so the Chinese knowledge-base index has exactly two pages.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, pageErrors, useBrowser } from './harness.ts';

const browser = useBrowser();

const articleLinks = (page: Page) =>
  page
    .getByTestId('article-list')
    .locator('li h2 a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
const pager = (page: Page) => page.getByRole('navigation', { name: '分页' });
/** The total the intro states, e.g. "共 53 篇文章。…". */
const statedTotal = async (page: Page) =>
  Number(
    /共 (\d+) 篇文章/.exec((await page.locator('main p.muted').first().textContent()) ?? '')?.[1],
  );

describe('paginated knowledge-base index', () => {
  it('splits the index over pages that link to each other, without JavaScript', async () => {
    const first = await browser.page('/zh-cn/kb/', { javaScript: false });
    const total = await statedTotal(first);
    expect(total).toBeGreaterThan(48);
    expect(total).toBeLessThanOrEqual(96);
    expect(await first.title()).toBe('知识库 · 服务手册');
    const onFirst = await articleLinks(first);
    expect(onFirst).toHaveLength(48);

    const nav = pager(first);
    await expect(nav.getByText('第 1 页，共 2 页').count()).resolves.toBe(1);
    await expect(nav.getByRole('link', { name: '上一页' }).count()).resolves.toBe(0);
    const current = nav.getByRole('link', { name: '第 1 页', exact: true });
    await expect(current.getAttribute('aria-current')).resolves.toBe('page');
    await expect(current.getAttribute('href')).resolves.toBe('/zh-cn/kb/');
    await expect(
      nav.getByRole('link', { name: '第 2 页', exact: true }).getAttribute('aria-current'),
    ).resolves.toBeNull();

    await nav.getByRole('link', { name: /下一页/ }).click();
    await first.waitForURL('**/zh-cn/kb/2/');
    expect(await first.title()).toBe('知识库（第 2 页） · 服务手册');
    await expect(first.locator('h1').textContent()).resolves.toBe('知识库');
    // The count stays the whole knowledge base, not this page's share.
    expect(await statedTotal(first)).toBe(total);
    const onSecond = await articleLinks(first);
    expect(onSecond).toHaveLength(total - 48);
    expect(onSecond.filter((href) => onFirst.includes(href))).toEqual([]);

    const nav2 = pager(first);
    await expect(nav2.getByText('第 2 页，共 2 页').count()).resolves.toBe(1);
    await expect(nav2.locator('[aria-current="page"]').textContent()).resolves.toBe('2');
    await expect(nav2.getByRole('link', { name: /下一页/ }).count()).resolves.toBe(0);
    await nav2.getByRole('link', { name: /上一页/ }).click();
    await first.waitForURL('**/zh-cn/kb/');
    expect(await articleLinks(first)).toEqual(onFirst);
  });

  it('reaches the next page from the keyboard', async () => {
    const page = await browser.page('/zh-cn/kb/');
    await pager(page)
      .getByRole('link', { name: /下一页/ })
      .focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/zh-cn/kb/2/');
    await expect(page.getByRole('link', { name: '第 2 页', exact: true }).count()).resolves.toBe(1);
    expect(pageErrors(page)).toEqual([]);
  });

  it('builds no page past the last and no bar on a single-page listing', async () => {
    const page = await browser.page('/zh-cn/browse/tier/basic/');
    await expect(page.getByTestId('pagination').count()).resolves.toBe(0);
    await expect(page.request.get('/zh-cn/kb/3/').then((r) => r.status())).resolves.toBe(404);
    await expect(
      page.request.get('/zh-cn/browse/tier/basic/2/').then((r) => r.status()),
    ).resolves.toBe(404);
  });

  it('is accessible and fits a phone', async () => {
    await expectNoAxeViolations(await browser.page('/zh-cn/kb/2/'), 'page 2');
    const phone = await browser.page('/zh-cn/kb/2/', { width: 360 });
    await expectNoAxeViolations(phone, 'page 2 at 360 px');
    await expect(
      phone.evaluate(() => document.documentElement.scrollWidth),
    ).resolves.toBeLessThanOrEqual(360);
    // Every page link is a comfortable touch target.
    const sizes = await pager(phone)
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
  });
});
