import { describe, expect, it } from 'vitest';
import { closesFence, fencedLines } from '../../src/lib/markdown/fences.ts';

describe('fencedLines', () => {
  it('marks fenced blocks with their fences, nested in lists and quotes too', () => {
    const lines = [
      'text',
      '```js',
      '[x](a.md)',
      '```',
      '- item',
      '  ~~~',
      '  ## not a heading',
      '  ~~~',
      '> ```',
      '> code',
      '> ```',
      'after',
    ];
    expect(fencedLines(lines)).toEqual([
      false,
      true,
      true,
      true,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('closes only on a bare fence of the same character, at least as long', () => {
    expect(closesFence('```', '```')).toBe(true);
    expect(closesFence('`````', '````')).toBe(true);
    expect(closesFence('```', '````')).toBe(false);
    expect(closesFence('~~~', '```')).toBe(false);
    expect(closesFence('```js', '```')).toBe(false);
    expect(fencedLines(['```', 'code', '```sql', 'still code'])).toEqual([true, true, true, true]);
  });
});
