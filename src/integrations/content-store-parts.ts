import type { AstroIntegration } from 'astro';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Astro hands the content store to the pages it prerenders as one module,
 * `export default JSON.parse("<the whole store>")`. On the 1,222-article corpus that string is
 * 26 MB; V8 took about 5 s to compile the single string literal, and keeps a module's source for
 * as long as the module lives, so the store sat in memory twice (as source and as objects) for the
 * whole build.
 *
 * In a static build the store is also on disk, in the file Astro read to write that module
 * (`<cacheDir>/data-store.json`), and the pages are prerendered on the same machine in the same
 * build. So the module reads the file instead: the same JSON, parsed by the same `JSON.parse`, with
 * nothing to compile and nothing kept. This is done only when the file holds exactly the text the
 * module would have held; otherwise (another Astro layout, a server build) the literal is split into
 * 1 MB parts, which V8 compiles ten times faster than one literal, or left as it is.
 *
 * Astro's own `experimental.collectionStorage: 'chunked'` splits the store when it is written, but
 * measures every character with a TextEncoder on the way and took 40 s instead of 12 s to sync the
 * same corpus (Astro 7.3.5).
 */

/** The module id Astro resolves `astro:data-layer-content` to (astro/dist/content/consts.js). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';
/** The file Astro writes the store to in a build, below `cacheDir` (astro/dist/content/consts.js). */
export const STORE_FILE = 'data-store.json';
const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';
/** Characters per string literal. */
export const PART_SIZE = 1 << 20;

/** The store's JSON text in a module Astro wrote, or undefined if the module has another shape. */
export function storeText(code: string): string | undefined {
  if (!code.startsWith(`${PREFIX}"`) || !code.endsWith(`"${SUFFIX}`)) return undefined;
  try {
    // Astro writes the literal with JSON.stringify, so it is also a JSON string.
    const text: unknown = JSON.parse(code.slice(PREFIX.length, -SUFFIX.length));
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The store module reading `file`, if the file holds exactly the module's text: either Astro wrote
 * it in this build (its mtime is after `writtenSince`, the start of this process: only Astro's
 * content layer writes it, and the module was made from it), or its text is compared with the
 * module's. The comparison costs about a second on a 30 MB store, so a clean build skips it.
 */
export function storeFromFile(
  code: string,
  file: string,
  writtenSince = performance.timeOrigin,
): string | undefined {
  if (!code.startsWith(`${PREFIX}"`) || !code.endsWith(`"${SUFFIX}`)) return undefined;
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) return undefined;
  // The module's literal is JSON.stringify(file text).
  if (stat.mtimeMs < writtenSince) {
    const literal = JSON.stringify(readFileSync(file, 'utf8'));
    if (code.length !== PREFIX.length + literal.length + SUFFIX.length) return undefined;
    if (!code.startsWith(literal, PREFIX.length)) return undefined;
  }
  return [
    "import { readFileSync } from 'node:fs';",
    `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
  ].join('\n');
}

/**
 * The store module with its one string literal split into parts of `partSize` characters, joined
 * again at run time; undefined when the code is not in the shape Astro writes or fits in one part.
 * A part never ends between the two halves of a surrogate pair.
 */
export function splitStoreModule(code: string, partSize = PART_SIZE): string | undefined {
  const text = storeText(code);
  if (text === undefined || text.length <= partSize) return undefined;
  const parts: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + partSize, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(JSON.stringify(text.slice(start, end)));
    start = end;
  }
  return `${PREFIX}[\n${parts.join(',\n')}\n].join(''))`;
}

export function contentStoreParts(): AstroIntegration {
  return {
    name: 'service-handbook:content-store-parts',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const staticBuild = command === 'build' && config.output === 'static';
        const file = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'service-handbook:content-store-parts',
                transform: {
                  filter: { id: /^\0astro:data-layer-content$/ },
                  handler(code: string, id: string) {
                    if (id !== STORE_MODULE_ID) return null;
                    const replaced =
                      (staticBuild ? storeFromFile(code, file) : undefined) ??
                      splitStoreModule(code);
                    return replaced === undefined ? null : { code: replaced, map: null };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
