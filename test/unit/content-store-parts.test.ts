/**
 * The content store's module is rewritten to read Astro's store file, or into 1 MB string parts
 * (src/integrations/content-store-parts.ts): the module must still give exactly the store Astro wrote.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { splitStoreModule, storeFromCopy } from '../../src/integrations/content-store-parts.ts';

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

  it('leaves a module of another shape alone', () => {
    expect(storeFromCopy('export default new Map()', '/nonexistent/x.json')).toBeUndefined();
    expect(storeFromCopy('export default{"kb":[]}', '/nonexistent/x.json')).toBeUndefined();
  });
});
