/**
 * `npm run bench -- --vs-starlight`: the product and Starlight built clean in turns (A B A B …) on
 * the same imported corpus, then a one-article rebuild of the product, then what a reader downloads
 * for an article page and for opening search on each. Only ratios of medians taken in this one run
 * are meant to be quoted.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';
import { serveStatic } from '../static-server.ts';
import type { Figure } from './budgets.ts';
import { measureBuild, walk, type BuildMeasure } from './build.ts';
import { findPageTypes, freshContext, loadFully, totals } from './page-weight.ts';
import { measurePalette } from './search.ts';
import {
  firstStarlightArticle,
  installStarlight,
  installedVersions,
  makeClean,
  writeStarlightSite,
} from './starlight.ts';
import { median, round } from './stats.ts';

export interface SideBySide {
  figures: Figure[];
  note: string;
  details: Record<string, unknown>;
}

interface Options {
  /** The product's temporary project, with the corpus already imported under content/kb/zh-cn/. */
  product: string;
  articles: number;
  runs: number;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

const cpu = (b: BuildMeasure) => b.cpuUserMs + b.cpuSystemMs;

async function build(dir: string, env: NodeJS.ProcessEnv, what: string): Promise<BuildMeasure> {
  const result = await measureBuild(dir, env);
  if (result.code !== 0) {
    console.error(result.output.split('\n').slice(-40).join('\n'));
    throw new Error(
      `${what}: astro build in ${dir} exited with ${result.code}; its last lines are above`,
    );
  }
  return result;
}

/** Ratio figure: the product's median over Starlight's. */
const ratio = (id: string, label: string, product: number, starlight: number): Figure => ({
  id,
  label,
  value: product / starlight,
  unit: 'ratio',
});

export async function compareWithStarlight(options: Options): Promise<SideBySide> {
  const { product, runs, env, log } = options;
  const cache = installStarlight(env, log);
  const versions = installedVersions(cache);
  log(
    `Starlight side: ${Object.entries(versions)
      .map(([n, v]) => `${n} ${v}`)
      .join(', ')}`,
  );
  const site = cache;
  const starlightArticles = writeStarlightSite(site, join(product, 'content/kb/zh-cn'));
  log(`wrote ${starlightArticles} articles into the Starlight site ${site}`);

  const ours: BuildMeasure[] = [];
  const theirs: BuildMeasure[] = [];
  for (let i = 1; i <= runs; i++) {
    makeClean(product);
    log(`run ${i}/${runs}: product, clean …`);
    ours.push(await build(product, env, 'product'));
    log(`  ${round(ours.at(-1)!.wallMs / 1000)} s`);
    makeClean(site);
    log(`run ${i}/${runs}: Starlight, clean …`);
    theirs.push(await build(site, env, 'Starlight'));
    log(`  ${round(theirs.at(-1)!.wallMs / 1000)} s`);
  }

  // One article edited after a build: what the next build costs with every cache kept.
  const rebuilds: BuildMeasure[] = [];
  const edited = walk(join(product, 'content/kb/zh-cn')).find((f) => /\.mdx?$/.test(f))!;
  const original = readFileSync(edited, 'utf8');
  makeClean(product);
  log('product: a clean build to warm the caches for the rebuilds …');
  await build(product, env, 'product (warm-up)');
  for (let i = 1; i <= runs; i++) {
    appendFileSync(
      edited,
      `\n\n编辑 ${i}：本段由基准测试追加，用来测量只改一篇文章后的重新构建。\n`,
    );
    log(`rebuild ${i}/${runs} after editing ${edited.slice(product.length + 1)} …`);
    rebuilds.push(await build(product, env, 'product rebuild'));
    log(`  ${round(rebuilds.at(-1)!.wallMs / 1000)} s`);
  }
  writeFileSync(edited, original);

  const med = (list: BuildMeasure[], f: (b: BuildMeasure) => number) => median(list.map(f));
  const wall = { ours: med(ours, (b) => b.wallMs), theirs: med(theirs, (b) => b.wallMs) };
  const cpuTime = { ours: med(ours, cpu), theirs: med(theirs, cpu) };
  const peak = {
    ours: med(ours, (b) => b.peakRssBytes),
    theirs: med(theirs, (b) => b.peakRssBytes),
  };
  const rebuild = med(rebuilds, (b) => b.wallMs);
  const spread = (list: BuildMeasure[]) =>
    `${list.map((b) => round(b.wallMs / 1000)).join(' / ')} s`;

  const figures: Figure[] = [
    {
      id: 'vs.product.wall',
      label: `Product, clean build, median wall time of ${runs}`,
      value: wall.ours,
      unit: 'ms',
      note: spread(ours),
    },
    {
      id: 'vs.starlight.wall',
      label: `Starlight, clean build, median wall time of ${runs}`,
      value: wall.theirs,
      unit: 'ms',
      note: spread(theirs),
    },
    ratio('vs.wall.ratio', 'Wall time, product ÷ Starlight', wall.ours, wall.theirs),
    {
      id: 'vs.product.cpu',
      label: 'Product, CPU time (all processes), median',
      value: cpuTime.ours,
      unit: 'ms',
    },
    {
      id: 'vs.starlight.cpu',
      label: 'Starlight, CPU time (all processes), median',
      value: cpuTime.theirs,
      unit: 'ms',
    },
    ratio('vs.cpu.ratio', 'CPU time, product ÷ Starlight', cpuTime.ours, cpuTime.theirs),
    {
      id: 'vs.product.peakRss',
      label: 'Product, peak memory of the process tree, median',
      value: peak.ours,
      unit: 'bytes',
    },
    {
      id: 'vs.starlight.peakRss',
      label: 'Starlight, peak memory of the process tree, median',
      value: peak.theirs,
      unit: 'bytes',
    },
    ratio('vs.peakRss.ratio', 'Peak memory, product ÷ Starlight', peak.ours, peak.theirs),
    {
      id: 'vs.product.rebuild',
      label: `Product, rebuild after editing one article, median of ${runs}`,
      value: rebuild,
      unit: 'ms',
      note: spread(rebuilds),
    },
    ratio('vs.rebuild.ratio', 'One-article rebuild ÷ clean build (product)', rebuild, wall.ours),
  ];

  figures.push(...(await weights(product, site)));
  return {
    figures,
    note: `Side by side on the same ${options.articles.toLocaleString('en-US')} imported articles, clean builds in turns (product, Starlight, × ${runs}); Starlight side: ${Object.entries(
      versions,
    )
      .map(([n, v]) => `${n} ${v}`)
      .join(', ')}. Only the ratios are comparable across days.`,
    details: { versions, ours, theirs, rebuilds, site },
  };
}

/** Article page and opening search, gzip bytes, on each site served by a compressing host. */
async function weights(product: string, site: string): Promise<Figure[]> {
  const browser: Browser = await launchChromium();
  const figures: Figure[] = [];
  try {
    const ourDist = join(product, 'dist');
    const ourServer = await serveStatic(ourDist, { compress: true });
    try {
      const { article } = findPageTypes(ourDist);
      const { context, page, requests } = await freshContext(browser, ourServer.url, ourDist);
      await loadFully(page, article);
      figures.push({
        id: 'vs.product.article.gzip',
        label: 'Product, article page, first visit, gzip',
        value: totals(await requests.take()).total.gzip,
        unit: 'bytes',
      });
      const title = (await page.locator('h1').first().innerText()).slice(0, 4);
      const palette = await measurePalette(page, requests.take, 'zh-cn', [title]);
      figures.push({
        id: 'vs.product.search.gzip',
        label: 'Product, opening search (palette) and a first query, gzip',
        value: totals(palette.open).total.gzip,
        unit: 'bytes',
      });
      await context.close();
    } finally {
      await ourServer.close();
    }
    const theirDist = join(site, 'dist');
    const theirServer = await serveStatic(theirDist, { compress: true });
    try {
      const { context, page, requests } = await freshContext(browser, theirServer.url, theirDist);
      await loadFully(page, firstStarlightArticle(theirDist));
      figures.push({
        id: 'vs.starlight.article.gzip',
        label: 'Starlight, article page, first visit, gzip',
        value: totals(await requests.take()).total.gzip,
        unit: 'bytes',
      });
      const title = (await page.locator('h1').first().innerText()).slice(0, 4);
      await page.locator('button[data-open-modal]').first().click();
      await page.locator('.pagefind-ui__search-input').fill(title);
      await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      figures.push({
        id: 'vs.starlight.search.gzip',
        label: 'Starlight, opening search and a first query, gzip',
        value: totals(await requests.take()).total.gzip,
        unit: 'bytes',
      });
      await context.close();
    } finally {
      await theirServer.close();
    }
  } finally {
    await browser.close();
  }
  return figures;
}
