import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { articleSitePath, isMarkdownLink, resolveFrom, splitHref } from '../lib/markdown/links.ts';

/**
 * Articles link each other by relative path to the source file, e.g.
 * `[退款时效](../returns/refund-timelines-by-payment.md#按支付方式)`: the link works in any
 * Markdown editor and on the Git host, and `npm run check` verifies the file and the heading. On
 * the site the link must be the page's URL; this module rewrites it at build time.
 */

/**
 * The page URL for a relative Markdown link in a source file, or undefined when the href is not
 * such a link (external, root-absolute, an image, not an article). `from` is the linking file's
 * path from the project root (`content/kb/zh-cn/returns/a.md`); `base` is Astro's `base`.
 */
export function articleHref(href: string, from: string, base: string): string | undefined {
  if (!isMarkdownLink(href)) return undefined;
  const { path, hash } = splitHref(href);
  const sitePath = articleSitePath(resolveFrom(from, path));
  if (!sitePath) return undefined;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${sitePath}${hash ? `#${hash}` : ''}`;
}

/** The project-relative path of a content file, from its absolute path. */
export function contentPath(absolute: string): string | undefined {
  const posix = absolute.split('\\').join('/');
  const at = posix.lastIndexOf('/content/');
  return at < 0 ? undefined : posix.slice(at + 1);
}

/** The parts of a Sätteri HAST element and visitor context this plugin uses. */
interface Element {
  properties?: Record<string, unknown>;
}
interface VisitContext {
  setProperty(node: Element, key: string, value: unknown): void;
}
interface FactoryContext {
  fileURL: URL | undefined;
}

/**
 * A Sätteri HAST plugin (Astro 7's default Markdown processor; MDX uses the same list) that turns
 * `*.md(x)#hash` links into page URLs. A factory, because the linking file differs per document.
 */
export function articleLinksPlugin(base: string) {
  return (ctx: FactoryContext) => {
    const from = ctx.fileURL ? contentPath(fileURLToPath(ctx.fileURL)) : undefined;
    if (!from) return null;
    return {
      name: 'article-links',
      element: {
        filter: ['a'],
        visit(node: Element, visit: VisitContext) {
          const href = node.properties?.href;
          if (typeof href !== 'string') return;
          const target = articleHref(href, from, base);
          if (target) visit.setProperty(node, 'href', target);
        },
      },
    };
  };
}

/**
 * Registers {@link articleLinksPlugin} with the configured Markdown processor. Astro 7 no longer
 * runs `markdown.rehypePlugins` (they need the unified processor), so the plugin joins the
 * default Sätteri processor's `hastPlugins`, which both Markdown and MDX read when they render.
 * It goes first: the sanitiser configured in astro.config.mjs must stay last, so that it sees
 * every link this plugin writes (test/integration/markdown-plugins.test.ts checks the order).
 */
export function articleLinks(): AstroIntegration {
  return {
    name: 'service-handbook:article-links',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const processor = config.markdown.processor as
          { name: string; options: { hastPlugins?: unknown[] } } | undefined;
        if (processor?.name !== 'satteri' || !processor.options) {
          logger.warn(
            'links between articles are not rewritten: the Markdown processor is not Sätteri',
          );
          return;
        }
        (processor.options.hastPlugins ??= []).unshift(articleLinksPlugin(config.base));
      },
    },
  };
}
