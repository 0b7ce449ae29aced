import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { compare, formatValue } from '../../scripts/lib/bench/budgets.ts';
import {
  firstStarlightArticle,
  makeClean,
  writeStarlightSite,
} from '../../scripts/lib/bench/starlight.ts';

const made: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-starlight-test-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const write = (file: string, text: string) => {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
};

describe('the Starlight side of the comparison', () => {
  it('gets every article at its relative path, title and summary as title and description', () => {
    const kb = scratch();
    write(
      join(kb, 'returns/refunds.md'),
      '---\ntitle: 退款时效\nsummary: 各渠道到账时间。\ntier: basic\n---\n\n## 到账\n\n正文。\n',
    );
    write(join(kb, 'scripts/apology.mdx'), '---\ntitle: 致歉模板\ntier: basic\n---\n\n模板。\n');
    const site = scratch();
    write(join(site, 'src/content/docs/stale.md'), '---\ntitle: old\n---\n');

    expect(writeStarlightSite(site, kb)).toBe(2);

    const refunds = matter(readFileSync(join(site, 'src/content/docs/returns/refunds.md'), 'utf8'));
    expect(refunds.data).toEqual({ title: '退款时效', description: '各渠道到账时间。' });
    expect(refunds.content).toContain('## 到账\n\n正文。');
    const apology = matter(readFileSync(join(site, 'src/content/docs/scripts/apology.md'), 'utf8'));
    expect(apology.data).toEqual({ title: '致歉模板' });
    // A run starts from the articles it was given: nothing of an earlier run is left.
    expect(() => readFileSync(join(site, 'src/content/docs/stale.md'))).toThrow();
    expect(readFileSync(join(site, 'src/content.config.ts'), 'utf8')).toContain('docsLoader()');
    expect(readFileSync(join(site, 'astro.config.mjs'), 'utf8')).toContain("lang: 'zh-CN'");
  });

  it('removes the output and the caches that would make a build warm', () => {
    const site = scratch();
    for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
      write(join(site, dir, 'x'), 'x');
    write(join(site, 'node_modules/astro/package.json'), '{}');
    makeClean(site);
    for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
      expect(() => readFileSync(join(site, dir, 'x'))).toThrow();
    expect(readFileSync(join(site, 'node_modules/astro/package.json'), 'utf8')).toBe('{}');
  });

  it('measures an article page, not the index or the 404 page', () => {
    const dist = scratch();
    for (const page of ['index.html', '404/index.html', 'returns/refunds/index.html'])
      write(join(dist, page), '<h1>x</h1>');
    expect(firstStarlightArticle(dist)).toBe('/returns/refunds/');
  });
});

describe('the side-by-side budgets', () => {
  it('hold a wall-time ratio to 0.5 and a one-article rebuild to 0.15 of a clean build', () => {
    const verdicts = compare([
      { id: 'vs.wall.ratio', label: 'wall', value: 0.51, unit: 'ratio' },
      { id: 'vs.rebuild.ratio', label: 'rebuild', value: 0.15, unit: 'ratio' },
    ]);
    expect(verdicts.map((v) => v.ok)).toEqual([false, true]);
    expect(formatValue(0.456, 'ratio')).toBe('0.46×');
  });
});
