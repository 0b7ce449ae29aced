import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { frontMatterBody } from '../lib/diagnostics/front-matter.ts';

let bodies: Promise<Map<string, string>> | undefined;

/**
 * Every article's Markdown body by entry id, read from disk once per build: the content store does
 * not keep bodies (`retainBody: false` in src/content.config.ts), which saves memory at scale.
 */
export function loadBodies(): Promise<Map<string, string>> {
  bodies ??= getCollection('kb').then(
    (entries) =>
      new Map(
        entries.map((e) => {
          const source = e.filePath ? readFileSync(e.filePath, 'utf8') : '';
          return [e.id, frontMatterBody(source) ?? source] as const;
        }),
      ),
  );
  return bodies;
}
