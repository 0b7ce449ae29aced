import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * A throwaway copy of the project for a real `astro build` (tests, benchmarks): configuration,
 * `src/`, `data/`, `public/` and whichever content folders are asked for are copied, so edits made
 * elsewhere meanwhile cannot leak in. `node_modules` is a real folder whose entries link to the
 * repository's packages: Astro's content store (`node_modules/.astro`) and Vite's cache
 * (`node_modules/.vite`) then stay inside the copy instead of overwriting the project's own.
 * `options.content` copies another folder of the repository (a test fixture) as `content/`.
 */
export function createTempProject(
  prefix: string,
  copy: readonly string[] = [],
  options: { content?: string } = {},
): string {
  const root = mkdtempSync(join(tmpdir(), `${prefix}-`));
  for (const item of [
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
    'src',
    'data',
    'public',
    ...copy,
  ]) {
    cpSync(join(repoRoot, item), join(root, item), { recursive: true });
  }
  if (options.content) {
    cpSync(join(repoRoot, options.content), join(root, 'content'), { recursive: true });
  }
  const modules = join(root, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(repoRoot, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(join(repoRoot, 'node_modules', entry), join(modules, entry));
  }
  return root;
}

export const removeTempProject = (root: string): void =>
  rmSync(root, { recursive: true, force: true });

/** The date every child build is pinned to, so its "review due" and "overdue" results repeat. */
export const pinnedBuildDate = '2026-11-23';

/** The environment for a child `astro build`: pinned date, no colour, none of the test runner's variables. */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BUILD_DATE: pinnedBuildDate,
    NO_COLOR: '1',
    // Messages in English whatever the machine's LANG, so tests can pin them.
    HANDBOOK_LANG: 'en',
    ...extra,
  };
  // Vitest copies Vite's `import.meta.env` (BASE_URL, MODE, DEV, PROD, SSR) into process.env; a
  // child build would inherit them and, for one, take BASE_URL over the configured base.
  const inherited = new Set(['NODE_ENV', 'FORCE_COLOR', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
  for (const name of Object.keys(env)) {
    if (name.startsWith('VITEST') || inherited.has(name)) delete env[name];
  }
  return env;
}

/** What a child `astro build` left: its exit, and its output without colour codes. */
export interface TempBuild {
  status: number | null;
  signal: NodeJS.Signals | null;
  /** Set when the build could not be started or ran past its time. */
  error: Error | undefined;
  output: string;
}

/** Run `astro build` in a temporary project with {@link buildEnv}, bounded by `timeoutMs`. */
export function buildTempProject(
  root: string,
  timeoutMs: number,
  env: Record<string, string> = {},
): TempBuild {
  const run = spawnSync('npx', ['astro', 'build'], {
    cwd: root,
    env: buildEnv(env),
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  return {
    status: run.status,
    signal: run.signal,
    error: run.error,
    output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`),
  };
}
