import { pathToFileURL } from 'node:url';
import { markdownToHtml, type CompileOptions, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { footnotesPlugin } from '../../src/lib/markdown/footnotes.ts';
import { sanitizeContent } from '../../src/lib/markdown/sanitize.ts';

const render = (markdown: string, file: string): string => {
  const options = {
    hastPlugins: [footnotesPlugin(), sanitizeContent()],
    fileURL: pathToFileURL(`/site/content/kb/${file}`),
  } as unknown as CompileOptions;
  return (markdownToHtml(markdown, options) as MarkdownToHtmlResult).html;
};

const source = '退款时效见说明[^1]，再见[^1]。\n\n[^1]: 以支付渠道为准。\n';

describe('footnotes', () => {
  it('label the list and each way back in the article’s language', () => {
    const zh = render(source, 'zh-cn/returns/a.md');
    expect(zh).toContain('<h2 class="sr-only" id="footnote-label">脚注</h2>');
    expect(zh).toContain('aria-label="返回引用 1"');
    expect(zh).toContain('aria-label="返回引用 1-2"');
    expect(zh).not.toMatch(/Footnotes|Back to reference/);
    const en = render(source, 'en/returns/a.md');
    expect(en).toContain('id="footnote-label">Footnotes</h2>');
    expect(en).toContain('aria-label="Back to reference 1"');
  });

  it('leave a page without footnotes as it was', () => {
    const plain = '## 标题\n\n[链接](#x)\n';
    expect(render(plain, 'zh-cn/returns/a.md')).toBe(
      (
        markdownToHtml(plain, {
          hastPlugins: [sanitizeContent()],
        } as unknown as CompileOptions) as MarkdownToHtmlResult
      ).html,
    );
  });
});
