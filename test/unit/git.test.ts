import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitUserName, parseGitLog, readGitInfo } from '../../src/lib/git.ts';

describe('parseGitLog', () => {
  it('keeps the newest commit per file from one log of the whole tree', () => {
    const log = [
      '\x1e2026-11-20T10:00:00+08:00\x1f王芳',
      '',
      'content/kb/zh-cn/returns/a.md',
      '\x1e2026-10-01T09:00:00+08:00\x1fLi Lei',
      '',
      'content/kb/zh-cn/returns/a.md',
      'content/kb/en/returns/a.md',
      '',
    ].join('\n');
    const info = parseGitLog(log);
    expect(info.get('content/kb/zh-cn/returns/a.md')).toEqual({
      updated: '2026-11-20T10:00:00+08:00',
      author: '王芳',
    });
    expect(info.get('content/kb/en/returns/a.md')?.author).toBe('Li Lei');
    expect(info.size).toBe(2);
  });
  it('ignores empty and malformed output', () => {
    expect(parseGitLog('').size).toBe(0);
    expect(parseGitLog('\x1enot a header\nfile.md').size).toBe(0);
  });
  it('degrades to no information outside a repository', () => {
    expect(readGitInfo(mkdtempSync(join(tmpdir(), 'no-git-'))).size).toBe(0);
  });
});

describe('gitUserName', () => {
  it('reads user.name as git sees it from the folder, and nothing where git cannot run', () => {
    // A repository made by hand (no git command): its own config names the user.
    const repo = mkdtempSync(join(tmpdir(), 'git-user-'));
    mkdirSync(join(repo, '.git/objects'), { recursive: true });
    mkdirSync(join(repo, '.git/refs'), { recursive: true });
    writeFileSync(join(repo, '.git/HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(repo, '.git/config'), '[user]\n\tname = 王芳\n');
    expect(gitUserName(repo)).toBe('王芳');
    expect(gitUserName(join(repo, 'no-such-folder'))).toBeUndefined();
  });
});
