/**
 * The query table of the browser tests (test/e2e/search-queries.ts), run against the sample
 * knowledge base's palette index in both shapes: one shard (the sample's size) and cut into many
 * shards (what a large site gets), so the sharded path is held to the same 29 cases.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import synonyms from '../../data/synonyms.json';
import type { QuickFindRecord } from '../../src/lib/search/palette.ts';
import { buildScriptMaps } from '../../src/lib/search/script.ts';
import { buildShards, searchShards, type ShardOptions } from '../../src/lib/search/shards.ts';
import type { Lexicon } from '../../src/lib/search/variants.ts';
import { queryCases } from '../e2e/search-queries.ts';

interface Front {
  title: string;
  summary: string;
  tier: string;
  type: string;
  status?: string;
  reviewed: string | Date;
  tags?: string[];
  aliases?: string[];
}

const root = join(import.meta.dirname, '../../content/kb');
const articles = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
  .map((e) => {
    const file = matter(readFileSync(join(e.parentPath, e.name), 'utf8'));
    const [locale, category] = join(e.parentPath)
      .slice(root.length + 1)
      .split('/');
    return {
      locale,
      category,
      slug: e.name.replace(/\.mdx?$/, ''),
      data: file.data as Front,
      body: file.content,
    };
  })
  .filter((a) => a.data.status !== 'archived' && a.data.status !== 'draft');

const text = articles
  .map(
    (a) =>
      `${a.data.title} ${a.data.summary} ${(a.data.aliases ?? []).join(' ')} ${(a.data.tags ?? []).join(' ')} ${a.body}`,
  )
  .join('\n');
const lexicon: Lexicon = {
  maps: buildScriptMaps(
    text,
    OpenCC.Converter({ from: 't', to: 'cn' }),
    OpenCC.Converter({ from: 'cn', to: 't' }),
  ),
  synonyms,
};

const records = (locale: string): QuickFindRecord[] =>
  articles
    .filter((a) => a.locale === locale)
    .map((a) => ({
      t: a.data.title,
      u: `/${locale}/kb/${a.category}/${a.slug}/`,
      s: a.data.summary,
      r: a.data.tier,
      y: a.data.type,
      k: [...(a.data.aliases ?? []), ...(a.data.tags ?? [])].join(' '),
    }));

function top3(locale: string, query: string, options: ShardOptions): string[] {
  const { head, shards } = buildShards(records(locale), options);
  const found = searchShards(query, lexicon, head, (n) => shards[n], 3);
  expect(found.missing).toEqual([]);
  return found.results.map((r) => r.u.split('/').at(-2)!);
}

describe('palette query table, one shard and many', () => {
  for (const [shape, options] of [
    ['one shard', {}],
    ['many shards', { singleBytes: 0 }],
  ] as const) {
    it(`finds every case in the top 3 (${shape})`, () => {
      if (shape === 'many shards')
        expect(buildShards(records('zh-cn'), options).head.b).toBeGreaterThan(8);
      const misses = queryCases
        .map((c) => ({ c, top: top3(c.locale, c.query, options) }))
        .filter(({ c, top }) => !top.includes(c.expect))
        .map(({ c, top }) => `${c.kind} “${c.query}” → ${top.join(', ')} (want ${c.expect})`);
      expect(misses).toEqual([]);
    });
  }
});
