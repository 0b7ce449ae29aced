import type { Page } from 'playwright-core';

/**
 * Open the site's search page for `query` and return the result links in order, once the results
 * region is idle and its status final. The one readiness rule for browser tests and the title
 * audit, so a change to the search page is followed in one place. With `reuse`, a page already
 * on the search page searches again without reloading (the audit's thousands of queries).
 */
export async function searchPageResults(
  page: Page,
  locale: string,
  query: string,
  reuse = false,
): Promise<string[]> {
  const path = `/${locale}/search/`;
  if (reuse && new URL(page.url(), 'http://x').pathname === path) {
    // Already on the search page: type the query and press Enter, as an agent does (no reload).
    await page.evaluate((q) => {
      const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
      document.querySelector('[data-search-status]')!.textContent = '';
      input.value = q;
      input.form!.requestSubmit();
    }, query);
  } else await page.goto(`${path}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const region = document.querySelector('[data-search-results-region]');
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return (
      region?.getAttribute('aria-busy') === 'false' &&
      status !== '' &&
      !/正在|Searching/.test(status)
    );
  });
  return page
    .locator('[data-search-results] > li h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}
