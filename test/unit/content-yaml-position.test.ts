import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/lib/diagnostics/front-matter.ts';
import { yamlPositions } from '../../src/lib/diagnostics/yaml-position.ts';
import { parsePlan } from '../../src/lib/roadmap/plan-file.ts';

const yaml = ['title:', 'tags: [a, b]', 'owner:', '  name: Desk', 'related:', '  - one', '  - two'];
const positions = () => {
  const lineCounter = new LineCounter();
  return yamlPositions(parseDocument(yaml.join('\n'), { lineCounter }), lineCounter);
};

describe('yamlPositions', () => {
  it('points at a key (even with no value), a nested key and a list item', () => {
    const at = positions();
    expect(at(['title'])).toEqual({ line: 1, column: 1 });
    expect(at(['tags', 1])).toEqual({ line: 2, column: 11 });
    expect(at(['owner', 'name'])).toEqual({ line: 4, column: 3 });
    expect(at(['related', 1])).toEqual({ line: 7, column: 5 });
  });

  it('falls back to the nearest ancestor that exists, then to line 1', () => {
    const at = positions();
    expect(at(['related', 9])).toEqual({ line: 5, column: 1 });
    expect(at(['owner', 'team'])).toEqual({ line: 3, column: 1 });
    expect(at(['nothing'])).toEqual({ line: 1, column: 1 });
  });

  it('is the rule of both the front matter and the plan', () => {
    const front = readFrontMatter(['---', ...yaml, '---', 'Body'].join('\n'))!;
    const plan = parsePlan(yaml.join('\n'), 'data/plan.yaml');
    // Front matter lines count from the file's `---`, one above the plan's.
    expect(front.position(['title'])).toEqual({ line: 2, column: 1 });
    expect(front.position(['related', 1])).toEqual({ line: 8, column: 5 });
    expect(plan.position(['related', 1])).toEqual({ line: 7, column: 5 });
    expect(plan.position(['title'])).toEqual({ line: 1, column: 1 });
  });
});
