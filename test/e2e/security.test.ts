/**
 * Issue 6, item 7 and 8 acceptance: "hostile content runs no script in Chromium", and the strict
 * Content-Security-Policy leaves every legitimate feature working with no violation at all.
 *
 * 1. The sample site (the run's shared build): every page type carries the policy, and opening,
 *    searching, the palette, reply templates and report charts raise no `securitypolicyviolation`.
 * 2. Its own build of the sample site plus test/fixtures/hostile/ (payloads in the body, in front
 *    matter, in MDX): every payload would set `window.__pwned`, change the title or open a dialog.
 *    Nothing does — on the article, the search page, the palette and the tag index — while the
 *    page's own features still work. A last page with the payloads spliced in unsanitised shows
 *    the policy alone blocks them (defence in depth).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser/chromium.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import {
  buildEnv,
  createTempProject,
  removeTempProject,
  repoRoot,
} from '../../scripts/lib/temp-project.ts';
import { baseUrl } from './harness.ts';

interface Watched {
  page: Page;
  dialogs: string[];
  /** Chromium's console reports of blocked resources ("Refused to …"). */
  cspConsole: string[];
  errors: string[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Open `path` with traps set before any of the page's own script runs. */
async function open(origin: string, path: string): Promise<Watched> {
  const context = await browser.newContext({
    baseURL: origin,
    viewport: { width: 1280, height: 900 },
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        w.__violations.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
        ),
      true,
    );
  });
  const page = await context.newPage();
  const watched: Watched = { page, dialogs: [], cspConsole: [], errors: [] };
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) watched.cspConsole.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  return watched;
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
const pwned = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);

/** The page's policy, directive by directive. */
async function policy(page: Page): Promise<Map<string, string[]>> {
  const content = await page
    .locator('meta[http-equiv="content-security-policy"]')
    .getAttribute('content');
  const directives = new Map<string, string[]>();
  for (const part of (content ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

async function openPalette(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const input = page.locator('[data-quick-find-input]');
  await input.waitFor();
  await input.fill(query);
  await page.locator('[role="option"].qf-full', { hasText: query }).waitFor();
}

async function searchFor(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const region = document.querySelector('[data-search-results-region]');
    return (
      region?.getAttribute('aria-busy') === 'false' &&
      document.querySelectorAll('[data-search-results] > li').length > 0
    );
  });
  // Pagefind itself answered, not the palette index it falls back to when it cannot load.
  await expect(page.locator('[data-search-status]').textContent()).resolves.not.toMatch(
    /npm run build|dev preview/,
  );
}

describe('the sample site under its Content-Security-Policy', () => {
  const cases: { label: string; path: string; act?: (page: Page) => Promise<void> }[] = [
    { label: 'home', path: '/zh-cn/' },
    { label: 'article', path: '/en/kb/billing/invoice-faq/' },
    {
      label: 'reply-template article (filled in)',
      path: '/en/kb/returns/refund-confirmation-template/',
      act: async (page) => {
        const template = page.locator('[data-reply-template]').first();
        await template.locator('[data-field="customer"]').fill('Ms Wang');
        await expect(template.locator('[data-preview]').textContent()).resolves.toContain(
          'Ms Wang',
        );
      },
    },
    { label: 'search page with a query', path: '/en/search/?q=refund', act: searchFor },
    {
      label: 'quick-find palette',
      path: '/en/',
      act: (page) => openPalette(page, 'refund'),
    },
    {
      label: 'report (charts drawn)',
      path: '/en/reports/2026-q3/',
      act: async (page) => {
        await page.waitForFunction(
          () => document.querySelectorAll('.chart-box:not([hidden]) canvas').length > 0,
        );
      },
    },
    { label: 'roadmap', path: '/en/roadmap/' },
  ];

  for (const { label, path, act } of cases) {
    it(`${label}: strict policy, features work, zero violations`, async () => {
      const { page, dialogs, cspConsole, errors } = await open(baseUrl(), path);
      const directives = await policy(page);
      expect(directives.get('script-src')).toContain("'self'");
      expect(directives.get('script-src')).toContain("'wasm-unsafe-eval'");
      expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
      expect(directives.get('script-src')).not.toContain("'unsafe-eval'");
      expect(directives.has('script-src-attr')).toBe(false); // falls back to script-src: no handlers
      expect(directives.get('style-src')).not.toContain("'unsafe-inline'");
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('base-uri')).toEqual(["'self'"]);
      await act?.(page);
      // The theme toggle is revealed by the page's bundled script: scripts do run.
      await expect(page.locator('.theme-toggle').isVisible()).resolves.toBe(true);
      expect(await violations(page)).toEqual([]);
      expect(cspConsole).toEqual([]);
      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
      await page.context().close();
    });
  }
});

describe('hostile content', () => {
  let project = '';
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  const fixtures = join(repoRoot, 'test/fixtures/hostile');
  const TITLE = `Quokkapayload <script>window.__pwned='title'</script> & "quotes"`;

  beforeAll(async () => {
    project = createTempProject('security-hostile', ['content']);
    const target = join(project, 'content/kb/en/tools');
    mkdirSync(target, { recursive: true });
    for (const file of readdirSync(fixtures)) cpSync(join(fixtures, file), join(target, file));
    const build = spawnSync('npx', ['astro', 'build'], {
      cwd: project,
      env: buildEnv(),
      encoding: 'utf8',
      timeout: 280_000,
    });
    const output = stripVTControlCharacters(`${build.stdout}\n${build.stderr}`);
    if (build.status !== 0) throw new Error(`hostile build failed:\n${output.slice(-3000)}`);
    const dist = join(project, 'dist');
    // The same article with payloads spliced in past the sanitiser: only the policy stands.
    const article = readFileSync(join(dist, 'en/kb/tools/hostile-payloads/index.html'), 'utf8');
    const probe = article.replace(
      /<main[^>]*>/,
      (main) =>
        `${main}<script>window.__pwned='probe-script'</script>` +
        `<img src="/x.png" onerror="window.__pwned='probe-img'">` +
        `<a id="probe-link" href="javascript:window.__pwned='probe-href'">probe</a>`,
    );
    mkdirSync(join(dist, 'csp-probe'));
    writeFileSync(join(dist, 'csp-probe/index.html'), probe);
    server = await serveStatic(dist);
  }, 300_000);

  afterAll(async () => {
    await server?.close();
    if (project) removeTempProject(project);
  });

  const origin = () => server!.url;

  /**
   * The page has done what it will do: no request in flight, and the main thread idle (a payload's
   * timers and handlers would have run by then). A state, not a fixed sleep.
   */
  async function settled(page: Page): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5_000 })),
    );
  }

  /** Hover, click and toggle everything a payload hangs on, then let timers fire. */
  async function provoke(page: Page): Promise<void> {
    for (const selector of ['main b', 'main div', 'main img', 'main details']) {
      for (const element of await page.locator(selector).all()) {
        if (await element.isVisible()) await element.hover({ timeout: 2_000 }).catch(() => {});
      }
    }
    for (const id of [
      'hostile-a',
      'hostile-a-tab',
      'hostile-a-entities',
      'hostile-a-data',
      'hostile-submit',
    ]) {
      const target = page.locator(`[id$="${id}"]`);
      if (await target.count())
        await target
          .first()
          .click({ timeout: 2_000 })
          .catch(() => {});
    }
    await settled(page);
  }

  /** Nothing executable left in the article body, whatever the tag or attribute. */
  const leftovers = (page: Page) =>
    page.locator('main').evaluate((main) => {
      const found: string[] = [];
      for (const el of main.querySelectorAll(
        'iframe, object, embed, form, base, meta, style, svg, math, noscript, link',
      ))
        found.push(`<${el.localName}>`);
      // Components bring their own bundled scripts; every payload names __pwned.
      for (const el of main.querySelectorAll('script')) {
        if (/__pwned/.test(`${el.getAttribute('src') ?? ''} ${el.textContent ?? ''}`))
          found.push('<script>');
      }
      for (const el of main.querySelectorAll('*')) {
        for (const attribute of el.attributes) {
          if (attribute.name.startsWith('on')) found.push(`${el.localName}[${attribute.name}]`);
          if (
            ['href', 'src', 'action', 'formaction', 'data', 'srcdoc'].includes(attribute.name) &&
            /^\s*(javascript|data|vbscript):/i.test(
              attribute.value.replace(/[\s\u0000-\u001f]/g, ''),
            )
          )
            found.push(`${el.localName}[${attribute.name}=${attribute.value}]`);
        }
      }
      return found;
    });

  it('the article: no payload runs; title and description show the text escaped', async () => {
    const { page, dialogs, cspConsole, errors } = await open(
      origin(),
      '/en/kb/tools/hostile-payloads/',
    );
    await provoke(page);
    expect(await pwned(page)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(await page.title()).toBe(`${TITLE} · Service Handbook`);
    await expect(page.locator('h1').textContent()).resolves.toContain(TITLE);
    await expect(
      page.locator('meta[name="description"]').getAttribute('content'),
    ).resolves.toContain(`<img src=x onerror="window.__pwned='summary'">`);
    expect(await leftovers(page)).toEqual([]);
    // The page still works: scripts run, legitimate markup survives, the payload in code is text.
    await expect(page.locator('.theme-toggle').isVisible()).resolves.toBe(true);
    await expect(page.locator('main table th').first().textContent()).resolves.toBe('Channel');
    await expect(page.locator('main details kbd').count()).resolves.toBe(2);
    await expect(
      page.locator('main code', { hasText: `<img src=x onerror="window.__pwned='code'">` }).count(),
    ).resolves.toBeGreaterThan(0);
    await expect(page.locator('h2#scripts-and-handlers').count()).resolves.toBe(1);
    await expect(
      page.locator('nav.toc a[href="#links-and-frames"]').count(),
    ).resolves.toBeGreaterThan(0);
    await openPalette(page, 'quokkapayload');
    await expect(page.locator('[role="option"] .qf-title').first().textContent()).resolves.toBe(
      TITLE,
    );
    expect(await pwned(page)).toBeNull();
    expect(await violations(page)).toEqual([]);
    expect(cspConsole).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the MDX template with pasted HTML: nothing runs, the reply template still works', async () => {
    const { page, dialogs, errors } = await open(origin(), '/en/kb/tools/hostile-template/');
    await provoke(page);
    await page.locator('[id$="hostile-mdx-a"]').click();
    expect(await pwned(page)).toBeNull();
    expect(await leftovers(page)).toEqual([]);
    const template = page.locator('[data-reply-template]').first();
    await template.locator('[data-field="customer"]').fill('Ms Wang');
    await expect(template.locator('[data-preview]').textContent()).resolves.toContain('Ms Wang');
    expect(await violations(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the search page lists the article with its title and excerpt as text', async () => {
    const { page, dialogs, errors } = await open(origin(), '/en/search/?q=quokkapayload');
    await searchFor(page);
    const titles = await page.locator('[data-search-results] > li h2 a').allTextContents();
    expect(titles).toContain(TITLE);
    await expect(
      page.locator('[data-search-results] script, [data-search-results] img').count(),
    ).resolves.toBe(0);
    await page.locator('[data-search-results] > li').first().hover();
    expect(await pwned(page)).toBeNull();
    expect(await violations(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the tag index and quick-find data carry the front-matter payloads as inert text', async () => {
    const { page, dialogs } = await open(origin(), '/en/tags/');
    await expect(page.locator('main').textContent()).resolves.toContain(
      '<svg onload=window.__pwned=1>',
    );
    await expect(page.locator('main svg, main script').count()).resolves.toBe(0);
    // The palette's data files: valid JSON (nothing broke out of a string) holding the title as is.
    const strings: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    const folder = join(project, 'dist/en/quick-find');
    for (const file of readdirSync(folder))
      collect(JSON.parse(readFileSync(join(folder, file), 'utf8')));
    expect(strings).toContain(TITLE);
    expect(await pwned(page)).toBeNull();
    expect(await violations(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });

  it('payloads spliced in past the sanitiser are blocked by the policy alone', async () => {
    const { page, dialogs } = await open(origin(), '/csp-probe/');
    await page.locator('#probe-link').click();
    await settled(page);
    expect(await pwned(page)).toBeNull();
    expect(dialogs).toEqual([]);
    const blocked = await violations(page);
    expect(blocked.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true);
    expect(blocked.some((v) => v.startsWith('script-src-attr blocked inline'))).toBe(true);
    // The policy blocks only what was spliced in: the page's own scripts still run.
    await expect(page.locator('.theme-toggle').isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});
