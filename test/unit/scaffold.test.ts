import { describe, expect, it } from 'vitest';
import { loadCategories, readKbSources } from '../../src/lib/kb/categories.ts';
import { formatProblems } from '../../src/lib/diagnostics/problem.ts';
import {
  defaultReviewEvery,
  existingArticles,
  scaffoldArticle,
  slugFromTitle,
  type ArticleRequest,
  type ExistingArticle,
} from '../../scripts/lib/scaffold.ts';
import { validateKb } from '../../src/lib/kb/validate.ts';
import { articleTypes, tiers } from '../../src/schemas/article.ts';
import { repoRoot } from '../../scripts/lib/temp-project.ts';

const categories = loadCategories(repoRoot).value;
const existing: ExistingArticle[] = existingArticles(
  validateKb(readKbSources(repoRoot), categories).value,
);
const context = { today: '2026-11-23', categories, existing };
const request = (overrides: Partial<ArticleRequest> = {}): ArticleRequest => ({
  title: 'Handling a late refund',
  tier: 'basic',
  category: 'returns',
  owner: '售后服务组',
  ...overrides,
});
/** The project's own validator over the sample content plus the new file: its problems only. */
const problemsOf = (path: string, source: string) =>
  validateKb([...readKbSources(repoRoot), { path, source }], categories).problems.filter(
    (p) => p.file === path,
  );

describe('existingArticles', () => {
  it('keeps what scaffolding needs of each valid article', () => {
    const original = existing.find((a) => a.slug === 'refund-timelines-by-payment');
    expect(original).toMatchObject({
      locale: 'zh-cn',
      category: 'returns',
      tier: 'advanced',
      type: 'guide',
      translationKey: 'refund-timelines-by-payment',
    });
    expect(Object.keys(original!).sort()).toEqual(
      ['audience', 'category', 'locale', 'slug', 'tier', 'title', 'translationKey', 'type'].sort(),
    );
  });
});

describe('slugFromTitle', () => {
  it('makes a slug from a Latin title and none from a Chinese one', () => {
    expect(slugFromTitle('Handling a Late Refund!')).toBe('handling-a-late-refund');
    expect(slugFromTitle('Café — what’s “included”?')).toBe('cafe-whats-included');
    expect(slugFromTitle('投诉升级时限')).toBeUndefined();
    expect(slugFromTitle('VIP 客户投诉')).toBeUndefined();
    expect(slugFromTitle('???')).toBeUndefined();
  });
});

describe('scaffoldArticle', () => {
  it('writes a draft that passes the build’s checks, for every type and locale', () => {
    for (const locale of ['zh-cn', 'en'] as const) {
      for (const type of articleTypes) {
        const { value, errors } = scaffoldArticle(
          request({ locale, type, slug: `new-${type}`, title: '测试: “引号” # 和冒号' }),
          context,
        );
        expect(errors).toEqual([]);
        expect(value?.path).toBe(
          `content/kb/${locale}/returns/new-${type}.${type === 'template' ? 'mdx' : 'md'}`,
        );
        expect(formatProblems(problemsOf(value!.path, value!.source))).toBe('');
      }
    }
  });

  it('fills in the date, owner, draft status and the tier’s review interval', () => {
    const { value } = scaffoldArticle(request({ tier: 'expert' }), context);
    expect(value?.source).toMatchInlineSnapshot(`
      "---
      title: Handling a late refund
      summary: 待补充：一到两句话，说明这篇文章解决什么问题。
      tier: expert
      category: returns
      type: guide
      tags: []
      owner: 售后服务组
      reviewed: 2026-11-23
      reviewEvery: 365
      status: draft
      audience: internal
      aliases: []
      related: []
      translationKey: handling-a-late-refund
      ---

      ## 适用场景

      （在这里写。短句、先说结论；表格适合“情况 → 做法”的对照。）

      ## 要点

      （在这里写。短句、先说结论；表格适合“情况 → 做法”的对照。）

      ## 注意事项

      （在这里写。短句、先说结论；表格适合“情况 → 做法”的对照。）
      "
    `);
    expect(tiers.map((t) => defaultReviewEvery[t])).toEqual([90, 180, 365]);
    expect(value?.notes.join('\n')).toContain('status is draft');
  });

  it('writes English headings for an English article and a ReplyTemplate with --template', () => {
    const { value } = scaffoldArticle(request({ locale: 'en', template: true }), context);
    expect(value?.path).toBe('content/kb/en/returns/handling-a-late-refund.mdx');
    expect(value?.source).toContain('type: template');
    expect(value?.source).toMatch(/## When to use it[\s\S]*<ReplyTemplate\n {2}title=/);
    expect(formatProblems(problemsOf(value!.path, value!.source))).toBe('');
  });

  it('derives a readable, predictable slug for a Chinese title and says so', () => {
    const { value } = scaffoldArticle(request({ title: '退款迟迟未到' }), context);
    expect(value?.path).toBe('content/kb/zh-cn/returns/returns-guide-2026-11-23.md');
    expect(value?.notes[0]).toContain('--slug');
    const taken = [
      ...existing,
      { ...existing[0]!, locale: 'zh-cn' as const, slug: 'returns-guide-2026-11-23' },
    ];
    const second = scaffoldArticle(request({ title: '退款迟迟未到' }), {
      ...context,
      existing: taken,
    });
    expect(second.value?.path).toBe('content/kb/zh-cn/returns/returns-guide-2026-11-23-2.md');
  });

  it('lists every bad flag at once, with did-you-mean and the allowed values', () => {
    const { value, errors } = scaffoldArticle(
      request({ tier: 'basc', category: 'return', locale: 'zh', owner: '' }),
      context,
    );
    expect(value).toBeUndefined();
    expect(errors).toMatchInlineSnapshot(`
      [
        "--locale “zh” is not allowed: did you mean “zh-cn”? use one of: zh-cn, en",
        "--tier “basc” is not allowed: did you mean “basic”? use one of: basic, advanced, expert",
        "--category “return” is not declared in data/categories.json: did you mean “returns”? declared: complaints, returns, orders, billing, communication, tools, compliance",
        "no owner: \`git config user.name\` is not set here; pass --owner "售后服务组" (the team or person who keeps the article correct)",
      ]
    `);
  });

  it('refuses a slug that is taken or cannot be an address', () => {
    expect(scaffoldArticle(request({ slug: 'Refund Timelines' }), context).errors).toEqual([
      '--slug “Refund Timelines” cannot be an address: use lowercase letters, digits and hyphens, e.g. refund-timelines',
    ]);
    expect(scaffoldArticle(request({ slug: 'invoice-faq' }), context).errors[0]).toBe(
      'the slug “invoice-faq” is already used by content/kb/zh-cn/billing/invoice-faq: pass another --slug (a slug is unique in its locale)',
    );
  });

  it('copies translationKey, category, tier and type from the article it translates', () => {
    const { value, errors } = scaffoldArticle(
      {
        title: 'Refund timelines by payment method',
        locale: 'en',
        owner: 'Finance team',
        translationOf: 'refund-timelines-by-payment',
      },
      context,
    );
    expect(errors).toEqual([]);
    expect(value?.path).toBe('content/kb/en/returns/refund-timelines-by-payment.md');
    expect(value).toMatchObject({
      locale: 'en',
      category: 'returns',
      slug: 'refund-timelines-by-payment',
    });
    expect(value?.source).toMatch(/tier: advanced\ncategory: returns\ntype: guide\n/);
    expect(value?.source).toContain('translationKey: refund-timelines-by-payment');
    expect(formatProblems(problemsOf(value!.path, value!.source))).toBe('');
  });

  it('explains a wrong --translation-of and an existing translation', () => {
    expect(
      scaffoldArticle(
        { title: 'X', locale: 'en', owner: 'A', translationOf: 'refund-timeline' },
        context,
      ).errors,
    ).toEqual([
      '--translation-of “refund-timeline”: there is no article with that slug in content/kb/zh-cn/; did you mean “refund-timelines-by-payment”?',
    ]);
    expect(
      scaffoldArticle(
        { title: 'X', locale: 'en', owner: 'A', translationOf: 'invoice-faq' },
        context,
      ).errors[0],
    ).toContain('content/kb/en/billing/invoice-faq already translates it');
  });
});
