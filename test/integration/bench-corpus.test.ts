import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeCorpus, writeSnapshots } from '../../scripts/lib/bench/corpus.ts';
import { walk } from '../../scripts/lib/bench/build.ts';
import { repoRoot } from '../../scripts/lib/temp-project.ts';

const made: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-test-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const files = (root: string) =>
  Object.fromEntries(walk(root).map((f) => [relative(root, f), readFileSync(f, 'utf8')]));

describe('synthetic corpus', () => {
  it('writes the same articles for the same seed, 80 % Chinese, templates as MDX', () => {
    const [a, b] = [scratch(), scratch()];
    const options = { total: 40, categories: ['returns', 'billing'], seed: 7 };
    const counts = writeCorpus(a, options);
    writeCorpus(b, options);
    expect(files(a)).toEqual(files(b));
    expect(counts.zh).toBe(32);
    expect(counts.en).toBe(8);
    const written = Object.entries(files(a));
    expect(written).toHaveLength(40);
    const mdx = written.filter(([path]) => path.endsWith('.mdx'));
    expect(mdx).toHaveLength(counts.templates);
    for (const [, text] of mdx) {
      expect(text).toContain('type: template');
      expect(text).toContain('<ReplyTemplate');
    }
    expect(
      written.every(([path]) => /^content\/kb\/(zh-cn|en)\/(returns|billing)\//.test(path)),
    ).toBe(true);
  });

  it('extends the sample snapshots backwards, one per quarter, typing no figure the records or exports compute', () => {
    const root = scratch();
    mkdirSync(join(root, 'data'));
    cpSync(join(repoRoot, 'data/snapshots'), join(root, 'data/snapshots'), { recursive: true });
    cpSync(join(repoRoot, 'data/kpis.json'), join(root, 'data/kpis.json'));
    // A problem that names a tag is given its counted frequency in the quarters the export misses.
    cpSync(join(repoRoot, 'data/tickets'), join(root, 'data/tickets'), { recursive: true });
    cpSync(
      join(repoRoot, 'data/problem-frequency.json'),
      join(root, 'data/problem-frequency.json'),
    );
    const before = readdirSync(join(root, 'data/snapshots')).sort();
    expect(writeSnapshots(root, before.length + 5, 1)).toBe(before.length + 5);
    const after = readdirSync(join(root, 'data/snapshots')).sort();
    expect(after).toHaveLength(before.length + 5);
    expect(after.slice(5)).toEqual(before);
    const earliest = JSON.parse(readFileSync(join(root, 'data/snapshots', after[0]!), 'utf8')) as {
      period: string;
      metrics: Record<string, number | null>;
      training?: unknown;
      problems?: { tag?: string; frequency?: number }[];
    };
    const tagged = JSON.parse(readFileSync(join(root, 'data/snapshots', before[0]!), 'utf8')) as {
      problems?: { tag?: string }[];
    };
    expect(tagged.problems?.some((problem) => problem.tag)).toBe(true);
    expect(
      earliest.problems?.every((problem) => !problem.tag && Number.isInteger(problem.frequency)),
    ).toBe(true);
    expect(`${earliest.period.toLowerCase()}.json`).toBe(after[0]);
    expect(Object.keys(earliest.metrics).length).toBeGreaterThan(5);
    // Training and ticket-flow figures come from records and exports; a typed copy would be an error.
    for (const computed of ['training-coverage', 'exam-pass-rate', 'ticket-volume', 'backlog'])
      expect(earliest.metrics).not.toHaveProperty(computed);
    expect(earliest.training).toBeUndefined();
  });
});
