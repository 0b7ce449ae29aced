/**
 * Content loaders narrowed to the build's audience. Leaving an internal article's page out is not
 * enough for a public build: Astro bundles every loaded entry, so an image an internal article
 * shows would still be copied into `dist/_astro/`. A public build therefore never loads internal
 * files at all; the site model's own filter (`isBuilt`) stays as a second line of defence.
 */
import { glob, type Loader } from 'astro/loaders';
import { globSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Audience } from '../lib/audience.ts';
import { readFrontMatter } from '../lib/diagnostics/front-matter.ts';

/**
 * Whether a Markdown source may go into a public build: only with `audience: public` in its front
 * matter. A missing or misspelt value counts as internal, as the schema's default does.
 */
export const isPublicSource = (source: string): boolean =>
  readFrontMatter(source)?.data['audience'] === 'public';

/** A file path as a literal glob pattern (paths with `[`, `{`, `*` … match only themselves). */
const literal = (path: string): string => path.replace(/[\\*?[\]{}()!+@]/g, '\\$&');

/**
 * The loader's patterns: `pattern` as is for an internal build; for a public build, `pattern` with
 * every internal file (paths relative to the collection's base) negated.
 */
export function audiencePatterns(
  pattern: string,
  files: readonly { path: string; source: string }[],
  audience: Audience,
): string | string[] {
  if (audience === 'internal') return pattern;
  return [
    pattern,
    ...files.filter((f) => !isPublicSource(f.source)).map((f) => `!${literal(f.path)}`),
  ];
}

const sources = (dir: string) =>
  globSync('**/*.{md,mdx}', { cwd: dir }).map((path) => ({
    path: path.split(sep).join('/'),
    source: readFileSync(join(dir, path), 'utf8'),
  }));

/** `glob()` over a collection of articles that each declare their `audience`. */
export function audienceGlob(options: {
  base: string;
  pattern: string;
  audience: Audience;
  root?: string;
  /** Passed to `glob()`: keep the raw body in the content store. */
  retainBody?: boolean;
  /** Passed to `glob()`: render Markdown when a page needs it, not all of it up front. */
  deferRender?: boolean;
}): Loader {
  const { base, pattern, audience, root = process.cwd(), retainBody, deferRender } = options;
  const dir = join(root, base);
  // Paths from globSync are relative to `dir`, as the loader's patterns are to `base`.
  const files = audience === 'public' ? sources(dir) : [];
  return glob({
    base,
    pattern: audiencePatterns(pattern, files, audience),
    ...(retainBody === undefined ? {} : { retainBody }),
    ...(deferRender === undefined ? {} : { deferRender }),
  });
}

/** `glob()` over a collection that only internal builds hold (report narratives): empty otherwise. */
export function internalGlob(options: {
  base: string;
  pattern: string;
  audience: Audience;
}): Loader {
  if (options.audience === 'internal') return glob(options);
  return {
    name: 'service-handbook:internal-only',
    load: ({ store }) => {
      store.clear();
      return Promise.resolve();
    },
  };
}
