/**
 * Issue 6, item 8 acceptance: "a failing build leaves the previous dist/ untouched". Real
 * `astro build`s in a throwaway copy of the project: one that succeeds, one that fails late (a
 * page throws while rendering, after the content check passed), one that fails early (the content
 * check), one with `--outDir`; plus the swap and clean-up helpers on their own.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, createTempProject, removeTempProject } from '../../scripts/lib/temp-project.ts';
import { removeLeftovers, stagingPaths, swapInto } from '../../src/integrations/atomic-output.ts';

const BUILD_TIMEOUT = 240_000;
const MARKER = 'left by the previous good build';

const article = (extra: Record<string, string> = {}) => `---
title: ${extra['title'] ?? '售后一站式受理台：退换货五步受理法'}
summary: 退货和换货合并到一个受理台后，一位坐席从受理到预约取件一次办完，不再转组。
tier: ${extra['tier'] ?? 'basic'}
category: returns
type: howto
tags: [售后, 退货]
owner: 售后服务组
reviewed: 2026-10-15
reviewEvery: 90
status: published
audience: internal
related: []
translationKey: ${extra['key'] ?? 'after-sales-desk-howto'}
---

2026 年起，退货组和换货组合并为**售后一站式受理台**。

## 五个步骤

1. **核验（1 分钟内）** 核对订单号和收货人手机号后四位。
${extra['body'] ?? ''}`;

const kb = 'content/kb/zh-cn/returns';

function build(project: string, args: string[] = []) {
  const result = spawnSync('npx', ['astro', 'build', ...args], {
    cwd: project,
    env: buildEnv(),
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT - 10_000,
  });
  return {
    status: result.status,
    output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`),
  };
}

/** Every file under `dir` with a hash of its bytes: equal snapshots mean an untouched folder. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const path = join(current, entry);
      if (statSync(path).isDirectory()) walk(path);
      else
        files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

/** Hidden staging or parking folders beside the output folder. */
const leftovers = (project: string) =>
  readdirSync(project).filter((entry) => /-(building|previous)-\d+$/.test(entry));

describe('atomic output in real builds', { timeout: BUILD_TIMEOUT }, () => {
  let project = '';
  let first: ReturnType<typeof build>;
  let goodSite: Record<string, string>;

  beforeAll(() => {
    project = createTempProject('build-atomic');
    mkdirSync(join(project, kb), { recursive: true });
    writeFileSync(join(project, kb, 'after-sales-desk-howto.md'), article());
    // What a build killed half-way (Ctrl-C) leaves behind; pid 2^22+1 is never a live process.
    mkdirSync(join(project, '.dist-building-4194305/_astro'), { recursive: true });
    writeFileSync(join(project, '.dist-building-4194305/_astro/half.js'), 'half');
    first = build(project);
    // Something only the previous build has, to prove nothing touches the folder on failure.
    writeFileSync(join(project, 'dist/marker.txt'), MARKER);
    goodSite = snapshot(join(project, 'dist'));
  }, BUILD_TIMEOUT);

  afterAll(() => {
    if (project) removeTempProject(project);
  });

  it('a good build writes dist/ and clears what an interrupted build left', () => {
    expect(first.status, first.output).toBe(0);
    expect(
      existsSync(join(project, 'dist/zh-cn/kb/returns/after-sales-desk-howto/index.html')),
    ).toBe(true);
    expect(existsSync(join(project, 'dist/pagefind/pagefind.js'))).toBe(true);
    expect(first.output).toContain(
      'removed what an interrupted build left: .dist-building-4194305',
    );
    expect(leftovers(project)).toEqual([]);
  });

  it('a build that fails while rendering a page leaves dist/ byte for byte as it was', () => {
    // A realistic late mistake: a reply placeholder typed in MDX prose is an undefined variable,
    // which passes the content check and fails only when the page renders.
    writeFileSync(
      join(project, kb, 'placeholder-in-prose.mdx'),
      article({ key: 'placeholder-in-prose', body: '\n您好 {customer}，退款已原路退回。\n' }),
    );
    const late = build(project);
    rmSync(join(project, kb, 'placeholder-in-prose.mdx'));
    expect(late.status, late.output).not.toBe(0);
    expect(late.output).toMatch(/customer is not defined/);
    // It failed after rendering had begun, i.e. after the content check.
    expect(late.output).toMatch(/generating static routes/i);
    expect(snapshot(join(project, 'dist'))).toEqual(goodSite);
    expect(leftovers(project)).toEqual([]);
  });

  it('a build stopped by the content check leaves dist/ untouched too', () => {
    writeFileSync(join(project, kb, 'guru.md'), article({ key: 'guru', tier: 'guru' }));
    const early = build(project);
    rmSync(join(project, kb, 'guru.md'));
    expect(early.status).not.toBe(0);
    expect(early.output).toContain('Nothing was built.');
    expect(snapshot(join(project, 'dist'))).toEqual(goodSite);
    expect(leftovers(project)).toEqual([]);
  });

  it('--outDir is honoured: the build lands there and dist/ is not touched', () => {
    const custom = build(project, ['--outDir', 'public-site']);
    expect(custom.status, custom.output).toBe(0);
    expect(existsSync(join(project, 'public-site/zh-cn/index.html'))).toBe(true);
    expect(existsSync(join(project, 'public-site/pagefind/pagefind.js'))).toBe(true);
    expect(snapshot(join(project, 'dist'))).toEqual(goodSite);
    expect(leftovers(project)).toEqual([]);
  });
});

describe('swap and clean-up helpers', () => {
  let root = '';
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'atomic-helpers-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const write = (path: string, text: string) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  };

  it('swapInto replaces the old site and removes it', () => {
    const outDir = join(root, 'swap/dist');
    const { staging, previous } = stagingPaths(outDir, 7);
    write(join(outDir, 'old.html'), 'old');
    write(join(staging, 'new.html'), 'new');
    swapInto(staging, outDir, previous);
    expect(readdirSync(outDir)).toEqual(['new.html']);
    expect(readdirSync(join(root, 'swap'))).toEqual(['dist']);
  });

  it('swapInto works for a first build (no previous site)', () => {
    const outDir = join(root, 'first/dist');
    const { staging, previous } = stagingPaths(outDir, 8);
    write(join(staging, 'index.html'), 'new');
    swapInto(staging, outDir, previous);
    expect(readdirSync(join(root, 'first'))).toEqual(['dist']);
  });

  it('removeLeftovers restores a site a dead swap had parked, and keeps a live build', () => {
    const outDir = join(root, 'left/dist');
    write(join(root, 'left/.dist-previous-4194305/index.html'), 'good');
    write(join(root, 'left/.dist-building-4194306/index.html'), 'half');
    write(join(root, `left/.dist-building-${process.pid}/index.html`), 'running');
    expect(removeLeftovers(outDir).sort()).toEqual([
      '.dist-building-4194306',
      '.dist-previous-4194305',
    ]);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('good');
    expect(readdirSync(join(root, 'left')).sort()).toEqual([
      `.dist-building-${process.pid}`,
      'dist',
    ]);
  });
});
