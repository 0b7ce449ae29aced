/**
 * Search benchmark (issue 3, item 8): generates a synthetic knowledge base, builds it and measures
 * the index (build time, bytes) and both search engines in Chromium (bytes of the first full-text
 * query, Pagefind latency, quick-find palette latency per keystroke).
 *
 *   npm run bench:search                       # 2,000 articles
 *   npm run bench:search -- --articles 10000   # any count; --keep keeps the temporary project
 *
 * Prints a Markdown table and writes the same figures to `.bench/search-<n>.json`.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureBuild, walk } from './lib/bench/build.ts';
import { writeCorpus } from './lib/bench/corpus.ts';
import { freshContext, type Resource } from './lib/bench/page-weight.ts';
import {
  measurePagefindLatency,
  measurePalette,
  measureSearchPage,
  searchQueries,
} from './lib/bench/search.ts';
import { gzipFileBytes as gzipBytes, kb, median, p95, round } from './lib/bench/stats.ts';
import { launchChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { buildEnv, createTempProject, removeTempProject } from './lib/temp-project.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '20261123' },
    keep: { type: 'boolean', default: false },
  },
});
const total = Number(args.articles);
if (!Number.isInteger(total) || total < 10) throw new Error('--articles must be an integer ≥ 10');
const seed = Number(args.seed);

// The corpus generator, the build runner and the search measures live in scripts/lib/bench/,
// shared with `npm run bench`.
const sum2 = (fs: { bytes: number }[]) => fs.reduce((a, f) => a + f.bytes, 0);
const sum = (rs: Resource[], key: 'bytes' | 'gzip') => rs.reduce((a, r) => a + r[key], 0);

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

const started = performance.now();
const tmp = createTempProject('bench-search');
let exitCode = 0;
try {
  const categories = (
    JSON.parse(readFileSync(join(repo, 'data/categories.json'), 'utf8')) as { id: string }[]
  ).map((c) => c.id);
  const counts = writeCorpus(tmp, { total, categories, seed });
  console.error(`Generated ${total} articles (${counts.zh} zh-cn, ${counts.en} en) in ${tmp}`);

  // Build
  console.error('Building…');
  // CPU time and peak memory of the whole build tree, not only wall clock: on a shared machine
  // the wall clock mostly measures the neighbours.
  const build = await measureBuild(tmp, buildEnv());
  const buildMs = build.wallMs;
  const plain = build.output.replace(/\x1b\[[0-9;]*m/g, '');
  if (build.code !== 0) {
    console.error(plain.split('\n').slice(-40).join('\n'));
    throw new Error(`astro build exited with ${build.code}`);
  }
  const indexed = /indexed (\d+) pages in (\d+) ms/.exec(plain);
  if (!indexed) throw new Error('the build did not log “indexed N pages in M ms”');
  const dist = join(tmp, 'dist');

  // Index bytes
  const pagefindDir = join(dist, 'pagefind');
  const pfFiles = walk(pagefindDir).map((f) => ({
    rel: relative(pagefindDir, f),
    bytes: statSync(f).size,
  }));
  const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number; wasm?: string }>;
  };
  const perLanguage: Record<string, { pages: number; bytes: number; files: number }> = {};
  for (const [lang, info] of Object.entries(entry.languages)) {
    const own = pfFiles.filter((f) => {
      const base = f.rel.split('/').at(-1)!;
      return base.startsWith(`${lang}_`) || base.startsWith(`pagefind.${lang}_`);
    });
    perLanguage[lang] = { pages: info.page_count, bytes: sum2(own), files: own.length };
  }
  const pagefindTotal = sum2(pfFiles);
  const sharedBytes = pagefindTotal - Object.values(perLanguage).reduce((a, l) => a + l.bytes, 0);
  // The palette's index: a head and shards per locale (`/<locale>/quick-find/`).
  const paletteIndex = Object.fromEntries(
    ['zh-cn', 'en'].map((locale) => {
      const dir = join(dist, locale, 'quick-find');
      const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
      const shards = files.filter((f) => f !== 'head.json').map((f) => join(dir, f));
      const gz = shards.map(gzipBytes).sort((a, b) => a - b);
      return [
        locale,
        {
          shards: shards.length,
          bytes: shards.reduce((a, f) => a + statSync(f).size, 0),
          gzip: gz.reduce((a, b) => a + b, 0),
          shardGzip: { median: median(gz), p95: p95(gz), max: gz.at(-1) ?? 0 },
          headGzip: gzipBytes(join(dir, 'head.json')),
        },
      ];
    }),
  );

  // Browser measurements
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  const queries = searchQueries(seed);
  let firstQuery: {
    query: string;
    status: string;
    results: number;
    ms: number;
    pasted_ms: number;
    page: Resource[];
    query_resources: Resource[];
  };
  const latency: Record<
    string,
    {
      pagefind: { coldMs: number; medianMs: number; p95Ms: number; queries: number };
      palette: {
        medianMs: number;
        p95Ms: number;
        keystrokes: number;
        openBytes: number;
        /** The same with JS and JSON counted gzip -9, as a compressing server sends them. */
        openGzip: number;
      };
    }
  > = {};
  try {
    // (1) Bytes of the first full-text query on the search page.
    {
      const search = await measureSearchPage(
        browser,
        server.url,
        dist,
        '/zh-cn/search/',
        '退款时效',
      );
      firstQuery = {
        query: search.first.query,
        status: search.first.status,
        results: search.first.results,
        ms: search.first.ms,
        pasted_ms: search.pasted.ms,
        page: search.open,
        query_resources: search.first.resources,
      };
    }

    for (const locale of ['zh-cn', 'en'] as const) {
      // (2) Pagefind latency, in a fresh context so the first query is cold.
      const { context, page, requests } = await freshContext(browser, server.url, dist);
      await page.goto(`/${locale}/`, { waitUntil: 'networkidle' });
      const times = await measurePagefindLatency(page, queries.pagefind[locale]);
      const warm = times.slice(1);

      // (3) Palette latency per keystroke: from the input event to the listbox update.
      const palettePage = await context.newPage();
      await palettePage.goto(`/${locale}/`, { waitUntil: 'networkidle' });
      const palette = await measurePalette(
        palettePage,
        requests.take,
        locale,
        queries.palette[locale],
      );
      const keystrokes = palette.keystrokes;
      await context.close();

      latency[locale] = {
        pagefind: {
          coldMs: round(times[0]!),
          medianMs: round(median(warm)),
          p95Ms: round(p95(warm)),
          queries: times.length,
        },
        palette: {
          medianMs: round(median(keystrokes), 2),
          p95Ms: round(p95(keystrokes), 2),
          keystrokes: keystrokes.length,
          openBytes: sum(palette.open, 'bytes'),
          openGzip: sum(palette.open, 'gzip'),
        },
      };
    }
  } finally {
    await browser.close();
    await server.close();
  }

  // Report
  const cpu = cpus();
  const machine = {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: round(totalmem() / 1024 ** 3),
    node: process.version,
  };
  const pfInit = firstQuery.page.filter((r) => r.path.startsWith('/pagefind/'));
  const result = {
    date: new Date().toISOString(),
    machine,
    articles: { total, ...counts },
    seed,
    build: {
      wallClockMs: Math.round(buildMs),
      cpuMs: Math.round(build.cpuUserMs + build.cpuSystemMs),
      cpuMsPerArticle: round((build.cpuUserMs + build.cpuSystemMs) / total),
      peakRssMiB: round(build.peakRssBytes / 1024 ** 2),
      largestProcess: build.largestProcess,
      indexedPages: Number(indexed[1]),
      indexMs: Number(indexed[2]),
    },
    pagefindBytes: { total: pagefindTotal, shared: sharedBytes, perLanguage },
    paletteIndex,
    searchPageInit: { bytes: sum(pfInit, 'bytes'), resources: pfInit },
    firstQuery: {
      query: firstQuery.query,
      status: firstQuery.status,
      results: firstQuery.results,
      ms: round(firstQuery.ms),
      pastedMs: round(firstQuery.pasted_ms),
      bytes: sum(firstQuery.query_resources, 'bytes'),
      gzipJsJson: sum(firstQuery.query_resources, 'gzip'),
      resources: firstQuery.query_resources,
    },
    latency,
    benchmarkMs: 0,
  };
  result.benchmarkMs = Math.round(performance.now() - started);

  const rows: [string, string][] = [
    [
      'Machine',
      `${machine.cpu} × ${machine.cores}, ${machine.memoryGiB} GiB RAM, Node ${machine.node}`,
    ],
    ['Articles', `${total} (${counts.zh} zh-cn, ${counts.en} en)`],
    ['Astro build, wall clock', `${round(buildMs / 1000)} s`],
    [
      'Astro build, CPU (user + system, whole tree)',
      `${round(result.build.cpuMs / 1000)} s, ${result.build.cpuMsPerArticle} ms per article; peak memory ${result.build.peakRssMiB} MiB`,
    ],
    ['Index build (Pagefind)', `${result.build.indexMs} ms for ${result.build.indexedPages} pages`],
    ['dist/pagefind total', `${kb(pagefindTotal)} (${pfFiles.length} files)`],
    ...Object.entries(perLanguage).map(([lang, l]): [string, string] => [
      `dist/pagefind ${lang}`,
      `${kb(l.bytes)} (${l.files} files, ${l.pages} pages)`,
    ]),
    ['dist/pagefind shared (JS, CSS, wasm)', kb(sharedBytes)],
    ...Object.entries(paletteIndex).map(([locale, p]): [string, string] => [
      `Palette index ${locale}`,
      `${p.shards} shards, ${kb(p.bytes)} (gzip -9 ${kb(p.gzip)}); per shard gzip median ${kb(p.shardGzip.median)}, p95 ${kb(p.shardGzip.p95)}, max ${kb(p.shardGzip.max)}; head ${kb(p.headGzip)}`,
    ]),
    ['Search page, Pagefind init', `${kb(result.searchPageInit.bytes)} (${pfInit.length} files)`],
    [
      `First full-text query “${firstQuery.query}”`,
      `${kb(result.firstQuery.bytes)} raw, ${kb(result.firstQuery.gzipJsJson)} with JSON/JS gzip -9 (${firstQuery.query_resources.length} files) in ${round(firstQuery.ms)} ms; “${firstQuery.status}”`,
    ],
    ...Object.entries(latency).flatMap(([locale, l]): [string, string][] => [
      [
        `Pagefind query ${locale} (search + 10 × data())`,
        `cold ${l.pagefind.coldMs} ms; median ${l.pagefind.medianMs} ms, p95 ${l.pagefind.p95Ms} ms (${l.pagefind.queries - 1} warm)`,
      ],
      [
        `Palette keystroke ${locale}`,
        `median ${l.palette.medianMs} ms, p95 ${l.palette.p95Ms} ms (${l.palette.keystrokes} keystrokes); opening loads ${kb(l.palette.openBytes)} (${kb(l.palette.openGzip)} with JSON/JS gzip -9)`,
      ],
    ]),
    ['Benchmark total', `${round(result.benchmarkMs / 1000)} s`],
  ];
  console.log(
    `| Measure | Value |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}`,
  );
  console.log('\nFirst query fetched:');
  for (const r of firstQuery.query_resources)
    console.log(`  ${r.path}  ${r.bytes} B${r.gzip !== r.bytes ? ` (gzip -9 ${r.gzip} B)` : ''}`);

  mkdirSync(join(repo, '.bench'), { recursive: true });
  const out = join(repo, '.bench', `search-${total}.json`);
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nWritten to ${relative(repo, out)}`);
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  if (args.keep) console.error(`Kept ${tmp}`);
  else {
    try {
      unlinkSync(join(tmp, 'node_modules'));
    } catch {
      // not linked yet
    }
    removeTempProject(tmp);
  }
}
process.exitCode = exitCode;
