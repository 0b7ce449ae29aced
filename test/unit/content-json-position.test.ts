import { describe, expect, it } from 'vitest';
import { jsonPositions } from '../../src/lib/diagnostics/json-position.ts';

const text = `{
  "period": "2026-Q3",
  "metrics": {
    "csat": 87.5,
    "nps": null
  },
  "list": [1, {"a": "x\\"y"}, [true]],
  "empty": {}
}`;

describe('jsonPositions', () => {
  const at = jsonPositions(text);
  it('points at the key of an object member', () => {
    expect(at(['period'])).toEqual({ line: 2, column: 3 });
    expect(at(['metrics', 'nps'])).toEqual({ line: 5, column: 5 });
  });
  it('points at the value of an array item, nested and after escaped quotes', () => {
    expect(at(['list', 0])).toEqual({ line: 7, column: 12 });
    expect(at(['list', 1, 'a'])).toEqual({ line: 7, column: 16 });
    expect(at(['list', 2])).toEqual({ line: 7, column: 30 });
    expect(at(['list', 2, 0])).toEqual({ line: 7, column: 31 });
    expect(at(['empty'])).toEqual({ line: 8, column: 3 });
  });
  it('falls back to the nearest known ancestor, then to line 1', () => {
    expect(at(['metrics', 'fcr'])).toEqual({ line: 3, column: 3 });
    expect(at(['nothing', 'here'])).toEqual({ line: 1, column: 1 });
    expect(at([])).toEqual({ line: 1, column: 1 });
  });
  it('keeps what it found in a text it cannot finish', () => {
    const broken = jsonPositions('{\n  "a": 1,\n  "b": [1, ');
    expect(broken(['a'])).toEqual({ line: 2, column: 3 });
  });
});
