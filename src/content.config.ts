import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { categorySchema } from './schemas/category.ts';
import { reportSchema } from './schemas/report.ts';

export const collections = {
  kb: defineCollection({
    loader: glob({ base: './content/kb', pattern: '**/*.{md,mdx}' }),
    schema: articleSchema,
  }),
  reports: defineCollection({
    loader: glob({ base: './content/reports', pattern: '**/*.mdx' }),
    schema: reportSchema,
  }),
  categories: defineCollection({
    loader: file('data/categories.json'),
    schema: categorySchema,
  }),
};
