import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server.ts';

/** The build date every browser test sees, so "review due" and "overdue" never drift. */
export const E2E_BUILD_DATE = '2026-11-23';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Build the sample site once (unless E2E_SKIP_BUILD=1 and a build exists, as `npm test` does
 * right after its own build) and serve it on a free loopback port for the whole run.
 */
export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  // E2E_DIST serves a site built elsewhere (a private copy) without building.
  const dist = process.env['E2E_DIST'] ? resolve(process.env['E2E_DIST']) : resolve(root, 'dist');
  if (!process.env['E2E_DIST'] && (process.env['E2E_SKIP_BUILD'] !== '1' || !existsSync(dist))) {
    execFileSync('npx', ['astro', 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, BUILD_DATE: E2E_BUILD_DATE },
    });
  }
  const server = await serveStatic(dist);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
