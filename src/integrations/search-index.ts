import type { AstroIntegration } from 'astro';
import { glob, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { breakWordsInHtml } from '../lib/search/word-breaks.ts';

/**
 * Builds the full-text index with Pagefind's Node API once Astro has written the site, so
 * `npm run build` alone produces a searchable site. Pagefind keeps one index per page language
 * (`<html lang>`), so each locale searches only its own articles.
 */
/** Pages with searchable content: `<locale>/kb/<category>/<slug>/` and `<locale>/reports/<period>/`. */
export const INDEXED_PAGES = '*/{kb/*/*,reports/*}/index.html';

/**
 * Postings per index chunk (Pagefind's default is 20,000). A query fetches the chunks that hold
 * its words; with Chinese split into words, one chunk of that size reached 150 KB at 10,000
 * articles, so a first query fetched 150 KB of index. At 5,000 it fetched 56 KB. The setting is
 * one Pagefind marks unstable (an environment variable its binary reads), so the version of
 * Pagefind is pinned, and `npm run bench` measures what a first query fetches.
 */
const INDEX_CHUNK_SIZE = '5000';

export function searchIndex(): AstroIntegration {
  return {
    name: 'service-handbook:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          // Only the page types that carry `data-pagefind-body` (articles, quarterly reports):
          // Pagefind would otherwise read and parse every listing, tag and roadmap page too.
          const pages: string[] = [];
          for await (const page of glob(INDEXED_PAGES, { cwd: site })) pages.push(page);
          pages.sort();
          // Each page goes in with its Chinese already split into words, as queries are split
          // (word-breaks.ts): Pagefind then needs less than half the memory, and a word is the
          // same word in the index and in the query.
          // One page at a time and in order, so Pagefind numbers the pages the same way in every
          // build (the same site gives the same index files); the next page is read and split
          // while Pagefind takes in the one before.
          let previous: Promise<void> = Promise.resolve();
          for (const page of pages) {
            const content = breakWordsInHtml(await readFile(`${site}${page}`, 'utf8'));
            await previous;
            previous = index.addHTMLFile({ sourcePath: page, content }).then((added) => {
              if (added.errors.length)
                throw new Error(`Pagefind could not index ${page}: ${added.errors.join('; ')}`);
            });
            // Handled at the next `await previous`; until then it is not an unhandled rejection.
            previous.catch(() => undefined);
          }
          await previous;
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(
            `indexed ${pages.length} pages in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
