// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentStoreParts } from './src/integrations/content-store-parts.ts';
import { articleLinks } from './src/integrations/article-links.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemapPage } from './src/lib/crawl.ts';
import { contentSecurityPolicy } from './src/lib/csp.ts';
import { calloutsPlugin } from './src/lib/markdown/callouts.ts';
import { footnotesPlugin } from './src/lib/markdown/footnotes.ts';
import { sanitizeContent } from './src/lib/markdown/sanitize.ts';

const site = process.env.SITE_URL || 'https://handbook.example.com';
const base = process.env.BASE_PATH || '/';
const siteRoot = new URL(base.endsWith('/') ? base : `${base}/`, site).href;

export default defineConfig({
  site,
  // Serve from a sub-path, e.g. BASE_PATH=/handbook/ for https://example.com/handbook/.
  base,
  trailingSlash: 'always',
  integrations: [
    contentCheck(),
    // Prerendered pages get the content store the sync filled in this process instead of compiling
    // it as one huge string literal (src/integrations/content-store-parts.ts).
    contentStoreParts(),
    // Relative links between articles (`../returns/x.md#heading`) become page URLs; the plugin
    // puts itself before the sanitiser below, which stays the last hast plugin.
    articleLinks(),
    mdx(),
    // Lists only the pages this build wrote, so a public build's sitemap names no internal page;
    // pages with the same path in both locales (translations share category and slug) are
    // linked as alternates.
    sitemap({
      filter: (page) => sitemapPage(page, siteRoot),
      i18n: { defaultLocale: 'zh-cn', locales: { 'zh-cn': 'zh-CN', en: 'en' } },
    }),
    searchIndex(),
    // Last: swaps the finished build into outDir only after every other build hook succeeded.
    atomicOutput(),
  ],
  markdown: {
    // Sätteri (Astro 7's Markdown processor) runs `hastPlugins` for .md and .mdx alike; the
    // sanitiser stays last so it also sees what earlier plugins added. Callouts are GitHub-style
    // alerts (`> [!TIP]`); footnotes are labelled in the article's language; `## Heading {#id}` sets a heading's id (in .md: `{` starts an
    // expression in MDX).
    processor: satteri({
      hastPlugins: [calloutsPlugin(), footnotesPlugin(), sanitizeContent()],
      features: { headingAttributes: true },
    }),
    // Prism marks code with classes; Shiki's inline colours are what Astro warns about under CSP.
    syntaxHighlight: 'prism',
  },
  security: { csp: contentSecurityPolicy },
  build: {
    format: 'directory',
    // Pages render four at a time: while one waits for its file to be written or its CSP hashes
    // (Astro's thread pool), the next is rendered. Pagefind still gets them in a fixed order
    // (src/integrations/search-index.ts), so the output is the same as one at a time.
    concurrency: 4,
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // @astrojs/mdx marks every MDX module with Astro's own "use astro:head-inject" directive,
        // and the bundler warns once per .mdx file that it may not keep it. Astro handles that
        // directive itself; an editor reading the build log cannot act on it, so it is dropped.
        // Every other warning is passed on.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('use astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
  },
});
