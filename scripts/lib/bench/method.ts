/**
 * How docs/benchmarks.md's figures are taken, printed at its end. Every number in it comes from the
 * constant the benchmark runs with, so the text cannot drift from what was measured.
 */
import { cacheMaxAgeSeconds } from '../static-server.ts';
import { pinnedBuildDate } from '../temp-project.ts';
import { MEMORY_SAMPLE_MS } from './build.ts';
import { PAGEFIND_TOP, PALETTE_WARM_UP, QUERY_COUNTS, TYPING } from './search.ts';

export const methodText = (quarters: number): string => `
- **Build**: a fresh temporary copy of the project (\`scripts/lib/temp-project.ts\`: no Astro or
  Vite cache) runs \`npx astro build\` (which includes the Pagefind index) with
  \`BUILD_DATE=${pinnedBuildDate}\`. Wall time is measured around the child process.
  CPU time is exact: the build runs under \`sh\`, whose \`/proc/<pid>/stat\` cutime + cstime hold
  the user and system time of every process of the tree once they have ended. Peak memory is the
  largest sum of resident memory (RSS) over the process tree, **sampled** every
  ${MEMORY_SAMPLE_MS} ms from \`/proc\`, so a shorter peak can be missed; the largest single process's own peak (VmHWM) is given beside it.
- **Synthetic corpus** (\`scripts/lib/bench/corpus.ts\`, seeded): 80 % Chinese and 20 % English
  articles of 400–1,200 characters with headings, lists and tables, spread over every tier,
  category and type, 2–4 tags and 1–2 aliases each; \`type: template\` articles are MDX with two
  reply templates; the sample's quarterly snapshots are extended backwards to ${quarters} quarters.
  **Real corpus** (\`--corpus\`): imported with \`scripts/kb-import.ts\` into the temporary project.
- **Page weight**: each page type is loaded in Chromium (Debian's, driven by playwright-core) in a
  fresh context (empty cache), scrolled to the end, until the network is idle; every response is
  recorded. Raw is the file as built; gzip is \`gzip -9\` of each text file (HTML, CSS, JS, JSON,
  SVG), what a compressing host sends; Pagefind's index files are compressed by Pagefind and count
  as they are. "On the wire" is what Chromium received from the benchmark's local server, which
  gzips text like a production host (headers included) and lets the browser cache files for
  ${cacheMaxAgeSeconds / 60} minutes, as GitHub Pages does; a file the browser takes from its
  cache is not counted.
- **Palette**: on the article page, Ctrl+K and a first query
  (\`${PALETTE_WARM_UP['zh-cn']}\`) — what that loads is "opening the palette"; then
  ${QUERY_COUNTS.palette} queries typed one character at a time, each keystroke timed in the page
  from the input event to the first change of the result list.
- **Search page**: a fresh visit of the search page, then a query typed into its box a key every
  ${TYPING.keyMs} ms, Enter ${TYPING.enterMs} ms after the last key, timed from the submit until
  the results region is no longer busy (Pagefind search, excerpts of the first results, title matches); its bytes are all
  the page fetched from the first key on, the searches it made ahead while the query was typed
  included. Then the same query again, for the repeated figure. Then, in another fresh visit, the
  query pasted and submitted at once, so nothing was fetched ahead: its bytes until the results
  are shown are what one query costs ("first full-text query, transferred"), its time what a
  query costs with nothing done ahead; what loads after the results (the filter index for the
  facet counts, once per visit) is its own figure. Last, the same query pasted in a new page of
  that visit's browser: every file it needs is then in the browser's cache, so its time is what
  the page takes after the index files arrive. Pagefind API latency is \`search()\` plus
  \`data()\` of the top ${PAGEFIND_TOP} for ${QUERY_COUNTS.pagefind} seeded queries per language.
- **Lighthouse** 12 through its Node API in the same Chromium (\`--headless=new\`), mobile
  (Lighthouse's default: simulated slow 4G and 4× CPU slowdown) and desktop presets, against the
  local gzip-serving server, for the home, article, search, report and roadmap pages. The audit
  \`is-crawlable\` is skipped: the benchmark builds the internal site, whose \`noindex\` is
  deliberate (\`src/lib/crawl.ts\`). Every audit that lost points is listed under the table.
- **Budgets** are in \`scripts/lib/bench/budgets.ts\`; \`npm run bench\` exits 1 when a figure is
  over. Times on a shared or loaded machine are pessimistic: compare on an idle one.
`;
