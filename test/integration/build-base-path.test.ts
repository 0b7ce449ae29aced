/**
 * The site served from a sub-path (`BASE_PATH=/handbook/`): every internal link, asset and
 * search URL written into the pages must carry the prefix and point at a file the build wrote.
 * Builds the real sample content in a throwaway copy of the project.
 */
import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTempProject,
  createTempProject,
  removeTempProject,
} from '../../scripts/lib/temp-project.ts';

const BASE = '/handbook/';
const TIMEOUT = 120_000;
let project: string;
let dist: string;
let status: number | null;
let output: string;

beforeAll(() => {
  project = createTempProject('base-path', ['content']);
  // A translation under another slug: its twin must still name it as the English version.
  renameSync(
    join(project, 'content/kb/en/orders/delivery-delay-notice-template.mdx'),
    join(project, 'content/kb/en/orders/delay-notice.mdx'),
  );
  const build = buildTempProject(project, TIMEOUT - 10_000, { BASE_PATH: BASE });
  status = build.status;
  output = build.output;
  dist = join(project, 'dist');
}, TIMEOUT);

afterAll(() => {
  if (project) removeTempProject(project);
});

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));

/** Site paths in attributes (href, src, action, data-*), without query or fragment. */
const sitePaths = (html: string): string[] =>
  [...html.matchAll(/\s(?:href|src|action|data-[a-z-]+)="(\/(?!\/)[^"#?]*)/g)].map((m) => m[1]!);

const exists = (path: string): boolean => {
  const file = join(dist, decodeURIComponent(path.slice(BASE.length)));
  // A folder is a page (index.html) or the palette's shard folder (head.json + shards).
  return (
    existsSync(file) &&
    (!file.endsWith('/') ||
      existsSync(join(file, 'index.html')) ||
      existsSync(join(file, 'head.json')))
  );
};

describe(`a build served from ${BASE}`, { timeout: TIMEOUT }, () => {
  it('builds', () => {
    expect(status, output.slice(-2000)).toBe(0);
  });

  it('prints no warning an editor cannot act on (the sample has .mdx articles)', () => {
    expect(output).not.toMatch(/\[WARN\]|MODULE_LEVEL_DIRECTIVE/);
  });

  it('gives an article translated under another slug hreflang links to its twin', () => {
    const html = readFileSync(
      join(dist, 'zh-cn/kb/orders/delivery-delay-notice-template/index.html'),
      'utf8',
    );
    const links = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)];
    expect(links.map((m) => [m[1], new URL(m[2]!).pathname])).toEqual([
      ['zh-CN', `${BASE}zh-cn/kb/orders/delivery-delay-notice-template/`],
      ['en', `${BASE}en/kb/orders/delay-notice/`],
    ]);
  });

  it('writes only links and assets under the base path that resolve to built files', () => {
    const broken: string[] = [];
    for (const file of htmlFiles(dist)) {
      for (const path of sitePaths(readFileSync(file, 'utf8'))) {
        if (!path.startsWith(BASE) || !exists(path))
          broken.push(`${file.slice(dist.length)} → ${path}`);
      }
    }
    expect([...new Set(broken)].slice(0, 20)).toEqual([]);
  });

  it('labels reply templates in the page’s own language', () => {
    const page = readFileSync(
      join(dist, 'en/kb/returns/refund-confirmation-template/index.html'),
      'utf8',
    );
    expect(/data-copy[^>]*>([^<]*)</.exec(page)?.[1]).toBe('Copy reply');
  });
});
