/**
 * A public build (SITE_AUDIENCE=public) as a reader sees it, in Chromium: the fixture in
 * test/fixtures/audience built in a throwaway project (test/unit/build-audience.test.ts scans the
 * same build's bytes). The navigation offers no management section, search finds public articles
 * and nothing internal, and the pages stay accessible.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser/chromium.ts';
import { searchPageResults } from '../../scripts/lib/browser/search-page.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { buildEnv, createTempProject, removeTempProject } from '../../scripts/lib/temp-project.ts';
import { expectNoAxeViolations } from './harness.ts';

let project: string;
let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  project = createTempProject('audience-e2e', [], { content: 'test/fixtures/audience' });
  const build = spawnSync('npx', ['astro', 'build'], {
    cwd: project,
    env: buildEnv({ SITE_AUDIENCE: 'public' }),
    encoding: 'utf8',
    timeout: 100_000,
  });
  if (build.status !== 0) throw new Error(`public build failed:\n${build.stderr.slice(-3000)}`);
  server = await serveStatic(join(project, 'dist'));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (project) removeTempProject(project);
});

async function open(path: string): Promise<Page> {
  const context = await browser!.newContext({
    baseURL: server!.url,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  return page;
}

async function searchResults(page: Page, locale: string, query: string): Promise<string[]> {
  const hrefs = await searchPageResults(page, locale, query);
  return hrefs.map((href) => href.split('?')[0]!);
}

describe('a public build in the browser', () => {
  it('offers only the knowledge-base sections and the learning paths in the navigation', async () => {
    for (const locale of ['zh-cn', 'en']) {
      const page = await open(`/${locale}/`);
      const links = await page
        .getByRole('navigation', { name: locale === 'en' ? 'Main navigation' : '主导航' })
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links).toEqual([
        `/${locale}/`,
        `/${locale}/kb/`,
        `/${locale}/tags/`,
        `/${locale}/training/`,
      ]);
      await expectNoAxeViolations(page, `public /${locale}/`);
      await page.context().close();
    }
  });

  it('finds public articles with full-text search and nothing internal', async () => {
    const page = await open('/en/search/');
    expect(await searchResults(page, 'en', 'zqxpublicinvoice')).toEqual([
      '/en/kb/billing/invoice-copies/',
    ]);
    expect(await searchResults(page, 'en', 'zqxleaktitle4')).toEqual([]);
    expect(await searchResults(page, 'en', 'chargeback')).toEqual([]);
    await page.context().close();
  });

  it('sends the language switch of an article whose translation is internal to the other knowledge base', async () => {
    const page = await open('/zh-cn/kb/returns/refund-basics/');
    await expect(page.getByTestId('translation-link').count()).resolves.toBe(0);
    const target = await page.getByTestId('language-switch').getAttribute('href');
    expect(target).toBe('/en/kb/');
    await page.context().close();
  });
});
