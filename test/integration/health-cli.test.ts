import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/temp-project.ts';

describe('npm run check -- --health', () => {
  it('prints the report after the problems, in the language of the check', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['scripts/check.ts', '--health', ...args], {
        cwd: repoRoot,
        encoding: 'utf8',
        env: { ...process.env, BUILD_DATE: '2026-11-23', HANDBOOK_LANG: '' },
      }).stdout;
    expect(run('--lang', 'zh-cn')).toMatch(/\n内容健康报告（2026-11-23）\n文章共 \d+ 篇/);
    expect(run('--lang', 'en')).toMatch(/\nContent health on 2026-11-23\nArticles: \d+ /);
  }, 120_000);
});
