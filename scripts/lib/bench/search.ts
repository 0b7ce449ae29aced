/**
 * Search measurements in Chromium, shared by `npm run bench` and `npm run bench:search`: the
 * search page's first and repeated full-text query (bytes, time to results), Pagefind's own query
 * latency, and the quick-find palette (bytes to open it, time per keystroke).
 */
import type { Browser, Page } from 'playwright-core';
import { enWords, mulberry32, randomTools, zhWords } from './corpus.ts';
import { freshContext, type Resource } from './page-weight.ts';

export type Locale = 'zh-cn' | 'en';

/**
 * Chromium fetches the favicon again after history.pushState; it belongs to the page, not to
 * a query or the palette.
 */
const withoutFavicon = (resources: Resource[]) =>
  resources.filter((r) => !r.path.endsWith('/favicon.svg'));

/** Seeded query lists over the corpus vocabulary: single words and pairs. */
export function searchQueries(seed: number) {
  const { pick } = randomTools(mulberry32(seed + 1));
  return {
    pagefind: {
      'zh-cn': Array.from({ length: 40 }, (_, i) =>
        i % 4 === 3 ? `${pick(zhWords)} ${pick(zhWords)}` : pick(zhWords),
      ),
      en: Array.from({ length: 40 }, (_, i) =>
        i % 4 === 3 ? `${pick(enWords)} ${pick(enWords)}` : pick(enWords),
      ),
    },
    palette: {
      'zh-cn': Array.from({ length: 20 }, (_, i) =>
        i % 2 ? `${pick(zhWords)}${pick(zhWords)}` : pick(zhWords),
      ),
      en: Array.from({ length: 20 }, (_, i) =>
        i % 2 ? `${pick(enWords)} ${pick(enWords)}` : pick(enWords),
      ),
    },
  };
}

export interface QueryMeasure {
  query: string;
  status: string;
  results: number;
  /** From the form's submit to the results region no longer busy, measured in the page. */
  ms: number;
  resources: Resource[];
}

export interface SearchPageMeasure {
  /** Everything the search page loads before a query (fresh cache). */
  open: Resource[];
  first: QueryMeasure;
  /** The same query again in the same page. */
  repeated: QueryMeasure;
}

/** Submits a query on the search page and times it until the results are shown. */
async function submitQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
    const region = document.querySelector('[data-search-results-region]')!;
    const done = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (region.getAttribute('aria-busy') === 'false') {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(region, { attributes: true, attributeFilter: ['aria-busy'] });
      setTimeout(() => resolve(Number.NaN), 30_000);
    });
    input.value = q;
    const t0 = performance.now();
    input.form!.requestSubmit();
    return (await done) - t0;
  }, query);
}

/** The search page in a fresh context: opening it, a first query, the same query repeated. */
export async function measureSearchPage(
  browser: Browser,
  baseURL: string,
  dist: string,
  path: string,
  query: string,
): Promise<SearchPageMeasure> {
  const { context, page, requests } = await freshContext(browser, baseURL, dist);
  try {
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const open = await requests.take();
    const measure = async (): Promise<QueryMeasure> => {
      const ms = await submitQuery(page, query);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(200);
      return {
        query,
        ms,
        status: (await page.locator('[data-search-status]').textContent()) ?? '',
        results: await page.locator('[data-search-results] > li').count(),
        resources: withoutFavicon(await requests.take()),
      };
    };
    const first = await measure();
    const repeated = await measure();
    return { open, first, repeated };
  } finally {
    await context.close();
  }
}

interface PagefindApi {
  init: () => Promise<void>;
  search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
}

/** Pagefind's own latency per query (search + data() of the top 10), the first one cold. */
export async function measurePagefindLatency(
  page: Page,
  queries: readonly string[],
  bundle = '/pagefind/pagefind.js',
): Promise<number[]> {
  return page.evaluate(
    async ({ queries, bundle }) => {
      const pf = (await import(bundle)) as PagefindApi;
      await pf.init();
      const out: number[] = [];
      for (const q of queries) {
        const t0 = performance.now();
        const search = await pf.search(q);
        await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
        out.push(performance.now() - t0);
      }
      return out;
    },
    { queries: [...queries], bundle },
  );
}

export interface PaletteMeasure {
  /** What opening the palette and a first query loaded, on top of the page. */
  open: Resource[];
  /** Per keystroke: from the input event to the first change of the result list. */
  keystrokes: number[];
}

/**
 * Opens the palette with Ctrl+K on an already loaded page, runs a first query so its index is in,
 * then types each query one character at a time. `take` returns the responses since its last call.
 */
export async function measurePalette(
  page: Page,
  take: () => Promise<Resource[]>,
  locale: Locale,
  queries: readonly string[],
): Promise<PaletteMeasure> {
  await take();
  const scriptMap =
    locale === 'zh-cn'
      ? page
          .waitForResponse((r) => r.url().includes('script-map'), { timeout: 15_000 })
          .catch(() => null)
      : Promise.resolve(null);
  await page.keyboard.press('Control+k');
  const input = page.locator('[data-quick-find-input]');
  await input.waitFor();
  const warmUp = locale === 'zh-cn' ? '退款' : 'refund';
  await input.fill(warmUp);
  await page.locator('[role="option"].qf-full', { hasText: warmUp }).waitFor();
  await scriptMap;
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(200);
  const open = withoutFavicon(await take());
  const keystrokes = await page.evaluate(async (queries) => {
    const box = document.querySelector<HTMLInputElement>('[data-quick-find-input]')!;
    const list = document.querySelector('[data-quick-find-list]')!;
    const out: number[] = [];
    for (const q of queries) {
      const chars = [...q];
      for (let i = 1; i <= chars.length; i++) {
        const updated = new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve(performance.now());
          });
          observer.observe(list, { childList: true, subtree: true });
          setTimeout(() => resolve(Number.NaN), 5_000);
        });
        box.value = chars.slice(0, i).join('');
        const t0 = performance.now();
        box.dispatchEvent(new Event('input', { bubbles: true }));
        out.push((await updated) - t0);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      box.value = '';
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return out;
  }, queries);
  if (keystrokes.some(Number.isNaN)) throw new Error(`the ${locale} palette did not update`);
  return { open, keystrokes };
}
