import * as OpenCC from 'opencc-js';
import { from as openccFrom, to as openccTo } from 'opencc-js/preset';
import { describe, expect, it } from 'vitest';
import { highlightRanges, termPattern } from '../../src/lib/search/highlight.ts';
import {
  excerptHtml,
  highlightParam,
  mergeVariantResults,
  nearlyIn,
  pickRetry,
  rarestWords,
  retryUnits,
  withoutOne,
  strongTitleMatch,
} from '../../src/lib/search/page-state.ts';
import {
  buildPhraseTables,
  occurring,
  phraseForms,
  phraseGroups,
  type PhraseDictionary,
} from '../../src/lib/search/phrases.ts';
import { contentWords, stripQuestionPhrases } from '../../src/lib/search/question-words.ts';
import { titleKey } from '../../src/lib/search/palette.ts';
import { buildScriptMaps } from '../../src/lib/search/script.ts';
import { queryPlan, scriptForms, type Lexicon } from '../../src/lib/search/variants.ts';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const first = (chain: readonly (readonly unknown[])[] | undefined) => chain![0]![0] as string;
const dictionaries: PhraseDictionary[] = [
  { text: first(openccFrom['cn']), regional: false },
  { text: first(openccTo['cn']), regional: false },
  { text: first(openccTo['twp']), regional: 'both' },
  { text: first(openccTo['hkp']), regional: 'to-region' },
];
const groups = phraseGroups(dictionaries, toSimplified);

/** A site's lexicon as the build makes it, from the site's own text. */
function lexiconFor(text: string): Lexicon {
  const maps = buildScriptMaps(text, toSimplified, toTraditional);
  const tables = buildPhraseTables(text, groups, maps, { toSimplified, toTraditional });
  return {
    maps: { ...maps, phrases: tables.phrases, traditionalPhrases: tables.traditional },
    synonyms: [],
  };
}

const taiwanText =
  '錯誤處理：查看日誌。訊息佇列與快取。資料庫連線失敗時，打開設定檔案。記憶體不足的程式。函式與迴圈。';
const taiwanSite = lexiconFor(taiwanText);
const mainlandSite = lexiconFor(
  '错误处理：查看日志。消息队列与缓存。数据库连接失败时，打开配置文件。内存不足的程序。函数与循环。说明文档。确认回复。用户账户由使用者本人管理。',
);

describe('question words and particles', () => {
  it('takes question phrases out of a query in both scripts, keeping the words apart', () => {
    expect(stripQuestionPhrases('如何卡券')).toBe('卡券');
    expect(stripQuestionPhrases('錯誤處理怎麼辦')).toBe('錯誤處理');
    expect(stripQuestionPhrases('为什么退款没到账')).toBe('退款没到账');
    expect(stripQuestionPhrases('如何App 打包')).toBe('App 打包');
  });

  it('drops particles and English question words that stand alone, never inside a word', () => {
    expect(contentWords(['退款', '的', '时效', '吗'])).toEqual(['退款', '时效']);
    expect(contentWords(['how', 'do', 'i', 'refund', 'a', 'charge'])).toEqual(['refund', 'charge']);
    expect(contentWords(['了解', '目的'])).toEqual(['了解', '目的']);
    // Nothing but question words: searched as typed.
    expect(contentWords(['what', 'is'])).toEqual(['what', 'is']);
  });

  it('plans a question as the words it asks about, in every script of the site', () => {
    expect(queryPlan('如何卡券', mainlandSite).words.join('')).toBe('卡券');
    const plan = queryPlan('错误处理怎么办', taiwanSite);
    expect(plan.words.join('')).toBe('错误处理');
    expect(plan.forms.slice(0, plan.equal).map((f) => f.replace(/ /g, ''))).toContain('錯誤處理');
    expect(queryPlan('What is', mainlandSite).words).toEqual(['What', 'is']);
  });
});

describe('phrase-level conversion', () => {
  it('finds which words occur in a text in one pass', () => {
    expect([...occurring(['日誌', '佇列', '缓存'], '查看日誌與佇列')].sort()).toEqual([
      '佇列',
      '日誌',
    ]);
  });

  it('meets Simplified and Taiwan vocabulary on a Taiwan site', () => {
    const forms = (q: string) => scriptForms(q, taiwanSite.maps);
    expect(forms('日志')).toContain('日誌');
    expect(forms('队列')).toContain('佇列');
    expect(forms('缓存')).toContain('快取');
    expect(forms('数据库')).toContain('資料庫');
    expect(forms('文件')).toContain('檔案');
    expect(forms('内存')).toContain('記憶體');
  });

  it('meets them the other way on a mainland site, without swapping its own Simplified words', () => {
    const forms = (q: string) => scriptForms(q, mainlandSite.maps);
    expect(forms('日誌')).toContain('日志');
    expect(forms('佇列')).toContain('队列');
    expect(forms('快取')).toContain('缓存');
    expect(forms('資料庫')).toContain('数据库');
    expect(forms('檔案')).toContain('文件');
    // 覆 stays 覆 character by character; the phrase 回覆 is 回复.
    expect(forms('確認回覆')).toContain('确认回复');
    // 文件 is a file on this site: not swapped for 文档 (what Taiwan's 文件 means).
    expect(forms('文件')).toEqual(['文件']);
  });

  it('reads a word spelt alike in both scripts as the region’s word when the query is Traditional', () => {
    const forms = (q: string) => scriptForms(q, mainlandSite.maps);
    // Among Traditional characters, 使用者 is Taiwan's user and 文件 its document.
    expect(forms('使用者賬戶')).toContain('用户账户');
    expect(forms('說明文件')).toContain('说明文档');
    // Typed alone, they are the mainland words this site uses: left as they are.
    expect(forms('使用者')).toEqual(['使用者']);
    expect(forms('文件')).toEqual(['文件']);
  });

  it('keeps only phrases whose counterpart occurs on the site, and is small', () => {
    const table = taiwanSite.maps.phrases!;
    const targets = Object.values(table).join(' ').split(' ');
    expect(targets.filter((p) => !taiwanText.includes(p))).toEqual([]);
    expect(JSON.stringify(table).length).toBeLessThan(2000);
  });

  it('replaces the longest phrase first and gives one form per alternative', () => {
    const table = { 数据: '資料', 数据库: '資料庫', 连接: '連線 連結' };
    expect(phraseForms('数据库连接', table)).toEqual(['資料庫連線', '資料庫連結']);
    expect(phraseForms('退款', table)).toEqual([]);
    expect(phraseForms('退款', undefined)).toEqual([]);
  });

  it('ranks the forms of the query in either script as equals, synonyms a little lower', () => {
    const merged = mergeVariantResults(
      [
        { results: [{ id: 'simplified', score: 1 }] },
        { results: [{ id: 'traditional', score: 1.2 }] },
        { results: [{ id: 'synonym', score: 1.3 }] },
      ],
      2,
    );
    expect(merged.map((r) => r.id)).toEqual(['traditional', 'synonym', 'simplified']);
    expect(merged[1]!.score).toBeCloseTo(1.3 * 0.85);
  });
});

describe('zero-result retry and title rows', () => {
  it('retries with the words typed apart, or the segmenter’s words without lone characters', () => {
    expect(retryUnits('电子发票 录音', ['电子', '发票', '录音'])).toEqual(['电子发票', '录音']);
    expect(retryUnits('卡券港澳台', ['卡', '券', '港澳', '台'])).toEqual([
      '卡',
      '券',
      '港澳',
      '台',
    ]);
    expect(retryUnits('退款到账保价', ['退款', '到', '账', '保价'])).toEqual(['退款', '保价']);
  });

  it('retries first without one word, keeping the most words and the most specific result', () => {
    expect(withoutOne(['spot', 'fraud', 'flags'])).toEqual([
      ['fraud', 'flags'],
      ['spot', 'flags'],
      ['spot', 'fraud'],
    ]);
    const tries = [
      { words: ['fraud', 'flags'], count: 1 },
      { words: ['spot', 'flags'], count: 0 },
      { words: ['spot', 'fraud'], count: 4 },
    ];
    expect(pickRetry(tries)?.words).toEqual(['fraud', 'flags']);
    expect(pickRetry([{ words: ['a'], count: 0 }])).toBeUndefined();
  });

  it('retries with the rarest words that find something alone, in the order typed', () => {
    expect(rarestWords(['退款', '卡券', '时效'], [40, 3, 12], 2)).toEqual(['卡券', '时效']);
    expect(rarestWords(['退款', '没有的词', '时效'], [40, 0, 12], 1)).toEqual(['时效']);
    expect(rarestWords(['退款'], [40], 2)).toEqual([]);
    expect(rarestWords(['甲', '乙'], [0, 0], 2)).toEqual([]);
  });

  it('shows a title row only for the whole query or all its words in the title', () => {
    const strong = (title: string, ...forms: string[][]) =>
      strongTitleMatch(titleKey(title), forms, titleKey);
    expect(strong('Eloquent: 入門', ['入門', 'eloquent'])).toBe(true);
    expect(strong('港澳台地区的退货政策', ['港澳台', '退货'])).toBe(true);
    expect(strong('Apple 应用内支付', ['支付宝', '支付'])).toBe(false);
    expect(strong('退款時效', ['退款', '时效'], ['退款', '時效'])).toBe(true);
    // One typo per word still leads: a misspelt title is still the title.
    expect(strong('Refund confirmation template', ['refnd', 'confirmation'])).toBe(true);
    expect(strong('包裹丢失与破损：先行处理与快递理赔', ['包裹丢失与破顺'])).toBe(true);
    expect(strong('Empathy wording standard', ['emapthy'])).toBe(true);
    expect(strong('Invoice FAQ', ['invxyz'])).toBe(false);
  });

  it('knows a word within one edit of a text, for words of four characters or more', () => {
    expect(nearlyIn('invoce', 'invoicefaq')).toBe(true);
    expect(nearlyIn('emapthy', 'empathywording')).toBe(true);
    expect(nearlyIn('refnd', 'refundconfirmation')).toBe(true);
    expect(nearlyIn('abc', 'abd')).toBe(false);
    expect(nearlyIn('zzzzzz', 'refundconfirmation')).toBe(false);
  });
});

describe('highlighting', () => {
  it('asks for whole words and phrases, never a lone character split off the query', () => {
    expect(highlightParam(['退款 到 账']).split(' ')).toEqual(['退款到账', '退款']);
    expect(highlightParam(['税'])).toBe('税');
  });

  it('joins marks that touch or stand apart by spaces only', () => {
    const pattern = termPattern(['退款', '到账', 'refund'])!;
    expect(highlightRanges('退款到账要三天，退款', pattern)).toEqual([
      [0, 4],
      [8, 10],
    ]);
    expect(highlightRanges('Refund refund later', pattern)).toEqual([[0, 13]]);
    expect(termPattern([' ', ''])).toBeUndefined();
  });

  it('joins touching marks in excerpts and drops lone characters marked on their own', () => {
    expect(excerptHtml('<mark>退款</mark><mark>到账</mark>后<mark>到</mark>')).toBe(
      '<mark>退款到账</mark>后到',
    );
    expect(excerptHtml('<mark>税</mark>率', true)).toBe('<mark>税</mark>率');
  });
});
