import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pageErrors, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('knowledge base', () => {
  it('browses from the home page by tier to an article', async () => {
    const page = await browser.page('/zh-cn/');
    await expect(page.locator('h1').textContent()).resolves.toBe('服务手册');
    await page.getByRole('link', { name: /专家/ }).first().click();
    await page.waitForURL('**/zh-cn/browse/tier/expert/');
    const count = await page.getByTestId('article-list').locator('li').count();
    expect(count).toBeGreaterThanOrEqual(12);
    await expect(page.getByTestId('result-count').textContent()).resolves.toBe(`${count} 篇文章`);
    // Every article listed on the expert page carries the expert badge.
    const badges = await page.getByTestId('article-list').locator('.tier').allTextContents();
    expect(badges.every((b) => b.includes('专家'))).toBe(true);
    await page.getByTestId('article-list').getByRole('link').first().click();
    await expect(page.locator('article h1').count()).resolves.toBe(1);
    await expect(page.locator('.meta .tier').textContent()).resolves.toContain('专家');
    expect(pageErrors(page)).toEqual([]);
  });

  it('shows metadata, review due and the edit link on an article', async () => {
    // reviewed 2026-04-20, every 180 days → due 2026-10-17, before the pinned build date.
    const page = await browser.page('/zh-cn/kb/complaints/complaint-faq/');
    const meta = page.locator('.meta');
    await expect(meta.getByText('负责人').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('review-due').textContent()).resolves.toContain('2026年10月17日');
    const edit = page.getByRole('link', { name: '编辑此页' });
    await expect(edit.getAttribute('href')).resolves.toMatch(
      /content\/kb\/zh-cn\/complaints\/complaint-faq\.md$/,
    );
    const fresh = await browser.page('/zh-cn/kb/complaints/complaint-three-step-flow/');
    await expect(fresh.getByTestId('review-due').count()).resolves.toBe(0);
  });

  it('lists an FAQ’s questions in its contents, flush, and each entry lands on its question', async () => {
    // The FAQ's sections are all h3: they are the page's top level.
    const page = await browser.page('/zh-cn/kb/complaints/complaint-faq/');
    const entries = page.locator('aside nav.toc li');
    await expect(entries.count()).resolves.toBe(8);
    const classes = await entries.evaluateAll((items) => items.map((li) => li.className as string));
    expect(new Set(classes)).toEqual(new Set(['depth-2']));
    await page.locator('aside nav.toc a', { hasText: '在哪里查看投诉进度' }).click();
    await page.waitForURL(/#/);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${id}"]`).textContent()).resolves.toContain(
      '在哪里查看投诉进度',
    );
  });

  it('switches language to the same article and back', async () => {
    const page = await browser.page('/zh-cn/kb/complaints/complaint-three-step-flow/');
    await page.getByTestId('language-switch').click();
    await page.waitForURL('**/en/kb/complaints/complaint-three-step-flow/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.getByTestId('language-switch').click();
    await page.waitForURL('**/zh-cn/kb/complaints/complaint-three-step-flow/');
    // An article with no translation sends the switch to the other locale's knowledge base.
    const only = await browser.page('/zh-cn/kb/complaints/complaint-triage-matrix/');
    await expect(only.getByTestId('language-switch').getAttribute('href')).resolves.toBe('/en/kb/');
  });

  it('names a page’s translation for search engines only when there is one', async () => {
    const hreflang = (page: Page) =>
      page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) =>
          links.map(
            (l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`,
          ),
        );
    const translated = {
      '/zh-cn/kb/complaints/complaint-three-step-flow/':
        '/en/kb/complaints/complaint-three-step-flow/',
      '/zh-cn/browse/tier/expert/': '/en/browse/tier/expert/',
    };
    for (const [path, translation] of Object.entries(translated)) {
      const page = await browser.page(path);
      await expect(hreflang(page), path).resolves.toEqual([`zh-CN ${path}`, `en ${translation}`]);
    }
    // The language switch of these lands on a landing page, not on the page translated; the 404
    // page, served at any address, has no language of its own in its path.
    for (const path of [
      '/zh-cn/kb/complaints/complaint-triage-matrix/',
      '/zh-cn/kb/2/',
      '/zh-cn/kb/does-not-exist/',
    ]) {
      const page = await browser.page(path);
      await expect(hreflang(page), path).resolves.toEqual([]);
    }
  });

  it('marks Traditional Chinese articles with their language', async () => {
    const page = await browser.page('/zh-cn/kb/complaints/complaint-sla-hk/');
    // The article's own text is marked Traditional; the interface around it stays Simplified.
    await expect(page.locator('article.article h1').getAttribute('lang')).resolves.toBe('zh-Hant');
    await expect(page.locator('.prose').getAttribute('lang')).resolves.toBe('zh-Hant');
    await expect(
      page.locator('.meta').evaluate((el) => el.closest('[lang]')?.getAttribute('lang')),
    ).resolves.toBe('zh-CN');
  });

  it('keeps archived articles reachable and marked but out of lists; drafts are not built', async () => {
    const archived = await browser.page('/zh-cn/kb/complaints/complaint-five-step-process-legacy/');
    await expect(archived.getByRole('note').textContent()).resolves.toContain('已归档');
    // The index is paginated (48 a page): the archived article is on none of its pages.
    const links: (string | null)[] = [];
    for (const path of ['/zh-cn/kb/', '/zh-cn/kb/2/']) {
      const index = await browser.page(path);
      links.push(
        ...(await index
          .getByTestId('article-list')
          .getByRole('link')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')))),
      );
    }
    expect(links).not.toContain('/zh-cn/kb/complaints/complaint-five-step-process-legacy/');
    expect(links.length).toBeGreaterThanOrEqual(49);
    const draft = await browser.page('/zh-cn/kb/orders/same-day-delivery-rule/does-not-exist');
    expect(await draft.title()).toContain('找不到');
    const response = await draft.request.get('/zh-cn/kb/orders/same-day-delivery-rule/');
    expect(response.status()).toBe(404);
  });

  it('filters by facet and by tag without JavaScript', async () => {
    const page = await browser.page('/en/kb/', { javaScript: false });
    await page
      .getByRole('navigation', { name: 'Filters' })
      .getByRole('link', { name: /Reply template/ })
      .click();
    await page.waitForURL('**/en/browse/type/template/');
    const types = await page.getByTestId('article-list').locator('.card-meta').allTextContents();
    expect(types.length).toBeGreaterThanOrEqual(4);
    expect(types.every((t) => t.includes('Reply template'))).toBe(true);
    const tag = await browser.page('/zh-cn/tags/', { javaScript: false });
    await tag.getByRole('link', { name: /^投诉/ }).first().click();
    await expect(tag.locator('h1').textContent()).resolves.toMatch(/^标签：/);
  });

  it('serves a helpful bilingual 404', async () => {
    const page = await browser.page('/zh-cn/kb/does-not-exist/');
    await expect(page.locator('h1').textContent()).resolves.toBe('找不到这个页面');
    await expect(page.getByRole('link', { name: /浏览知识库/ }).count()).resolves.toBe(1);
    await expect(
      page.getByRole('link', { name: /Browse the knowledge base/ }).count(),
    ).resolves.toBe(1);
  });

  it('follows the system colour scheme and remembers the toggle', async () => {
    const page = await browser.page('/en/', { colorScheme: 'dark' });
    const toggle = page.locator('.theme-toggle');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await toggle.click();
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('light');
    await page.reload();
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('light');
  });
});
