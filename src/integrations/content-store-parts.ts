import type { AstroIntegration } from 'astro';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Astro hands the content store to the pages it prerenders as one module,
 * `export default JSON.parse("<the whole store>")`. On the 1,222-article corpus that string is
 * 26 MB; V8 took about 5 s to compile the single string literal, and keeps a module's source for
 * as long as the module lives, so the store sat in memory twice (as source and as objects) for the
 * whole build.
 *
 * In a static build the pages are prerendered in the same process as the content sync, and the
 * store the sync filled is still in memory: the module hands the pages those very collections
 * (captureLiveStore), sorted as Astro sorts them when it writes the store, so the store is neither
 * parsed again nor held twice (on the 1,222-article corpus, reading a 30 MB copy and parsing it
 * twice took 0.6–0.7 s of the main thread, and the copy was a second store in memory). Should the
 * sync's store not be found (Astro's internals moved), the literal is written, as it is, to a
 * file of this build's own (`<cacheDir>/data-store-module.<pid>.json`, removed when the build
 * ends) and the module reads it back: `JSON.parse` of the file gives the literal's string, exactly
 * as compiling it would, and `JSON.parse` of that the same store, with nothing to compile and
 * nothing kept; another build or an `astro sync` in the same project cannot change that file.
 * Otherwise (another Astro layout, a server build) the literal is split into 1 MB parts, which V8
 * compiles ten times faster than one literal, or left as it is.
 *
 * Astro's own `experimental.collectionStorage: 'chunked'` splits the store when it is written, but
 * measures every character with a TextEncoder on the way and took 40 s instead of 12 s to sync the
 * same corpus (Astro 7.3.5).
 */

/** The module id Astro resolves `astro:data-layer-content` to (astro/dist/content/consts.js). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';
const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';
/** Characters per string literal. */
export const PART_SIZE = 1 << 20;

/**
 * The string literal of a store module Astro wrote, `export default JSON.parse(<literal>)`, or
 * undefined if the module has another shape. Astro writes the literal with JSON.stringify, so it
 * is also a JSON string.
 */
const storeLiteral = (code: string): string | undefined =>
  code.startsWith(`${PREFIX}"`) && code.endsWith(`"${SUFFIX}`)
    ? code.slice(PREFIX.length, -SUFFIX.length)
    : undefined;

/** The store's JSON text in a module Astro wrote, or undefined if the module has another shape. */
function storeText(code: string): string | undefined {
  const literal = storeLiteral(code);
  if (literal === undefined) return undefined;
  try {
    const text: unknown = JSON.parse(literal);
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/** The file this build's store module reads, below `cacheDir`. */
export const storeCopyName = (pid = process.pid): string => `data-store-module.${pid}.json`;

/** Where this process keeps the content layer's store once the sync has started using it. */
export const LIVE_STORE = Symbol.for('service-handbook:live-content-store');

interface LiveStore {
  _collections?: unknown;
}

/**
 * Makes the store Astro's content sync fills in this process reachable as
 * `globalThis[LIVE_STORE]`: the sync asks the store for each collection's scoped view before it
 * loads anything, so wrapping that one method finds the instance. The module is Astro's own
 * (`astro/dist/content/mutable-data-store.js`, the file the sync imports); if its shape is not
 * what this expects, nothing is changed and the pages read the store from the copy instead.
 */
export async function captureLiveStore(
  load: () => Promise<{ MutableDataStore?: { prototype: Record<string, unknown> } }> = () =>
    import(
      /* @vite-ignore */ new URL('./content/mutable-data-store.js', import.meta.resolve('astro'))
        .href
    ),
): Promise<boolean> {
  const prototype = (await load().catch(() => undefined))?.MutableDataStore?.prototype;
  const scopedStore = prototype?.['scopedStore'];
  if (!prototype || typeof scopedStore !== 'function') return false;
  if ((scopedStore as { [LIVE_STORE]?: true })[LIVE_STORE]) return true;
  const wrapped = Object.assign(
    function (this: LiveStore, ...args: unknown[]) {
      (globalThis as Record<symbol, unknown>)[LIVE_STORE] = this;
      return (scopedStore as (...a: unknown[]) => unknown).apply(this, args);
    },
    { [LIVE_STORE]: true as const },
  );
  prototype['scopedStore'] = wrapped;
  return true;
}

/** The collections of the store this process's sync filled, if captureLiveStore found it. */
const liveCollections = (): unknown =>
  ((globalThis as Record<symbol, unknown>)[LIVE_STORE] as LiveStore | undefined)?._collections;

/**
 * A module giving the pages the collections the sync filled in this process, sorted as Astro
 * writes the store (sortCollections in astro/dist/content/data-store-writer.js: collections and
 * their entries by key), so pages list entries in the same order either way.
 */
const LIVE_STORE_MODULE = [
  `const live = globalThis[Symbol.for(${JSON.stringify(LIVE_STORE.description)})]?._collections;`,
  'if (!(live instanceof Map))',
  "  throw new Error('The content store this build loaded is no longer in memory (src/integrations/content-store-parts.ts): run the build again.');",
  'const byKey = (map) => [...map].sort(([a], [b]) => a.localeCompare(b));',
  'export default new Map(byKey(live).map(([name, entries]) => [name, new Map(byKey(entries))]));',
].join('\n');

/**
 * Writes the module's store literal to `file` and returns a module reading it back; undefined
 * when the code is not in the shape Astro writes.
 */
export function storeFromCopy(code: string, file: string): string | undefined {
  const literal = storeLiteral(code);
  if (literal === undefined) return undefined;
  writeFileSync(file, literal);
  return [
    "import { readFileSync } from 'node:fs';",
    `export default JSON.parse(JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')));`,
  ].join('\n');
}

/**
 * The store module of a static build: the sync's own collections when they are in this process
 * (nothing written, nothing parsed), otherwise the copy written to `file` and read back.
 * Undefined when the code is not in the shape Astro writes.
 */
export function staticStoreModule(code: string, file: string): string | undefined {
  if (storeLiteral(code) === undefined) return undefined;
  return liveCollections() instanceof Map ? LIVE_STORE_MODULE : storeFromCopy(code, file);
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
  let copy = '';
  const removeCopy = () => {
    if (copy) rmSync(copy, { force: true });
  };
  return {
    name: 'service-handbook:content-store-parts',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig }) => {
        const staticBuild = command === 'build' && config.output === 'static';
        if (staticBuild) {
          // A store an earlier build in this process left there is not this build's: until this
          // build's sync opens its own, the pages would read the copy.
          delete (globalThis as Record<symbol, unknown>)[LIVE_STORE];
          await captureLiveStore();
          copy = fileURLToPath(new URL(storeCopyName(), config.cacheDir));
          process.once('exit', removeCopy);
        }
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
                      (staticBuild ? staticStoreModule(code, copy) : undefined) ??
                      splitStoreModule(code);
                    return replaced === undefined ? null : { code: replaced, map: null };
                  },
                },
              },
            ],
          },
        });
      },
      'astro:build:done': removeCopy,
    },
  };
}
