import type { QuickFindRecord } from '../lib/search/palette.ts';
import { lexiconLoader } from './lexicon.ts';
import { shardedIndex } from './quick-find-index.ts';

interface Strings {
  loading: string;
  empty: string;
  one: string;
  other: string;
  fullText: string;
  section: string;
  tiers: Record<string, string>;
}

/** Fetch the index head, then wire the palette: type to search, arrows to move, Enter to open. */
export async function setUpPalette(dialog: HTMLDialogElement): Promise<void> {
  const input = dialog.querySelector<HTMLInputElement>('[data-quick-find-input]')!;
  const list = dialog.querySelector<HTMLUListElement>('[data-quick-find-list]')!;
  const status = dialog.querySelector<HTMLElement>('[data-quick-find-status]')!;
  const strings = JSON.parse(dialog.dataset['strings'] ?? '{}') as Strings;
  const searchUrl = dialog.dataset['search'] ?? '/search/';
  dialog.querySelector('[data-quick-find-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  status.textContent = strings.loading;
  const loader = lexiconLoader({
    synonyms: dialog.dataset['synonyms'] ?? '',
    scriptMap: dialog.dataset['scriptMap'] ?? '',
  });
  const { lexicon } = loader;
  // On a Chinese page queries will be Chinese: the script map (5 KB on the sample site) loads as
  // the palette opens instead of holding up the first keystroke.
  loader.preload(document.documentElement.lang.startsWith('zh'));
  // Shards load as queries need them; the head (a few hundred bytes) and synonyms come first.
  const index = shardedIndex(dialog.dataset['index'] ?? '', lexicon);
  await Promise.all([index.ready(), loader.ready('')]);
  status.textContent = '';

  let items: { label: string; url: string }[] = [];
  let active = 0;
  const plural = new Intl.PluralRules(document.documentElement.lang);

  const select = (index: number) => {
    active = (index + items.length) % items.length;
    list
      .querySelectorAll('[role="option"]')
      .forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    const current = list.querySelector(`#qf-${active}`);
    input.setAttribute('aria-activedescendant', `qf-${active}`);
    current?.scrollIntoView({ block: 'nearest' });
  };

  const render = () => {
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      items = [];
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      status.textContent = '';
      return;
    }
    // A Chinese query gets the script map on first use; show what matches now, then refine.
    if (loader.needsMore(query))
      void loader.ready(query).then(() => input.value.trim() === query && render());
    // Search at once when the shards are here; otherwise keep the list as it is until they load,
    // so it never flickers empty between keystrokes.
    const now = index.now(query);
    if (now) show(query, now);
    else
      void index.search(query).then(
        (found) => input.value.trim() === query && show(query, found),
        () => input.value.trim() === query && (status.textContent = strings.empty),
      );
  };

  const show = (query: string, found: QuickFindRecord[]) => {
    list.replaceChildren();
    const full = `${searchUrl}?q=${encodeURIComponent(query)}`;
    items = [
      ...found.map((r) => ({ label: r.t, url: r.u })),
      { label: strings.fullText, url: full },
    ];
    found.forEach((record, i) => {
      const li = option(i);
      li.dataset['url'] = record.u;
      const title = document.createElement('span');
      title.className = 'qf-title';
      title.textContent = record.t;
      const tier = document.createElement('span');
      tier.className = 'qf-tier';
      tier.textContent = strings.tiers[record.r] ?? record.r;
      const summary = document.createElement('span');
      summary.className = 'qf-summary';
      // A section's record names the article it is in.
      summary.textContent =
        record.p === undefined ? (record.s ?? '') : strings.section.replace('{title}', record.p);
      li.append(title, tier, summary);
      list.append(li);
    });
    const last = option(found.length);
    last.classList.add('qf-full');
    last.textContent = strings.fullText.replace('{query}', query);
    list.append(last);
    input.setAttribute('aria-expanded', 'true');
    select(0);
    const template =
      found.length === 0
        ? strings.empty
        : plural.select(found.length) === 'one'
          ? strings.one
          : strings.other;
    status.textContent = template.replace('{count}', String(found.length));
  };

  const option = (i: number) => {
    const li = document.createElement('li');
    li.id = `qf-${i}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.addEventListener('click', () => go(i));
    li.addEventListener('mousemove', () => active !== i && select(i));
    return li;
  };

  const go = (i: number) => {
    const target = items[i];
    if (target) window.location.href = target.url;
  };

  input.addEventListener('input', render);
  if (input.value) render();
  input.addEventListener('keydown', (event) => {
    if (!items.length) return;
    if (event.key === 'ArrowDown') select(active + 1);
    else if (event.key === 'ArrowUp') select(active - 1);
    else if (event.key === 'Enter') go(active);
    else return;
    event.preventDefault();
  });
}
