import { describe, expect, it } from 'vitest';
import { plainText, transformBody, type LinkTarget } from '../../src/lib/kb-import/markdown.ts';

const resolve = (target: string): LinkTarget => {
  if (/^https?:/.test(target)) return { kind: 'keep' };
  if (target.startsWith('/other.md'))
    return { kind: 'article', href: `../b/other.md${target.slice(9)}` };
  if (target.endsWith('.png')) return { kind: 'asset' };
  return { kind: 'missing' };
};
const run = (body: string, vars: Record<string, string> = {}) =>
  transformBody(body, { file: 'a/page.md', firstLine: 5, resolve, vars });

describe('importing a Markdown body', () => {
  it('rewrites links, removes foreign syntax and records each with its source line', () => {
    const result = run(
      [
        '# Page title',
        '',
        'See [other](/other.md#part) and [gone](/gone.md), {{{ .company }}} and {{{ .brand }}}.',
        '{{< copyable "sql" >}}',
        '<SimpleTab>',
        'A [[Wiki page|wiki link]] and [[Plain]].',
        '</SimpleTab>',
        '![Flow](/media/flow.png) <img src="/media/x.png" alt="X"> [file](a.png)',
        '<!-- TODO: translate -->',
        '[ref]: /gone.md',
        '[ok]: /other.md',
      ].join('\n'),
      { brand: 'Acme' },
    );
    expect(result.body).toMatchInlineSnapshot(`
      "See [other](../b/other.md#part) and gone, {{{ .company }}} and Acme.
      A wiki link and Plain.
      Flow X file
      <!-- TODO: translate -->
      [ok]: ../b/other.md"
    `);
    expect(result.findings.map((f) => `${f.line} ${f.kind} ${f.text}`)).toMatchInlineSnapshot(`
      [
        "7 variable {{{ .company }}}",
        "7 link-not-imported [gone](/gone.md)",
        "8 shortcode {{< copyable "sql" >}}",
        "9 component <SimpleTab>",
        "10 wiki-link [[Wiki page|wiki link]]",
        "10 wiki-link [[Plain]]",
        "11 component </SimpleTab>",
        "12 image <img src="/media/x.png" alt="X">",
        "12 image ![Flow](/media/flow.png)",
        "12 asset-not-imported [file](a.png)",
        "13 html-comment <!-- TODO: translate -->",
        "14 link-not-imported [ref]: /gone.md",
      ]
    `);
    expect(result.heading).toBe('Page title');
    expect(result.paragraph).toBe('See other and gone, {{{ .company }}} and Acme.');
  });

  it('leaves code untouched: fences (also in lists and quotes), indented blocks, inline code', () => {
    const body = [
      'Use `{{< x >}}` and `[[a]]` literally.',
      '',
      '```toml',
      '[[mydumper.files]]',
      '{{< copyable "sql" >}} [a](/gone.md)',
      '```',
      '',
      '- step',
      '',
      '    ```sql',
      '    {{< inside >}}',
      '    ```',
      '',
      '> ```',
      '> [[filter.rules]]',
      '> ```',
      '',
      '    [[indented.code]]',
      '    {{< also-code >}}',
    ].join('\n');
    const result = run(body);
    expect(result.body).toBe(body);
    expect(result.findings).toEqual([]);
  });

  it('keeps a later h1 and all-caps placeholders, and strips Markdown from the first paragraph', () => {
    const result = run(
      'Intro with **bold**, `code` and [a link](https://x.y).\nSecond line.\n\n# Later\n\nUse <CLUSTER_NAME>.',
    );
    expect(result.body).toContain('# Later');
    expect(result.body).toContain('<CLUSTER_NAME>');
    expect(result.paragraph).toBe('Intro with bold, code and a link. Second line.');
    expect(result.heading).toBe('Later');
  });

  it('passes over a paragraph that is no prose for the summary: a source link, an import line', () => {
    const book = run(
      '## 使用 Hash Map 儲存鍵值對\n\n[ch08-03-hash-maps.md](https://github.com/rust-lang/book/blob/x/src/ch08-03-hash-maps.md)\n\n最後介紹的常用集合型別是**雜湊 map**。\n',
    );
    expect(book.paragraph).toBe('最後介紹的常用集合型別是雜湊 map。');
    const vue = run(
      "<script setup>\nimport { ref } from 'vue'\n\nconst highlight = ref()\n</script>\n\n近期 Vue 的文档经历了一次大的版本升级。\n",
    );
    expect(vue.paragraph).toBe('近期 Vue 的文档经历了一次大的版本升级。');
    expect(run('[a.md](a.md)\n').paragraph).toBeUndefined();
    expect(run('import Tabs from "./Tabs.vue"\n\nThe page.\n').paragraph).toBe('The page.');
    // A letter index followed by text is judged at once (no backtracking blow-up).
    const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((l) => `[${l}](#${l})`).join(' ');
    expect(run(`${letters} — terms below.\n`).paragraph).toContain('terms below');
    // A paragraph that holds a link among its words is prose.
    expect(run('See [the policy](p.md) first.\n').paragraph).toBe('See the policy first.');
  });

  it('reduces inline Markdown to plain text', () => {
    expect(plainText('A *b* __c__ ![i](x.png) [l][r] <span>s</span>')).toBe('A b c i l s');
  });
});
