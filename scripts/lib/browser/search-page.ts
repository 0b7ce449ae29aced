import type { Page } from 'playwright-core';

/**
 * Open the site's search page for `query` and return the result links in order, once the results
 * region is idle and its status final. The one readiness rule for browser tests and the title
 * audit, so a change to the search page is followed in one place.
 */
export async function searchPageResults(
  page: Page,
  locale: string,
  query: string,
): Promise<string[]> {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
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
