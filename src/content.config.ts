import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { siteAudience } from './lib/build-info.ts';
import { audienceGlob, internalGlob } from './loaders/audience-glob.ts';
import { articleSchema } from './schemas/article.ts';
import { categorySchema } from './schemas/category.ts';
import { reportSchema } from './schemas/report.ts';

export const collections = {
  kb: defineCollection({
    // A public build never loads an internal article (src/loaders/audience-glob.ts).
    loader: audienceGlob({
      base: './content/kb',
      pattern: '**/*.{md,mdx}',
      audience: siteAudience(),
      // The store keeps no raw bodies (the search lexicon reads them from disk once). Rendering is
      // not deferred: on the 1,222-page real corpus `deferRender: true` cost 50 % more CPU time
      // (48 s against 32 s) and more memory, as every entry became a module of its own.
      retainBody: false,
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
