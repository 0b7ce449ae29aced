/**
 * The product benchmark (issue 7): builds a corpus clean and measures the build, the output, what
 * each page type downloads, search in Chromium and Lighthouse scores, compares every figure with
 * its budget (scripts/lib/bench/budgets.ts) and writes docs/benchmarks.json and docs/benchmarks.md.
 *
 *   npm run bench                                  # synthetic, 1,000 articles (a few minutes)
 *   npm run bench -- --articles 10000              # 10,000 articles (tens of minutes on 2 cores)
 *   npm run bench -- --articles 1000,10000         # both, one after the other
 *   npm run bench -- --corpus ../shared/corpora/pingcap-docs-cn_md_ae9ab0f.tar.gz
 *
 * Options: see `npm run bench -- --help`. Exits 1 when a figure is over budget or a step fails,
 * 2 when an option is wrong.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { launchChromium } from './lib/browser/chromium.ts';
import type { Browser } from 'playwright-core';
import {
  measureBuild,
  parseIndexedLine,
  run,
  sumBytes,
  walk,
  walkSizes,
  type SizedFile,
} from './lib/bench/build.ts';
import {
  compare,
  formatValue,
  overBudget,
  runArticles,
  runKind,
  type Figure,
} from './lib/bench/budgets.ts';
import { writeCorpus, writeSnapshots } from './lib/bench/corpus.ts';
import { runLighthouse, type LighthouseResult, type Preset } from './lib/bench/lighthouse.ts';
import {
  findPageTypes,
  freshContext,
  loadFully,
  totals,
  type PageTypes,
  type Resource,
} from './lib/bench/page-weight.ts';
import {
  mergeRuns,
  renderMarkdown,
  type Machine,
  type Results,
  type Run,
} from './lib/bench/report.ts';
import {
  measurePagefindLatency,
  measurePalette,
  measureSearchPage,
  PAGEFIND_TOP,
  searchQueries,
  TYPING,
} from './lib/bench/search.ts';
import { methodText } from './lib/bench/method.ts';
import { compareWithStarlight } from './lib/bench/vs-starlight.ts';
import { benchImports } from './lib/bench/tickets.ts';
import { auditFigures, runSearchAudit } from './lib/search-audit-run.ts';
import { gzipFileBytes, median, percentile, round } from './lib/bench/stats.ts';
import { consoleOutput, parseCommandLine, usageError } from './lib/command-line.ts';
import { serveStatic } from './lib/static-server.ts';
import { buildEnv, createTempProject, removeTempProject, repoRoot } from './lib/temp-project.ts';

const usage = `Usage: npm run bench -- [options]

  --articles <n>[,<n>…]   synthetic corpus sizes, integers ≥ 10 (default 1000; none with --corpus)
  --corpus <dir|.tar.gz>  import a real corpus of Markdown files and measure it too
  --no-lighthouse         skip the Lighthouse scores (the slowest step)
  --json <file>           also write this run's results, with per-file details, to <file>
  --seed <n>              seed of the synthetic corpus and the queries (default 20261123)
  --quarters <n>          snapshot quarters of the synthetic corpus, 1 to 80 (default 12)
  --vs-starlight          build the corpus (default: the pingcap archive in ../shared/corpora) and
                          Starlight on the same articles clean in turns; report medians and ratios
  --runs <n>              clean builds of each side with --vs-starlight (default 3)
  --keep                  keep the temporary projects
  --imports               only the ticket-import benchmark: the UCI ServiceNow log and a generated
                          export (--tickets, default 1000000); writes docs/benchmarks-imports.md
  --tickets <n>           size of the generated export for --imports`;

const parsed = parseCommandLine(
  process.argv.slice(2),
  {
    articles: { type: 'string' },
    corpus: { type: 'string' },
    lighthouse: { type: 'boolean', default: true },
    json: { type: 'string' },
    seed: { type: 'string', default: '20261123' },
    quarters: { type: 'string', default: '12' },
    keep: { type: 'boolean', default: false },
    'vs-starlight': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    imports: { type: 'boolean', default: false },
    tickets: { type: 'string', default: '1000000' },
  },
  usage,
  consoleOutput,
  { allowNegative: true },
);
if (typeof parsed === 'number') process.exit(parsed);
const { values: args, positionals } = parsed;
function stop(message: string): never {
  process.exit(usageError(consoleOutput, message, usage));
}
if (positionals.length)
  stop(`“${positionals.join(' ')}” is not an option: every option starts with --`);
if (args.imports)
  process.exit(
    await benchImports(
      repoRoot,
      resolve(repoRoot, '../shared/corpora/uci-incident-event-log.csv.gz'),
      Number(args.tickets),
    ),
  );
const seed = Number(args.seed);
if (!Number.isSafeInteger(seed))
  stop(`--seed “${args.seed}” is not an integer: e.g. --seed 20261123`);
const quarters = Number(args.quarters);
if (!Number.isInteger(quarters) || quarters < 1 || quarters > 80)
  stop(`--quarters “${args.quarters}” must be an integer from 1 to 80, e.g. --quarters 12`);
const vsStarlight = args['vs-starlight'];
const sideRuns = Number(args.runs);
if (!Number.isInteger(sideRuns) || sideRuns < 1 || sideRuns > 20)
  stop(`--runs “${args.runs}” must be an integer from 1 to 20, e.g. --runs 3`);
const sizes = (args.articles ?? (args.corpus || vsStarlight ? '' : '1000'))
  .split(',')
  .filter(Boolean)
  .map((s) => Number(s.replace(/_/g, '')));
if (
  sizes.some((n) => !Number.isInteger(n) || n < 10) ||
  (args.articles !== undefined && !sizes.length)
)
  stop(
    `--articles “${args.articles}” must be integers ≥ 10, comma-separated, e.g. --articles 1000,10000`,
  );
/** The corpus --vs-starlight uses when none is given: the one issue 17 measured. */
const PINGCAP = resolve(repoRoot, '../shared/corpora/pingcap-docs-cn_md_ae9ab0f.tar.gz');
const corpus =
  args.corpus === undefined ? (vsStarlight ? PINGCAP : undefined) : resolve(args.corpus);
if (corpus !== undefined && !existsSync(corpus))
  stop(`--corpus ${corpus} does not exist: give a folder or a .tar.gz of Markdown files`);
const queries = searchQueries(seed);
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;

const KB = 1024;
/** Articles of an imported corpus the search audit makes queries from. */
const AUDIT_SAMPLE = 100;
const pageNames: Record<keyof PageTypes, string> = {
  home: 'Home page',
  kb: 'KB index',
  article: 'Article page',
  template: 'Article with reply templates',
  search: 'Search page',
  report: 'Report page',
  roadmap: 'Roadmap page',
  tags: 'Tag index',
};
const count = (n: number, noun: string) =>
  `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
const fileCount = (n: number) => count(n, 'file');
const log = (message: string) => console.error(`[bench] ${message}`);

// ---------------------------------------------------------------------------------------------

function machine(chromium: string): Machine {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: round(totalmem() / KB ** 3),
    os: `${type()} ${release()}`,
    node: process.version,
    chromium,
    loadAverage: round(loadavg()[0] ?? 0, 2),
  };
}

/** A locale's palette index files: `quick-find*.json`, or a head and shards in `quick-find/`. */
const quickFindPattern = /quick-find[^/]*\.json$|\/quick-find\/.+\.json$/;

/**
 * Pagefind's bytes per language (its index, fragments, filters and metadata are named
 * `<lang>_<hash>`), and what the languages share (JS, CSS, wasm).
 */
function pagefindLanguageFigures(pagefindDir: string, files: readonly SizedFile[]): Figure[] {
  const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const figures: Figure[] = [];
  let own = 0;
  for (const [lang, info] of Object.entries(entry.languages)) {
    const mine = files.filter((f) => {
      const name = basename(f.path);
      return name.startsWith(`${lang}_`) || name.startsWith(`pagefind.${lang}_`);
    });
    own += sumBytes(mine);
    figures.push({
      id: `pagefind.${lang}.bytes`,
      label: `Pagefind index, ${lang} only (index, fragments, filters, metadata)`,
      value: sumBytes(mine),
      unit: 'bytes',
      note: `${fileCount(mine.length)}, ${info.page_count.toLocaleString('en-US')} pages`,
    });
  }
  figures.push({
    id: 'pagefind.shared.bytes',
    label: 'Pagefind, shared by the languages (JS, CSS, wasm)',
    value: sumBytes(files) - own,
    unit: 'bytes',
  });
  return figures;
}

/** Clean build of a prepared temporary project, then every measure on its dist/. */
async function measureProject(
  tmp: string,
  articles: number,
  label: { key: string; title: string; corpusNote: string },
  extraFigures: Figure[],
): Promise<Run> {
  const figures: Figure[] = [...extraFigures];
  const details: Record<string, unknown> = {};
  const loadAtStart = round(loadavg()[0] ?? 0, 2);

  log(`building ${articles} articles clean in ${tmp} …`);
  const build = await measureBuild(tmp, buildEnv());
  if (build.code !== 0) {
    console.error(build.output.split('\n').slice(-40).join('\n'));
    throw new Error(`astro build in ${tmp} exited with ${build.code}; its last lines are above`);
  }
  log(`built in ${round(build.wallMs / 1000)} s`);
  figures.push(...buildFigures(build, articles));
  const dist = join(tmp, 'dist');
  figures.push(...outputFigures(dist));

  // Browser measures, on a server that gzips as a host would
  const server = await serveStatic(dist, { compress: true });
  const browser = await launchChromium();
  const chromium = `Chromium ${browser.version()}`;
  const pages = findPageTypes(dist);
  details['pages'] = pages;
  let lighthouseResults: LighthouseResult[] = [];
  try {
    figures.push(...(await pageWeightFigures(browser, server.url, dist, pages, details)));
    figures.push(...(await englishPaletteFigures(browser, server.url, dist, details)));
    figures.push(...(await searchPageFigures(browser, server.url, dist, pages, details)));
    figures.push(...(await pagefindLatencyFigures(browser, server.url, dist)));
  } finally {
    await browser.close();
  }
  // Search quality on an imported corpus: queries made from its own pages, per kind, beside
  // stock Pagefind (scripts/lib/search-audit-run.ts).
  if (runKind(label.key) === 'corpus') {
    log(`search audit (${AUDIT_SAMPLE} articles) …`);
    const audit = await runSearchAudit(dist, { locale: 'zh-cn', sample: AUDIT_SAMPLE });
    details['searchAudit'] = audit.summary;
    figures.push(...auditFigures(audit));
  }
  // Lighthouse, after the Playwright browser has gone (it would compete for the CPU)
  try {
    if (args.lighthouse) {
      lighthouseResults = await lighthouseRuns(server.url, pages);
      figures.push(...lighthouseFigures(lighthouseResults, pages));
      details['lighthouse'] = lighthouseResults;
    }
  } finally {
    await server.close();
  }
  const findings = lighthouseFindings(lighthouseResults);

  const m = machine(chromium);
  m.loadAverage = loadAtStart;
  const loaded = loadAtStart > m.cores * 0.5;
  return {
    key: label.key,
    title: label.title,
    date: new Date().toISOString(),
    command,
    machine: m,
    note:
      label.corpusNote +
      (loaded
        ? ` Taken under load (load average ${loadAtStart} on ${m.cores} cores when it started): other work shared the CPU, so times are pessimistic.`
        : ''),
    figures,
    findings,
    details,
  };
}

type Build = Awaited<ReturnType<typeof measureBuild>>;

/** Wall and CPU time, per article, peak memory and Pagefind's own time, from the build's log. */
function buildFigures(build: Build, articles: number): Figure[] {
  const figures: Figure[] = [];
  const indexed = parseIndexedLine(build.output);
  const cpuMs = build.cpuUserMs + build.cpuSystemMs;
  figures.push(
    {
      id: 'build.wall',
      label: 'Clean build + index, wall time',
      value: build.wallMs,
      unit: 'ms',
    },
    {
      id: 'build.cpu',
      label: 'Clean build + index, CPU time (all processes)',
      value: cpuMs,
      unit: 'ms',
      note: `user ${round(build.cpuUserMs / 1000)} s, system ${round(build.cpuSystemMs / 1000)} s`,
    },
    {
      id: 'build.msPerArticle',
      label: 'Clean build + index, wall time per article',
      value: build.wallMs / articles,
      unit: 'ms/article',
    },
    {
      id: 'build.cpuPerArticle',
      label: 'Clean build + index, CPU time per article (hardly moved by other load)',
      value: cpuMs / articles,
      unit: 'ms/article',
    },
    {
      id: 'build.peakRss',
      label: 'Clean build + index, peak memory (RSS of the process tree)',
      value: build.peakRssBytes,
      unit: 'bytes',
      note: `sampled every ${build.sampleMs} ms${build.largestProcess ? `; largest single process (${build.largestProcess.comm}) ${formatValue(build.largestProcess.bytes, 'bytes')}` : ''}`,
    },
  );
  if (indexed)
    figures.push({
      id: 'build.index',
      label: `Pagefind, from the last page rendered to the index written (${indexed.pages} pages, ${indexed.whileRendering} taken in while Astro rendered them)`,
      value: indexed.ms,
      unit: 'ms',
    });

  return figures;
}

/** Output sizes, all cut from one walk of dist/: the site, Pagefind, the quick-find shards. */
function outputFigures(dist: string): Figure[] {
  const figures: Figure[] = [];
  const distFiles = walkSizes(dist);
  const under = (dir: string) => distFiles.filter((f) => f.path.startsWith(`${dir}${sep}`));
  figures.push({
    id: 'dist.bytes',
    label: 'dist/ size',
    value: sumBytes(distFiles),
    unit: 'bytes',
    note: `${distFiles.length.toLocaleString('en-US')} files, ${distFiles.filter((f) => f.path.endsWith('.html')).length.toLocaleString('en-US')} HTML pages`,
  });
  const pagefindDir = join(dist, 'pagefind');
  const pagefindFiles = under(pagefindDir);
  figures.push(
    {
      id: 'pagefind.bytes',
      label: 'Pagefind index (dist/pagefind)',
      value: sumBytes(pagefindFiles),
      unit: 'bytes',
      note: `${pagefindFiles.length.toLocaleString('en-US')} files; its fragments are compressed already`,
    },
    ...pagefindLanguageFigures(pagefindDir, pagefindFiles),
  );
  for (const locale of ['zh-cn', 'en']) {
    const files = under(join(dist, locale)).filter((f) => quickFindPattern.test(f.path));
    if (!files.length) continue;
    figures.push({
      id: `quickFind.${locale}.gzip`,
      label: `Quick-find index ${locale} (all its files), gzip`,
      value: files.reduce((a, f) => a + gzipFileBytes(f.path), 0),
      unit: 'bytes',
      note: `raw ${formatValue(sumBytes(files), 'bytes')}, ${fileCount(files.length)}`,
    });
    // A query loads the head, then the shards of a few of its grams: a shard is the unit it pays.
    const head = files.find((f) => f.path.endsWith(`${sep}quick-find${sep}head.json`));
    const shards = files
      .filter((f) => f !== head && f.path.includes(`${sep}quick-find${sep}`))
      .map((f) => gzipFileBytes(f.path));
    if (shards.length)
      figures.push({
        id: `quickFind.${locale}.shard.gzip`,
        label: `Quick-find index ${locale}, one shard, gzip median`,
        value: median(shards),
        unit: 'bytes',
        note: `p95 ${formatValue(percentile(shards, 95), 'bytes')}, max ${formatValue(Math.max(...shards), 'bytes')} over ${count(shards.length, 'shard')}${head ? `; head ${gzipFileBytes(head.path).toLocaleString('en-US')} bytes` : ''}`,
      });
  }
  return figures;
}

/** Each page type's transfer on a first visit; the palette opened on the article page. */
async function pageWeightFigures(
  browser: Browser,
  origin: string,
  dist: string,
  pages: PageTypes,
  details: Record<string, unknown>,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  const weights: Record<string, ReturnType<typeof totals>> = {};
  for (const [name, path] of Object.entries(pages) as [keyof PageTypes, string | undefined][]) {
    if (!path) continue;
    log(`page weight: ${name} ${path}`);
    const { context, page, requests } = await freshContext(browser, origin, dist);
    await loadFully(page, path);
    const resources = await requests.take();
    const t = totals(resources);
    weights[name] = t;
    details[`page.${name}`] = resources;
    const kbText = (b: number) => formatValue(b, 'bytes');
    figures.push(
      {
        id: `page.${name}.html.gzip`,
        label: `${pageNames[name]}: HTML, gzip`,
        value: t.html.gzip,
        unit: 'bytes',
        note: `raw ${kbText(t.html.bytes)}`,
      },
      {
        id: `page.${name}.css.gzip`,
        label: `${pageNames[name]}: CSS, gzip`,
        value: t.css.gzip,
        unit: 'bytes',
        note: `raw ${kbText(t.css.bytes)}, ${fileCount(t.css.files)}`,
      },
      {
        id: `page.${name}.js.gzip`,
        label: `${pageNames[name]}: JavaScript, gzip`,
        value: t.js.gzip,
        unit: 'bytes',
        note: `raw ${kbText(t.js.bytes)}, ${fileCount(t.js.files)}`,
      },
      {
        id: `page.${name}.total.gzip`,
        label: `${pageNames[name]}: first visit, everything, gzip`,
        value: t.total.gzip,
        unit: 'bytes',
        note: `raw ${kbText(t.total.bytes)}, on the wire ${kbText(t.total.wire)}, ${fileCount(t.total.files)}`,
      },
    );
    if (name === 'article') {
      log('palette on the article page');
      const palette = await measurePalette(page, requests.take, 'zh-cn', queries.palette['zh-cn']);
      const open = totals(palette.open).total;
      details['palette.zh-cn'] = palette;
      figures.push(
        {
          id: 'palette.open.gzip',
          label: 'Opening the palette + first query (on the article page), gzip',
          value: open.gzip,
          unit: 'bytes',
          note: `raw ${kbText(open.bytes)}, ${fileCount(open.files)}`,
        },
        ...keystrokeFigures('zh-cn', palette.keystrokes),
      );
    }
    await context.close();
  }
  return figures;
}

/** The palette's keystroke times in English, on the English home page. */
async function englishPaletteFigures(
  browser: Browser,
  origin: string,
  dist: string,
  details: Record<string, unknown>,
): Promise<Figure[]> {
  log('palette on the English home page');
  const { context, page, requests } = await freshContext(browser, origin, dist);
  await loadFully(page, '/en/');
  const palette = await measurePalette(page, requests.take, 'en', queries.palette.en);
  details['palette.en'] = palette;
  await context.close();
  return keystrokeFigures('en', palette.keystrokes);
}

/** The search page: opening it, a first query typed and pasted, and the same query repeated. */
async function searchPageFigures(
  browser: Browser,
  origin: string,
  dist: string,
  pages: PageTypes,
  details: Record<string, unknown>,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  log('search page');
  const query = '退款时效';
  const search = await measureSearchPage(browser, origin, dist, pages.search, query);
  details['search'] = search;
  const gz = (rs: Resource[]) => totals(rs).total;
  figures.push(
    {
      id: 'search.open.gzip',
      label: 'Opening the search page (fresh cache), gzip',
      value: gz(search.open).gzip,
      unit: 'bytes',
      note: `of which Pagefind ${round(gz(search.open.filter((r) => r.path.startsWith('/pagefind/'))).gzip / KB)} KB`,
    },
    {
      id: 'search.firstQuery.gzip',
      label: `First full-text query “${query}”, submitted at once, transferred until its results show (gzip)`,
      value: gz(search.pasted.resources).gzip,
      unit: 'bytes',
      note: `${fileCount(search.pasted.resources.length)}; “${search.pasted.status.trim()}”`,
    },
    {
      id: 'search.facets.gzip',
      label:
        'Facet counts after the first results (filter index, once per visit), transferred (gzip)',
      value: gz(search.pasted.after).gzip,
      unit: 'bytes',
      note: fileCount(search.pasted.after.length),
    },
    {
      id: 'search.typedQuery.gzip',
      label: 'The same query typed, from its first key to the results, transferred (gzip)',
      value: gz(search.first.resources).gzip,
      unit: 'bytes',
      note: `${fileCount(search.first.resources.length)}, searches ahead while typing included`,
    },
    {
      id: 'search.firstQuery.ms',
      label: `First full-text query, typed (a key each ${TYPING.keyMs} ms), Enter → results shown`,
      value: search.first.ms,
      unit: 'ms',
    },
    {
      id: 'search.pastedQuery.ms',
      label: 'First full-text query, pasted and submitted at once → results shown',
      value: search.pasted.ms,
      unit: 'ms',
      note: 'nothing preloaded while typing',
    },
    {
      id: 'search.pastedCachedQuery.ms',
      label:
        'First full-text query, pasted in a new page once the index files are in the browser’s cache → results shown',
      value: search.pastedCached.ms,
      unit: 'ms',
      note: `${fileCount(search.pastedCached.resources.length)} fetched`,
    },
    {
      id: 'search.repeatQuery.gzip',
      label: 'The same query repeated, transferred (gzip)',
      value: gz(search.repeated.resources).gzip,
      unit: 'bytes',
    },
    {
      id: 'search.repeatQuery.ms',
      label: 'The same query repeated, submit → results shown',
      value: search.repeated.ms,
      unit: 'ms',
    },
  );
  return figures;
}

/** Pagefind's own latency, without the page around it. */
async function pagefindLatencyFigures(
  browser: Browser,
  origin: string,
  dist: string,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const locale of ['zh-cn', 'en'] as const) {
    const { context, page } = await freshContext(browser, origin, dist);
    await page.goto(`/${locale}/`, { waitUntil: 'networkidle' });
    const times = await measurePagefindLatency(page, queries.pagefind[locale]);
    await context.close();
    const warm = times.slice(1);
    figures.push({
      id: `pagefind.query.p50.${locale}`,
      label: `Pagefind API query ${locale} (search + ${PAGEFIND_TOP} × data()), warm median`,
      value: median(warm),
      unit: 'ms',
      note: `p95 ${round(percentile(warm, 95))} ms, cold ${round(times[0]!)} ms, ${warm.length} queries`,
    });
  }
  return figures;
}

/** Lighthouse on every page type it audits, mobile and desktop. */
async function lighthouseRuns(origin: string, pages: PageTypes): Promise<LighthouseResult[]> {
  const audited = (['home', 'article', 'search', 'report', 'roadmap'] as const).filter(
    (p) => pages[p],
  );
  const presets: Preset[] = ['mobile', 'desktop'];
  log(`Lighthouse (${presets.join(', ')}): ${audited.join(', ')}`);
  // The benchmark builds the internal site, which tells robots not to index it on purpose
  // (src/lib/crawl.ts); Lighthouse's is-crawlable audit would fail every page for that alone.
  const results = await runLighthouse(
    audited.map((p) => `${origin}${pages[p]!}`),
    presets,
    ['is-crawlable'],
  );
  return results;
}

/** One figure per Lighthouse category, preset and page. */
function lighthouseFigures(results: readonly LighthouseResult[], pages: PageTypes): Figure[] {
  const audited = (['home', 'article', 'search', 'report', 'roadmap'] as const).filter(
    (p) => pages[p],
  );
  const figures: Figure[] = [];
  for (const r of results) {
    const name = audited.find((p) => r.url.endsWith(pages[p]!))!;
    for (const [category, score] of Object.entries(r.scores))
      figures.push({
        id: `lighthouse.${r.preset}.${name}.${category}`,
        label: `Lighthouse ${r.preset}, ${pageNames[name]}: ${category}`,
        value: score,
        unit: 'score',
      });
  }
  return figures;
}

/** Every failing Lighthouse audit, one line each. */
function lighthouseFindings(results: readonly LighthouseResult[]): string[] {
  return results.flatMap((r) =>
    Object.entries(r.failing).flatMap(([category, audits]) =>
      audits.map(
        (a) =>
          `Lighthouse ${r.preset}, ${new URL(r.url).pathname} — ${category}: ${a.id} (${a.title}) scored ${a.score}${a.displayValue ? `, ${a.displayValue}` : ''}`,
      ),
    ),
  );
}

function keystrokeFigures(locale: string, keystrokes: number[]): Figure[] {
  return [
    {
      id: `palette.keystroke.p50.${locale}`,
      label: `Palette per keystroke ${locale}, median`,
      value: median(keystrokes),
      unit: 'ms',
      note: `${keystrokes.length} keystrokes`,
    },
    {
      id: `palette.keystroke.p95.${locale}`,
      label: `Palette per keystroke ${locale}, p95`,
      value: percentile(keystrokes, 95),
      unit: 'ms',
    },
  ];
}

// ---------------------------------------------------------------------------------------------

/** Imports a real corpus into `tmp` with the product's importer; how many articles, how long. */
async function importCorpus(
  source: string,
  tmp: string,
): Promise<{ articles: number; importMs: number }> {
  const importer = join(repoRoot, 'scripts/kb-import.ts');
  if (!existsSync(importer))
    throw new Error(
      `--corpus needs the importer ${relative(repoRoot, importer)}, which is missing from this checkout`,
    );
  log(`importing ${source} …`);
  const started = performance.now();
  // This Node, not `npx node`: npx's own start-up would be timed as part of the import.
  const imported = await run(
    process.execPath,
    [importer, source, '--locale', 'zh-cn', '--category-from', 'folder', '--out', tmp],
    repoRoot,
    buildEnv(),
  );
  const importMs = performance.now() - started;
  if (imported.code !== 0) {
    console.error(imported.output.split('\n').slice(-40).join('\n'));
    throw new Error(`scripts/kb-import.ts exited with ${imported.code}; its last lines are above`);
  }
  const kbDir = join(tmp, 'content/kb');
  const articles = existsSync(kbDir) ? walk(kbDir).filter((f) => /\.mdx?$/.test(f)).length : 0;
  if (!articles) throw new Error(`the importer wrote no article under ${kbDir}`);
  log(`imported ${articles} articles in ${round(importMs / 1000)} s`);
  return { articles, importMs };
}

const runs: Run[] = [];
let failed = false;
const categories = (
  JSON.parse(readFileSync(join(repoRoot, 'data/categories.json'), 'utf8')) as { id: string }[]
).map((c) => c.id);

async function withProject(prefix: string, body: (tmp: string) => Promise<void>) {
  const tmp = createTempProject(prefix);
  try {
    await body(tmp);
  } finally {
    if (args.keep) log(`kept ${tmp}`);
    else removeTempProject(tmp);
  }
}

try {
  for (const total of sizes) {
    await withProject(`bench-${total}`, async (tmp) => {
      const counts = writeCorpus(tmp, { total, categories, seed });
      const quarterCount = writeSnapshots(tmp, quarters, seed);
      log(
        `generated ${total} articles (${counts.zh} zh-cn, ${counts.en} en, ${counts.templates} with reply templates), ${quarterCount} quarters`,
      );
      runs.push(
        await measureProject(
          tmp,
          total,
          {
            key: `synthetic-${total}`,
            title: `Synthetic corpus, ${total.toLocaleString('en-US')} articles`,
            corpusNote: `${counts.zh.toLocaleString('en-US')} zh-cn and ${counts.en.toLocaleString('en-US')} English articles (${counts.templates} with reply templates), ${quarterCount} quarters of snapshots, seed ${seed}.`,
          },
          [],
        ),
      );
    });
  }
  if (corpus !== undefined && !vsStarlight) {
    await withProject('bench-corpus', async (tmp) => {
      const { articles, importMs } = await importCorpus(corpus, tmp);
      const name = basename(corpus).replace(/\.tar\.gz$|\.tgz$/, '');
      runs.push(
        await measureProject(
          tmp,
          articles,
          {
            key: `corpus-${name}`,
            title: `Real corpus ${name}, ${articles.toLocaleString('en-US')} articles`,
            corpusNote: `Imported from ${basename(corpus)} with \`npm run kb:import\`.`,
          },
          [{ id: 'corpus.import', label: 'Import (kb:import)', value: importMs, unit: 'ms' }],
        ),
      );
    });
  }
  if (corpus !== undefined && vsStarlight) {
    await withProject('bench-vs-starlight', async (tmp) => {
      const { articles } = await importCorpus(corpus, tmp);
      const loadAtStart = round(loadavg()[0] ?? 0, 2);
      const side = await compareWithStarlight({
        product: tmp,
        articles,
        runs: sideRuns,
        env: buildEnv(),
        log,
      });
      const name = basename(corpus).replace(/\.tar\.gz$|\.tgz$/, '');
      const m = machine(`Chromium (page weights)`);
      m.loadAverage = loadAtStart;
      runs.push({
        key: `vs-starlight-${name}`,
        title: `Side by side with Starlight: ${name}, ${articles.toLocaleString('en-US')} articles`,
        date: new Date().toISOString(),
        command,
        machine: m,
        note:
          side.note +
          (loadAtStart > m.cores * 0.5
            ? ` Taken under load (load average ${loadAtStart} on ${m.cores} cores when it started): both sides shared the CPU with other work, so absolute times are pessimistic; the turns keep the ratios fair only if the load stayed level.`
            : ''),
        figures: side.figures,
        details: side.details,
      });
    });
  }
} catch (error) {
  console.error(error);
  failed = true;
}

if (runs.length) {
  const docs = join(repoRoot, 'docs');
  mkdirSync(docs, { recursive: true });
  const jsonFile = join(docs, 'benchmarks.json');
  const previous = existsSync(jsonFile)
    ? (JSON.parse(readFileSync(jsonFile, 'utf8')) as Results)
    : undefined;
  // The committed JSON keeps the figures; per-file details go only to --json.
  const slim = runs.map(({ details: _details, ...rest }) => rest);
  const merged = mergeRuns(previous, slim);
  writeFileSync(jsonFile, `${JSON.stringify(merged, null, 2)}\n`);
  writeFileSync(join(docs, 'benchmarks.md'), renderMarkdown(merged, methodText(quarters)));
  if (args.json) {
    mkdirSync(dirname(resolve(args.json)), { recursive: true });
    writeFileSync(resolve(args.json), `${JSON.stringify({ runs }, null, 2)}\n`);
  }
  log(`written docs/benchmarks.json and docs/benchmarks.md${args.json ? ` and ${args.json}` : ''}`);
  for (const r of runs) {
    const over = overBudget(compare(r.figures, undefined, runKind(r.key), runArticles(r.key)));
    console.log(
      `\n${r.title}: ${over.length ? `${over.length} over budget` : 'every figure within budget'}`,
    );
    for (const line of over) console.log(`  ✗ ${line}`);
    if (over.length) failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
