/** The benchmark reads Pagefind's timing from the build log (scripts/lib/bench/build.ts). */
import { describe, expect, it } from 'vitest';
import { parseIndexedLine } from '../../scripts/lib/bench/build.ts';

describe('parseIndexedLine', () => {
  it('reads the line src/integrations/search-index.ts logs', () => {
    const log =
      '04:29:37 [\u001b[34mservice-handbook:search-index\u001b[39m] indexed 1238 pages (1238 as they were rendered) in 238 ms after the last page\n';
    expect(parseIndexedLine(log)).toEqual({ pages: 1238, whileRendering: 1238, ms: 238 });
  });

  it('is undefined when the build logged no index', () => {
    expect(parseIndexedLine('[build] Complete!')).toBeUndefined();
  });
});
