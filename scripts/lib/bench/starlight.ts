/**
 * The anchor of issue 17: the leading Astro docs theme, Starlight (with its own Pagefind search),
 * built on the same imported corpus on the same machine in the same benchmark run, so that only a
 * ratio measured side by side is quoted, never an absolute time from another day.
 *
 * The Starlight site is set up in a temporary folder from npm (the versions below, installed once
 * per version pair into a cache folder beside the system's temp files) and gets the same articles
 * the product's importer wrote: each article's Markdown body with its title and summary as
 * Starlight's `title` and `description`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { walk } from './build.ts';

/** The versions compared against; change them here to compare against a newer Starlight. */
export const STARLIGHT_PACKAGES = { astro: '7.3.5', '@astrojs/starlight': '0.42.4' } as const;

/**
 * Their dependencies are resolved as npm stood on this day (`npm install --before`), so every run
 * installs the same tree, and a package published since, which the reachable registry may list
 * before it can serve it, is not picked.
 */
export const STARLIGHT_RESOLVED_BEFORE = '2026-11-21';

/** Where the Starlight packages are installed once, reused by every later run. */
export const starlightCache = (): string =>
  join(
    tmpdir(),
    `handbook-bench-starlight-${STARLIGHT_PACKAGES.astro}-${STARLIGHT_PACKAGES['@astrojs/starlight']}`,
  );

/**
 * The native Astro compiler at the version this project's own install resolved. The registry a
 * machine can reach may lag behind npm's (here it lacked the Linux build of the compiler binding
 * 0.5.3 that Astro 7.3.5 asks for, and npm then installs without it and Astro cannot start), so
 * the Starlight side is pinned to the compiler the product builds with: the comparison then also
 * holds the compiler constant.
 */
function compilerOverrides(): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const name of ['@astrojs/compiler-rs', '@astrojs/compiler-binding']) {
    const file = fileURLToPath(
      new URL(`../../../node_modules/${name}/package.json`, import.meta.url),
    );
    if (existsSync(file))
      overrides[name] = (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return overrides;
}

/** Written once npm has installed everything and Astro's compiler loads. */
const INSTALLED = '.bench-installed';

/** Installs Starlight into the cache folder unless it is there already; returns that folder. */
export function installStarlight(env: NodeJS.ProcessEnv, log: (line: string) => void): string {
  const cache = starlightCache();
  if (existsSync(join(cache, INSTALLED))) return cache;
  // An earlier install that stopped halfway (or one without a loadable compiler) starts again.
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  const overrides = compilerOverrides();
  writeFileSync(
    join(cache, 'package.json'),
    `${JSON.stringify({ name: 'bench-starlight', private: true, type: 'module', dependencies: STARLIGHT_PACKAGES, overrides }, null, 2)}\n`,
  );
  log(
    `installing ${Object.entries(STARLIGHT_PACKAGES)
      .map(([n, v]) => `${n}@${v}`)
      .join(', ')} into ${cache} (compiler pinned: ${
      Object.entries(overrides)
        .map(([n, v]) => `${n} ${v}`)
        .join(', ') || 'no'
    }) …`,
  );
  execFileSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `--before=${STARLIGHT_RESOLVED_BEFORE}`,
    ],
    {
      cwd: cache,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  // Astro starts only if its native compiler binding loads: check now rather than mid-benchmark.
  execFileSync(process.execPath, ['-e', "import('@astrojs/compiler-binding')"], {
    cwd: cache,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  writeFileSync(join(cache, INSTALLED), `${new Date().toISOString()}\n`);
  return cache;
}

/** The versions actually installed (Pagefind comes with Starlight), for the report. */
export function installedVersions(cache: string): Record<string, string> {
  const version = (name: string) => {
    const file = join(cache, 'node_modules', name, 'package.json');
    return existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
      : 'missing';
  };
  return Object.fromEntries(
    ['astro', '@astrojs/starlight', 'pagefind'].map((name) => [name, version(name)]),
  );
}

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: 'Benchmark',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
    }),
  ],
});
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Writes the Starlight site into the install folder `site` (its own `node_modules`: linked
 * packages resolve outside the project, and Vite then leaves Starlight's `astro:` imports to
 * Node, which cannot load them), holding the articles below `kbLocaleDir` (the product's
 * `content/kb/<locale>/` after the import) at the same relative paths. Returns the article count.
 */
export function writeStarlightSite(site: string, kbLocaleDir: string): number {
  for (const dir of ['src', 'dist', '.astro'])
    rmSync(join(site, dir), { recursive: true, force: true });
  const docs = join(site, 'src/content/docs');
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(site, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(site, 'src/content.config.ts'), COLLECTIONS);
  let count = 0;
  for (const file of walk(kbLocaleDir).filter((f) => /\.mdx?$/.test(f))) {
    const { data, content } = matter(readFileSync(file, 'utf8'));
    const front = {
      title: String(data['title'] ?? 'Untitled'),
      ...(data['summary'] ? { description: String(data['summary']) } : {}),
    };
    // .md for both: the product's MDX is only for reply templates, which Starlight has no form of.
    const target = join(docs, relative(kbLocaleDir, file)).replace(/\.mdx$/, '.md');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, matter.stringify(content, front));
    count++;
  }
  writeFileSync(
    join(docs, 'index.md'),
    matter.stringify('The same articles as the product, for the benchmark.\n', {
      title: 'Benchmark',
    }),
  );
  return count;
}

/** Removes what makes a build warm (output and Astro's and Vite's caches): the next build is clean. */
export function makeClean(site: string): void {
  for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(join(site, dir), { recursive: true, force: true });
}

/** The first article page of a built Starlight site (not the index page). */
export function firstStarlightArticle(dist: string): string {
  const pages = walk(dist)
    .filter(
      (f) => f.endsWith('/index.html') && !f.includes('/_astro/') && !f.includes('/pagefind/'),
    )
    .map((f) => `/${relative(dist, dirname(f)).split('\\').join('/')}/`)
    .filter((p) => p !== '//' && p !== '/404/')
    .sort();
  const page = pages.find((p) => p.split('/').length > 3) ?? pages[0];
  if (!page) throw new Error(`${dist} holds no Starlight page: did the build write any?`);
  return page;
}
