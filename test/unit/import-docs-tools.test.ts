/** Importing from VitePress, VuePress, docsify and mdBook: containers, tables of contents, anchors. */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categoryListSchema } from '../../src/schemas/category.ts';
import { validateKb } from '../../src/lib/kb/validate.ts';
import {
  linkPrefixPattern,
  planImport,
  withContext,
  type ImportOptions,
} from '../../src/lib/kb-import/import-plan.ts';
import { transformBody, withoutTitleHeading } from '../../src/lib/kb-import/markdown.ts';
import { parseToc } from '../../src/lib/kb-import/toc.ts';
import { detectScript } from '../../src/lib/kb-import/script.ts';
import { readSource } from '../../src/lib/kb-import/source.ts';
import { anchorIds, headingIds } from '../../src/lib/markdown/links.ts';

const categories = categoryListSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../data/categories.json'), 'utf8')),
);
const options: ImportOptions = {
  locale: 'zh-cn',
  tier: 'basic',
  categoryFrom: 'folder',
  defaultCategory: 'general',
  audience: 'internal',
  owner: '文档组',
  today: '2026-11-23',
  reviewEvery: 180,
  vars: {},
  linkPrefixes: ['/docs/{{version}}/'],
};
const body = (text: string) =>
  transformBody(text, {
    file: 'a.md',
    locale: 'zh-cn',
    firstLine: 1,
    resolve: () => ({ kind: 'keep' }),
    vars: {},
  });

describe('containers', () => {
  it('turns tip, warning, danger and info into callouts, with their title', () => {
    const result = body(
      [
        '::: tip',
        '先核对订单号。',
        ':::',
        '',
        ':::warning 注意',
        '```sh',
        ':::',
        '```',
        ':::',
        '',
        '::: danger',
        'x',
        ':::',
      ].join('\n'),
    );
    expect(result.body).toBe(
      [
        '> [!TIP]',
        '> 先核对订单号。',
        '',
        '',
        '> [!WARNING] 注意',
        '> ```sh',
        '> :::',
        '> ```',
        '',
        '',
        '> [!CAUTION]',
        '> x',
        '',
      ].join('\n'),
    );
    expect(result.conversions.callouts).toBe(3);
    expect(result.findings).toEqual([]);
  });

  it('turns details into <details> and reports containers it has no callout for', () => {
    const result = body('::: details 展开\n内容\n:::\n\n::: code-group\n代码\n:::');
    expect(result.body).toBe('<details>\n<summary>展开</summary>\n\n内容\n\n</details>\n\n\n代码');
    expect(result.findings.map((f) => `${f.line} ${f.kind} ${f.text}`)).toEqual([
      '5 container ::: code-group',
    ]);
  });
});

describe('anchors and heading ids', () => {
  it('keeps {#id}, turns @anchor into one, and leads <a name> to the heading below', () => {
    const result = body(
      '# 标题 @top\n\n<a name="old"></a>\n\n## 安装 @install\n\n## 用法 {#usage}\n\n见<a id="fn-1"></a>注释。',
    );
    expect(result.heading).toBe('标题');
    expect(result.body).toBe(
      '## 安装 {#install}\n\n## 用法 {#usage}\n\n见<a id="user-content-fn-1"></a>注释。',
    );
    expect(result.anchors).toEqual([
      { name: 'top', headingLine: -1 },
      { name: 'old', headingLine: 0 },
      { name: 'fn-1', id: 'user-content-fn-1' },
    ]);
    expect(headingIds(result.body)).toEqual(['install', 'usage']);
    expect(anchorIds(result.body)).toEqual(['install', 'usage', 'user-content-fn-1']);
    expect(result.conversions).toMatchObject({ headingIds: 3, anchors: 2 });
  });

  it('quotes a container inside a list after its indentation, and keeps a box’s {#id}', () => {
    const result = body(
      '- 示例\n\n    ::: tip 注意 {#ime}\n    类型扩展。\n    :::\n\n见[上文](#ime)。',
    );
    expect(result.body).toBe(
      '- 示例\n\n    > [!TIP] 注意\n    > <a id="user-content-ime"></a>\n    > 类型扩展。\n\n\n见[上文](#ime)。',
    );
    expect(result.anchors).toEqual([{ name: 'ime', id: 'user-content-ime' }]);
    expect(body('<span id="x"></span>\n\n正文').anchors).toEqual([
      { name: 'x', id: 'user-content-x' },
    ]);
  });

  it('reports mdBook includes and comments a docs tool fills in', () => {
    const result = body(
      '```rust\n{{#rustdoc_include ../listings/main.rs}}\n```\n\n<!-- API_TABLE -->\n<!-- markdownlint-disable -->',
    );
    expect(result.findings.map((f) => `${f.line} ${f.kind}`)).toEqual([
      '2 include',
      '5 placeholder',
      '6 html-comment',
    ]);
  });
});

describe('tables of contents, titles and script', () => {
  it('reads an mdBook SUMMARY.md: labels, sections and order', () => {
    const toc = parseToc(
      'src/SUMMARY.md',
      '# 書名\n\n[前言](foreword.md)\n\n## 入門\n\n- [入門指南](ch01.md)\n  - [安裝](./ch01-01.md)\n- [草稿]()\n',
    );
    expect(toc).toEqual([
      { path: 'src/foreword.md', label: '前言', context: '書名', order: 0 },
      { path: 'src/ch01.md', label: '入門指南', context: '入門', order: 1 },
      { path: 'src/ch01-01.md', label: '安裝', context: '入門指南', order: 2 },
    ]);
  });

  it('drops a leading heading that says the title (an mdBook chapter opening with ##)', () => {
    const result = body(
      '## 使用 Hash Map 儲存鍵值對 {#maps}\n\n<a name="new"></a>\n## 新建\n\n文字',
    );
    const dropped = withoutTitleHeading(result, '使用 Hash Map 儲存鍵值對');
    expect(dropped.body).toBe('## 新建\n\n文字');
    expect(dropped.sourceLines[0]).toBe(4);
    expect(dropped.anchors).toEqual(
      expect.arrayContaining([
        { name: 'new', headingLine: 0 },
        { name: 'maps', headingLine: -1 },
      ]),
    );
    // A first heading that is not the title stays.
    expect(withoutTitleHeading(result, '雜湊 map')).toBe(result);
    // Links to the dropped heading's own id (made from its text) open the page at its top.
    const plain = withoutTitleHeading(body('## Hash Maps\n\n## Iterating\n'), 'Hash Maps');
    expect(plain.anchors).toContainEqual({ name: 'hash-maps', headingLine: -1 });
    // A heading whose text comes again, or that holds a raw anchor, stays.
    const twice = body('## Example\n\ntext\n\n## Example\n');
    expect(withoutTitleHeading(twice, 'Example')).toBe(twice);
    const anchored = body('## <a name="intro"></a>Intro\n\ntext\n');
    expect(withoutTitleHeading(anchored, 'Intro').body).toContain('Intro');
  });

  it('names a generic title by its section, in the title’s script', () => {
    expect(withContext('介绍', '队列')).toBe('队列：介绍');
    expect(withContext('Overview', 'Queues')).toBe('Queues: Overview');
    expect(withContext('介绍', undefined)).toBe('介绍');
  });

  it('maps --link-prefix with {{…}} standing for one segment', () => {
    const prefix = linkPrefixPattern('/docs/{{version}}/');
    expect(prefix.test('/docs/{{version}}/queues')).toBe(true);
    expect(prefix.test('/docs/11.x/queues')).toBe(true);
    expect(prefix.test('/doc/11.x/queues')).toBe(false);
  });

  it('tells Traditional from Simplified text', () => {
    expect(detectScript('重試次數過多會拖慢佇列，請在設定檔案中調整上限。')).toBe('zh-Hant');
    expect(detectScript('重试次数过多会拖慢队列，请在配置文件中调整上限。')).toBe('zh-Hans');
    expect(detectScript('Only English here.')).toBeUndefined();
  });

  it('imports a docsify site: sidebar used, not imported; every link and check works', async () => {
    const docs = await readSource(join(import.meta.dirname, '../fixtures/import/docsify'));
    const plan = planImport(docs, options, { articles: [], categories });
    expect(plan.skipped.map((s) => s.source)).toEqual(['_sidebar.md']);
    expect(plan.files.map((f) => `${f.source} → ${f.title}`)).toEqual([
      'quickstart.md → 快速开始',
      'queues/README.md → 队列：介绍',
      'queues/retry.md → 重试',
    ]);
    const byPath = Object.fromEntries(plan.files.map((f) => [f.source, f.content]));
    expect(byPath['quickstart.md']).toContain(
      '> [!TIP]\n> 先读[重试](../queues/retry.md#retry-limit)。',
    );
    expect(byPath['quickstart.md']).toContain('related: [queues]');
    expect(byPath['queues/README.md']).toContain('见[下文](#what)与[用法](#what)。');
    expect(byPath['queues/README.md']).toContain('<details>\n<summary>更多</summary>');
    expect(byPath['queues/retry.md']).toContain('lang: zh-Hant');
    expect(plan.stats).toMatchObject({
      callouts: 2,
      details: 1,
      tocFiles: 1,
      tocTitles: 3,
      genericTitles: 1,
      traditional: 1,
      prefixedLinks: 1,
      anchorLinks: { kept: 3, dropped: 0 },
    });
    expect(plan.findings.map((f) => `${f.file}:${f.line} ${f.kind}`)).toEqual([
      'quickstart.md:7 container',
      'quickstart.md:11 placeholder',
    ]);
    const { problems } = validateKb(
      plan.files.map((f) => ({ path: f.path, source: f.content })),
      [...categories, ...plan.categoriesCreated],
    );
    expect(problems).toEqual([]);
  });
});
