/**
 * The content store's module is rewritten to read Astro's store file, or into 1 MB string parts
 * (src/integrations/content-store-parts.ts): the module must still give exactly the store Astro wrote.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { splitStoreModule, storeFromFile } from '../../src/integrations/content-store-parts.ts';

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

describe('storeFromFile', () => {
  const store = [['kb', { 'a/b': { title: '退款 "时效"', html: '<p>一</p>\n' } }]];

  it('reads the store file when it holds exactly what the module holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    try {
      const file = join(dir, 'data-store.json');
      writeFileSync(file, JSON.stringify(store));
      // Written before this process started: the text is compared.
      const code = storeFromFile(storeModule(store), file, Date.now() + 60_000);
      expect(code).toContain('readFileSync');
      const module = (await import(`data:text/javascript,${encodeURIComponent(code!)}`)) as {
        default: unknown;
      };
      expect(module.default).toEqual(store);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the module when the file differs or is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    try {
      const file = join(dir, 'data-store.json');
      expect(storeFromFile(storeModule(store), file)).toBeUndefined();
      writeFileSync(file, JSON.stringify([['kb', {}]]));
      expect(storeFromFile(storeModule(store), file, Date.now() + 60_000)).toBeUndefined();
      // A file Astro wrote during this build is the one the module was made from.
      expect(storeFromFile(storeModule(store), file, 0)).toContain('readFileSync');
      expect(storeFromFile('export default new Map()', file, 0)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
