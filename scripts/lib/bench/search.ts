/**
 * Search measurements in Chromium for `npm run bench`: the search page's first and repeated
 * full-text query (bytes, time to results), Pagefind's own query latency, and the quick-find
 * palette (bytes to open it, time per keystroke). The constants are exported for the method text
 * (method.ts) and the figures' labels, so what the report says is what was run.
 */
import type { Browser, Page } from 'playwright-core';
import { enWords, randomTools, zhWords } from './corpus.ts';
import { mulberry32 } from '../random.ts';
import { freshContext, type Resource } from './page-weight.ts';

export type Locale = 'zh-cn' | 'en';

/**
 * Chromium fetches the favicon again after history.pushState; it belongs to the page, not to
 * a query or the palette.
 */
const withoutFavicon = (resources: Resource[]) =>
  resources.filter((r) => !r.path.endsWith('/favicon.svg'));

/** How many seeded queries each measure runs, per language. */
export const QUERY_COUNTS = { pagefind: 40, palette: 20 } as const;

/** Pagefind's latency counts `data()` of this many top results, as a results page shows them. */
export const PAGEFIND_TOP = 10;

/** The palette's first query, which loads its index before keystrokes are timed. */
export const PALETTE_WARM_UP: Record<Locale, string> = { 'zh-cn': '退款', en: 'refund' };

/** Seeded query lists over the corpus vocabulary: single words and pairs. */
export function searchQueries(seed: number) {
  const { pick } = randomTools(mulberry32(seed + 1));
  return {
    pagefind: {
      'zh-cn': Array.from({ length: QUERY_COUNTS.pagefind }, (_, i) =>
        i % 4 === 3 ? `${pick(zhWords)} ${pick(zhWords)}` : pick(zhWords),
      ),
      en: Array.from({ length: QUERY_COUNTS.pagefind }, (_, i) =>
        i % 4 === 3 ? `${pick(enWords)} ${pick(enWords)}` : pick(enWords),
      ),
    },
    palette: {
      'zh-cn': Array.from({ length: QUERY_COUNTS.palette }, (_, i) =>
        i % 2 ? `${pick(zhWords)}${pick(zhWords)}` : pick(zhWords),
      ),
      en: Array.from({ length: QUERY_COUNTS.palette }, (_, i) =>
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
  /** What the page fetched until the results were shown. */
  resources: Resource[];
  /** What it fetched after that, until the network was idle: the facet counts' filter index. */
  after: Resource[];
}

export interface SearchPageMeasure {
  /** Everything the search page loads before a query (fresh cache). */
  open: Resource[];
  /** Typed as a person types it, then Enter: timed from Enter, bytes from the first key. */
  first: QueryMeasure;
  /** The same query again in the same page. */
  repeated: QueryMeasure;
  /** In a fresh page, the whole query put in at once and submitted (pasted): nothing preloaded. */
  pasted: QueryMeasure;
  /**
   * The same, in another new page of the same browser: every file the query needs comes from the
   * browser's cache, so the time is what the page takes once the index files have arrived.
   */
  pastedCached: QueryMeasure;
}

/** Milliseconds between keys, and from the last key to Enter, when the benchmark types. */
export const TYPING = { keyMs: 150, enterMs: 200 };

/**
 * Resolves with the time from the form's next submit to the results region no longer busy: the
 * one in-page waiter for every query, typed or submitted at once. Armed before the submit.
 */
const armSubmitTimer = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const region = document.querySelector('[data-search-results-region]')!;
        let t0 = Number.NaN;
        document.addEventListener('submit', () => (t0 = performance.now()), {
          capture: true,
          once: true,
        });
        const observer = new MutationObserver(() => {
          if (!Number.isNaN(t0) && region.getAttribute('aria-busy') === 'false') {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        });
        observer.observe(region, { attributes: true, attributeFilter: ['aria-busy'] });
        setTimeout(() => resolve(Number.NaN), 30_000);
      }),
  );

/** Types a query into the search page's box at a person's pace and presses Enter. */
async function typeQuery(page: Page, query: string): Promise<number> {
  const timer = armSubmitTimer(page);
  await page.locator('[data-search-input]').fill('');
  await page.locator('[data-search-input]').focus();
  await page.keyboard.type(query, { delay: TYPING.keyMs });
  await page.waitForTimeout(TYPING.enterMs);
  await page.keyboard.press('Enter');
  return timer;
}

/** Puts the whole query in the box at once and submits it; times it until the results show. */
async function submitQuery(page: Page, query: string): Promise<number> {
  const timer = armSubmitTimer(page);
  await page.evaluate((q) => {
    const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
    input.value = q;
    input.form!.requestSubmit();
  }, query);
  return timer;
}

/**
 * The search page in a fresh context: opening it, a first query typed, the same query repeated;
 * then the query pasted and submitted at once in another fresh context, and once more in a new
 * page of that context, whose cache holds every file the query needs.
 */
export async function measureSearchPage(
  browser: Browser,
  baseURL: string,
  dist: string,
  path: string,
  query: string,
): Promise<SearchPageMeasure> {
  /** A visit in a fresh browser context, or in a new page of an earlier visit's (its cache kept). */
  const visit = async (
    first: (page: Page) => Promise<number>,
    earlier?: Pick<Awaited<ReturnType<typeof freshContext>>, 'context' | 'requests'>,
  ) => {
    const fresh = earlier ? undefined : await freshContext(browser, baseURL, dist);
    const { context, requests } = earlier ?? fresh!;
    const page = fresh ? fresh.page : await context.newPage();
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const open = await requests.take();
    const measure = async (submit: (page: Page) => Promise<number>): Promise<QueryMeasure> => {
      const ms = await submit(page);
      const resources = withoutFavicon(await requests.take());
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(200);
      return {
        query,
        ms,
        status: (await page.locator('[data-search-status]').textContent()) ?? '',
        results: await page.locator('[data-search-results] > li').count(),
        resources,
        after: withoutFavicon(await requests.take()),
      };
    };
    return {
      context,
      requests,
      open,
      first: await measure(first),
      again: () => measure(submitAtOnce),
    };
  };
  const submitAtOnce = (page: Page) => submitQuery(page, query);
  const typed = await visit((page) => typeQuery(page, query));
  try {
    const repeated = await typed.again();
    const pasted = await visit(submitAtOnce);
    try {
      const cached = await visit(submitAtOnce, pasted);
      return {
        open: typed.open,
        first: typed.first,
        repeated,
        pasted: pasted.first,
        pastedCached: cached.first,
      };
    } finally {
      await pasted.context.close();
    }
  } finally {
    await typed.context.close();
  }
}

interface PagefindApi {
  init: () => Promise<void>;
  search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
}

/** Pagefind's own latency per query (search + data() of the top results), the first one cold. */
export async function measurePagefindLatency(
  page: Page,
  queries: readonly string[],
  bundle = '/pagefind/pagefind.js',
): Promise<number[]> {
  return page.evaluate(
    async ({ queries, bundle, top }) => {
      const pf = (await import(bundle)) as PagefindApi;
      await pf.init();
      const out: number[] = [];
      for (const q of queries) {
        const t0 = performance.now();
        const search = await pf.search(q);
        await Promise.all(search.results.slice(0, top).map((r) => r.data()));
        out.push(performance.now() - t0);
      }
      return out;
    },
    { queries: [...queries], bundle, top: PAGEFIND_TOP },
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
  const warmUp = PALETTE_WARM_UP[locale];
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
