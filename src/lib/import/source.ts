import { globSync, readFileSync, statSync } from 'node:fs';
import { posix, relative, sep } from 'node:path';
import { list } from 'tar';
import type { SourceDoc } from './plan.ts';

const markdown = /\.(md|markdown|mdx)$/i;
const hidden = /(^|\/)(\.[^/]*|node_modules)(\/|$)/;
const text = (bytes: Buffer) => bytes.toString('utf8').replace(/^\uFEFF/, '');

/**
 * Drop a folder every path shares (`docs-cn/…` in an archive made with `tar czf x.tgz docs-cn`),
 * so the corpus' own root is the root its `/…` links mean.
 */
export function stripCommonRoot(docs: SourceDoc[]): SourceDoc[] {
  const first = docs[0]?.path.split('/')[0];
  if (!first || !docs.every((d) => d.path.startsWith(`${first}/`))) return docs;
  return docs.map((d) => ({ ...d, path: d.path.slice(first.length + 1) }));
}

/**
 * Every file of a folder or a `.tar`, `.tar.gz`, `.tgz` archive, read without changing or
 * unpacking anything. Markdown files come with their text; other files only with their path (links
 * to them are reported, not followed). Hidden files and `node_modules` are left out.
 */
export async function readSource(input: string): Promise<SourceDoc[]> {
  const docs: SourceDoc[] = [];
  if (statSync(input).isDirectory()) {
    for (const entry of globSync('**/*', { cwd: input, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const full = `${entry.parentPath}${sep}${entry.name}`;
      const path = relative(input, full).split(sep).join('/');
      if (hidden.test(path)) continue;
      docs.push({ path, text: markdown.test(path) ? text(readFileSync(full)) : '' });
    }
  } else if (/\.(tar|tar\.gz|tgz)$/i.test(input)) {
    const reads: Promise<void>[] = [];
    await list({
      file: input,
      onReadEntry(entry) {
        const path = posix.normalize(entry.path.replace(/^\.\//, ''));
        if (
          entry.type !== 'File' ||
          path.startsWith('..') ||
          path.startsWith('/') ||
          hidden.test(path)
        ) {
          entry.resume();
          return;
        }
        if (!markdown.test(path)) {
          docs.push({ path, text: '' });
          entry.resume();
          return;
        }
        const chunks: Buffer[] = [];
        entry.on('data', (chunk: Buffer) => chunks.push(chunk));
        reads.push(
          new Promise((resolve) =>
            entry.on('end', () => {
              docs.push({ path, text: text(Buffer.concat(chunks)) });
              resolve();
            }),
          ),
        );
      },
    });
    await Promise.all(reads);
  } else {
    throw new Error(
      `${input}: is neither a folder nor a .tar, .tar.gz or .tgz archive — pass the folder that holds the Markdown files, or an archive of it`,
    );
  }
  return stripCommonRoot(docs.sort((a, b) => a.path.localeCompare(b.path)));
}
