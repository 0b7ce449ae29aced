/** The local server of the benchmark and the browser tests: what it compresses and caches. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';

let root: string;
let server: Awaited<ReturnType<typeof serveStatic>>;
const page = '<!doctype html><title>x</title>'.repeat(50);
const fragment = Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4]);

/** A raw GET (fetch would decode the body and hide the encoding). */
const get = (path: string) =>
  new Promise<{ headers: Record<string, unknown>; body: Buffer; status: number }>(
    (resolve, reject) => {
      const req = request(
        `${server.url}${path}`,
        { headers: { 'accept-encoding': 'gzip, br' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              headers: res.headers,
              body: Buffer.concat(chunks),
              status: res.statusCode ?? 0,
            }),
          );
        },
      );
      req.on('error', reject);
      req.end();
    },
  );

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(root, 'pagefind/fragment'), { recursive: true });
  writeFileSync(join(root, 'index.html'), page);
  writeFileSync(join(root, '404.html'), 'not here');
  writeFileSync(join(root, 'pagefind/fragment/en_1.pf_fragment'), fragment);
  server = await serveStatic(root, { compress: true });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('serveStatic with compress', () => {
  it('gzips text, the same bytes every time, and lets the browser cache it for 10 minutes', async () => {
    const first = await get('/');
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.headers['cache-control']).toBe('max-age=600');
    expect(gunzipSync(first.body).toString()).toBe(page);
    expect((await get('/index.html')).body.equals(first.body)).toBe(true);
  });

  it('sends files Pagefind has compressed already as they are', async () => {
    const res = await get('/pagefind/fragment/en_1.pf_fragment');
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('max-age=600');
    expect(res.body.equals(fragment)).toBe(true);
  });

  it('answers a miss with 404.html', async () => {
    const res = await get('/nope/');
    expect(res.status).toBe(404);
    expect(gunzipSync(res.body).toString()).toBe('not here');
  });
});
