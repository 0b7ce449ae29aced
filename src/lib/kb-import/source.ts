import { globSync, readFileSync, statSync } from 'node:fs';
import { posix, relative, sep } from 'node:path';
import { list } from 'tar';
import { decodeSource } from '../diagnostics/read.ts';
import type { SourceDoc } from './import-plan.ts';

const markdown = /\.(md|markdown|mdx)$/i;
const hidden = /(^|\/)(\.[^/]*|node_modules)(\/|$)/;

/**
 * A Markdown file of the corpus, decoded as strictly as the check reads articles
 * ({@link decodeSource}): a file saved as GBK, a binary file or an oversized one is not turned
 * into garbled text but comes back `unreadable`, with the check's own message, and is skipped.
 * An empty file is passed on as it is; the plan words what it lacks.
 */
export function decodeDoc(path: string, bytes: Uint8Array): SourceDoc {
  const { text, problems } = decodeSource(path, bytes, 'article');
  if (text !== undefined) return { path, text };
  const error = problems.find((p) => p.severity === 'error');
  if (!error || error.code === 'read.empty') {
    return { path, text: new TextDecoder().decode(bytes) };
  }
  return { path, text: '', unreadable: `${error.message} → ${error.fix}` };
}

/**
 * Drop a folder every path shares (`docs-cn/…` in an archive made with `tar czf x.tgz docs-cn`),
 * so the corpus' own root is the root its `/…` links mean.
 */
export function stripCommonRoot(docs: SourceDoc[]): SourceDoc[] {
  // The Markdown decides: `vue-docs/LICENSE` beside `vue-docs/src/**/*.md` still makes `src/`
  // the root, as the docs tool serves it (files outside it are not part of the site).
  let current = docs;
  for (;;) {
    const pages = current.filter((d) => markdown.test(d.path));
    const first = pages[0]?.path.split('/')[0];
    if (!first || !pages.every((d) => d.path.startsWith(`${first}/`))) return current;
    current = current
      .filter((d) => d.path.startsWith(`${first}/`))
      .map((d) => ({ ...d, path: d.path.slice(first.length + 1) }));
  }
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
      docs.push(markdown.test(path) ? decodeDoc(path, readFileSync(full)) : { path, text: '' });
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
              docs.push(decodeDoc(path, Buffer.concat(chunks)));
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
