/**
 * Scaffolding for editors: the text of a new article (`npm run new:article`) and of a quarter's
 * report narrative (`npm run new:report`). Pure: the command-line scripts read the project and the
 * git user, call these, validate the result with the same checks as the build, and write it.
 */
import { stringify } from 'yaml';
import {
  articleTypes,
  audiences,
  tiers,
  type ArticleType,
  type Tier,
} from '../../src/schemas/article.ts';
import type { Category } from '../../src/schemas/category.ts';
import type { Kpi } from '../../src/schemas/kpi.ts';
import { locales, type Locale } from '../../src/schemas/localized.ts';
import { parseArticlePath } from '../../src/lib/markdown/links.ts';
import type { ValidArticle } from '../../src/lib/kb/validate.ts';
import { closest } from '../../src/lib/diagnostics/zod-problems.ts';

/**
 * Days between reviews for a new article, by tier. Basic articles are the scripts and processes
 * every agent follows mid-conversation and change with every policy, price or tool change, so
 * they are checked quarterly; advanced ones twice a year; expert material (case reviews, crisis
 * playbooks, customer psychology) ages slowest and is checked yearly. Editors may change it.
 */
export const defaultReviewEvery: Record<Tier, number> = { basic: 90, advanced: 180, expert: 365 };

/** An existing article, as far as scaffolding needs to know it. */
export interface ExistingArticle {
  locale: Locale;
  category: string;
  slug: string;
  tier: Tier;
  type: ArticleType;
  audience: 'internal' | 'public';
  translationKey: string;
  title: string;
}

/** The project's valid articles (`validateKb(…).value`) as scaffolding needs them. */
export function existingArticles(validated: readonly ValidArticle[]): ExistingArticle[] {
  return validated.map((a) => ({
    locale: a.locale,
    category: a.data.category,
    slug: a.slug,
    tier: a.data.tier,
    type: a.data.type,
    audience: a.data.audience,
    translationKey: a.data.translationKey,
    title: a.data.title,
  }));
}

export interface ArticleRequest {
  title: string;
  locale?: string | undefined;
  tier?: string | undefined;
  category?: string | undefined;
  type?: string | undefined;
  slug?: string | undefined;
  audience?: string | undefined;
  /** Add a `<ReplyTemplate>` (and write `.mdx`); implied by `type: template`. */
  template?: boolean | undefined;
  /** Slug of the article in the other locale that this one translates. */
  translationOf?: string | undefined;
  summary?: string | undefined;
  owner?: string | undefined;
}

export interface ScaffoldContext {
  /** `YYYY-MM-DD`, written as `reviewed`. */
  today: string;
  categories: readonly Category[];
  /** Every valid article already in the project, both locales. */
  existing: readonly ExistingArticle[];
  /** Every article file's path, valid or not: a broken file still holds its slug. */
  files?: readonly string[];
}

export interface ScaffoldedFile {
  /** Path relative to the project root. */
  path: string;
  source: string;
  /** Things the editor should know (slug derived, written as a draft, …). */
  notes: string[];
}

/** A new article's file and where it will be on the site. */
export interface ScaffoldedArticle extends ScaffoldedFile {
  locale: Locale;
  category: string;
  slug: string;
}

/** `{ value }` on success, otherwise every reason it could not be written, each with a fix. */
export interface ScaffoldResult {
  value?: ScaffoldedArticle;
  errors: string[];
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A URL slug from a title written in Latin letters: accents dropped, lowercase, words joined by
 * hyphens. Undefined when the title has other scripts (Chinese): there is no pinyin table here,
 * and half a slug from the Latin words of a mixed title would mislead more than it helps.
 */
export function slugFromTitle(title: string): string | undefined {
  const plain = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (/(?!\p{Script=Latin})\p{L}/u.test(plain)) return undefined;
  const slug = plain
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || undefined;
}

const choices = (values: readonly string[]) => values.join(', ');

/** A value the typed one starts (`zh` → `zh-cn`), else the closest by edit distance. */
const suggest = (value: string, allowed: readonly string[]): string | undefined =>
  allowed.find((a) => value.length >= 2 && a.startsWith(value)) ?? closest(value, allowed);

function pick<T extends string>(
  field: string,
  value: string | undefined,
  allowed: readonly T[],
  errors: string[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const suggestion = suggest(value, allowed);
  errors.push(
    `--${field} “${value}” is not allowed: ${suggestion ? `did you mean “${suggestion}”? ` : ''}use one of: ${choices(allowed)}`,
  );
  return undefined;
}

const headings: Record<ArticleType, Record<Locale, string[]>> = {
  guide: {
    'zh-cn': ['适用场景', '要点', '注意事项'],
    en: ['When this applies', 'Key points', 'Watch out for'],
  },
  howto: {
    'zh-cn': ['适用场景', '操作步骤', '常见问题'],
    en: ['When this applies', 'Steps', 'Common questions'],
  },
  faq: {
    'zh-cn': ['常见问题', '仍未解决时'],
    en: ['Questions', 'If that does not solve it'],
  },
  template: {
    'zh-cn': ['什么时候用', '回复模板', '语气与注意事项'],
    en: ['When to use it', 'Reply template', 'Tone and cautions'],
  },
  policy: {
    'zh-cn': ['规则', '例外情况', '依据与生效日期'],
    en: ['The rule', 'Exceptions', 'Basis and effective date'],
  },
  case: {
    'zh-cn': ['经过', '原因分析', '改进措施', '给坐席的要点'],
    en: ['What happened', 'Causes', 'What we changed', 'Takeaways for agents'],
  },
};

const prompts: Record<Locale, { section: string; steps: string; summary: string }> = {
  'zh-cn': {
    section: '（在这里写。短句、先说结论；表格适合“情况 → 做法”的对照。）',
    steps: '1. 第一步（在哪个系统、点什么）。\n2. 第二步。\n3. 第三步：告诉客户下一步和时间。',
    summary: '待补充：一到两句话，说明这篇文章解决什么问题。',
  },
  en: {
    section: '(Write here. Short sentences, conclusion first; a table suits “situation → action”.)',
    steps:
      '1. First step (which system, what to click).\n2. Second step.\n3. Third step: tell the customer what happens next and when.',
    summary: 'To do: one or two sentences on the problem this article solves.',
  },
};

const replyTemplate: Record<Locale, string> = {
  'zh-cn':
    '<ReplyTemplate\n  title="回复模板标题"\n  text="{customer}，您好：\n\n（回复正文。需要坐席填写的地方写成 {order}、{date} 这样的小写英文占位符。）\n\n我是 {agent}，有问题直接回复本消息即可。"\n/>',
  en: '<ReplyTemplate\n  title="Reply template title"\n  text="Dear {customer},\n\n(The reply. Placeholders are {lowercase} names such as {order} or {date}.)\n\nI am {agent}; just reply to this message if anything is unclear."\n/>',
};

/** The body below the front matter: the type's headings in the locale's language. */
export function articleBody(type: ArticleType, locale: Locale, withTemplate: boolean): string {
  const p = prompts[locale];
  const sections = headings[type][locale].map((heading, index) => {
    let text = p.section;
    if (type === 'howto' && index === 1) text = p.steps;
    if (type === 'faq' && index === 0)
      text =
        locale === 'zh-cn'
          ? '### 客户会怎么问？\n\n（一句话回答，再补充细节。）'
          : '### How would a customer ask it?\n\n(Answer in one sentence, then the details.)';
    if (type === 'template' && index === 1) text = replyTemplate[locale];
    return `## ${heading}\n\n${text}\n`;
  });
  if (withTemplate && type !== 'template') {
    const title = locale === 'zh-cn' ? '回复模板' : 'Reply template';
    sections.push(`## ${title}\n\n${replyTemplate[locale]}\n`);
  }
  return sections.join('\n');
}

/** A YAML scalar or flow list, quoted only when YAML needs it. */
const yamlValue = (value: string | number | readonly string[]): string =>
  typeof value === 'string' || typeof value === 'number'
    ? stringify(value, { lineWidth: 0 }).trimEnd()
    : `[${value.map((v) => yamlValue(v)).join(', ')}]`;

/**
 * A new article's file: path, front matter (status `draft`, so nothing publishes by accident) and
 * a body skeleton. Every input problem is reported at once; nothing is returned unless all are fixed.
 */
export function scaffoldArticle(request: ArticleRequest, context: ScaffoldContext): ScaffoldResult {
  const errors: string[] = [];
  const notes: string[] = [];
  const title = request.title.trim();
  if (!title) errors.push('the title is missing: pass it last, in quotes, e.g. "退款到账时间"');
  const locale = pick('locale', request.locale ?? 'zh-cn', locales, errors);
  const other = locale ? locales.find((l) => l !== locale) : undefined;

  let original: ExistingArticle | undefined;
  if (request.translationOf !== undefined && other) {
    const candidates = context.existing.filter((a) => a.locale === other);
    original = candidates.find((a) => a.slug === request.translationOf);
    if (!original) {
      const suggestion = suggest(
        request.translationOf,
        candidates.map((a) => a.slug),
      );
      errors.push(
        `--translation-of “${request.translationOf}”: there is no article with that slug in content/kb/${other}/` +
          (suggestion ? `; did you mean “${suggestion}”?` : '; give the file name without .md'),
      );
    } else {
      const twin = context.existing.find(
        (a) => a.locale === locale && a.translationKey === original?.translationKey,
      );
      if (twin)
        errors.push(
          `--translation-of “${original.slug}”: content/kb/${locale}/${twin.category}/${twin.slug} already translates it (translationKey “${twin.translationKey}”); edit that file instead`,
        );
    }
  }

  const tier = pick('tier', request.tier, tiers, errors) ?? original?.tier;
  if (!tier && request.tier === undefined && request.translationOf === undefined)
    errors.push(`--tier is missing: use one of: ${choices(tiers)}`);
  const type =
    pick('type', request.type, articleTypes, errors) ??
    original?.type ??
    (request.template ? 'template' : 'guide');
  const audience =
    pick('audience', request.audience, audiences, errors) ?? original?.audience ?? 'internal';

  const categoryIds = context.categories.map((c) => c.id);
  const category = request.category ?? original?.category;
  if (category === undefined) {
    if (request.translationOf === undefined)
      errors.push(`--category is missing: use one of: ${choices(categoryIds)}`);
  } else if (!categoryIds.includes(category)) {
    const suggestion = suggest(category, categoryIds);
    errors.push(
      `--category “${category}” is not declared in data/categories.json: ${suggestion ? `did you mean “${suggestion}”? ` : ''}declared: ${choices(categoryIds)}`,
    );
  }

  const owner = request.owner?.trim();
  if (!owner)
    errors.push(
      'no owner: `git config user.name` is not set here; pass --owner "售后服务组" (the team or person who keeps the article correct)',
    );

  let slug = request.slug;
  if (slug !== undefined && !slugPattern.test(slug)) {
    errors.push(
      `--slug “${slug}” cannot be an address: use lowercase letters, digits and hyphens, e.g. refund-timelines`,
    );
  }
  if (slug === undefined) slug = original?.slug ?? (title ? slugFromTitle(title) : undefined);
  if (slug === undefined && title && category && type) {
    // No pinyin table: a readable, predictable stand-in the editor can rename before publishing.
    const base = `${category}-${type}-${context.today}`;
    const taken = new Set(context.existing.filter((a) => a.locale === locale).map((a) => a.slug));
    let n = 1;
    slug = base;
    while (taken.has(slug)) slug = `${base}-${++n}`;
    notes.push(
      `the title is not in Latin letters (there is no pinyin here), so the slug, which is the address, is “${slug}”; for a readable address, delete the file and rerun with --slug and a few English words, e.g. --slug complaint-escalation-deadlines`,
    );
  }
  const taken = slug
    ? context.existing.find((a) => a.locale === locale && a.slug === slug)
    : undefined;
  const takenFile = (context.files ?? []).find((f) => {
    const at = parseArticlePath(f);
    return at !== undefined && at.locale === locale && at.slug === slug;
  });
  if (taken) {
    errors.push(
      `the slug “${slug}” is already used by content/kb/${taken.locale}/${taken.category}/${taken.slug}: pass another --slug (a slug is unique in its locale)`,
    );
  } else if (takenFile) {
    errors.push(
      `the slug “${slug}” is already used by ${takenFile}: pass another --slug (a slug is unique in its locale)`,
    );
  }
  const translationKey = original?.translationKey ?? slug;
  if (
    !original &&
    translationKey &&
    context.existing.some((a) => a.locale === locale && a.translationKey === translationKey)
  ) {
    errors.push(
      `translationKey “${translationKey}” is already used in ${locale}: pass another --slug`,
    );
  }

  if (errors.length || !locale || !tier || !category || !slug || !owner || !translationKey)
    return { errors };

  const mdx = request.template === true || type === 'template';
  const path = `content/kb/${locale}/${category}/${slug}.${mdx ? 'mdx' : 'md'}`;
  const fields: [string, string | number | readonly string[]][] = [
    ['title', title],
    ['summary', request.summary?.trim() || prompts[locale].summary],
    ['tier', tier],
    ['category', category],
    ['type', type],
    ['tags', []],
    ['owner', owner],
    ['reviewed', context.today],
    ['reviewEvery', defaultReviewEvery[tier]],
    ['status', 'draft'],
    ['audience', audience],
    ['aliases', []],
    ['related', []],
    ['translationKey', translationKey],
  ];
  const front = fields.map(([key, value]) => `${key}: ${yamlValue(value)}`).join('\n');
  if (original)
    notes.push(
      `translates content/kb/${original.locale}/${original.category}/${original.slug} (translationKey “${translationKey}”; tier, category and type copied)`,
    );
  notes.push(
    `reviewEvery is ${defaultReviewEvery[tier]} days, the default for ${tier} articles (basic 90, advanced 180, expert 365)`,
  );
  notes.push(
    'status is draft: it shows in npm run dev only; set `status: published` when it is ready',
  );
  return {
    value: {
      path,
      source: `---\n${front}\n---\n\n${articleBody(type, locale, mdx)}`,
      notes,
      locale,
      category,
      slug,
    },
    errors: [],
  };
}

/** `2026-Q4` or `2026-q4` → `2026-Q4`; undefined for anything else. */
const reportText: Record<
  Locale,
  {
    title: string;
    summary: string;
    intro: string;
    headline: string;
    line: (label: string, id: string, target: boolean) => string;
    sections: [string, string][];
  }
> = {
  'zh-cn': {
    title: '待补充：本季度的标题',
    summary: '待补充：一句话概括本季度，不写数字（数字在报告页上）。',
    intro:
      '（一两句话：本季度处于路线图的哪个阶段，最重要的变化是什么。数字一律用下面的组件，不要手写。）',
    headline: '**核心指标。**',
    line: (label, id, target) =>
      `- ${label}：<Kpi id="${id}" />，较上季度 <Delta id="${id}" />${target ? `，目标 <Target id="${id}" />` : ''}。（原因……）`,
    sections: [
      ['响应速度', '（响应和处理速度有什么变化，为什么。）'],
      ['问题解决', '（首次解决、重复联络、升级的变化和原因。）'],
      ['需要关注', '（偏离目标的指标、风险和下季度要做的事。）'],
      ['培训', '（培训覆盖、考试和下一轮重点。）'],
    ],
  },
  en: {
    title: 'To do: the quarter’s headline',
    summary: 'To do: one sentence on the quarter, without figures (the page has them).',
    intro:
      '(One or two sentences: where the quarter stands in the roadmap and what changed most. Every figure comes from the components below; never type a number.)',
    headline: '**Headline figures.**',
    line: (label, id, target) =>
      `- ${label}: <Kpi id="${id}" /> (<Delta id="${id}" /> on the previous quarter)${target ? `; target <Target id="${id}" />` : ''}. (Why …)`,
    sections: [
      ['Speed', '(How response and handling times moved, and why.)'],
      [
        'Resolution',
        '(First-contact resolution, repeat contacts, escalations: what changed and why.)',
      ],
      ['Watch', '(KPIs off their path, risks, and what happens next quarter.)'],
      ['Training', '(Coverage, exams and the next round’s focus.)'],
    ],
  },
};

/**
 * A quarter's narrative skeleton in the shape of the existing ones: front matter, an opening
 * paragraph, the headline KPIs of `data/kpis.json` each with `<Kpi>`, `<Delta>` and (when the plan
 * sets the KPI a goal) `<Target>`, then bold-led paragraphs to fill in.
 */
export function scaffoldReport(
  period: string,
  locale: Locale,
  kpis: readonly Kpi[],
  author: string,
  /** KPIs the plan sets a goal for (the only targets); they get `<Target>`. */
  targeted: ReadonlySet<string> = new Set(),
): ScaffoldedFile {
  const text = reportText[locale];
  const headline = kpis.filter((k) => k.headline);
  const front = [
    `title: ${yamlValue(text.title)}`,
    `summary: ${yamlValue(text.summary)}`,
    `author: ${yamlValue(author)}`,
  ].join('\n');
  const body = [
    text.intro,
    text.headline,
    headline.map((k) => text.line(k.label[locale], k.id, targeted.has(k.id))).join('\n'),
    ...text.sections.map(
      ([lead, prompt]) => `**${lead}${locale === 'zh-cn' ? '。' : '.'}** ${prompt}`,
    ),
  ].join('\n\n');
  return {
    path: `content/reports/${locale}/${period.toLowerCase()}.mdx`,
    source: `---\n${front}\n---\n\n${body}\n`,
    notes: [],
  };
}
