/** The title-search audit run on imported corpora (scripts/lib/search-audit.ts). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import {
  auditQueries,
  formatSummary,
  pickSample,
  sharedHeadings,
  readArticles,
  resultPath,
  summarize,
  titleQueries,
  type AuditCase,
} from '../../scripts/lib/search-audit.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

const converters = {
  toTraditional,
  toSimplified: OpenCC.Converter({ from: 't', to: 'cn' }),
  toTaiwan: OpenCC.Converter({ from: 'cn', to: 'twp' }),
  fromTaiwan: OpenCC.Converter({ from: 'twp', to: 'cn' }),
};

describe('title-search audit', () => {
  it('asks each article as a question, in another word order, in the other vocabulary and by a heading', () => {
    const article = {
      url: '/zh-cn/kb/db/x/',
      title: '数据库日志',
      headings: [
        { text: '概述', id: 'a' },
        { text: '查看慢查询', id: 'b' },
        { text: '总结', id: 'c' },
      ],
    };
    const queries = auditQueries(article, 1, converters, new Set(['概述', '总结']));
    expect(queries.filter((q) => !['words', 'traditional', 'no-spaces'].includes(q.kind))).toEqual([
      { kind: 'question', query: '数据库日志怎么办' },
      { kind: 'reordered', query: '日志 库 数据' }, // ICU splits 数据库
      { kind: 'other-vocabulary', query: '資料庫日誌' },
      { kind: 'heading', query: '查看慢查询' },
    ]);
    // A Traditional title is asked in Traditional, and its other vocabulary is the mainland's.
    const tw = auditQueries({ url: '/x/', title: '資料庫' }, 1, converters);
    expect(tw.find((q) => q.kind === 'question')?.query).toBe('資料庫怎麼辦');
    expect(tw.find((q) => q.kind === 'other-vocabulary')?.query).toBe('数据库');
    expect(auditQueries({ url: '/x/', title: 'Refund rules' }, 0, converters)[2]).toEqual({
      kind: 'question',
      query: 'how do I Refund rules',
    });
  });

  it('knows the headings several articles share', () => {
    expect([
      ...sharedHeadings([
        { url: '/a/', title: 'a', headings: [{ text: '概述', id: 'x' }] },
        {
          url: '/b/',
          title: 'b',
          headings: [
            { text: '概述', id: 'x' },
            { text: 'B', id: 'y' },
          ],
        },
      ]),
    ]).toEqual(['概述']);
  });

  it('reports stock Pagefind and the palette beside the search page, per kind', () => {
    const summary = summarize([
      {
        kind: 'heading',
        query: 'q',
        url: '/a/',
        title: 't',
        top: ['/a/'],
        stock: ['/b/', '/a/'],
        palette: [],
      },
    ]);
    expect(summary.byKind[0]).toEqual({
      kind: 'heading',
      total: 1,
      found: 1,
      share: 100,
      top1: 100,
      stock: { share: 100, top1: 0 },
      palette: { total: 1, share: 0 },
    });
    expect(formatSummary(summary, 'x')).toContain(
      '| heading | 1/1 | 100% (100%) | 100% (0%) | 0% of 1 |',
    );
  });

  it('types a Chinese title as words, in Traditional script and without spaces', () => {
    expect(titleQueries('TiDB 中的 TimeStamp Oracle (TSO)', toTraditional)).toEqual([
      { kind: 'words', query: 'TiDB 中的 TimeStamp Oracle TSO' },
      { kind: 'traditional', query: 'TiDB 中的 TimeStamp Oracle (TSO)' },
      { kind: 'no-spaces', query: 'TiDB中的TimeStampOracle(TSO)' },
    ]);
    expect(titleQueries('退款到账时间', toTraditional).map((q) => q.query)).toEqual([
      '退款 到 账 时间', // ICU's dictionary splits 到账
      '退款到賬時間',
      '退款到账时间',
    ]);
  });

  it('types two words of an English title', () => {
    expect(titleQueries('How to handle a refund request', toTraditional)).toEqual([
      { kind: 'words', query: 'How to handle a refund request' },
      { kind: 'two-words', query: 'handle request' },
      { kind: 'no-spaces', query: 'Howtohandlearefundrequest' },
    ]);
  });

  it('samples evenly and the same way every time', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(pickSample(items, 4)).toEqual([0, 2, 5, 7]);
    expect(pickSample(items, 20)).toEqual(items);
  });

  it('reads indexed article pages and their titles from a built site', () => {
    const dist = mkdtempSync(join(tmpdir(), 'audit-'));
    try {
      const page = (path: string, html: string) => {
        mkdirSync(join(dist, path), { recursive: true });
        writeFileSync(join(dist, path, 'index.html'), html);
      };
      page(
        'zh-cn/kb/returns/refund',
        '<main data-pagefind-body><h1 class="t">退款 &amp; <em>到账</em></h1><h2 id="when">何时<a href="#when">#</a></h2></main>',
      );
      page('zh-cn/kb/returns/old', '<main><h1>Archived</h1></main>');
      expect(readArticles(dist, 'zh-cn')).toEqual([
        {
          url: '/zh-cn/kb/returns/refund/',
          title: '退款 & 到账',
          headings: [{ text: '何时#', id: 'when' }],
        },
      ]);
      expect(readArticles(dist, 'en')).toEqual([]);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('scores a hit when the article is among the first three results', () => {
    expect(resultPath('/zh-cn/kb/a/%E9%80%80/?highlight=x#h')).toBe('/zh-cn/kb/a/退/');
    const c = (kind: AuditCase['kind'], top: string[]): AuditCase => ({
      kind,
      query: 'q',
      url: '/a/',
      title: 't',
      top,
    });
    const summary = summarize([
      c('words', ['/b/', '/a/']),
      c('words', ['/b/']),
      c('traditional', ['/a/']),
    ]);
    expect(summary).toMatchObject({ total: 3, found: 2, share: 66.7 });
    expect(summary.byKind).toEqual([
      { kind: 'words', total: 2, found: 1, share: 50, top1: 0 },
      { kind: 'traditional', total: 1, found: 1, share: 100, top1: 100 },
    ]);
    expect(summary.misses).toHaveLength(1);
  });
});
