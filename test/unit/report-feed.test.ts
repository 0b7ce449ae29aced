/**
 * Quarterly reports in the feed: one item per report, dated by its quarter's last day, described
 * by the narrative's summary (or the quarter's status counts), sorted in with the articles.
 */
import { describe, expect, it } from 'vitest';
import { mergeFeedItems, type FeedItem } from '../../src/lib/kb/feed.ts';
import { reportFallback, reportFeedItems } from '../../src/lib/metrics/report-feed.ts';

const url = (path: string) => `https://handbook.example.com${path}`;
const counts = { baseline: 0, 'on-track': 2, 'at-risk': 6, 'off-track': 3, late: 1 };

describe('report feed items', () => {
  const items = reportFeedItems(
    [
      { period: '2026-Q3', narrative: { summary: '试点见效。' }, counts },
      {
        period: '2024-Q4',
        narrative: undefined,
        counts: { ...counts, 'on-track': 0, 'at-risk': 0, 'off-track': 0, late: 0, baseline: 12 },
      },
      { period: '2026-Q1', narrative: undefined, counts },
    ],
    'zh-cn',
    url,
  );

  it('titles each report as its page does, links to it and dates it by the quarter’s end', () => {
    expect(items[0]).toEqual({
      title: '2026年第三季度服务质量报告',
      link: 'https://handbook.example.com/zh-cn/reports/2026-q3/',
      description: '试点见效。',
      pubDate: new Date('2026-09-30T00:00:00Z'),
      categories: ['季度报告'],
    });
    expect(items[2]!.pubDate.toISOString()).toBe('2026-03-31T00:00:00.000Z');
  });

  it('describes a quarter without a narrative by its status counts, the baseline quarter as such', () => {
    expect(items[2]!.description).toBe(
      '本季没有撰写文字解读；对照目标：达标 2 项 · 有风险 6 项 · 偏离 3 项 · 逾期达成 1 项。',
    );
    expect(items[1]!.description).toBe(
      reportFallback({ ...counts, 'on-track': 0, 'at-risk': 0, 'off-track': 0, late: 0 }, 'zh-cn'),
    );
    expect(items[1]!.description).toMatch(/^基线季度/);
    expect(
      reportFeedItems([{ period: '2026-Q1', narrative: undefined, counts }], 'en', url)[0]!.title,
    ).toBe('Service quality report, Q1 2026');
  });

  it('sorts reports in among the articles, newest first, then by title', () => {
    const article = (title: string, date: string): FeedItem => ({
      title,
      link: url(`/zh-cn/kb/${title}/`),
      description: '',
      pubDate: new Date(date),
      categories: [],
    });
    const merged = mergeFeedItems(
      [
        article('b', '2026-10-01T08:00:00Z'),
        article('a', '2026-09-30T00:00:00Z'),
        article('c', '2025-01-01T00:00:00Z'),
      ],
      items,
    );
    expect(merged.map((i) => i.title)).toEqual([
      'b',
      '2026年第三季度服务质量报告',
      'a',
      '2026年第一季度服务质量报告',
      'c',
      '2024年第四季度服务质量报告',
    ]);
  });
});
