import type { QuickFindRecord } from '../lib/search/palette.ts';
import {
  SEARCH_FACETS,
  excerptHtml,
  facetEntries,
  highlightParam,
  mergeVariantResults,
  pickRetry,
  rarestWords,
  readSearchState,
  retryUnits,
  searchStateUrl,
  strongTitleMatch,
  toggleFilter,
  widestSearch,
  withHighlight,
  withoutOne,
  type Filters,
} from '../lib/search/page-state.ts';
import { titleKey } from '../lib/search/palette.ts';
import { isQuestionWord, stripQuestionPhrases } from '../lib/search/question-words.ts';
import { queryPlan, queryVariants } from '../lib/search/variants.ts';
import { unbreakWords } from '../lib/search/word-breaks.ts';
import { lexiconLoader } from './lexicon.ts';
import { shardedIndex } from './quick-find-index.ts';

interface Config {
  pagefind: string;
  synonyms: string;
  scriptMap: string;
  quickFind: string;
  labels: Record<'tier' | 'type' | 'category' | 'facet', Record<string, string>>;
  strings: Record<
    | 'one'
    | 'other'
    | 'none'
    | 'more'
    | 'loading'
    | 'error'
    | 'devFallback'
    | 'clear'
    | 'retry'
    | 'filterCount'
    | 'bestMatch'
    | 'section',
    string
  >;
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
type Counts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: Counts;
}
interface Pagefind {
  init: () => Promise<void>;
  filters: () => Promise<Counts>;
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string[]> }) => Promise<PagefindSearch>;
}
interface PagefindModule {
  createInstance: (o?: Record<string, unknown>) => Pagefind;
}

const PAGE = 10;

interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  filtersBox: HTMLElement;
  facetsBox: HTMLElement;
  filterToggle: HTMLButtonElement;
  filterCount: HTMLElement;
  region: HTMLElement;
}

/** The page's configuration, written by the page as JSON. */
const readConfig = (): Config =>
  JSON.parse(document.getElementById('search-config')?.textContent ?? '{}') as Config;

const pageElements = (): Elements => ({
  form: document.querySelector<HTMLFormElement>('[data-search-form]')!,
  input: document.querySelector<HTMLInputElement>('[data-search-input]')!,
  status: document.querySelector<HTMLElement>('[data-search-status]')!,
  list: document.querySelector<HTMLOListElement>('[data-search-results]')!,
  more: document.querySelector<HTMLButtonElement>('[data-search-more]')!,
  filtersBox: document.querySelector<HTMLElement>('[data-search-filters]')!,
  facetsBox: document.querySelector<HTMLElement>('[data-search-facets]')!,
  filterToggle: document.querySelector<HTMLButtonElement>('[data-search-filter-toggle]')!,
  filterCount: document.querySelector<HTMLElement>('[data-search-filter-count]')!,
  region: document.querySelector<HTMLElement>('[data-search-results-region]')!,
});

interface Engines {
  /** Undefined when Pagefind could not start (e.g. `astro dev`): titles only, from the palette. */
  pagefind: Pagefind | undefined;
  /** The instance that holds the filter index, started on first use; a failed start is retried. */
  facetIndex: () => Promise<Pagefind>;
}

/**
 * Two Pagefind instances (they share Pagefind's web worker). Facet counts cost Pagefind a pass
 * over every match of every search once its filter index is loaded (over 100 ms a search at
 * 10,000 articles), so result lists come from an instance that never loads it, and the counts
 * from a second one, started once a first search is done: it then finds Pagefind's files in the
 * browser's cache, and never stands in the way of the first results.
 */
async function startPagefind(config: Config): Promise<Engines> {
  let pagefind: Pagefind | undefined;
  let module: PagefindModule | undefined;
  try {
    module = (await import(/* @vite-ignore */ config.pagefind)) as PagefindModule;
    pagefind = module.createInstance();
    await pagefind.options({ excerptLength: 28 });
    await pagefind.init();
  } catch {
    pagefind = undefined;
  }
  let faceted: Promise<Pagefind> | undefined;
  const facetIndex = (): Promise<Pagefind> =>
    (faceted ??= (async () => {
      const instance = module!.createInstance();
      await instance.options({ excerptLength: 28 });
      await instance.init();
      await instance.filters();
      return instance;
    })().catch((error: unknown) => {
      faceted = undefined;
      throw error;
    }));
  return { pagefind, facetIndex };
}

const label = (config: Config, facet: string, value: string) =>
  config.labels[facet as 'tier']?.[value] ?? value;

/** One result: title link, tier, excerpt and up to three headings it matched under. */
function resultItem(
  config: Config,
  title: string,
  url: string,
  tier: string | undefined,
  excerpt: string,
  subs: PagefindData['sub_results'] = [],
  lone = false,
): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = url;
  a.textContent = title;
  h.append(a);
  li.append(h);
  if (tier) {
    const meta = document.createElement('p');
    meta.className = 'result-meta';
    meta.textContent = `${config.labels.facet['tier']}: ${label(config, 'tier', tier)}`;
    li.append(meta);
  }
  const p = document.createElement('p');
  p.className = 'excerpt';
  p.innerHTML = excerptHtml(excerpt, lone);
  li.append(p);
  const headings = subs.filter((s) => s.url.includes('#')).slice(0, 3);
  if (headings.length) {
    const ul = document.createElement('ul');
    ul.className = 'sub-results';
    for (const s of headings) {
      const sli = document.createElement('li');
      const sa = document.createElement('a');
      sa.href = s.url;
      sa.textContent = s.title;
      sli.append(sa);
      ul.append(sli);
    }
    li.append(ul);
  }
  return li;
}

/** The filter checkboxes with their counts, and a button that clears the chosen ones. */
function renderFacets(
  config: Config,
  { facetsBox, filtersBox, filterCount }: Elements,
  counts: Counts,
  filters: Filters,
  onChange: (filters: Filters) => void,
  onCleared: () => void,
): void {
  facetsBox.replaceChildren();
  for (const facet of SEARCH_FACETS) {
    const values = facetEntries(counts, filters, facet);
    if (!values.length) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = config.labels.facet[facet] ?? facet;
    fieldset.append(legend);
    for (const [value, n] of values) {
      const labelEl = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = facet;
      box.value = value;
      box.checked = filters[facet]?.includes(value) ?? false;
      box.addEventListener('change', () => {
        onChange(toggleFilter(readSearchState(location.search).filters, facet, value, box.checked));
      });
      labelEl.append(box, ` ${label(config, facet, value)} (${n})`);
      fieldset.append(labelEl);
    }
    facetsBox.append(fieldset);
  }
  if (Object.keys(filters).length) {
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.className = 'button button--quiet';
    clear.textContent = config.strings.clear;
    clear.addEventListener('click', () => {
      onChange({});
      onCleared();
    });
    facetsBox.append(clear);
  }
  filtersBox.hidden = facetsBox.childElementCount === 0;
  // The toggle that opens the filters on a phone says how many are on.
  const on = Object.values(filters).reduce((n, values) => n + values.length, 0);
  filterCount.textContent = on ? config.strings.filterCount.replace('{count}', String(on)) : '';
}

/**
 * The palette's matches worth a row above the full-text results: titles holding the whole query
 * or all its words (a typo allowed), an alias typed in full (RMA, 五个为什么), and a section whose
 * heading is exactly the query when no other section in the matches has it (a heading many
 * articles share names none of them).
 */
function bestRows(
  found: readonly QuickFindRecord[],
  forms: readonly string[][],
  typed: string,
): QuickFindRecord[] {
  const keys = new Set(forms.map((words) => titleKey(words.join(''))));
  const typedKey = titleKey(typed);
  const sections = found.filter((r) => r.p !== undefined && keys.has(titleKey(r.t)));
  const alias = (r: QuickFindRecord) =>
    (r.k ?? '').split(' ').some((k) => k && (titleKey(k) === typedKey || keys.has(titleKey(k))));
  return found.filter((r) =>
    r.p === undefined
      ? strongTitleMatch(titleKey(r.t), [...forms, [typed]], titleKey) || alias(r)
      : sections.length === 1 && sections[0] === r,
  );
}

interface Outcome {
  /** The forms of the query that were searched (for highlighting). */
  variants: string[];
  /** Full-text results of every variant, merged and ranked. */
  ranked: PagefindResult[];
  /** Strong title matches from the palette's index (the whole query or all its words), shown first. */
  best: QuickFindRecord[];
  /** The words searched instead when the query as a whole found nothing. */
  retried: string[] | undefined;
  /** Whether the query is one Chinese character (its lone marks in excerpts are kept). */
  lone: boolean;
  /** The excerpts of the first results, fetched with them (none for a query typed past). */
  firstPage: PagefindData[];
  /**
   * Facet counts of the variant that found the most: brought by a filtered search, otherwise
   * asked of the facet instance the first time they are shown.
   */
  counts: () => Promise<Counts>;
}
/**
 * Searches a query and its forms (scripts, synonyms) in Pagefind, with the palette's title
 * matches; made searches are kept by query and filters, so a query searched ahead is not redone.
 */
function searcher(
  engines: Engines,
  loader: ReturnType<typeof lexiconLoader>,
  palette: ReturnType<typeof shardedIndex>,
) {
  const { facetIndex } = engines;
  const { lexicon } = loader;
  /** Searches made or under way, by query and filters: a query searched ahead is not redone. */
  const outcomes = new Map<string, Promise<Outcome>>();
  const outcome = (
    q: string,
    filters: Record<string, string[]>,
    stale = () => false,
  ): Promise<Outcome> => {
    const key = JSON.stringify([q, filters]);
    let found = outcomes.get(key);
    if (!found) {
      found = search(q, filters, stale);
      outcomes.set(key, found);
      found.catch(() => outcomes.delete(key));
      // A few recent queries are enough for Back and for a query typed again.
      if (outcomes.size > 8) outcomes.delete(outcomes.keys().next().value!);
    }
    return found;
  };
  const search = async (
    q: string,
    filters: Record<string, string[]>,
    stale: () => boolean,
  ): Promise<Outcome> => {
    await loader.ready(q);
    const plan = queryPlan(q, lexicon);
    const filtered = Object.keys(filters).length > 0;
    // A chosen filter needs the filter index; its counts then come with the results.
    const engine = filtered ? await facetIndex() : engines.pagefind!;
    const searchAll = (forms: readonly string[]) =>
      Promise.all(forms.map((v) => engine.search(v, { filters })));
    const [first, titles] = await Promise.all([
      searchAll(plan.forms),
      // Titles and aliases that match the query, typos included, lead when they match strongly.
      filtered ? [] : palette.search(q, 3).catch(() => []),
    ]);
    let searches = first;
    let variants = plan.forms;
    let ranked = mergeVariantResults(searches, plan.equal);
    let retried: string[] | undefined;
    // Nothing has every word: search again with fewer of them, and say so.
    const units = retryUnits(stripQuestionPhrases(q), plan.words).filter((w) => !isQuestionWord(w));
    if (!ranked.length && units.length > 1) {
      // First the query less one word (the stray word is usually one), keeping the most
      // specific; then its rarest two words, then its rarest one.
      const search = async (words: readonly string[]) => {
        const p = queryPlan(words.join(' '), lexicon);
        const found = await searchAll(p.forms);
        return {
          words: [...words],
          found,
          forms: p.forms,
          ranked: mergeVariantResults(found, p.equal),
        };
      };
      const lessOne = await Promise.all(withoutOne(units.slice(0, 6)).map(search));
      let picked = pickRetry(lessOne.map((t) => ({ ...t, count: t.ranked.length })));
      if (!picked) {
        const counts = await Promise.all(
          units.map(async (word) => (await search([word])).ranked.length),
        );
        for (const keep of [2, 1]) {
          const words = rarestWords(units, counts, keep);
          if (!words.length) break;
          const t = await search(words);
          if (t.ranked.length) {
            picked = { ...t, count: t.ranked.length };
            break;
          }
        }
      }
      if (picked)
        [searches, variants, ranked, retried] = [
          picked.found,
          picked.forms,
          picked.ranked,
          picked.words,
        ];
    }
    const forms = plan.forms.slice(0, plan.equal).map((f) => f.split(' '));
    const best = bestRows(titles, forms, q);
    const lone = plan.words.length === 1 && /^\p{Script=Han}$/u.test(plan.words[0]!);
    const widest = widestSearch(searches);
    let counts: Promise<Counts> | undefined;
    return {
      variants,
      ranked,
      best,
      retried,
      lone,
      // A query searched ahead and already typed past fetches no excerpts.
      firstPage: stale() ? [] : await Promise.all(ranked.slice(0, PAGE).map((r) => r.data())),
      counts: () =>
        (counts ??= filtered
          ? Promise.resolve(searches[widest]!.filters)
          : facetIndex()
              .then((instance) => instance.search(variants[widest]!))
              .then((found) => found.filters)
              .catch((error: unknown) => {
                counts = undefined;
                throw error;
              })),
    };
  };
  return outcome;
}

/**
 * Once the typing pauses, the query is searched ahead, so the search that Enter starts finds its
 * results (and the excerpts of the first ones) done or under way. One at a time: Pagefind cannot
 * stop a search it has begun, so a query typed past is never started.
 */
function searchAhead(
  input: HTMLInputElement,
  search: (q: string) => Promise<unknown>,
  enabled: boolean,
): void {
  let typing: ReturnType<typeof setTimeout> | undefined;
  let ahead: Promise<unknown> | undefined;
  const later = () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      const q = input.value.trim();
      if (ahead || !q || !enabled) return;
      ahead = search(q)
        .catch(() => undefined)
        .finally(() => {
          ahead = undefined;
          // Typed on meanwhile: wait for the next pause, as for any keystroke.
          if (input.value.trim() !== q) later();
        });
    }, 120);
  };
  // Pinyin on its way through an input method is not the query yet.
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) later();
  });
  input.addEventListener('compositionend', later);
}

export async function initSearchPage(): Promise<void> {
  const config = readConfig();
  const elements = pageElements();
  const { form, input, status, list, more, filtersBox, region, filterToggle } = elements;
  // On a phone the filters fold behind one button (its label counts the chosen ones), so the
  // results come first; wide screens show them beside the results and hide the button.
  filterToggle.addEventListener('click', () => {
    const open = filterToggle.getAttribute('aria-expanded') !== 'true';
    filterToggle.setAttribute('aria-expanded', String(open));
    filtersBox.dataset['open'] = String(open);
  });
  const plural = new Intl.PluralRules(document.documentElement.lang);

  const loader = lexiconLoader({ synonyms: config.synonyms, scriptMap: config.scriptMap });
  const { lexicon } = loader;
  // The search page is opened to search: its lexicon loads with it (the script map on Chinese
  // pages), so a first query waits for Pagefind alone.
  loader.preload(document.documentElement.lang.startsWith('zh'));
  const engines = await startPagefind(config);
  const { pagefind } = engines;
  // Title matches (typos included) come from the palette's sharded index: only the few shards
  // the query's characters point at load, never the whole index.
  const palette = shardedIndex(config.quickFind, lexicon);
  // Its head (a few KB) loads with the page, as Pagefind's does, so a first query waits for less.
  void palette.ready().catch(() => undefined);
  const outcome = searcher(engines, loader, palette);

  const readState = () => readSearchState(location.search);
  const writeState = (q: string, filters: Filters) => {
    const url = searchStateUrl(location.pathname, { q, filters });
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  };
  const countText = (n: number) =>
    (plural.select(n) === 'one' ? config.strings.one : config.strings.other).replace(
      '{count}',
      String(n),
    );
  const showFacets = (counts: Counts, filters: Filters) =>
    renderFacets(
      config,
      elements,
      counts,
      filters,
      (next) => {
        writeState(input.value.trim(), next);
        void run();
      },
      () => input.focus(),
    );

  let runId = 0;
  const run = async () => {
    const id = ++runId;
    const { q, filters } = readState();
    input.value = q;
    list.replaceChildren();
    more.hidden = true;
    if (!q) {
      status.textContent = '';
      filtersBox.hidden = true;
      return;
    }
    region.setAttribute('aria-busy', 'true');
    status.textContent = config.strings.loading;
    // The last query's counts are not this one's.
    if (!Object.keys(filters).length) filtersBox.hidden = true;

    if (!pagefind) {
      await loader.ready(q);
      const words = highlightParam(queryVariants(q, lexicon));
      const found = await palette.search(q, 30).catch(() => []);
      if (id !== runId) return;
      status.textContent = `${config.strings.devFallback} ${countText(found.length)}`;
      for (const r of found)
        list.append(resultItem(config, r.t, withHighlight(r.u, words), r.r, r.s ?? ''));
      region.setAttribute('aria-busy', 'false');
      return;
    }

    try {
      const found = await outcome(q, filters);
      if (id !== runId) return;
      const { ranked, best, retried, lone } = found;
      const words = highlightParam(found.variants);
      // A section's row stands for its article: the article is not listed again below it.
      const shownUrls = new Set(best.map((r) => r.u.split('#')[0]!));
      for (const r of best) {
        const item = resultItem(config, r.t, withHighlight(r.u, words), r.r, '');
        item.querySelector('.excerpt')!.textContent = r.s ?? '';
        item.classList.add('best-match');
        const tag = document.createElement('span');
        tag.className = 'best-match-label';
        tag.textContent = r.p === undefined ? config.strings.bestMatch : config.strings.section;
        item.querySelector('h2')!.append(' ', tag);
        list.append(item);
      }
      // Without counts the results still stand; the filters stay hidden.
      found.counts().then(
        (counts) => id === runId && showFacets(counts, filters),
        () => undefined,
      );
      const total = Math.max(ranked.length, best.length);
      status.textContent = total ? countText(total) : config.strings.none.replace('{query}', q);
      if (retried)
        status.textContent = `${config.strings.retry
          .replace('{query}', q)
          .replace('{words}', retried.join(' '))} ${countText(total)}`;
      let shown = 0;
      const showMore = async (ready?: PagefindData[]) => {
        const slice = ranked.slice(shown, shown + PAGE);
        shown += slice.length;
        const data = ready ?? (await Promise.all(slice.map((r) => r.data())));
        if (id !== runId) return;
        for (const d of data) {
          const path = d.url.split('#')[0]!;
          if (shownUrls.has(path)) continue;
          shownUrls.add(path);
          // The index holds Chinese split into words (word-breaks.ts); readers see it as written.
          list.append(
            resultItem(
              config,
              unbreakWords(d.meta['title'] ?? d.url),
              withHighlight(d.url, words),
              d.meta['tier'],
              unbreakWords(d.excerpt),
              d.sub_results.map((s) => ({
                title: unbreakWords(s.title),
                url: withHighlight(s.url, words),
                excerpt: unbreakWords(s.excerpt),
              })),
              lone,
            ),
          );
        }
        more.hidden = shown >= ranked.length;
      };
      more.onclick = () => void showMore();
      await showMore(found.firstPage.length ? found.firstPage : undefined);
    } catch {
      status.textContent = config.strings.error;
    } finally {
      region.setAttribute('aria-busy', 'false');
    }
  };

  searchAhead(
    input,
    (q) => outcome(q, readState().filters, () => input.value.trim() !== q),
    !!pagefind,
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeState(input.value.trim(), readState().filters);
    void run();
  });
  window.addEventListener('popstate', () => void run());
  void run();
}
