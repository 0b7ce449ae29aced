import { globSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { FileKind } from './messages/index.ts';
import { problem, type Problem } from './problem.ts';

/** Above this an article or data file gets a warning: pages this big are slow to open. */
export const LARGE_FILE_BYTES = 1024 * 1024;
/** Above this a file is not read at all, so one stray export can never stall the check. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export interface DecodedText {
  /** The text without a byte-order mark; undefined when it cannot be used. */
  text: string | undefined;
  problems: Problem[];
}

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.round(bytes / 1024)} KB`;

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let extra: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [extra, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [extra, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [extra, min] = [3, 0x10000];
    else return i;
    if (i + extra >= bytes.length) return i;
    let code = b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += extra + 1;
  }
  return -1;
}

/**
 * Decode a file's bytes as UTF-8, strictly: a file saved as GBK (common with older Chinese
 * editors) must not be read with replacement characters and published garbled. Also reports
 * binary files, oversized files and empty files, each with a clear message.
 */
export function decodeSource(file: string, bytes: Uint8Array, kind: FileKind): DecodedText {
  const problems: Problem[] = [];
  const whole = { line: 1, column: 1 };
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      text: undefined,
      problems: [
        problem('error', file, whole, '', 'read.too-large', {
          size: size(bytes.length),
          limit: size(MAX_FILE_BYTES),
        }),
      ],
    };
  }
  if (bytes.length > LARGE_FILE_BYTES) {
    problems.push(problem('warning', file, whole, '', 'read.large', { size: size(bytes.length) }));
  }
  // A NUL byte near the start means a binary file (an image or document saved with a .md name).
  const nul = bytes.subarray(0, 8000).indexOf(0);
  const bad = nul >= 0 ? -1 : firstInvalidUtf8(bytes);
  if (bad >= 0 || nul >= 0) {
    const at = bad >= 0 ? bad : nul;
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    const column = new TextDecoder().decode(bytes.subarray(lineStart, at)).length + 1;
    if (bad < 0)
      return {
        text: undefined,
        problems: [...problems, problem('error', file, whole, '', 'read.binary', {})],
      };
    const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      text: undefined,
      problems: [
        ...problems,
        problem('error', file, { line, column }, '', 'read.not-utf8', { line, byte }),
      ],
    };
  }
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  if (text.trim() === '') {
    return {
      text: undefined,
      problems: [...problems, problem('error', file, whole, '', 'read.empty', { kind })],
    };
  }
  return { text, problems };
}

/** Read and decode one file of the project (see {@link decodeSource}); a missing file is a problem. */
export function readText(root: string, file: string, kind: FileKind): DecodedText {
  let bytes: Uint8Array;
  try {
    const stat = statSync(join(root, file));
    if (stat.size > MAX_FILE_BYTES) {
      return {
        text: undefined,
        problems: [
          problem('error', file, { line: 1, column: 1 }, '', 'read.too-large', {
            size: size(stat.size),
            limit: size(MAX_FILE_BYTES),
          }),
        ],
      };
    }
    bytes = readFileSync(join(root, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return {
        text: undefined,
        problems: [problem('error', file, { line: 1, column: 1 }, '', 'read.missing', { file })],
      };
    return {
      text: undefined,
      problems: [
        problem('error', file, { line: 1, column: 1 }, '', 'read.unreadable', {
          reason: code ?? String(error),
        }),
      ],
    };
  }
  return decodeSource(file, bytes, kind);
}

/** A Markdown or MDX file as read from disk: its project-relative path and its text. */
export interface SourceFile {
  /** Path relative to the project root, forward slashes. */
  path: string;
  source: string;
}

const toPosix = (path: string) => path.split(sep).join('/');

/** Every Markdown/MDX file under `folder`, sorted by path; files that cannot be read are left out. */
export function readSources(root: string, folder: string): SourceFile[] {
  return readSourcesChecked(root, folder).files;
}

/**
 * Every Markdown/MDX file under `folder`, sorted by path, with the problems of reading them
 * (not UTF-8, too large, binary). An empty file is passed on: its validator words the message.
 */
export function readSourcesChecked(
  root: string,
  folder: string,
): { files: SourceFile[]; problems: Problem[] } {
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  const paths = globSync(`${folder}/**/*`, { cwd: root, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(md|mdx|markdown)$/.test(entry.name))
    .map((entry) => toPosix(relative(root, join(entry.parentPath, entry.name))))
    .sort((a, b) => a.localeCompare(b));
  for (const path of paths) {
    const read = readText(root, path, folder.includes('reports') ? 'report' : 'article');
    const empty = read.problems.find((p) => p.code === 'read.empty');
    problems.push(...read.problems.filter((p) => p !== empty));
    if (read.text !== undefined) files.push({ path, source: read.text });
    else if (empty) files.push({ path, source: '' });
  }
  return { files, problems };
}
