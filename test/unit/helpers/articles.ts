import type { ArticleData } from '../../../src/schemas/article.ts';
import { type Article, toArticle } from '../../../src/lib/kb/articles.ts';

export function articleData(overrides: Partial<ArticleData> = {}): ArticleData {
  return {
    title: 'Title',
    summary: 'Summary.',
    tier: 'basic',
    category: 'complaints',
    type: 'howto',
    tags: [],
    owner: 'Desk',
    reviewed: '2026-01-01',
    reviewEvery: 180,
    status: 'published',
    audience: 'internal',
    aliases: [],
    related: [],
    translationKey: 'key',
    ...overrides,
  };
}

export function article(
  id: string,
  overrides: Partial<ArticleData> = {},
  today = '2026-11-23',
): Article {
  const [, category = 'complaints', slug = 'x'] = id.split('/');
  return toArticle(
    { id, data: articleData({ category, translationKey: slug, ...overrides }) },
    today,
  );
}

/** A whole article file, front matter first. */
export function articleFile(fields: string, body = '\nBody text.\n'): string {
  return `---\n${fields.trim()}\n---\n${body}`;
}

export const validFields = `
title: 退货流程时效
summary: 说明退货各环节的时限。
tier: basic
category: returns
type: howto
tags: [退货, 时效]
owner: 售后服务组
reviewed: 2026-09-15
reviewEvery: 180
status: published
audience: internal
aliases: [退钱]
related: []
translationKey: return-timelines
`;
