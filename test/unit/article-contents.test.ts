import { describe, expect, it } from 'vitest';
import { articleContents } from '../../src/lib/kb/article-page.ts';

const h = (depth: number, text: string, slug = text) => ({ depth, text, slug });

describe('articleContents', () => {
  it('lists h2 and h3 sections, h3 under h2, and shows them from three top sections', () => {
    const { entries, show } = articleContents([
      h(1, 'Title'),
      h(2, 'A'),
      h(3, 'A.1'),
      h(2, 'B'),
      h(4, 'B.1.1'),
      h(2, 'C'),
    ]);
    expect(entries.map((e) => `${e.level} ${e.text}`)).toEqual(['1 A', '2 A.1', '1 B', '1 C']);
    expect(show).toBe(true);
    expect(articleContents([h(2, 'A'), h(3, 'A.1'), h(3, 'A.2'), h(2, 'B')]).show).toBe(false);
  });

  it('lists a page of h3 sections flush, and leaves the footnote list’s heading out', () => {
    const { entries, show } = articleContents([
      h(3, 'Q1'),
      h(3, 'Q2'),
      h(3, 'Q3'),
      h(2, '脚注', 'footnote-label'),
    ]);
    expect(entries.map((e) => `${e.level} ${e.text}`)).toEqual(['1 Q1', '1 Q2', '1 Q3']);
    expect(show).toBe(true);
    expect(articleContents([])).toEqual({ entries: [], show: false });
  });
});
