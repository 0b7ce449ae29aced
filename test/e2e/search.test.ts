import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { searchPageResults } from '../../scripts/lib/browser/search-page.ts';
import { expectNoAxeViolations, pageErrors, useBrowser } from './harness.ts';
import { queryCases } from './search-queries.ts';

const browser = useBrowser();
const slugOf = (href: string | null) =>
  (href ?? '').split(/[?#]/)[0]!.replace(/\/$/, '').split('/').pop();

async function searchPageTop(page: Page, locale: string, query: string): Promise<string[]> {
  const hrefs = await searchPageResults(page, locale, query, true);
  return hrefs.slice(0, 3).map((h) => slugOf(h) ?? '');
}

async function paletteTop(page: Page, query: string): Promise<string[]> {
  const input = page.locator('[data-quick-find-input]');
  if (!(await input.isVisible())) {
    await page.keyboard.press('Control+k');
    await input.waitFor();
  }
  await input.fill(query);
  // The last option, "search the full text", appears once results for this query are rendered.
  await page.locator('[role="option"].qf-full', { hasText: query }).waitFor();
  const urls = await page
    .locator('[role="option"][data-url]')
    .evaluateAll((options) => options.map((o) => o.getAttribute('data-url')));
  return urls.slice(0, 3).map((u) => slugOf(u) ?? '');
}

describe('search: query table', () => {
  for (const locale of ['zh-cn', 'en'] as const) {
    const cases = queryCases.filter((c) => c.locale === locale);
    it(`full-text search page finds every ${locale} case in the top 3`, async () => {
      const page = await browser.page(`/${locale}/search/`);
      const misses: string[] = [];
      for (const c of cases) {
        const top = await searchPageTop(page, locale, c.query);
        if (!top.includes(c.expect))
          misses.push(`${c.kind} “${c.query}” → ${top.join(', ')} (want ${c.expect})`);
      }
      expect(misses).toEqual([]);
      expect(pageErrors(page)).toEqual([]);
    });
    it(`quick-find palette finds every ${locale} case in the top 3`, async () => {
      const page = await browser.page(`/${locale}/`);
      const misses: string[] = [];
      for (const c of cases) {
        const top = await paletteTop(page, c.query);
        if (!top.includes(c.expect))
          misses.push(`${c.kind} “${c.query}” → ${top.join(', ')} (want ${c.expect})`);
      }
      expect(misses).toEqual([]);
    });
  }
  it('covers every kind of query, at least 25 in all', () => {
    expect(queryCases.length).toBeGreaterThanOrEqual(25);
    expect(new Set(queryCases.map((c) => c.kind)).size).toBe(10);
  });
});

describe('search page', () => {
  it('keeps the query and filters in the URL, and the back button restores them', async () => {
    const page = await browser.page('/zh-cn/search/?q=退款');
    await page.getByRole('checkbox', { name: /基础/ }).check();
    await page.waitForURL(/tier=basic/);
    // The filtered results replace the first ones once the new search has run.
    await expect
      .poll(async () => {
        const tiers = await page
          .locator('[data-search-results] > li .result-meta')
          .allTextContents();
        return tiers.length > 0 && tiers.every((t) => t.includes('基础'));
      })
      .toBe(true);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('tier='));
    await expect.poll(() => page.getByRole('checkbox', { name: /基础/ }).isChecked()).toBe(false);
  });

  it('clears every chosen filter with one button, keeping the query', async () => {
    const page = await browser.page('/zh-cn/search/?q=退款&tier=basic');
    await expect.poll(() => page.getByRole('checkbox', { name: /基础/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await page.waitForURL((url) => !url.search.includes('tier=') && url.search.includes('q='));
    await expect.poll(() => page.getByRole('checkbox', { name: /基础/ }).isChecked()).toBe(false);
    await expect.poll(() => page.getByRole('button', { name: '清除筛选' }).count()).toBe(0);
  });

  it('highlights the matched words on the article a result opens', async () => {
    const page = await browser.page('/zh-cn/search/?q=到账时间');
    await page.locator('[data-search-results] > li h2 a').first().click();
    await page.waitForURL(/highlight=/);
    await expect.poll(() => page.locator('mark.search-hit').count()).toBeGreaterThan(0);
  });

  it('searches ahead while a query is typed, and Enter shows the results of the query typed', async () => {
    const page = await browser.page('/zh-cn/search/');
    const fetched: string[] = [];
    // Pagefind fetches from its web worker: the context sees those requests, the page does not.
    page.context().on('request', (r) => fetched.push(new URL(r.url()).pathname));
    // Pagefind has loaded (the page listens for typing from then on).
    await page.waitForLoadState('networkidle');
    await page.locator('[data-search-input]').focus();
    await page.keyboard.insertText('退款');
    // A pause: the query so far is searched ahead, fragments of its first results included.
    await expect.poll(() => fetched.some((p) => p.includes('/pagefind/fragment/'))).toBe(true);
    await page.keyboard.insertText('时效');
    await page.keyboard.press('Enter');
    await page.locator('[data-search-results] > li').first().waitFor();
    expect(page.url()).toContain(`q=${encodeURIComponent('退款时效')}`);
    // The facet counts follow the results.
    await page.getByRole('checkbox').first().waitFor();
    const typed = {
      status: await page.locator('[data-search-status]').textContent(),
      titles: await page.locator('[data-search-results] > li h2').allTextContents(),
    };

    const direct = await browser.page('/zh-cn/search/?q=退款时效');
    await direct.locator('[data-search-results] > li').first().waitFor();
    expect(typed).toEqual({
      status: await direct.locator('[data-search-status]').textContent(),
      titles: await direct.locator('[data-search-results] > li h2').allTextContents(),
    });
  });

  it('shows Chinese excerpts as written, though the index holds them split into words', async () => {
    const page = await browser.page('/zh-cn/search/?q=退款时效');
    await page.locator('[data-search-results] > li').first().waitFor();
    const excerpts = await page.locator('[data-search-results] .excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(2);
    for (const text of excerpts) expect(text).not.toMatch(/\p{Script=Han} \p{Script=Han}/u);
    // The words matched are still marked: “退款” is one, though the article writes 退款时效;
    // marks side by side are one mark, and no lone character is marked.
    const marks = await page.locator('[data-search-results] .excerpt mark').allTextContents();
    expect(marks.some((m) => m.includes('退款'))).toBe(true);
    expect(marks.filter((m) => /^\p{Script=Han}$/u.test(m))).toEqual([]);
  });

  it('answers a question without its question words: 如何… finds the article titled so', async () => {
    const page = await browser.page('/zh-cn/search/');
    const top = await searchPageTop(page, 'zh-cn', '如何修改收货地址');
    expect(top[0]).toBe('address-change-howto');
    // The title row leads only for a strong match, and says it is one.
    await expect
      .poll(() => page.locator('[data-search-results] > li.best-match').first().textContent())
      .toContain('标题匹配');
  });

  it('searches again with the rarest words when nothing has them all, and says so', async () => {
    const page = await browser.page('/zh-cn/search/');
    const top = await searchPageTop(page, 'zh-cn', '电子发票 录音');
    expect(top.length).toBeGreaterThan(0);
    const status = await page.locator('[data-search-status]').textContent();
    expect(status).toMatch(
      /没有同时包含“电子发票 录音”全部词语的文章，下面是包含“(电子发票|录音)”的结果/,
    );
    const en = await browser.page('/en/search/');
    await searchPageResults(en, 'en', 'invoice retention');
    await expect
      .poll(() => en.locator('[data-search-status]').textContent())
      .toMatch(
        /^(No article has every word of “invoice retention”; showing results for “\w+”\.|\d+ articles? found)/,
      );
  });

  it('has no accessibility violations with results and filters shown', async () => {
    const page = await browser.page('/en/search/?q=refund');
    await page.locator('[data-search-results] > li').first().waitFor();
    await expectNoAxeViolations(page, 'search page');
  });
});

describe('search page on a phone (390 px)', () => {
  it('shows the first result on the first screen, the filters folded behind one counting button', async () => {
    const page = await browser.page('/zh-cn/search/?q=退款', { width: 390 });
    const first = page.locator('[data-search-results] > li').first();
    await first.waitFor();
    const box = (await first.boundingBox())!;
    expect(box.y + 40).toBeLessThan(900);
    const toggle = page.locator('[data-search-filter-toggle]');
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('checkbox').first().isVisible()).toBe(false);
    // Keyboard: Tab to the button, Enter opens the filters.
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('checkbox', { name: /基础/ }).check();
    await page.waitForURL(/tier=basic/);
    await expect.poll(() => toggle.textContent()).toContain('已选 1 项');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await expectNoAxeViolations(page, 'search page at 390 px');
  });

  it('shows articles on the first screen of the knowledge-base index', async () => {
    const page = await browser.page('/zh-cn/kb/', { width: 390 });
    const box = await page.locator('[data-testid="article-list"] > li a').first().boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThan(844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});

describe('quick-find palette', () => {
  it('finds a section by its heading and jumps to it', async () => {
    const page = await browser.page('/zh-cn/');
    await page.keyboard.press('Control+k');
    const input = page.locator('[data-quick-find-input]');
    await input.fill('向快递公司理赔');
    await page.locator('[role="option"].qf-full', { hasText: '向快递公司理赔' }).waitFor();
    const first = page.locator('[role="option"][data-url]').first();
    expect(await first.getAttribute('data-url')).toMatch(/lost-damaged-parcel-claims\/#/);
    expect(await first.textContent()).toContain('章节 · 包裹丢失与破损');
    await input.press('Enter');
    await page.waitForURL(/lost-damaged-parcel-claims\/#/);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${id}"]`).textContent()).toContain('向快递公司理赔');
  });

  it('finds a title from its words in another order or with a word between', async () => {
    const page = await browser.page('/zh-cn/');
    for (const query of ['港澳台退货', '港澳台 退货', '退款时间']) {
      const top = await paletteTop(page, query);
      expect(top.length, query).toBeGreaterThan(0);
    }
    expect(await paletteTop(page, '港澳台 退货')).toContain('returns-rules-hk-macau-tw');
    expect(await paletteTop(page, '退款时间')).toContain('refund-timelines-by-payment');
  });

  it('opens with / and Ctrl+K, moves with the arrows and opens the chosen article with Enter', async () => {
    const page = await browser.page('/en/kb/');
    const before = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((r) => r.name),
    );
    expect(before.some((n) => n.includes('quick-find'))).toBe(false);
    await page.keyboard.press('/');
    await page.locator('[data-quick-find-input]').waitFor();
    await page.keyboard.type('invoice');
    await expect(
      page.locator('[role="option"]').first().getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect(
      page.locator('[role="option"]').nth(1).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/en/kb/billing/invoice-faq/');
  });

  it('ends with an entry that searches the full text', async () => {
    const page = await browser.page('/zh-cn/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('排班');
    const last = page.locator('[role="option"]').last();
    await expect(last.textContent()).resolves.toBe('在全文中搜索“排班”');
    await page.keyboard.press('End');
    await last.click();
    await page.waitForURL(/\/zh-cn\/search\/\?q=/);
  });

  it('has no accessibility violations while open', async () => {
    const page = await browser.page('/zh-cn/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('退款');
    await page.locator('[role="option"]').first().waitFor();
    await expectNoAxeViolations(page, 'palette');
  });
});

describe('search payload', () => {
  it('fetches the Chinese script map only once a query contains Chinese', async () => {
    const page = await browser.page('/en/');
    const fetched = () =>
      page.evaluate(() =>
        performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
      );
    await page.keyboard.press('Control+k');
    await page.keyboard.type('invoice');
    await page.locator('[role="option"] .qf-title').first().waitFor();
    expect(await fetched()).toContain('/en/search/synonyms.json');
    expect(await fetched()).not.toContain('/en/search/script-map.json');
    await page.locator('[data-quick-find-input]').fill('發票');
    await expect
      .poll(async () => (await fetched()).includes('/en/search/script-map.json'))
      .toBe(true);
  });

  it('loads the search page’s lexicon with the page, the script map only in Chinese', async () => {
    const resources = async (path: string) => {
      const page = await browser.page(path);
      await page.locator('[data-search-input]').waitFor();
      const paths = () =>
        page.evaluate(() =>
          performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
        );
      await expect
        .poll(async () => (await paths()).some((p) => p.endsWith('synonyms.json')))
        .toBe(true);
      return paths();
    };
    expect(await resources('/zh-cn/search/')).toContain('/zh-cn/search/script-map.json');
    expect(await resources('/en/search/')).not.toContain('/en/search/script-map.json');
  });

  it('keeps in each locale’s script map only conversions to characters its articles use', async () => {
    const page = await browser.page('/en/');
    const map = (locale: string) =>
      page.evaluate(
        async (url) => (await fetch(url)).json() as Promise<Record<'t2s' | 's2t', object>>,
        `/${locale}/search/script-map.json`,
      );
    const zh = await map('zh-cn');
    // The Chinese articles use 时 and, in the Hong Kong ones, 時: both directions stay.
    expect(zh.t2s).toHaveProperty('時', '时');
    expect(zh.s2t).toHaveProperty('时', '時');
    // The English articles use no Chinese: a Chinese query there has nothing to convert to.
    expect(await map('en')).toEqual({ t2s: {}, s2t: {} });
  });
});
