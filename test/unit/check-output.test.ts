import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkLang,
  formatGithub,
  formatJson,
  parseCheckArgs,
} from '../../src/lib/project/check-cli.ts';
import { checkProject } from '../../src/lib/project/check.ts';
import { formatProblems, summarize } from '../../src/lib/diagnostics/problem.ts';
import { buildProject } from './helpers/broken-corpus.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
const problemsOf = (...kinds: string[]) => {
  const root = buildProject(kinds);
  roots.push(root);
  return { root, problems: checkProject(root) };
};

describe('choosing the language', () => {
  it('takes --lang first, then HANDBOOK_LANG, then the system locale, else English', () => {
    expect(checkLang('zh-cn', { HANDBOOK_LANG: 'en' })).toBe('zh-cn');
    expect(checkLang(undefined, { HANDBOOK_LANG: 'zh-CN', LANG: 'en_US.UTF-8' })).toBe('zh-cn');
    expect(checkLang(undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh-cn');
    expect(checkLang(undefined, { LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-cn');
    expect(checkLang(undefined, { LANG: 'C.UTF-8' })).toBe('en');
    expect(checkLang(undefined, {})).toBe('en');
  });

  it('parses every option in one place and names a misused one', () => {
    expect(parseCheckArgs(['--lang', 'zh-cn', '--json'], {})).toMatchObject({
      lang: 'zh-cn',
      format: 'json',
      health: false,
      errors: [],
    });
    expect(parseCheckArgs(['--format=github', '--health'], {})).toMatchObject({
      format: 'github',
      health: true,
    });
    expect(parseCheckArgs(['--help'], {})).toMatchObject({ help: true, errors: [] });
    expect(parseCheckArgs(['--lang', 'fr', '--verbose'], {}).errors).toEqual([
      '--lang: “fr” is not a language of the check; use one of: en, zh-cn',
      '--verbose: unknown option; use --lang zh-cn|en, --json, --format text|json|github, --root <dir>, --health or --help',
    ]);
  });
});

describe('the report', () => {
  const { problems } = problemsOf('tier-not-allowed');
  const date = problemsOf('date-slashes').problems;
  const link = problemsOf('link-bad-anchor').problems;
  const gbk = problemsOf('not-utf8-gbk').problems;
  const plan = problemsOf('plan-date-format').problems;
  const snapshot = problemsOf('snapshot-percent-above-100').problems;
  const all = [...problems, ...date, ...link, ...gbk, ...plan, ...snapshot];

  it('speaks Simplified Chinese with --lang zh-cn', () => {
    expect(`${formatProblems(all, 'zh-cn')}\n${summarize(all, 'zh-cn')}`).toMatchInlineSnapshot(`
      "content/kb/zh-cn/returns/bad.md:2:8  错误  文件里有不是 UTF-8 的字节（第一个是 0xCD，在第 2 行），多半是用 GBK/GB2312 等旧编码保存的
          → 请把文件另存为 UTF-8（VS Code：先“通过编码重新打开”选 GBK，再“通过编码保存”选 UTF-8）
      content/kb/zh-cn/returns/bad.md:4:1  错误  tier：“guru” 不是可选的值
          → 请从这些值中选一个：basic、advanced、expert
      content/kb/zh-cn/returns/bad.md:9:1  错误  reviewed：“2026/09/15”：日期应写成 YYYY-MM-DD
          → 请写成 \`reviewed: 2026-09-15\`（YYYY-MM-DD）；系统不会替你自动转换
      content/kb/zh-cn/returns/bad.md:19:3  错误  link：content/kb/zh-cn/complaints/other-article.md 中没有标题“#处理时效”
          → 是不是想写 \`#处理时限\`？
      data/plan.yaml:49:5  错误  goals.0.deadline：目标“csat-90”：“2026/12/31”：不是 YYYY-MM-DD 格式的有效日期
          → 请写成 \`deadline: 2026-12-31\`（YYYY-MM-DD）；系统不会替你自动转换
      data/snapshots/2026-q3.json:4:5  错误  metrics.csat：120 大于 100；csat 是百分数
          → 请填写 0 到 100 之间的百分数（写 86.5，不要写 0.865）；如果没有测量，写 null
      6 个错误，0 个警告"
    `);
  });

  it('prints a stable JSON object with --json', () => {
    expect(formatJson([...problems, ...date], 'en')).toMatchInlineSnapshot(`
      "{
        "version": 1,
        "lang": "en",
        "problems": [
          {
            "severity": "error",
            "file": "content/kb/zh-cn/returns/bad.md",
            "line": 4,
            "column": 1,
            "field": "tier",
            "code": "schema.enum",
            "message": "“guru” is not allowed",
            "fix": "use one of: basic, advanced, expert"
          },
          {
            "severity": "error",
            "file": "content/kb/zh-cn/returns/bad.md",
            "line": 9,
            "column": 1,
            "field": "reviewed",
            "code": "schema.date",
            "message": "“2026/09/15”: expected a date written YYYY-MM-DD",
            "fix": "write it as \`reviewed: 2026-09-15\` (YYYY-MM-DD); it is not converted for you"
          }
        ],
        "summary": {
          "errors": 2,
          "warnings": 0,
          "files": 1,
          "text": "2 errors, 0 warnings"
        }
      }"
    `);
  });

  it('prints GitHub annotations with --format github', () => {
    expect(formatGithub(link, 'en')).toMatchInlineSnapshot(
      `"::error file=content/kb/zh-cn/returns/bad.md,line=19,col=3,title=link (kb.link-anchor)::the heading “#处理时效” does not exist in content/kb/zh-cn/complaints/other-article.md%0A→ did you mean \`#处理时限\`?"`,
    );
  });
});
