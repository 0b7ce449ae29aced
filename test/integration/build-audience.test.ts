/**
 * Issue 6, acceptance: "A public build contains no byte of the internal content." Builds the
 * fixture in test/fixtures/audience (every internal article plants `zqxleak…` markers in its
 * title, summary, tags, aliases, headings, body, owner, slug, reply-template field and image) once
 * with SITE_AUDIENCE=public and once internal, in throwaway copies of the project, then reads every
 * file of each dist/ — Pagefind's gzip-compressed index, fragments and filters decompressed,
 * percent-escapes decoded — and every file path. The internal build is the control: it must hold
 * the markers in every channel, or the scan proves nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTempProject,
  createTempProject,
  removeTempProject,
} from '../../scripts/lib/temp-project.ts';

const TIMEOUT = 180_000;
const MARKERS = /zqxleak|鲸鳕暗号/i;
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

interface Built {
  project: string;
  status: number | null;
  output: string;
  /** dist-relative path (always `/`) → the file's text, decompressed when it was gzip. */
  files: Map<string, string>;
  /** How many gzip files carried Pagefind's signature once decompressed. */
  pagefindDecoded: number;
}

const decodeEscapes = (text: string): string =>
  text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });

function readDist(dist: string): Pick<Built, 'files' | 'pagefindDecoded'> {
  const files = new Map<string, string>();
  let pagefindDecoded = 0;
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/');
    let bytes = readFileSync(join(dist, path));
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      bytes = gunzipSync(bytes);
      if (bytes.subarray(0, PAGEFIND_SIGNATURE.length).toString() === PAGEFIND_SIGNATURE)
        pagefindDecoded++;
    }
    const text = bytes.toString('utf8');
    files.set(path, `${text}\n${decodeEscapes(text)}`);
  }
  return { files, pagefindDecoded };
}

function build(audience: 'public' | 'internal'): Built {
  const project = createTempProject(`audience-${audience}`, [], {
    content: 'test/fixtures/audience',
  });
  const run = buildTempProject(project, TIMEOUT / 2 - 10_000, { SITE_AUDIENCE: audience });
  const dist = join(project, 'dist');
  return {
    project,
    status: run.status,
    output: run.output,
    ...(existsSync(dist) ? readDist(dist) : { files: new Map(), pagefindDecoded: 0 }),
  };
}

/** `file: …context…` for every marker found, so a failure shows where the leak is. */
function leaks(built: Built): string[] {
  const found: string[] = [];
  for (const [path, text] of built.files) {
    if (MARKERS.test(decodeEscapes(path))) found.push(`path ${path}`);
    const at = text.search(MARKERS);
    if (at >= 0) found.push(`${path}: …${text.slice(Math.max(0, at - 60), at + 40)}…`);
  }
  return found;
}

const withMarker = (built: Built, pathPattern: RegExp): string[] =>
  [...built.files].filter(([p, text]) => pathPattern.test(p) && MARKERS.test(text)).map(([p]) => p);

const page = (built: Built, path: string): string => built.files.get(path) ?? '';

/**
 * The learning platform's roster (data/training/, copied into every throwaway project): each
 * agent's id and display name is a marker of its own, planted by the records themselves.
 */
const rosterMarkers = (project: string): string[] =>
  readFileSync(join(project, 'data/training/roster.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .flatMap((line) => line.split(',').slice(0, 2));

/** Files (and paths) holding any roster id or name, so a failure shows where. */
function recordLeaks(built: Built): string[] {
  const needles = rosterMarkers(built.project).map((n) => n.toLowerCase());
  const found: string[] = [];
  for (const [path, text] of built.files) {
    const haystack = `${decodeEscapes(path)}\n${text}`.toLowerCase();
    const hit = needles.find((n) => haystack.includes(n));
    if (hit) found.push(`${path}: ${hit}`);
  }
  return found;
}

/** Every matching file's text, joined: an index split into shards reads as one. */
const joined = (built: Built, pathPattern: RegExp): string =>
  [...built.files]
    .filter(([p]) => pathPattern.test(p))
    .map(([, text]) => text)
    .join('\n');

// The quick-find index, one file per locale or sharded into a folder per locale.
const quickFind = (locale: string) => new RegExp(`^${locale}/quick-find(?:\\.json$|/)`);

let pub: Built;
let internal: Built;

beforeAll(() => {
  pub = build('public');
  internal = build('internal');
}, TIMEOUT);

afterAll(() => {
  for (const b of [pub, internal]) if (b) removeTempProject(b.project);
});

describe('a public build (SITE_AUDIENCE=public)', { timeout: TIMEOUT }, () => {
  it('builds', () => {
    expect(pub.status, pub.output.slice(-3000)).toBe(0);
    expect(pub.files.size).toBeGreaterThan(20);
  });

  it('contains no byte of internal content in any file, Pagefind’s decompressed index included', () => {
    expect(pub.pagefindDecoded).toBeGreaterThan(3);
    expect(leaks(pub)).toEqual([]);
  });

  it('contains no training record: no agent id or name from the roster in any byte', () => {
    expect(rosterMarkers(pub.project)).toHaveLength(280);
    expect(recordLeaks(pub)).toEqual([]);
  });

  it('generates no page of an internal article, reports, roadmap or content health', () => {
    const paths = [...pub.files.keys()];
    expect(paths).not.toContain('en/kb/returns/refund-basics/index.html');
    expect(paths.filter((p) => /^[a-z-]+\/(reports|roadmap|health)\//.test(p))).toEqual([]);
    // Nor any report table as CSV, nor a report in the feeds.
    expect(paths.filter((p) => p.endsWith('.csv'))).toEqual([]);
    for (const locale of ['zh-cn', 'en'])
      expect(page(pub, `${locale}/feed.xml`)).not.toContain('/reports/');
    // The category only internal articles use has no browse page.
    expect(paths).not.toContain('zh-cn/browse/category/compliance/index.html');
  });

  it('links to none of them', () => {
    const dangling = [...pub.files]
      .filter(([p]) => p.endsWith('.html'))
      .flatMap(([p, html]) =>
        [...html.matchAll(/href="\/([^"#?]*)"/g)]
          .map((m) => m[1]!)
          .map((target) => decodeURIComponent(target))
          .filter((target) => !pub.files.has(target.endsWith('/') ? `${target}index.html` : target))
          .map((target) => `${p} → /${target}`),
      );
    expect([...new Set(dangling)]).toEqual([]);
  });

  it('keeps the public articles, searchable in both engines, in the sitemap and the feeds', () => {
    expect(page(pub, 'en/kb/billing/invoice-copies/index.html')).toContain('zqxpublicinvoice');
    expect(page(pub, 'zh-cn/kb/returns/refund-basics/index.html')).toContain('zqxpublictitle');
    const pagefind = joined(pub, /^pagefind\//);
    expect(pagefind).toContain('zqxpublicinvoice');
    expect(pagefind).toContain('zqxpublictitle');
    expect(joined(pub, quickFind('en'))).toContain('zqxpublicinvoice');
    expect(joined(pub, quickFind('zh-cn'))).toContain('zqxpublictitle');
    expect(page(pub, 'sitemap-0.xml')).toContain(
      '<loc>https://handbook.example.com/en/kb/billing/invoice-copies/</loc>',
    );
    expect(page(pub, 'zh-cn/feed.xml')).toContain('zqxpublictitle');
    expect(page(pub, 'en/feed.xml')).toContain('zqxpublicinvoice');
  });

  it('counts only public articles', () => {
    const zhHome = page(pub, 'zh-cn/index.html');
    expect(zhHome).toContain('全部 2 篇文章');
    const tags = page(pub, 'zh-cn/tags/index.html');
    expect(tags).toContain('>退款 <span class="muted">1</span>');
  });

  it('names no internal translation and offers no edit link into the team’s repository', () => {
    const article = page(pub, 'zh-cn/kb/returns/refund-basics/index.html');
    expect(article).not.toContain('data-testid="translation-link"');
    // The switch goes to the other knowledge base, not to the internal English version.
    expect(/<a[^>]*href="([^"]*)"[^>]*data-testid="language-switch"/.exec(article)?.[1]).toBe(
      '/en/kb/',
    );
    expect(article).not.toContain('编辑此页');
    expect(article).not.toContain('rel="nofollow"');
  });

  it('invites search engines', () => {
    expect(page(pub, 'robots.txt')).toContain(
      'Sitemap: https://handbook.example.com/sitemap-index.xml',
    );
    expect(page(pub, 'robots.txt')).not.toContain('Disallow');
    expect(page(pub, 'en/index.html')).not.toContain('name="robots"');
  });
});

describe('the same fixture built internal (the scan’s control)', { timeout: TIMEOUT }, () => {
  it('builds', () => {
    expect(internal.status, internal.output.slice(-3000)).toBe(0);
  });

  it('holds the training records (dashboard, growth records) the public scan looks for', () => {
    expect(recordLeaks(internal).length).toBeGreaterThan(100);
    expect(internal.files.has('en/training/dashboard/index.html')).toBe(true);
  });

  it('holds the markers in every channel the public scan reads', () => {
    expect(withMarker(internal, /\.html$/).length).toBeGreaterThan(5);
    expect(withMarker(internal, /^pagefind\/fragment\//).length).toBeGreaterThan(0);
    expect(withMarker(internal, /^pagefind\/index\//).length).toBeGreaterThan(0);
    expect(withMarker(internal, /^pagefind\/filter\//).length).toBeGreaterThan(0);
    expect(joined(internal, quickFind('en'))).toMatch(MARKERS);
    expect(joined(internal, quickFind('zh-cn'))).toMatch(MARKERS);
    expect(withMarker(internal, /feed\.xml$/)).toHaveLength(2);
    expect(withMarker(internal, /^sitemap-0\.xml$/)).toHaveLength(1);
    expect([...internal.files.keys()].some((p) => p.startsWith('_astro/zqxleak-diagram.'))).toBe(
      true,
    );
    expect(page(internal, 'en/reports/2026-q3/index.html')).toContain('zqxleakreport5');
    // The report's tables as CSV, and the report in the feed with its narrative's summary.
    expect(internal.files.get('en/reports/2026-q3/scorecard.csv')).toMatch(/^\uFEFFKPI,Value,/);
    expect(page(internal, 'en/feed.xml')).toMatch(
      /<item><title>Service quality report, Q3 2026<\/title><link>[^<]*\/en\/reports\/2026-q3\/<\/link>[\s\S]*?zqxleakreport5/,
    );
    expect(page(internal, 'zh-cn/kb/returns/refund-basics/index.html')).toContain(
      'data-testid="translation-link"',
    );
  });

  it('keeps search engines out', () => {
    expect(page(internal, 'robots.txt')).toContain('Disallow: /');
    expect(page(internal, 'en/index.html')).toContain(
      '<meta name="robots" content="noindex, nofollow">',
    );
    expect(page(internal, 'index.html')).toContain('noindex');
  });
});
