/**
 * Issue 12: `npm run dev` survives a broken article, says what is wrong in the terminal and on the
 * page (the check's own message, no stack trace), and picks up the fix when the file is saved.
 * Runs the real `astro dev` in a throwaway copy of the project; every wait polls for a state.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, createTempProject, removeTempProject } from '../../scripts/lib/temp-project.ts';

const article = 'content/kb/zh-cn/returns/after-sales-desk-howto.md';
const page = '/zh-cn/kb/returns/after-sales-desk-howto/';
const STARTUP = 120_000;

let project: string;
let dev: ChildProcess;
let output = '';
let origin = '';
let original = '';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Poll `check` every 200 ms until it returns a value or `ms` pass. */
async function until<T>(what: string, check: () => Promise<T | undefined>, ms: number) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const fetchPage = async () => {
  const response = await fetch(`${origin}${page}`);
  return { status: response.status, html: await response.text() };
};

const write = (text: string) => writeFileSync(join(project, article), text);

beforeAll(async () => {
  project = createTempProject('dev-loop', ['content']);
  original = readFileSync(join(project, article), 'utf8');
  write(original.replace(/^tier: .*$/m, 'tier: guru'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: project,
    env: buildEnv(),
    detached: true,
  });
  const collect = (chunk: Buffer) => (output += stripVTControlCharacters(chunk.toString()));
  dev.stdout?.on('data', collect);
  dev.stderr?.on('data', collect);
  await until(
    'the dev server',
    () => Promise.resolve(/ready in/.test(output) ? true : undefined),
    STARTUP,
  );
}, STARTUP + 10_000);

afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  if (project) removeTempProject(project);
});

describe('npm run dev with a broken article', { timeout: 90_000 }, () => {
  it('keeps running and prints the friendly message, with no stack trace', () => {
    expect(dev.exitCode).toBeNull();
    expect(output).toContain(`${article}:4:1  error  tier: “guru” is not allowed`);
    expect(output).not.toMatch(/InvalidContentEntryDataError|\n\s+at .+:\d+:\d+\)?\n/);
  });

  it('shows the same message on the affected page', async () => {
    const { status, html } = await until('the page', async () => fetchPage(), 60_000);
    expect(status).toBe(404);
    expect(html).toContain(`${article}:4:1`);
    expect(html).toContain('“guru” is not allowed');
  });

  it('serves the article once the fix is saved', async () => {
    write(original);
    const fixed = await until(
      'the fixed page',
      async () => {
        const result = await fetchPage();
        return result.status === 200 ? result : undefined;
      },
      60_000,
    );
    expect(fixed.html).not.toContain('held-entries');
  });

  it('holds the article back again when it breaks while the server runs', async () => {
    write(original.replace(/^reviewed: .*$/m, 'reviewed: 2026/9/15'));
    const broken = await until(
      'the broken page',
      async () => {
        const result = await fetchPage();
        return result.status === 404 ? result : undefined;
      },
      60_000,
    );
    expect(broken.html).toContain(`${article}:9:1`);
    expect(output).toContain(`${article}:9:1  error  reviewed:`);
    expect(dev.exitCode).toBeNull();
  });
});
