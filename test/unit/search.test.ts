import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import {
  createPaletteIndex,
  rankPalette,
  searchPalette,
  type QuickFindRecord,
} from '../../src/lib/search/palette.ts';
import { buildScriptMaps, convert, scriptVariants } from '../../src/lib/search/script.ts';
import { hasHan, segmentQuery } from '../../src/lib/search/segment.ts';
import { absentSynonyms, expandSynonyms } from '../../src/lib/search/synonyms.ts';
import { queryVariants, type Lexicon } from '../../src/lib/search/variants.ts';

const siteText = '投诉处理时效 退货流程 退款确认 電子發票 退貨規則 身份核验';
const maps = buildScriptMaps(
  siteText,
  OpenCC.Converter({ from: 't', to: 'cn' }),
  OpenCC.Converter({ from: 'cn', to: 't' }),
);
const lexicon: Lexicon = { maps, synonyms: [['退款', '退钱', 'refund']] };

describe('segmentQuery', () => {
  it('splits Chinese typed without spaces into words', () => {
    expect(segmentQuery('处理时效')).toEqual(['处理', '时效']);
    expect(segmentQuery('退货流程时效').join('')).toBe('退货流程时效');
    expect(segmentQuery('退货流程时效').length).toBeGreaterThan(1);
  });
  it('keeps Latin words as typed, lower-cases inside Chinese, and drops punctuation', () => {
    expect(segmentQuery('  refund   policy ')).toEqual(['refund', 'policy']);
    expect(segmentQuery('CSAT是什么？')).toContain('csat');
    expect(segmentQuery('')).toEqual([]);
  });
  it('detects Han characters', () => {
    expect(hasHan('refund')).toBe(false);
    expect(hasHan('退款 refund')).toBe(true);
  });
});

describe('script maps', () => {
  it('keep only characters whose counterpart occurs on the site', () => {
    expect(maps.t2s['訴']).toBe('诉');
    expect(maps.t2s['確']).toBe('确');
    expect(maps.s2t['货']).toBe('貨');
    // 龍 → 龙: neither occurs on this site, so the pair is left out.
    expect(maps.t2s['龍']).toBeUndefined();
    expect(Object.keys(maps.t2s).length).toBeLessThan(100);
  });
  it('convert queries both ways', () => {
    expect(convert('投訴處理', maps.t2s)).toBe('投诉处理');
    expect(convert('退货规则', maps.s2t)).toBe('退貨規則');
    expect(scriptVariants('退货', maps)).toEqual(['退货', '退貨']);
    expect(scriptVariants('refund', maps)).toEqual(['refund']);
  });
});

describe('synonyms', () => {
  it('swap each word of a group for the others, original first', () => {
    expect(expandSynonyms(['退钱', '时效'], lexicon.synonyms)).toEqual([
      ['退钱', '时效'],
      ['退款', '时效'],
      ['refund', '时效'],
    ]);
  });
  it('match a synonym the segmenter split in two', () => {
    expect(expandSynonyms(['退', '钱'], lexicon.synonyms)).toContainEqual(['退款']);
  });
  it('never swap in a word the locale lacks, though a query for it still expands', () => {
    const groups = [['退款', '退钱', '返还', 'refund', 'money back']];
    const absent = absentSynonyms(groups, '退款到账时间 Refund policy 返还单');
    expect(absent).toEqual(['退钱', 'money back']);
    expect(expandSynonyms(['退款'], groups, 8, new Set(absent))).toEqual([
      ['退款'],
      ['返还'],
      ['refund'],
    ]);
    expect(expandSynonyms(['退钱'], groups, 8, new Set(absent))).toContainEqual(['退款']);
    expect(queryVariants('退钱', { ...lexicon, absent: ['refund'] })).toEqual(['退钱', '退款']);
  });
  it('respect the limit', () => {
    expect(expandSynonyms(['退款'], lexicon.synonyms, 2)).toHaveLength(2);
  });
});

describe('queryVariants', () => {
  it('puts every script form before synonym expansions', () => {
    const variants = queryVariants('退款確認', lexicon, 3);
    expect(variants[0]).toBe(segmentQuery('退款確認').join(' '));
    expect(variants).toContain(segmentQuery('退款确认').join(' '));
  });
  it('leaves English alone apart from synonyms', () => {
    expect(queryVariants('refund', lexicon)).toEqual(['refund', '退款', '退钱']);
  });
});

describe('palette ranking', () => {
  const record = (t: string, k = '', s = ''): QuickFindRecord => ({
    t,
    u: `/${t}/`,
    s,
    r: 'basic',
    y: 'howto',
    k,
  });
  const records = [
    record('Refund confirmation template', 'refund'),
    record('Refund timelines by payment method'),
    record('Invoice FAQ', 'vat receipt'),
    record('Calming an angry customer', 'irate customer'),
    record('身份核验：按请求风险分级'),
    record('实名认证与身份核验基础'),
  ];
  const fuse = createPaletteIndex(records);
  const top = (q: string) => searchPalette(fuse, q, lexicon, 3).map((r) => r.t);

  it('puts an exact title first', () => {
    expect(top('Invoice FAQ')[0]).toBe('Invoice FAQ');
    expect(top('实名认证与身份核验基础')[0]).toBe('实名认证与身份核验基础');
  });
  it('tolerates one wrong letter in English and one wrong character in Chinese', () => {
    expect(top('invoce')[0]).toBe('Invoice FAQ');
    expect(top('身份核严')).toContain('身份核验：按请求风险分级');
  });
  it('finds by alias', () => {
    expect(top('irate customer')[0]).toBe('Calming an angry customer');
  });
  it('ranks titles that contain the query above fuzzy matches elsewhere', () => {
    const a = record('Refund policy');
    const b = record('Other', 'refund policy notes');
    expect(
      rankPalette(
        [
          [
            { item: b, score: 0.01, refIndex: 0 },
            { item: a, score: 0.2, refIndex: 1 },
          ],
        ],
        ['refund policy'],
      ).map((r) => r.t),
    ).toEqual(['Refund policy', 'Other']);
  });
  it('puts the page whose title holds a tag typed in full above another page with that tag', () => {
    const titled = record('Quokkapayload and other hostile input', 'quokkapayload');
    const tagged = record('Template reply', 'quokkapayload');
    expect(
      rankPalette(
        [
          [
            { item: tagged, score: 0.01, refIndex: 0 },
            { item: titled, score: 0.2, refIndex: 1 },
          ],
        ],
        ['quokkapayload'],
      ).map((r) => r.t),
    ).toEqual(['Quokkapayload and other hostile input', 'Template reply']);
  });
  it('returns nothing for an empty query', () => {
    expect(top('  ')).toEqual([]);
  });
});
