import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import {
  createPaletteIndex,
  searchPalette,
  type QuickFindRecord,
} from '../../src/lib/search/palette.ts';
import { buildScriptMaps } from '../../src/lib/search/script.ts';
import {
  bucketOf,
  buildShards,
  gatherCandidates,
  planGrams,
  planQuery,
  searchShards,
  textGrams,
  type Shard,
  type ShardOptions,
} from '../../src/lib/search/shards.ts';
import type { Lexicon } from '../../src/lib/search/variants.ts';

const maps = buildScriptMaps(
  '身份核验 退货规则 投诉处理 電子發票',
  OpenCC.Converter({ from: 't', to: 'cn' }),
  OpenCC.Converter({ from: 'cn', to: 't' }),
);
const lexicon: Lexicon = { maps, synonyms: [['退款', '退钱', 'refund']] };
const none = new Set<string>();

let n = 0;
const record = (t: string, k = '', s = ''): QuickFindRecord => ({
  t,
  u: `/r/${n++}/`,
  s,
  r: 'basic',
  y: 'howto',
  k,
});

/** A seeded corpus of look-alike titles, so candidates really compete. */
function corpus(
  size: number,
  words: { zh?: string; en?: string } = {},
  seed = 7,
): QuickFindRecord[] {
  let a = seed;
  const rnd = () => {
    a = (a * 1103515245 + 12345) & 0x7fffffff;
    return a / 0x7fffffff;
  };
  const zh = (
    words.zh ??
    '退款 投诉 物流 发票 退货 时效 升级 核验 账单 工单 客户 坐席 换货 售后 订单 快递 包裹 签收'
  ).split(' ');
  const en = (
    words.en ?? 'refund complaint delivery invoice return exchange escalation billing ticket parcel'
  ).split(' ');
  const pick = (l: string[]) => l[Math.floor(rnd() * l.length)]!;
  return Array.from({ length: size }, (_, i) =>
    i % 2
      ? record(`${pick(zh)}与${pick(zh)}：${pick(zh)}处理流程`, `${pick(zh)} ${pick(zh)}`)
      : record(`${pick(en)} and ${pick(en)}: how to handle it`, `${pick(en)} ${pick(en)}`),
  );
}

/** Build the shards and search them in memory, loading whatever is missing. */
function sharded(records: QuickFindRecord[], options: ShardOptions = { singleBytes: 0 }) {
  const { head, shards } = buildShards(records, options);
  // A round trip through JSON, as the browser gets them: records are copies per shard.
  const files: Shard[] = JSON.parse(JSON.stringify(shards)) as Shard[];
  const loaded = new Map<number, Shard>();
  const search = (q: string, limit = 3) => {
    for (;;) {
      const found = searchShards(q, lexicon, head, (i) => loaded.get(i), limit);
      if (!found.missing.length) return found.results.map((r) => r.t);
      for (const i of found.missing) loaded.set(i, files[i]!);
    }
  };
  return { head, shards, loaded, search };
}

describe('grams', () => {
  it('files Chinese under characters and pairs, Latin under letter triples and word starts', () => {
    expect(textGrams('身份核验')).toEqual({
      bigrams: ['身份', '份核', '核验'],
      unigrams: ['身', '份', '核', '验'],
    });
    expect(textGrams('RMA, Café, AI').bigrams).toEqual([
      ' r',
      'rma',
      ' c',
      'caf',
      'afe',
      ' a',
      'ai',
    ]);
    expect(textGrams('CSAT是什么').bigrams).toContain('是什');
  });
  it('hashes a gram to the same shard every time, within range', () => {
    expect(bucketOf('退款', 64)).toBe(bucketOf('退款', 64));
    for (const g of ['退款', ' r', 'zz', '验']) {
      expect(bucketOf(g, 8)).toBeGreaterThanOrEqual(0);
      expect(bucketOf(g, 8)).toBeLessThan(8);
    }
  });
});

describe('buildShards', () => {
  it('files every record under each of its grams, titles and short titles first, cut at the cap', () => {
    const records = [
      record('其他', '退款'),
      record('退款到账时间说明'),
      record('退款'),
      record('退款确认'),
    ];
    const { head, shards } = buildShards(records, { cap: 3, singleBytes: 0 });
    const shard = shards[bucketOf('退款', head.b)]!;
    expect(shard.g['退款']!.map((i) => shard.r[i]!.t)).toEqual([
      '退款',
      '退款确认',
      '退款到账时间说明',
    ]);
    expect(head.h).toContain('退款');
    expect(head.b & (head.b - 1)).toBe(0);
  });
  it('keeps a small site in one shard', () => {
    const { head, shards } = buildShards(corpus(50));
    expect(head.b).toBe(1);
    expect(shards[0]!.r).toHaveLength(50);
  });
  it('keeps each record once per shard', () => {
    const { shards } = buildShards(corpus(400), { singleBytes: 0 });
    expect(shards.length).toBeGreaterThan(1);
    for (const s of shards) expect(new Set(s.r.map((r) => r.u)).size).toBe(s.r.length);
  });
});

describe('planGrams', () => {
  it('loads every gram of a short query and five of a long one, common ones last', () => {
    expect(planGrams('退款确认', none)).toEqual(['退款', '款确', '确认']);
    const long = planGrams('refnd confirmation', new Set(['con', 'ion']));
    expect(long).toHaveLength(5);
    expect(long).not.toContain('con');
  });
  it('takes grams from every word in turn, so a title with all the words collects the most hits', () => {
    const heavy = new Set(['ref', 'efu', 'fun', 'und', 'del', 'ela', 'lay']);
    expect(planGrams('refund delay', heavy)).toEqual(['ref', 'del', 'efu', 'ela', 'fun']);
  });
  it('asks for the rare grams of every word before a common gram of any', () => {
    expect(planGrams('tidb pymysql', new Set(['tid', 'idb']))).toEqual([
      'pym',
      'ymy',
      'mys',
      'ysq',
      'sql',
    ]);
  });
  it('keeps a version number whole, so its grams tell one release from the next', () => {
    expect(textGrams('TiDB 6.1.2 Release Notes').bigrams).toEqual(
      expect.arrayContaining(['6.1', '.1.', '1.2']),
    );
    expect(textGrams('TiDB 6.1.2 Release Notes').bigrams).not.toContain('612');
  });
  it('takes grams inside the query’s words, none across two of them', () => {
    const { plans } = planQuery('快照 指南 使用', lexicon, { v: 1, b: 8, h: [] });
    expect(plans[0]).toEqual(['快照', '指南', '使用', '=快照指南使用']);
    expect(plans.flat()).not.toContain('照指');
  });
  it('uses the character or word start of a one-character query', () => {
    expect(planGrams('退', none)).toEqual(['退']);
    expect(planGrams('r', none)).toEqual([' r']);
  });
  it('adds the ends of a three-character Chinese query and the start of a short word', () => {
    expect(planGrams('身严证', none)).toEqual(['身严', '严证', '身', '证']);
    expect(planGrams('rxa', none)).toEqual(['rxa', ' r']);
  });
  it('plans every form of the query: both scripts and synonyms', () => {
    const { variants, plans } = planQuery('退钱', lexicon, { v: 1, b: 8, h: [] });
    expect(variants).toEqual(['退钱', '退款', 'refund']);
    expect(plans.flat()).toContain('退款');
  });
});

describe('gatherCandidates', () => {
  it('ranks records hit by more grams of one query form first, and tells copies apart by URL', () => {
    const a = record('A');
    const b = record('B');
    const copy = { ...a };
    const lists: Record<string, QuickFindRecord[]> = { x: [b, a], y: [copy] };
    expect(gatherCandidates([['x', 'y']], (g) => lists[g]).map((r) => r.t)).toEqual(['A', 'B']);
  });
});

describe('searchShards', () => {
  const records = [
    record('Refund confirmation template', 'refund'),
    record('Invoice FAQ', 'vat receipt'),
    record('Calming an angry customer', 'irate customer'),
    record('Empathy wording standard'),
    record('身份核验：按请求风险分级'),
    record('包裹丢失与破损理赔'),
    record('電子發票重開'),
    record('退款到账时间'),
    // Look-alikes that share words with one another, not with the articles above.
    ...corpus(3000, {
      zh: '投诉 物流 退货 时效 升级 账单 工单 客户 坐席 换货 售后 订单 快递 签收 核实 身材',
      en: 'complaint delivery return exchange escalation billing ticket parcel courier wording',
    }),
  ];

  it('gives the same top results as one Fuse index over every record', () => {
    const small = records.slice(0, 200);
    const { search } = sharded(small);
    const fuse = createPaletteIndex(small);
    for (const q of [
      'Invoice FAQ',
      'invoce',
      '身份核严',
      '退钱',
      'irate customer',
      '电子发票',
      '投诉',
    ]) {
      expect(search(q, 3)[0]).toBe(searchPalette(fuse, q, lexicon, 3)[0]?.t);
    }
  });

  it('puts an exact title first among thousands of look-alikes', () => {
    const exact = record('退款');
    const { search } = sharded([...corpus(4000), exact]);
    expect(search('退款')[0]).toBe('退款');
  });

  it('finds a title typed in full without spaces, even when every word is common', () => {
    // 300 titles that differ only in their version number: every gram is shared by hundreds,
    // so each gram's list is cut at the cap; the whole-title gram still finds each one.
    const notes = Array.from({ length: 300 }, (_, i) =>
      record(`TiDB ${Math.floor(i / 30) + 1}.${i % 30}.0 Release Notes`),
    );
    const zh = Array.from({ length: 300 }, (_, i) => record(`版本 ${i} 发布说明`));
    const { search } = sharded([...notes, ...zh]);
    for (const title of ['TiDB 7.13.0 Release Notes', 'TiDB 3.2.0 Release Notes']) {
      expect(search(title.replace(/\s+/g, ''))[0]).toBe(title);
      expect(search(title)[0]).toBe(title);
    }
    expect(search('版本217发布说明')[0]).toBe('版本 217 发布说明');
  });

  it('finds a title whose words are typed in another order among look-alikes', () => {
    const notes = Array.from({ length: 300 }, (_, i) =>
      record(`TiDB ${Math.floor(i / 30) + 1}.${i % 30}.${i % 7} Release Notes`),
    );
    const { search } = sharded([...records, ...notes]);
    expect(search('理赔 破损 与 丢失 包裹')[0]).toBe('包裹丢失与破损理赔');
    expect(search('时间 到账 退款')[0]).toBe('退款到账时间');
    expect(search('Notes Release 4.17.2 TiDB')[0]).toBe('TiDB 4.17.2 Release Notes');
  });

  it('keeps a name the segmenter breaks into characters (飞书) as one word of the query', () => {
    const prefixes = '钉钉 企微 邮件 短信 工单 电话 网页 应用 小程序 后台'.split(' ');
    const titles = Array.from({ length: 300 }, (_, i) =>
      record(`${prefixes[i % prefixes.length]!}${i}审批流程说明`),
    );
    const { search } = sharded([...titles, record('飞书审批流程说明')]);
    expect(search('飞书 流程 审批 说明')[0]).toBe('飞书审批流程说明');
    // The segmenter gives 飞 | 书: joined again, the name is a gram of the plan.
    expect(planQuery('飞书 流程 审批 说明', lexicon, { v: 1, b: 8, h: [] }).plans[0]).toContain(
      '飞书',
    );
  });

  it('survives one wrong, missing or swapped letter in an English word', () => {
    const { search } = sharded(records);
    for (const q of [
      'invoce',
      'invoiec',
      'imvoice',
      'emapthy',
      'empathy wordng',
      'refnd confirmation',
    ])
      expect(search(q), q).toSatisfy((top: string[]) =>
        top.some((t) => /Invoice FAQ|Empathy wording|Refund confirmation/.test(t)),
      );
  });

  it('survives one wrong or missing character in a Chinese phrase, and either script', () => {
    const { search } = sharded(records);
    expect(search('身份核严')).toContain('身份核验：按请求风险分级');
    expect(search('身份验')).toContain('身份核验：按请求风险分级');
    expect(search('包裹丢失与破顺')).toContain('包裹丢失与破损理赔');
    expect(search('电子发票')).toContain('電子發票重開');
    expect(search('退钱')).toContain('退款到账时间');
  });

  it('loads a few small shards per query, not the index', () => {
    const { search, loaded, shards } = sharded(records);
    search('身份核严');
    expect(loaded.size).toBeLessThanOrEqual(8);
    expect(loaded.size).toBeLessThan(shards.length / 4);
  });

  it('returns nothing for an empty query', () => {
    expect(sharded(records).search('  ')).toEqual([]);
  });
});
