import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentQuery } from '../../src/lib/search/segment.ts';
import {
  breakWords,
  breakWordsInHtml,
  unbreakWords,
  WORD_BREAK,
} from '../../src/lib/search/word-breaks.ts';

/** Expected text with `|` where a word break goes. */
const b = (text: string) => text.replaceAll('|', WORD_BREAK);

describe('breakWords', () => {
  it('splits Chinese into the words a query is split into', () => {
    for (const text of ['退款时效按支付方式', '客户情绪激动时先安抚', '電子發票開立規則']) {
      expect(breakWords(text).split(WORD_BREAK)).toEqual(segmentQuery(text));
    }
  });
  it('leaves Latin text, digits, punctuation and single characters as they are', () => {
    expect(breakWords('TiDB 5.3 release notes')).toBe('TiDB 5.3 release notes');
    expect(breakWords('在 2 小时内')).toBe(b('在 2 小时|内'));
    expect(breakWords('先安抚，再升级。')).toBe(b('先|安抚，再|升级。'));
    expect(breakWords('第3步')).toBe('第3步');
  });
});

describe('unbreakWords', () => {
  it('gives back the text as written, in plain text and in highlighted excerpts', () => {
    const text = '是审核通过，不是退款到账。对客户只说“审核会在 2 小时内完成”';
    expect(breakWords(text)).not.toBe(text);
    expect(unbreakWords(breakWords(text))).toBe(text);
    expect(unbreakWords(b('<mark>退款</mark>|<mark>时效</mark>|按|支付|方式'))).toBe(
      '<mark>退款</mark><mark>时效</mark>按支付方式',
    );
  });
  it('keeps every space the writer put there, between Chinese words too', () => {
    expect(unbreakWords(breakWords('例如“退款 信用卡”'))).toBe('例如“退款 信用卡”');
    expect(unbreakWords('hk 熱線 · 在 2 小时 refund policy')).toBe(
      'hk 熱線 · 在 2 小时 refund policy',
    );
  });
});

describe('breakWordsInHtml', () => {
  const page = (body: string) =>
    `<!doctype html><html lang="zh-CN"><head><title>退款时效</title>` +
    `<script>const a = "退款时效" < 1;</script></head><body><nav>退款时效</nav>${body}` +
    `<footer>退款时效</footer></body></html>`;

  it('splits only the text of the data-pagefind-body element', () => {
    const html = page('<article data-pagefind-body><h1>退款时效</h1><p>按支付方式</p></article>');
    expect(breakWordsInHtml(html)).toBe(
      page(b('<article data-pagefind-body><h1>退款|时效</h1><p>按|支付|方式</p></article>')),
    );
  });
  it('leaves attribute values, comments, entities and raw-text elements alone', () => {
    const body =
      '<article data-pagefind-body>' +
      '<span data-pagefind-filter="tag:退款时效" title=\'a > 退款时效\'></span>' +
      '<img alt="退款时效" src="x.png"><!-- 退款时效 "> -->' +
      '<p>&lt;退款时效&gt; a < b 退款时效</p>' +
      '<script type="application/json">{"q":"退款时效 <b>"}</script>' +
      '<style>.x::before{content:"退款时效"}</style>' +
      '</article>';
    expect(breakWordsInHtml(page(body))).toBe(
      page(
        body.replace(
          '<p>&lt;退款时效&gt; a < b 退款时效</p>',
          b('<p>&lt;退款|时效&gt; a < b 退款|时效</p>'),
        ),
      ),
    );
  });
  it('finds the end of the body element past nested elements of the same name', () => {
    const html = page(
      '<div data-pagefind-body><div><p>退款时效</p></div><br/><div>退款时效</div></div><div>退款时效</div>',
    );
    expect(breakWordsInHtml(html)).toBe(
      page(
        b(
          '<div data-pagefind-body><div><p>退款|时效</p></div><br/><div>退款|时效</div></div><div>退款时效</div>',
        ),
      ),
    );
  });
  it('splits a line as one across inline elements, and never across blocks', () => {
    const html = page(
      '<article data-pagefind-body><p>退款<a href="x">时效</a>按<strong>支付方式</strong></p>' +
        '<p>退款</p><p>时效</p></article>',
    );
    expect(breakWordsInHtml(html)).toBe(
      page(
        b(
          '<article data-pagefind-body><p>退款<a href="x">|时效</a>|按<strong>|支付|方式</strong></p>' +
            '<p>退款</p><p>时效</p></article>',
        ),
      ),
    );
  });
  it('returns a page without a data-pagefind-body element unchanged', () => {
    expect(breakWordsInHtml(page('<p>退款时效</p>'))).toBe(page('<p>退款时效</p>'));
  });
  it('changes nothing in a sample article but the breaks between its Chinese words', () => {
    const source = readFileSync(
      new URL('../../content/kb/zh-cn/billing/invoice-faq.md', import.meta.url),
      'utf8',
    );
    const text = source.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const broken = breakWordsInHtml(page(`<article data-pagefind-body><p>${text}</p></article>`));
    expect(broken.length).toBeGreaterThan(page(text).length);
    expect(broken.replaceAll(WORD_BREAK, '')).toBe(
      page(`<article data-pagefind-body><p>${text}</p></article>`),
    );
    expect(unbreakWords(breakWords(text))).toBe(text);
  });
});
