import { describe, expect, it } from 'vitest';
import { type Article, rankRelated, relatedIndex } from '../../src/lib/kb/articles.ts';
import { tagSlug } from '../../src/lib/urls.ts';
import { article } from './helpers/articles.ts';

/** The original definition, one pass over every candidate per article: the reference. */
function reference(a: Article, candidates: readonly Article[], limit = 5): Article[] {
  const bySlug = new Map(candidates.map((c) => [c.slug, c]));
  const chosen: Article[] = [];
  for (const slug of a.data.related) {
    const found = bySlug.get(slug);
    if (found && found !== a && !chosen.includes(found)) chosen.push(found);
  }
  const tags = new Set(a.data.tags.map(tagSlug));
  const scored = candidates
    .filter((c) => c !== a && !chosen.includes(c) && c.locale === a.locale)
    .map((c) => ({
      c,
      score:
        (c.data.category === a.data.category ? 2 : 0) +
        c.data.tags.filter((t) => tags.has(tagSlug(t))).length,
    }))
    .filter(({ score }) => score > 0)
    .sort((x, y) => y.score - x.score || x.c.data.title.localeCompare(y.c.data.title));
  return [...chosen, ...scored.map(({ c }) => c)].slice(0, limit);
}

describe('relatedIndex', () => {
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T>(l: readonly T[]) => l[Math.floor(rnd() * l.length)]!;
  const categories = ['returns', 'orders', 'billing', 'complaints'];
  const tags = ['退款', '时效', '发票', 'Refund', 'refund', 'SLA', '物流', '投诉', 'VIP'];
  const titles = ['B', 'a', 'A', 'c', '退款', '投诉', 'b', 'Ä'];
  const all = Array.from({ length: 400 }, (_, i) =>
    article(`${i % 5 ? 'zh-cn' : 'en'}/${pick(categories)}/s${i}`, {
      title: `${pick(titles)}${i % 7}`,
      tags: Array.from({ length: Math.floor(rnd() * 4) }, () => pick(tags)),
      related: rnd() < 0.2 ? [`s${Math.floor(rnd() * 400)}`, `s${i}`, 'missing'] : [],
    }),
  );

  it('ranks exactly as one pass over every candidate, ties and duplicate tags included', () => {
    const related = relatedIndex(all);
    for (const a of all) {
      for (const limit of [1, 5, 12])
        expect(related(a, limit).map((c) => c.id)).toEqual(
          reference(a, all, limit).map((c) => c.id),
        );
    }
    expect(rankRelated(all[3]!, all).map((c) => c.id)).toEqual(
      reference(all[3]!, all).map((c) => c.id),
    );
  });

  it('gives 10,000 articles the same related lists as one pass over every candidate', () => {
    // How fast it is belongs to the benchmark (build time per article at 1,000 and 10,000
    // articles); here, that the index stays exact at that size.
    const many = Array.from({ length: 10_000 }, (_, i) =>
      article(`zh-cn/${categories[i % 4]}/m${i}`, {
        title: `t${(i * 7919) % 10_000}`,
        tags: [`tag${i % 500}`, `tag${(i * 31) % 500}`],
      }),
    );
    const related = relatedIndex(many);
    for (const a of many.filter((_, i) => i % 997 === 0))
      expect(related(a).map((c) => c.id)).toEqual(rankRelated(a, many).map((c) => c.id));
  });
});
