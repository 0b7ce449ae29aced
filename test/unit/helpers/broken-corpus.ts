import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

export const corpus = join(import.meta.dirname, '../../fixtures/broken');
const repo = join(import.meta.dirname, '../../..');

/** An expected problem of one kind: place, code and field; `column` only where it matters. */
export interface Expected {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column?: number;
  code: string;
  field?: string;
}

/** Files written by the test rather than stored: bytes a text fixture cannot hold, or too many. */
export const generated: Record<
  string,
  { files: Record<string, Uint8Array | string>; expect: Expected[] }
> = {
  'not-utf8-gbk': {
    // “退货” saved as GBK: CD CB BB F5.
    files: {
      'content/kb/zh-cn/returns/bad.md': Buffer.concat([
        Buffer.from('---\ntitle: '),
        Buffer.from([0xcd, 0xcb, 0xbb, 0xf5]),
        Buffer.from('\nsummary: x\n---\n'),
      ]),
    },
    expect: [
      {
        severity: 'error',
        file: 'content/kb/zh-cn/returns/bad.md',
        line: 2,
        column: 8,
        code: 'read.not-utf8',
      },
    ],
  },
  'not-utf8-json': {
    files: {
      'data/site.json': Buffer.concat([
        Buffer.from('{\n  "editBaseUrl": "'),
        Buffer.from([0xb1, 0xe0]),
        Buffer.from('"\n}\n'),
      ]),
    },
    expect: [
      { severity: 'error', file: 'data/site.json', line: 2, column: 19, code: 'read.not-utf8' },
    ],
  },
  'binary-file': {
    files: {
      'content/kb/zh-cn/returns/bad.md': Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00,
      ]),
    },
    expect: [
      { severity: 'error', file: 'content/kb/zh-cn/returns/bad.md', line: 1, code: 'read.binary' },
    ],
  },
  'huge-article': {
    files: {
      'content/kb/zh-cn/returns/good-article.md': `${readFileSync(join(corpus, '_base/content/kb/zh-cn/returns/good-article.md'), 'utf8')}\n${'很长的正文。\n'.repeat(70_000)}`,
    },
    expect: [
      {
        severity: 'warning',
        file: 'content/kb/zh-cn/returns/good-article.md',
        line: 1,
        code: 'read.large',
      },
    ],
  },
  'too-large-article': {
    files: {
      'content/kb/zh-cn/returns/bad.md': `---\ntitle: x\n---\n${'x'.repeat(9 * 1024 * 1024)}`,
    },
    expect: [
      {
        severity: 'error',
        file: 'content/kb/zh-cn/returns/bad.md',
        line: 1,
        code: 'read.too-large',
      },
    ],
  },
};

/** Every stored kind (a folder next to `_base`). */
export const storedKinds = (): string[] =>
  readdirSync(corpus, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
    .map((e) => e.name)
    .sort();

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );

/**
 * A temporary project: the real data/, the base slice, then one or more kinds laid over it. When
 * several kinds edit the same file, a patch whose text an earlier kind already changed is skipped.
 */
export function buildProject(kinds: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'broken-'));
  cpSync(join(repo, 'data'), join(root, 'data'), { recursive: true });
  cpSync(join(corpus, '_base'), root, { recursive: true });
  for (const kind of kinds) {
    const gen = generated[kind];
    if (gen) {
      for (const [file, bytes] of Object.entries(gen.files)) {
        mkdirSync(dirname(join(root, file)), { recursive: true });
        writeFileSync(join(root, file), bytes);
      }
      continue;
    }
    const dir = join(corpus, kind);
    for (const path of walk(dir)) {
      const file = relative(dir, path);
      if (file === 'expect.json' || file === 'patch.json') continue;
      mkdirSync(dirname(join(root, file)), { recursive: true });
      cpSync(path, join(root, file));
    }
    const patchFile = join(dir, 'patch.json');
    if (existsSync(patchFile)) {
      const patches = JSON.parse(readFileSync(patchFile, 'utf8')) as {
        file: string;
        find: string;
        replace: string;
      }[];
      for (const p of patches) {
        const text = readFileSync(join(root, p.file), 'utf8');
        if (!text.includes(p.find)) {
          if (kinds.length > 1) continue;
          throw new Error(`${kind}: ${p.file} has no “${p.find}”`);
        }
        writeFileSync(join(root, p.file), text.replace(p.find, p.replace));
      }
    }
  }
  return root;
}

export const expected = (kind: string): Expected[] =>
  generated[kind]?.expect ??
  (JSON.parse(readFileSync(join(corpus, kind, 'expect.json'), 'utf8')) as Expected[]);
