/**
 * The content store's module is rewritten to hand the pages the store the sync filled in this
 * process, or to read a copy of Astro's store file, or into 1 MB string parts
 * (src/integrations/content-store-parts.ts): the module must still give exactly the store Astro wrote.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  captureLiveStore,
  contentStoreParts,
  LIVE_STORE,
  splitStoreModule,
  staticStoreModule,
  storeFromCopy,
} from '../../src/integrations/content-store-parts.ts';

/** What a module `export default <expression>` gives, evaluated as the built page would. */
const evaluate = (code: string): unknown => runInNewContext(code.replace(/^export default /, ''));

const storeModule = (store: unknown) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(store))})`;

describe('splitStoreModule', () => {
  const store = [
    [
      'kb',
      { 'returns/refund': { title: '退款时效 "quoted" \\ back', body: '<p>一</p>\n'.repeat(40) } },
    ],
    ['emoji', '😀'.repeat(30)],
  ];

  it('gives the same store from several string parts', () => {
    const code = storeModule(store);
    const split = splitStoreModule(code, 64);
    expect(split).toBeDefined();
    expect(split!.split('\n').length).toBeGreaterThan(10);
    expect(evaluate(split!)).toEqual(store);
  });

  it('never cuts a character outside the Basic Multilingual Plane in two', () => {
    const code = storeModule('😀'.repeat(100));
    for (const size of [7, 8, 9, 63, 64]) {
      const split = splitStoreModule(code, size)!;
      for (const literal of split.match(/"(?:[^"\\]|\\.)*"/g) ?? [])
        // Pieces of the JSON text `"😀😀…"`, its quotes included.
        expect(JSON.parse(literal) as string).toMatch(/^"?(?:😀)*"?$/u);
      expect(evaluate(split)).toBe('😀'.repeat(100));
    }
  });

  it('leaves a store that fits in one part, or code of another shape, alone', () => {
    expect(splitStoreModule(storeModule({ a: 1 }))).toBeUndefined();
    expect(splitStoreModule('export default new Map()', 4)).toBeUndefined();
    expect(splitStoreModule('export default{"kb":[]}', 4)).toBeUndefined();
    expect(splitStoreModule('export default JSON.parse("\\x")', 1)).toBeUndefined();
  });
});

describe('storeFromCopy', () => {
  const store = [['kb', { 'a/b': { title: '退款 "时效"', html: '<p>一</p>\n\u2028' } }], '😀'];

  it("writes the literal to the build's own file and reads the same store back", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    try {
      const file = join(dir, 'data-store-module.1.json');
      const code = storeFromCopy(storeModule(store), file);
      expect(code).toContain('readFileSync');
      // The file is written now: what another build writes later cannot change it.
      writeFileSync(join(dir, 'data-store.json'), '[]');
      const module = (await import(`data:text/javascript,${encodeURIComponent(code!)}`)) as {
        default: unknown;
      };
      expect(module.default).toEqual(store);
      expect(JSON.parse(readFileSync(file, 'utf8')) as string).toBe(JSON.stringify(store));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the collections the sync filled in this process, ordered as Astro writes them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const file = join(dir, 'data-store-module.1.json');
    const global = globalThis as Record<symbol, unknown>;
    const load = async (code: string, n: number) =>
      (
        (await import(`data:text/javascript,${encodeURIComponent(code)}%2F%2F${n}`)) as {
          default: unknown;
        }
      ).default;
    try {
      const entries = new Map([
        ['b', { id: 'b' }],
        ['a', { id: 'a' }],
      ]);
      global[LIVE_STORE] = {
        _collections: new Map([
          ['kb', entries],
          ['categories', new Map()],
        ]),
      };
      const code = staticStoreModule(storeModule(store), file)!;
      // Nothing is written for a store that is already in memory.
      expect(existsSync(file)).toBe(false);
      const live = (await load(code, 1)) as Map<string, Map<string, unknown>>;
      expect([...live.keys()]).toEqual(['categories', 'kb']);
      expect([...live.get('kb')!.keys()]).toEqual(['a', 'b']);
      // The entries themselves, not copies: nothing is parsed again.
      expect(live.get('kb')!.get('a')).toBe(entries.get('a'));
      // Gone by the time the pages render: said, not an empty site.
      delete global[LIVE_STORE];
      await expect(load(code, 2)).rejects.toThrow('no longer in memory');
      // A store of another shape there is not taken: the copy is read instead.
      global[LIVE_STORE] = { _collections: {} };
      expect(await load(staticStoreModule(storeModule(store), file)!, 3)).toEqual(store);
      expect(staticStoreModule('export default new Map()', file)).toBeUndefined();
    } finally {
      delete global[LIVE_STORE];
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves a module of another shape alone', () => {
    expect(storeFromCopy('export default new Map()', '/nonexistent/x.json')).toBeUndefined();
    expect(storeFromCopy('export default{"kb":[]}', '/nonexistent/x.json')).toBeUndefined();
  });
});

describe('captureLiveStore', () => {
  it("keeps the store whose collections the sync asks for, wrapping Astro's method once", async () => {
    class MutableDataStore {
      _collections = new Map([['kb', new Map()]]);
      scopedStore(name: string) {
        return { name, store: this };
      }
    }
    const load = () => Promise.resolve({ MutableDataStore }) as never;
    const global = globalThis as Record<symbol, unknown>;
    try {
      expect(await captureLiveStore(load)).toBe(true);
      const method = () =>
        Object.getOwnPropertyDescriptor(MutableDataStore.prototype, 'scopedStore')
          ?.value as unknown;
      const wrapped = method();
      expect(await captureLiveStore(load)).toBe(true);
      expect(method()).toBe(wrapped);
      const store = new MutableDataStore();
      expect(store.scopedStore('kb')).toEqual({ name: 'kb', store });
      expect(global[LIVE_STORE]).toBe(store);
    } finally {
      delete global[LIVE_STORE];
    }
  });

  it('changes nothing when Astro has no such module or method', async () => {
    expect(await captureLiveStore(() => Promise.reject(new Error('moved')))).toBe(false);
    expect(await captureLiveStore(() => Promise.resolve({}))).toBe(false);
    expect(
      await captureLiveStore(() => Promise.resolve({ MutableDataStore: { prototype: {} } })),
    ).toBe(false);
  });

  it("finds Astro's own store module", async () => {
    const url = new URL('./content/mutable-data-store.js', import.meta.resolve('astro'));
    const { MutableDataStore } = (await import(url.href)) as {
      MutableDataStore: { prototype: { scopedStore: unknown } };
    };
    expect(typeof MutableDataStore.prototype.scopedStore).toBe('function');
  });
});

describe('contentStoreParts', () => {
  it("forgets a store an earlier build in the same process left, before this build's sync", async () => {
    const global = globalThis as Record<symbol, unknown>;
    global[LIVE_STORE] = { _collections: new Map([['kb', new Map()]]) };
    try {
      const setup = contentStoreParts().hooks['astro:config:setup'] as unknown as (options: {
        config: { output: string; cacheDir: URL };
        command: string;
        updateConfig: () => void;
      }) => Promise<void>;
      await setup({
        config: { output: 'static', cacheDir: new URL('file:///tmp/cache/') },
        command: 'build',
        updateConfig: () => undefined,
      });
      expect(global[LIVE_STORE]).toBeUndefined();
    } finally {
      delete global[LIVE_STORE];
    }
  });
});
