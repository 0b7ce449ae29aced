import { execFileSync } from 'node:child_process';

export interface GitInfo {
  /** ISO date-time of the newest commit that touched the file. */
  updated: string;
  author: string;
}

const RECORD = '\x1e';
const FIELD = '\x1f';
export const gitLogArgs = [
  'log',
  '--no-renames',
  '--name-only',
  `--format=${RECORD}%aI${FIELD}%an`,
];

/**
 * Parse `git log --name-only` output (newest first) into the newest commit per file.
 * One pass over history for the whole site instead of one `git log` per page.
 */
export function parseGitLog(output: string): Map<string, GitInfo> {
  const info = new Map<string, GitInfo>();
  for (const record of output.split(RECORD)) {
    const [header, ...files] = record.split('\n');
    const [updated, author] = (header ?? '').split(FIELD);
    if (!updated || !author) continue;
    for (const file of files) {
      const path = file.trim();
      if (path && !info.has(path)) info.set(path, { updated, author });
    }
  }
  return info;
}

/**
 * Newest commit per file under `paths`. Without git or a repository (a tarball, a CI cache)
 * the map is empty and pages simply omit the line; a shallow clone gives what it holds.
 */
export function readGitInfo(
  root: string,
  paths: readonly string[] = ['content'],
): Map<string, GitInfo> {
  try {
    const output = execFileSync('git', [...gitLogArgs, '--', ...paths], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return parseGitLog(output);
  } catch {
    return new Map();
  }
}

/**
 * `git config user.name` as seen from `cwd` (the default owner or author of a new file);
 * undefined without git, outside a repository with no global setting, or when it is empty.
 */
export function gitUserName(cwd: string): string | undefined {
  try {
    const name = execFileSync('git', ['config', 'user.name'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return name || undefined;
  } catch {
    return undefined;
  }
}
