import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { siteAudience } from './lib/build-info.ts';
import { audienceGlob, internalGlob } from './lib/content/audience-glob.ts';
import { articleSchema } from './schemas/article.ts';
import { categorySchema } from './schemas/category.ts';
import { reportSchema } from './schemas/report.ts';

export const collections = {
  kb: defineCollection({
    // A public build never loads an internal article (src/lib/content/audience-glob.ts).
    loader: audienceGlob({
      base: './content/kb',
      pattern: '**/*.{md,mdx}',
      audience: siteAudience(),
      // Large knowledge bases: the store keeps neither every raw body nor every rendered page;
      // each article renders when its page does, and the search lexicon reads bodies from disk.
      retainBody: false,
      deferRender: true,
    }),
    schema: articleSchema,
  }),
  reports: defineCollection({
    loader: internalGlob({
      base: './content/reports',
      pattern: '**/*.mdx',
      audience: siteAudience(),
    }),
    schema: reportSchema,
  }),
  categories: defineCollection({
    loader: file('data/categories.json'),
    schema: categorySchema,
  }),
};
