import { pathToFileURL } from 'node:url';
import { markdownToHtml, type CompileOptions, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { calloutsPlugin, parseMarker } from '../../src/lib/markdown/callouts.ts';
import { sanitizeContent } from '../../src/lib/markdown/sanitize.ts';

const render = (markdown: string, file: string): string => {
  const options = {
    hastPlugins: [calloutsPlugin(), sanitizeContent()],
    features: { headingAttributes: true },
    fileURL: pathToFileURL(`/site/content/kb/${file}`),
  } as unknown as CompileOptions;
  const { html } = markdownToHtml(markdown, options) as MarkdownToHtmlResult;
  return html.replace(/\n/g, '');
};

describe('callouts', () => {
  it('reads the marker, its kind and an optional title', () => {
    expect(parseMarker('[!TIP] 先核对\n正文')).toEqual({
      kind: 'tip',
      title: '先核对',
      rest: '正文',
    });
    expect(parseMarker('[!warning]')).toEqual({ kind: 'warning', title: '', rest: '' });
    expect(parseMarker('[!OTHER] x')).toBeUndefined();
  });

  it('renders a note with the kind in words, in the article’s language, past the sanitiser', () => {
    expect(render('> [!TIP]\n> 先核对订单号。', 'zh-cn/returns/a.md')).toBe(
      '<div class="callout callout-tip" role="note"><p class="callout-title">提示</p><p>先核对订单号。</p></div>',
    );
    expect(render('> [!CAUTION] Refunds are final\n> Check first.', 'en/returns/a.md')).toBe(
      '<div class="callout callout-caution" role="note"><p class="callout-title">Caution: Refunds are final</p><p>Check first.</p></div>',
    );
  });

  it('leaves ordinary quotes and other classes alone', () => {
    expect(render('> 客户原话', 'zh-cn/a/b.md')).toContain('<blockquote>');
    const html = render('<div class="evil" role="alert">x</div>', 'zh-cn/a/b.md');
    expect(html).not.toMatch(/evil|alert/);
  });

  it('gives a heading the id written after it', () => {
    expect(render('## 退款时效 {#refund-time}', 'zh-cn/a/b.md')).toBe(
      '<h2 id="refund-time">退款时效</h2>',
    );
  });
});
