import { z } from 'astro/zod';

export const tiers = ['basic', 'advanced', 'expert'] as const;
export const articleTypes = ['guide', 'howto', 'faq', 'template', 'policy', 'case'] as const;
export const statuses = ['draft', 'published', 'archived'] as const;
export const audiences = ['internal', 'public'] as const;
export const articleLangs = ['zh-Hans', 'zh-Hant', 'en'] as const;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A calendar date written `YYYY-MM-DD`. YAML turns an unquoted date into a Date at UTC midnight;
 * a quoted one stays a string. Both are accepted, anything else is rejected rather than guessed.
 */
const isoDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)) return value;
  }
  ctx.addIssue({ code: 'custom', message: 'expected a date written YYYY-MM-DD' });
  return z.NEVER;
});

/** Front matter of one knowledge-base article (`content/kb/<locale>/<category>/<slug>.md|mdx`). */
export const articleSchema = z.object({
  /**
   * The article's title, as agents would search for it.
   * @zh 文章标题，按坐席搜索时会输入的说法来写。
   * @example "投诉受理与分级：三步流程"
   */
  title: z.string().trim().min(1),
  /**
   * One or two sentences; shown in search results and on cards.
   * @zh 一到两句话；显示在搜索结果和卡片上。
   * @example "退款从仓库验货通过开始算，不同支付方式到账时间不同。"
   */
  summary: z.string().trim().min(1),
  /**
   * Who the article is written for: everyone, experienced agents, or the expert core.
   * @zh 文章写给谁：所有坐席（basic）、有经验的坐席（advanced）或专家骨干（expert）。
   */
  tier: z.enum(tiers),
  /**
   * A category id declared in `data/categories.json`; must equal the folder name.
   * @zh 在 `data/categories.json` 中声明的分类 id；必须与文件所在的文件夹同名。
   * @example "returns"
   */
  category: z.string().min(1),
  /**
   * What kind of article this is; `template` articles hold reply templates.
   * @zh 文章的类型；`template` 类文章放回复模板。
   */
  type: z.enum(articleTypes),
  /**
   * Short topic words, in the article's language.
   * @zh 简短的主题词，用文章本身的语言。
   * @example ["退款", "时效"]
   */
  tags: z.array(z.string().trim().min(1)).default([]),
  /**
   * The team or person who keeps this article correct.
   * @zh 负责这篇文章内容准确的小组或个人。
   * @example "售后服务组"
   */
  owner: z.string().trim().min(1),
  /**
   * The day the content was last checked.
   * @zh 最近一次核对内容的日期。
   * @example 2026-09-15
   */
  reviewed: isoDate,
  /**
   * Days until the next review is due.
   * @zh 隔多少天需要再次复核。
   * @example 180
   */
  reviewEvery: z.number().int().positive(),
  /**
   * `draft` shows only in `npm run dev`; `archived` stays reachable, marked, and out of lists and search.
   * @zh `draft` 只在 `npm run dev` 中显示；`archived` 仍可访问、带标记，但不出现在列表和搜索中。
   */
  status: z.enum(statuses).default('published'),
  /**
   * `public` articles may appear in a public build; `internal` ones never do.
   * @zh `public` 文章可以出现在公开版中；`internal` 文章永远不会。
   */
  audience: z.enum(audiences).default('internal'),
  /**
   * Words agents type that the article does not contain.
   * @zh 坐席会输入、但文章里没有出现的词。
   * @example ["退钱"]
   */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /**
   * Slugs of related articles in the same locale, most relevant first.
   * @zh 同一语言中相关文章的 slug，最相关的放在最前面。
   * @example ["refund-timelines"]
   */
  related: z.array(z.string().regex(slugPattern, 'use the other article’s slug')).default([]),
  /**
   * The same value on every translation of this article.
   * @zh 同一篇文章的每个语言版本都写相同的值。
   * @example "complaint-intake"
   */
  translationKey: z.string().regex(slugPattern, 'use lowercase letters, digits and hyphens'),
  /**
   * Only where the text is not in the locale's usual script, e.g. Traditional Chinese in `zh-cn`.
   * @zh 只在文字不是该语言目录的常用文字时填写，例如 `zh-cn` 里的繁体中文。
   * @example zh-Hant
   */
  lang: z.enum(articleLangs).optional(),
});

export type ArticleInput = z.input<typeof articleSchema>;
export type ArticleData = z.output<typeof articleSchema>;
export type Tier = (typeof tiers)[number];
export type ArticleType = (typeof articleTypes)[number];
