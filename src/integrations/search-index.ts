import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { glob, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { breakWordsInHtml } from '../lib/search/word-breaks.ts';

/**
 * Builds the full-text index with Pagefind's Node API, so `npm run build` alone produces a
 * searchable site. Pagefind keeps one index per page language (`<html lang>`), so each locale
 * searches only its own articles.
 *
 * Pagefind takes each page in while Astro renders the next one: the page's HTML is handed over
 * as it comes out of the renderer (a wrapper around Astro's prerenderer), and Pagefind, a process
 * of its own, parses and indexes it on the other core. Only writing the index waits for the last
 * page. A page Astro did not render in this build (kept from an earlier one) is read from disk.
 */
/** Pages with searchable content: `<locale>/kb/<category>/<slug>/` and `<locale>/reports/<period>/`. */
export const INDEXED_PAGES = '*/{kb/*/*,reports/*}/index.html';
/** The same pages, as the path of a page's URL below the site's base. */
const indexedPath = /^[^/]+\/(?:kb\/[^/]+\/[^/]+|reports\/[^/]+)\/$/;

/**
 * Postings per index chunk (Pagefind's default is 20,000). A query fetches the chunks that hold
 * its words; with Chinese split into words, one chunk of that size reached 150 KB at 10,000
 * articles, so a first query fetched 150 KB of index. At 5,000 it fetched 56 KB. The setting is
 * one Pagefind marks unstable (an environment variable its binary reads), so the version of
 * Pagefind is pinned, and `npm run bench` measures what a first query fetches.
 */
const INDEX_CHUNK_SIZE = '5000';

/**
 * The most page text (UTF-16 code units) handed to Pagefind and not yet taken in; past it,
 * rendering waits. Pagefind takes in an article more slowly than Astro renders one, so Astro runs
 * ahead and renders the listings, tags and quick-find files while Pagefind catches up; the bound
 * keeps the pages waiting in memory to about 128 MB at any site size.
 */
const MAX_WAITING = 64 * 1024 * 1024;

/**
 * Pages sent to Pagefind ahead of the one it is taking in: enough that it never waits for Astro's
 * thread (which sends the next page only between renders), few enough that the pages held twice,
 * here and in Pagefind's queue, stay a few megabytes.
 */
const SENT_AHEAD = 16;

/**
 * The file an indexed page is written to, below the output folder (`build.format: 'directory'`),
 * from its path below the site's base (`zh-cn/kb/returns/refund/`, with or without the slashes
 * around it); undefined for a page that is not indexed.
 */
export function indexedSourcePath(path: string): string | undefined {
  const trimmed = path.replace(/^\/+/, '');
  const page = trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
  return indexedPath.test(page) ? `${page}index.html` : undefined;
}

/** A request's URL path below `base`, decoded; undefined outside it. */
export function pathBelowBase(pathname: string, base: string): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(prefix) ? decodeURI(pathname.slice(prefix.length)) : undefined;
}

/** The part of Pagefind's index the indexer uses. */
export type IndexWriter = Pick<pagefind.PagefindIndex, 'addHTMLFile' | 'writeFiles'>;

async function startPagefind(): Promise<IndexWriter> {
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/**
 * Feeds Pagefind the pages in the order given, so that it numbers them the same way in every
 * build of the same site (the same site gives the same index files). A few pages at a time are
 * sent ahead, without waiting for Pagefind to take in the one before: Pagefind's service takes its
 * messages one at a time in the order they arrive, so the order holds, and Pagefind always has
 * the next page at hand even while Astro's thread is busy rendering. The other pages wait here as
 * text (the bound on that text keeps memory flat; a page sent is held twice, as text and in
 * Pagefind's queue, so only a few are). Once every page Astro is going to render has gone in, the
 * index is written at once, while Astro renders the listings, tags and quick-find files that come
 * after the articles.
 */
export class Indexer {
  readonly added = new Set<string>();
  #starting: Promise<IndexWriter> | undefined;
  #index: IndexWriter | undefined;
  /** Pages not sent yet, in order. */
  readonly #queue: { sourcePath: string; content: string }[] = [];
  /** Pages sent and not yet taken in. */
  #inFlight = 0;
  /** Text of the pages queued or sent and not yet taken in (UTF-16 code units). */
  #waiting = 0;
  #drained: (() => void)[] = [];
  /** Woken when nothing is queued or in flight. */
  #idle: (() => void)[] = [];
  #expected: Set<string> | undefined;
  /** Expected pages not added yet. */
  #missing = 0;
  #output = '';
  #written: Promise<void> | undefined;
  #failure: Error | undefined;

  readonly #create: () => Promise<IndexWriter>;
  readonly #maxWaiting: number;
  readonly #ahead: number;

  /** `create`, `maxWaiting` and `ahead` are for tests: a stand-in for Pagefind, smaller bounds. */
  constructor(
    output: string,
    create = startPagefind,
    maxWaiting = MAX_WAITING,
    ahead = SENT_AHEAD,
  ) {
    this.#output = output;
    this.#create = create;
    this.#maxWaiting = maxWaiting;
    this.#ahead = ahead;
  }

  #start(): Promise<IndexWriter> {
    this.#starting ??= this.#create();
    return this.#starting;
  }

  /** The pages Astro is about to render (their source paths): when all are in, the index is written. */
  expect(pages: Iterable<string>): void {
    this.#expected = new Set(pages);
    this.#missing = [...this.#expected].filter((page) => !this.added.has(page)).length;
  }

  /** Queues a page; resolves once the queue has room again. */
  async add(sourcePath: string, html: string): Promise<void> {
    this.#throwIfFailed();
    if (this.added.has(sourcePath)) return;
    if (this.#written)
      throw new Error(`Pagefind's index was already written when ${sourcePath} came`);
    this.added.add(sourcePath);
    if (this.#expected?.has(sourcePath)) this.#missing--;
    // Each page goes in with its Chinese already split into words, as queries are split
    // (word-breaks.ts): Pagefind then needs less than half the memory, and a word is the same
    // word in the index and in the query.
    const content = breakWordsInHtml(html);
    this.#waiting += content.length;
    this.#queue.push({ sourcePath, content });
    if (!this.#index) {
      const index = await this.#start().catch((error: unknown) => void this.#fail(error));
      if (index) this.#index ??= index;
    }
    this.#send();
    if (this.#expected && this.#missing === 0) this.#write().catch(() => undefined);
    else if (this.#waiting > this.#maxWaiting)
      await new Promise<void>((resolve) => this.#drained.push(resolve));
    this.#throwIfFailed();
  }

  /** Sends queued pages, in order, while fewer than `ahead` are with Pagefind. */
  #send(): void {
    const index = this.#index;
    while (index && !this.#failure && this.#inFlight < this.#ahead && this.#queue.length) {
      const { sourcePath, content } = this.#queue.shift()!;
      const length = content.length;
      this.#inFlight++;
      // The message is written now; the text is Pagefind's from here on.
      void index.addHTMLFile({ sourcePath, content }).then(
        (added) => {
          if (added.errors.length)
            this.#fail(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
          this.#taken(length);
        },
        (error: unknown) => {
          this.#fail(error);
          this.#taken(length);
        },
      );
    }
    if (this.#failure) {
      for (const { content } of this.#queue.splice(0)) this.#waiting -= content.length;
    }
    if (!this.#inFlight && !this.#queue.length) for (const wake of this.#idle.splice(0)) wake();
  }

  #taken(length: number): void {
    this.#inFlight--;
    this.#waiting -= length;
    this.#send();
    while (this.#waiting <= this.#maxWaiting && this.#drained.length) this.#drained.shift()!();
  }

  #throwIfFailed(): void {
    if (this.#failure) throw this.#failure;
  }

  /** Keeps the first failure; pages waiting for room are woken to throw it. */
  #fail(error: unknown): void {
    this.#failure ??= error instanceof Error ? error : new Error(String(error));
    for (const wake of this.#drained.splice(0)) wake();
  }

  /** Resolves once every page added has been taken in (or a failure stopped the rest). */
  #settled(): Promise<void> {
    return new Promise((resolve) => {
      this.#idle.push(resolve);
      this.#send();
    });
  }

  #write(): Promise<void> {
    this.#written ??= (async () => {
      await this.#settled();
      this.#throwIfFailed();
      const index = await this.#start();
      const written = await index.writeFiles({ outputPath: join(this.#output, 'pagefind') });
      if (written.errors.length)
        throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    })();
    return this.#written;
  }

  /** Waits for every queued page and for the index to be written; returns the page count. */
  async finish(): Promise<number> {
    await this.#write();
    return this.added.size;
  }

  async close(): Promise<void> {
    if (this.#starting) await pagefind.close();
  }
}

/** A prerenderer that hands every indexed page's HTML to `indexer` as it is rendered. */
export function indexingPrerenderer(
  inner: AstroPrerenderer,
  indexer: Indexer,
  base: string,
): AstroPrerenderer {
  /** Settles once every indexed page started so far has been handed to the indexer. */
  let turn: Promise<void> = Promise.resolve();
  return {
    name: `${inner.name}+pagefind`,
    ...(inner.setup && { setup: () => inner.setup!() }),
    async getStaticPaths() {
      const paths = await inner.getStaticPaths();
      const expected: string[] = [];
      for (const { pathname } of paths) {
        const page = indexedSourcePath(pathname);
        if (page) expected.push(page);
      }
      indexer.expect(expected);
      return paths;
    },
    async render(request, options) {
      const path = pathBelowBase(new URL(request.url).pathname, base);
      const sourcePath = path === undefined ? undefined : indexedSourcePath(path);
      if (!sourcePath) return inner.render(request, options);
      // Astro renders several pages at once (build.concurrency) and they finish in any order;
      // each indexed page waits for the ones that started before it, so Pagefind gets them in
      // the order Astro started them, which is the same in every build.
      const before = turn;
      let done!: () => void;
      turn = new Promise((resolve) => (done = resolve));
      try {
        const rendered = await inner.render(request, options);
        const response = rendered instanceof Response ? rendered : rendered.response;
        if (response.status !== 200 || !response.body) return rendered;
        const html = await response.text();
        await before;
        await indexer.add(sourcePath, html);
        const copy = new Response(html, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        });
        return rendered instanceof Response ? copy : { ...rendered, response: copy };
      } finally {
        // A page that failed or was not indexed gives its turn on all the same.
        void before.then(done);
      }
    },
    ...(inner.collectStaticImages && {
      collectStaticImages: () => inner.collectStaticImages!(),
    }),
    ...(inner.teardown && { teardown: () => inner.teardown!() }),
  };
}

export function searchIndex(): AstroIntegration {
  let base = '/';
  let output = '';
  let indexer: Indexer | undefined;
  return {
    name: 'service-handbook:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        output = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const current = new Indexer(output);
        indexer = current;
        setPrerenderer((inner) => indexingPrerenderer(inner, current, base));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const current = indexer ?? new Indexer(site);
        try {
          // Pages this build did not render (an incremental build kept them) are read from disk,
          // in path order after the rendered ones.
          const pages: string[] = [];
          for await (const page of glob(INDEXED_PAGES, { cwd: site })) pages.push(page);
          const rendered = current.added.size;
          for (const page of pages.sort())
            if (!current.added.has(page.split(sep).join('/')))
              await current.add(page, await readFile(join(site, page), 'utf8'));
          const count = await current.finish();
          logger.info(
            `indexed ${count} pages (${rendered} as they were rendered) in ${Math.round(performance.now() - started)} ms after the last page`,
          );
        } finally {
          await current.close();
        }
      },
    },
  };
}
