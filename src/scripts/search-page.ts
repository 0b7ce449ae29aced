import { queryVariants } from '../lib/search/variants.ts';
import { lexiconLoader } from './lexicon.ts';
import { shardedIndex } from './quick-find-index.ts';

interface Config {
  pagefind: string;
  synonyms: string;
  scriptMap: string;
  quickFind: string;
  labels: Record<'tier' | 'type' | 'category' | 'facet', Record<string, string>>;
  strings: Record<
    'one' | 'other' | 'none' | 'more' | 'loading' | 'error' | 'devFallback' | 'clear',
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
interface Pagefind {
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (
    q: string,
    o?: { filters?: Record<string, string[]> },
  ) => Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> }>;
}

const FACETS = ['tier', 'category', 'type', 'tag'] as const;
const PAGE = 10;

/** Words to highlight on the article a result opens: the query in every form we searched. */
const highlightParam = (variants: string[]) =>
  [...new Set(variants.flatMap((v) => v.split(' ')))].filter((w) => w.length > 0).join(' ');

export async function initSearchPage(): Promise<void> {
  const config = JSON.parse(
    document.getElementById('search-config')?.textContent ?? '{}',
  ) as Config;
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const filtersBox = document.querySelector<HTMLElement>('[data-search-filters]')!;
  const facetsBox = document.querySelector<HTMLElement>('[data-search-facets]')!;
  const region = document.querySelector<HTMLElement>('[data-search-results-region]')!;
  const plural = new Intl.PluralRules(document.documentElement.lang);

  const loader = lexiconLoader({ synonyms: config.synonyms, scriptMap: config.scriptMap });
  const { lexicon } = loader;
  // The search page is opened to search: its lexicon loads with it (the script map on Chinese
  // pages), so a first query waits for Pagefind alone.
  loader.preload(document.documentElement.lang.startsWith('zh'));
  let pagefind: Pagefind | undefined;
  try {
    pagefind = (await import(/* @vite-ignore */ config.pagefind)) as Pagefind;
    await pagefind.options({ excerptLength: 28 });
    await pagefind.init();
    // Loading the filter index first makes every search return its facet counts.
    await pagefind.filters();
  } catch {
    pagefind = undefined;
  }
  // Title matches (typos included) come from the palette's sharded index: only the few shards
  // the query's characters point at load, never the whole index.
  const palette = shardedIndex(config.quickFind, lexicon);
  // Its head (a few KB) loads with the page, as Pagefind's does, so a first query waits for less.
  void palette.ready().catch(() => undefined);

  const readState = () => {
    const params = new URLSearchParams(location.search);
    const filters: Record<string, string[]> = {};
    for (const facet of FACETS) {
      const values = params.getAll(facet);
      if (values.length) filters[facet] = values;
    }
    return { q: params.get('q') ?? '', filters };
  };

  const writeState = (q: string, filters: Record<string, string[]>) => {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const [facet, values] of Object.entries(filters))
      for (const v of values) params.append(facet, v);
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  };

  const label = (facet: string, value: string) => config.labels[facet as 'tier']?.[value] ?? value;
  const countText = (n: number) =>
    (plural.select(n) === 'one' ? config.strings.one : config.strings.other).replace(
      '{count}',
      String(n),
    );

  const renderFacets = (
    counts: Record<string, Record<string, number>>,
    filters: Record<string, string[]>,
  ) => {
    facetsBox.replaceChildren();
    for (const facet of FACETS) {
      const values = Object.entries(counts[facet] ?? {}).filter(
        ([, n]) => n > 0 || filters[facet]?.length,
      );
      if (!values.length) continue;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = config.labels.facet[facet] ?? facet;
      fieldset.append(legend);
      for (const [value, n] of values
        .sort((a, b) => b[1] - a[1])
        .slice(0, facet === 'tag' ? 12 : 20)) {
        const labelEl = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = facet;
        box.value = value;
        box.checked = filters[facet]?.includes(value) ?? false;
        box.addEventListener('change', () => {
          const next = { ...readState().filters };
          const set = new Set(next[facet] ?? []);
          if (box.checked) set.add(value);
          else set.delete(value);
          if (set.size) next[facet] = [...set];
          else delete next[facet];
          writeState(input.value.trim(), next);
          void run();
        });
        labelEl.append(box, ` ${label(facet, value)} (${n})`);
        fieldset.append(labelEl);
      }
      facetsBox.append(fieldset);
    }
    filtersBox.hidden = facetsBox.childElementCount === 0;
  };

  const resultItem = (
    title: string,
    url: string,
    tier: string | undefined,
    excerpt: string,
    subs: PagefindData['sub_results'] = [],
  ) => {
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
      meta.textContent = `${config.labels.facet['tier']}: ${label('tier', tier)}`;
      li.append(meta);
    }
    const p = document.createElement('p');
    p.className = 'excerpt';
    // Pagefind escapes page text in excerpts and adds only <mark>; keep nothing else.
    p.innerHTML = excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
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
  };

  const withHighlight = (url: string, words: string) => {
    const [path, hash] = url.split('#');
    return `${path}?highlight=${encodeURIComponent(words)}${hash ? `#${hash}` : ''}`;
  };

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
    await loader.ready(q);
    if (id !== runId) return;
    const variants = queryVariants(q, lexicon);
    const words = highlightParam(variants);

    if (!pagefind) {
      const found = await palette.search(q, 30).catch(() => []);
      if (id !== runId) return;
      status.textContent = `${config.strings.devFallback} ${countText(found.length)}`;
      for (const r of found) list.append(resultItem(r.t, withHighlight(r.u, words), r.r, r.s));
      region.setAttribute('aria-busy', 'false');
      return;
    }

    try {
      const [searches, best] = await Promise.all([
        Promise.all(variants.map((v) => pagefind!.search(v, { filters }))),
        // Titles and aliases that match the query, typos included, lead; full text follows.
        Object.keys(filters).length ? [] : palette.search(q, 3).catch(() => []),
      ]);
      if (id !== runId) return;
      const merged = new Map<string, PagefindResult>();
      searches.forEach((search, i) => {
        // The query as typed outranks its conversions and synonyms at equal scores.
        const weight = i === 0 ? 1 : 0.85;
        for (const r of search.results) {
          const seen = merged.get(r.id);
          if (!seen || seen.score < r.score * weight)
            merged.set(r.id, { ...r, score: r.score * weight });
        }
      });
      const ranked = [...merged.values()].sort((a, b) => b.score - a.score);
      const shownUrls = new Set(best.map((r) => r.u));
      for (const r of best) {
        const item = resultItem(r.t, withHighlight(r.u, words), r.r, '');
        item.querySelector('.excerpt')!.textContent = r.s;
        item.classList.add('best-match');
        list.append(item);
      }
      const counts = searches.reduce(
        (best, s) => (s.results.length > best.results.length ? s : best),
        searches[0]!,
      ).filters;
      renderFacets(counts, filters);
      const total = Math.max(ranked.length, best.length);
      status.textContent = total ? countText(total) : config.strings.none.replace('{query}', q);
      let shown = 0;
      const showMore = async () => {
        const slice = ranked.slice(shown, shown + PAGE);
        shown += slice.length;
        const data = await Promise.all(slice.map((r) => r.data()));
        if (id !== runId) return;
        for (const d of data) {
          if (shownUrls.has(d.url)) continue;
          shownUrls.add(d.url);
          list.append(
            resultItem(
              d.meta['title'] ?? d.url,
              withHighlight(d.url, words),
              d.meta['tier'],
              d.excerpt,
              d.sub_results.map((s) => ({ ...s, url: withHighlight(s.url, words) })),
            ),
          );
        }
        more.hidden = shown >= ranked.length;
      };
      more.onclick = () => void showMore();
      await showMore();
    } catch {
      status.textContent = config.strings.error;
    } finally {
      region.setAttribute('aria-busy', 'false');
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeState(input.value.trim(), readState().filters);
    void run();
  });
  window.addEventListener('popstate', () => void run());
  void run();
}
