import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const NAME = 'service-handbook:atomic-output';

/** Where a build stages its output, and where a swap parks the previous site for a moment. */
export const stagingPaths = (outDir: string, pid: number) => ({
  staging: join(dirname(outDir), `.${basename(outDir)}-building-${pid}`),
  previous: join(dirname(outDir), `.${basename(outDir)}-previous-${pid}`),
});

const LEFTOVER = (outDir: string) =>
  new RegExp(
    `^\\.${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(building|previous)-(\\d+)$`,
  );

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Folders an interrupted build (Ctrl-C, a killed CI job) left beside `outDir`. A `previous`
 * folder is only left when a swap died half-way; if `outDir` itself is missing then, it is the
 * last good site and is put back rather than deleted.
 */
export function removeLeftovers(outDir: string): string[] {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  const pattern = LEFTOVER(outDir);
  const removed: string[] = [];
  for (const entry of readdirSync(parent)) {
    const match = pattern.exec(entry);
    if (!match || alive(Number(match[2]))) continue;
    const path = join(parent, entry);
    if (match[1] === 'previous' && !existsSync(outDir)) renameSync(path, outDir);
    else rmSync(path, { recursive: true, force: true });
    removed.push(entry);
  }
  return removed;
}

/**
 * Put the finished build in place of `outDir`. Two renames on one filesystem: the old site is out
 * of the way for an instant only, and is restored if the second rename fails.
 */
export function swapInto(staging: string, outDir: string, previous: string): void {
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, outDir);
    throw error;
  }
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
}

/**
 * Atomic output: `astro build` writes into a temporary folder beside `outDir` (`.dist-building-<pid>`)
 * and replaces `outDir` only once every page is rendered and every later build step (Pagefind,
 * sitemap) has finished. A build that fails at any point leaves the previous site exactly as it
 * was, and its temporary folder is removed on exit (or by the next build, if it was killed).
 * Works with `--outDir` and a configured `outDir`. Does nothing in `astro dev` and `astro preview`.
 *
 * Must be the last integration with an `astro:build:done` hook, so nothing writes after the swap.
 */
export function atomicOutput(): AstroIntegration {
  let outDir = '';
  let staging = '';
  let previous = '';
  const cleanUp = () => {
    if (staging) rmSync(staging, { recursive: true, force: true });
  };
  return {
    name: NAME,
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
        ({ staging, previous } = stagingPaths(outDir, process.pid));
        const removed = removeLeftovers(outDir);
        if (removed.length)
          logger.info(`removed what an interrupted build left: ${removed.join(', ')}`);
        // build.client/server were resolved against the configured outDir; move them along.
        const within = (url: URL) =>
          pathToFileURL(`${join(staging, relative(outDir, fileURLToPath(url)))}/`);
        updateConfig({
          outDir: pathToFileURL(`${staging}/`),
          build: { client: within(config.build.client), server: within(config.build.server) },
        });
        process.once('exit', cleanUp);
      },
      'astro:config:done': ({ config }) => {
        if (!staging) return;
        const index = config.integrations.findIndex((integration) => integration.name === NAME);
        const later = config.integrations
          .slice(index + 1)
          .filter((integration) => integration.hooks['astro:build:done'])
          .map((integration) => integration.name);
        if (later.length) {
          throw new Error(
            `astro.config.mjs: atomicOutput() must come after ${later.join(', ')} in \`integrations\`: ` +
              'they write files when the build is done, and would write after the swap. Move atomicOutput() to the end.',
          );
        }
      },
      'astro:build:done': ({ logger }) => {
        if (!staging) return;
        swapInto(staging, outDir, previous);
        process.off('exit', cleanUp);
        logger.info(`wrote ${relative(process.cwd(), outDir) || outDir}/`);
      },
    },
  };
}
