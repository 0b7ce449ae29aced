import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../scripts/new-article.ts';
import { repoRoot } from '../../scripts/lib/temp-project.ts';

describe('npm run new:article', () => {
  let root: string;
  let out: string[];
  let err: string[];
  const io = (overrides: Partial<CliIo> = {}): CliIo => ({
    root,
    env: { BUILD_DATE: '2026-11-23' },
    gitUser: () => 'Wang Fang',
    log: (line) => out.push(line),
    error: (line) => err.push(line),
    ...overrides,
  });
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'new-article-'));
    cpSync(join(repoRoot, 'data'), join(root, 'data'), { recursive: true });
    cpSync(join(repoRoot, 'content'), join(root, 'content'), { recursive: true });
    out = [];
    err = [];
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const args = [
    '--locale',
    'zh-cn',
    '--tier',
    'basic',
    '--category',
    'complaints',
    '--slug',
    'late-reply',
    '投诉后迟迟没有回复',
  ];

  it('writes the file with the git user as owner and prints the next steps', () => {
    expect(main(args, io())).toBe(0);
    const source = readFileSync(join(root, 'content/kb/zh-cn/complaints/late-reply.md'), 'utf8');
    expect(source).toContain(
      'owner: Wang Fang\nreviewed: 2026-11-23\nreviewEvery: 90\nstatus: draft\n',
    );
    expect(out.join('\n')).toContain('http://localhost:4321/zh-cn/kb/complaints/late-reply/');
    expect(out.join('\n')).toContain('npm run check');
    expect(err).toEqual([]);
  });

  it('prints the English address of an English article', () => {
    const en = ['--locale', 'en', '--tier', 'basic', '--category', 'complaints', 'Late replies'];
    expect(main(en, io())).toBe(0);
    expect(out.join('\n')).toContain('http://localhost:4321/en/kb/complaints/late-replies/');
  });

  it('takes --date over BUILD_DATE and --owner over git', () => {
    expect(main([...args, '--date', '2026-12-01', '--owner', '投诉处理组'], io())).toBe(0);
    const source = readFileSync(join(root, 'content/kb/zh-cn/complaints/late-reply.md'), 'utf8');
    expect(source).toContain('owner: 投诉处理组\nreviewed: 2026-12-01\n');
  });

  it('writes nothing without an owner', () => {
    expect(main(args, io({ gitUser: () => undefined }))).toBe(1);
    expect(err.join('\n')).toContain('pass --owner');
    expect(() => readFileSync(join(root, 'content/kb/zh-cn/complaints/late-reply.md'))).toThrow();
  });

  it('never overwrites a file, even one whose front matter is broken', () => {
    const path = join(root, 'content/kb/zh-cn/complaints/late-reply.mdx');
    writeFileSync(path, '---\ntitle: x\n---\n');
    expect(main(args, io())).toBe(1);
    expect(err.join('\n')).toContain(
      'the slug “late-reply” is already used by content/kb/zh-cn/complaints/late-reply.mdx',
    );
    expect(readFileSync(path, 'utf8')).toBe('---\ntitle: x\n---\n');
    expect(main([...args.slice(0, -3), '--slug', 'ok', 'x'], io())).toBe(0);
    const first = readFileSync(join(root, 'content/kb/zh-cn/complaints/ok.md'), 'utf8');
    expect(main([...args.slice(0, -3), '--slug', 'ok', 'y'], io())).toBe(1);
    expect(err.at(-1)).toContain('already used by content/kb/zh-cn/complaints/ok');
    expect(readFileSync(join(root, 'content/kb/zh-cn/complaints/ok.md'), 'utf8')).toBe(first);
  });

  it('runs as a script (Node strips the types, import.meta.main starts it)', () => {
    const help = execFileSync(process.execPath, ['scripts/new-article.ts', '--help'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(help).toContain('Usage: npm run new:article');
  });
});
