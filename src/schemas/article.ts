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
  /** The article's title, as agents would search for it. @example "投诉受理与分级：三步流程" */
  title: z.string().trim().min(1),
  /** One or two sentences; shown in search results and on cards. */
  summary: z.string().trim().min(1),
  /** Who the article is written for: everyone, experienced agents, or the expert core. */
  tier: z.enum(tiers),
  /** A category id declared in `data/categories.json`; must equal the folder name. @example "returns" */
  category: z.string().min(1),
  /** What kind of article this is; `template` articles hold reply templates. */
  type: z.enum(articleTypes),
  /** Short topic words, in the article's language. @example ["退款", "时效"] */
  tags: z.array(z.string().trim().min(1)).default([]),
  /** The team or person who keeps this article correct. @example "售后服务组" */
  owner: z.string().trim().min(1),
  /** The day the content was last checked. @example 2026-09-15 */
  reviewed: isoDate,
  /** Days until the next review is due. @example 180 */
  reviewEvery: z.number().int().positive(),
  /** `draft` shows only in `npm run dev`; `archived` stays reachable, marked, and out of lists and search. */
  status: z.enum(statuses).default('published'),
  /** `public` articles may appear in a public build; `internal` ones never do. */
  audience: z.enum(audiences).default('internal'),
  /** Words agents type that the article does not contain. @example ["退钱"] */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Slugs of related articles in the same locale, most relevant first. @example ["refund-timelines"] */
  related: z.array(z.string().regex(slugPattern, 'use the other article’s slug')).default([]),
  /** The same value on every translation of this article. @example "complaint-intake" */
  translationKey: z.string().regex(slugPattern, 'use lowercase letters, digits and hyphens'),
  /** Only where the text is not in the locale's usual script, e.g. Traditional Chinese in `zh-cn`. */
  lang: z.enum(articleLangs).optional(),
});

export type ArticleInput = z.input<typeof articleSchema>;
export type ArticleData = z.output<typeof articleSchema>;
export type Tier = (typeof tiers)[number];
export type ArticleType = (typeof articleTypes)[number];
