import type { AstroIntegration } from 'astro';

/**
 * Astro hands the content store to the built pages as one module,
 * `export default JSON.parse("<the whole store>")`. On the 1,222-article corpus that string is
 * 26 MB, and V8 takes about 5 s to compile a single string literal of that size, while the same
 * text in 1 MB literals compiles in about 0.5 s and parses as fast (V8 grows its literal buffer in
 * fixed steps, so one huge literal costs more than the sum of its parts). This integration rewrites
 * the module to join 1 MB literals before parsing: the same JSON, the same store.
 *
 * Astro's own answer, `experimental.collectionStorage: 'chunked'`, splits the store when it is
 * written, but measures every character with a TextEncoder on the way and took 40 s instead of
 * 12 s to sync the same corpus (Astro 7.3.5).
 */

/** The module id Astro resolves `astro:data-layer-content` to (astro/dist/content/consts.js). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';
const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';
/** Characters per string literal. */
export const PART_SIZE = 1 << 20;

/**
 * The store module with its one string literal split into parts of `partSize` characters, joined
 * again at run time; undefined when the code is not in the shape Astro writes (then it is left
 * alone: slower to load, never wrong). A part never ends between the two halves of a surrogate
 * pair.
 */
export function splitStoreModule(code: string, partSize = PART_SIZE): string | undefined {
  if (!code.startsWith(`${PREFIX}"`) || !code.endsWith(`"${SUFFIX}`)) return undefined;
  let text: unknown;
  try {
    // Astro writes the literal with JSON.stringify, so it is also a JSON string.
    text = JSON.parse(code.slice(PREFIX.length, -SUFFIX.length));
  } catch {
    return undefined;
  }
  if (typeof text !== 'string' || text.length <= partSize) return undefined;
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
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'service-handbook:content-store-parts',
                transform: {
                  filter: { id: /^\0astro:data-layer-content$/ },
                  handler(code: string, id: string) {
                    if (id !== STORE_MODULE_ID) return null;
                    const split = splitStoreModule(code);
                    return split === undefined ? null : { code: split, map: null };
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
