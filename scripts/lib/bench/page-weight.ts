/**
 * What a browser downloads: every response of a browser context, sized three ways — raw (the file
 * on disk), gzip -9 of text files (what a compressing host sends; Pagefind's own files are already
 * compressed and count as they are) and on the wire (encoded body + headers, as Chromium saw it
 * from the server the benchmark runs, which gzips like a host when started with `compress`).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { textExtensions } from '../static-server.ts';
import { gzipFileBytes } from './stats.ts';

export type Kind = 'html' | 'css' | 'js' | 'json' | 'other';

export interface Resource {
  path: string;
  kind: Kind;
  /** Size of the file as built. */
  bytes: number;
  /** gzip -9 size for text files, the file's size otherwise. */
  gzip: number;
  /** Encoded body plus headers as received. */
  wire: number;
}

/** The kind of a fetched path, from its extension (a path ending in `/` is a page). */
export function kindOf(path: string): Kind {
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  const ext = extname(path);
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.json') return 'json';
  return 'other';
}

export interface Totals {
  bytes: number;
  gzip: number;
  wire: number;
  files: number;
}

/** Totals overall and per kind. */
export function totals(resources: readonly Resource[]): Record<Kind | 'total', Totals> {
  const zero = (): Totals => ({ bytes: 0, gzip: 0, wire: 0, files: 0 });
  const out: Record<Kind | 'total', Totals> = {
    html: zero(),
    css: zero(),
    js: zero(),
    json: zero(),
    other: zero(),
    total: zero(),
  };
  for (const r of resources) {
    for (const t of [out[r.kind], out.total]) {
      t.bytes += r.bytes;
      t.gzip += r.gzip;
      t.wire += r.wire;
      t.files++;
    }
  }
  return out;
}

/**
 * Records every response a browser context receives from the network (not from its cache). From
 * the network events, not the Performance API: Pagefind fetches its index in a worker.
 */
export function recordRequests(context: BrowserContext, dist: string) {
  let pending: Promise<Resource | undefined>[] = [];
  const toResource = async (request: Request): Promise<Resource | undefined> => {
    const url = new URL(request.url());
    if (!url.protocol.startsWith('http')) return undefined;
    const path = decodeURIComponent(url.pathname);
    const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
    const onDisk = existsSync(file) && statSync(file).isFile();
    const sizes = await request.sizes().catch(() => undefined);
    const wire = sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0;
    // Served from the browser's cache: nothing crossed the network.
    if (sizes && wire === 0) return undefined;
    const bytes = onDisk ? statSync(file).size : (sizes?.responseBodySize ?? 0);
    const text = textExtensions.has(extname(file));
    const gzip = onDisk && text ? gzipFileBytes(file) : bytes;
    return { path, kind: kindOf(path), bytes, gzip, wire };
  };
  context.on('requestfinished', (request) => pending.push(toResource(request)));
  return {
    /** The responses since the last call. */
    take: async (): Promise<Resource[]> => {
      const done = await Promise.all(pending);
      pending = [];
      return done.filter((r) => r !== undefined);
    },
  };
}

/** A fresh browser context (empty cache) whose responses are recorded. */
export async function freshContext(browser: Browser, baseURL: string, dist: string) {
  const context = await browser.newContext({ baseURL });
  const requests = recordRequests(context, dist);
  const page = await context.newPage();
  return { context, page, requests };
}

/** Loads a page and everything it loads by itself, scrolled to the end for lazy parts (charts). */
export async function loadFully(page: Page, path: string): Promise<void> {
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

export interface PageTypes {
  home: string;
  kb: string;
  article: string;
  template?: string | undefined;
  search: string;
  report?: string | undefined;
  roadmap: string;
  tags: string;
}

/**
 * One path per page type in a built site, found in dist/ so an imported corpus works too: the
 * first Chinese article without and with a reply template, the newest report.
 */
export function findPageTypes(dist: string, locale = 'zh-cn'): PageTypes {
  const kbDir = join(dist, locale, 'kb');
  let article: string | undefined;
  let template: string | undefined;
  for (const category of readdirSync(kbDir, { withFileTypes: true })) {
    if (!category.isDirectory()) continue;
    for (const slug of readdirSync(join(kbDir, category.name), { withFileTypes: true })) {
      const html = join(kbDir, category.name, slug.name, 'index.html');
      if (!slug.isDirectory() || !existsSync(html)) continue;
      const path = `/${locale}/kb/${category.name}/${slug.name}/`;
      // Pages are read only until one of each kind is found.
      const hasTemplate = readFileSync(html, 'utf8').includes('data-reply-template');
      if (hasTemplate) template ??= path;
      else article ??= path;
      if (article && template) break;
    }
    if (article && template) break;
  }
  if (!article) throw new Error(`${kbDir} holds no article page: did the build write any?`);
  const reportsDir = join(dist, locale, 'reports');
  const quarters = existsSync(reportsDir)
    ? readdirSync(reportsDir)
        .filter((d) => /^\d{4}-q[1-4]$/.test(d))
        .sort()
    : [];
  return {
    home: `/${locale}/`,
    kb: `/${locale}/kb/`,
    article,
    template,
    search: `/${locale}/search/`,
    report: quarters.length ? `/${locale}/reports/${quarters.at(-1)}/` : undefined,
    roadmap: `/${locale}/roadmap/`,
    tags: `/${locale}/tags/`,
  };
}
