import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProject } from '../unit/helpers/broken-corpus.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

describe('scripts/check.ts', () => {
  it('reports in Chinese, exits 1 and prints no stack trace', () => {
    const root = buildProject(['tier-not-allowed', 'json-trailing-comma']);
    roots.push(root);
    const run = spawnSync(
      process.execPath,
      [join(import.meta.dirname, '../../scripts/check.ts'), '--root', root],
      { encoding: 'utf8', env: { ...process.env, HANDBOOK_LANG: 'zh-cn' }, timeout: 110_000 },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatchInlineSnapshot(`
      "content/kb/zh-cn/returns/bad.md:4:1  错误  tier：“guru” 不是可选的值
          → 请从这些值中选一个：basic、advanced、expert
      data/site.json:2:54  错误  “}”前面多了一个逗号，后面没有内容
          → 删掉这个逗号：JSON 不允许在最后一项后面加逗号
      2 个错误，0 个警告
      "
    `);
  }, 120_000);
});
