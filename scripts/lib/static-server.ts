import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * The files a host compresses (and the benchmark counts gzip -9). Everything else goes as it is:
 * images and wasm gain little, and Pagefind's index files are compressed by Pagefind already.
 */
export const textExtensions: ReadonlySet<string> = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.svg',
  '.xml',
  '.txt',
]);

/** Seconds a browser may reuse a file, as GitHub Pages sends it (`cache-control: max-age=600`). */
export const cacheMaxAgeSeconds = 600;

/**
 * Serve a built site on a free loopback port, as a static host would (404.html for misses).
 * `compress` gzips text responses for clients that accept it, as production hosts do (the
 * benchmark's Lighthouse and transfer figures); tests read files as they are on disk. Each file is
 * compressed once and kept: the server runs in the process that drives the browser during timed
 * measurements, where gzip -9 on every request would compete with the page for the CPU.
 */
export async function serveStatic(
  root: string,
  { compress = false }: { compress?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    // Like a typical static host (GitHub Pages sends max-age=600): a file fetched twice within
    // minutes comes from the browser's cache.
    const cache = { 'cache-control': `max-age=${cacheMaxAgeSeconds}` };
    if (
      compress &&
      textExtensions.has(extname(file)) &&
      /gzip/.test(req.headers['accept-encoding'] ?? '')
    ) {
      let body = gzipped.get(file);
      if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
      res.writeHead(status, {
        'content-type': type,
        'content-encoding': 'gzip',
        'content-length': body.length,
        vary: 'accept-encoding',
        ...cache,
      });
      res.end(body);
      return;
    }
    res.writeHead(status, { 'content-type': type, ...cache });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
