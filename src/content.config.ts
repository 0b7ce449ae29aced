import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { siteAudience } from './lib/build-info.ts';
import { audienceGlob, internalGlob } from './loaders/audience-glob.ts';
import { whenFolderExists } from './loaders/optional.ts';
import { afterVerdictOnFailure, quarantining } from './loaders/quarantine.ts';
import { articleSchema } from './schemas/article.ts';
import { categorySchema } from './schemas/category.ts';
import { reportSchema } from './schemas/report.ts';
import { trainingModuleSchema } from './schemas/training-module.ts';

export const collections = {
  kb: defineCollection({
    // A public build never loads an internal article (src/loaders/audience-glob.ts).
    // In `astro dev` a file with broken front matter is held back and reported, not fatal.
    loader: quarantining(
      audienceGlob({
        base: './content/kb',
        pattern: '**/*.{md,mdx}',
        audience: siteAudience(),
        // The store keeps no raw bodies (the search lexicon reads them from disk once). Rendering is
        // not deferred: on the 1,222-page real corpus `deferRender: true` cost 50 % more CPU time
        // (48 s against 32 s) and more memory, as every entry became a module of its own.
        retainBody: false,
      }),
      'kb',
    ),
    schema: articleSchema,
  }),
  reports: defineCollection({
    loader: quarantining(
      internalGlob({
        base: './content/reports',
        pattern: '**/*.mdx',
        audience: siteAudience(),
      }),
      'reports',
    ),
    schema: reportSchema,
  }),
  training: defineCollection({
    // Curriculum modules; a public build loads only those marked `audience: public`.
    loader: whenFolderExists('content/training', () =>
      quarantining(
        audienceGlob({
          base: './content/training',
          pattern: '**/*.{md,mdx}',
          audience: siteAudience(),
        }),
        'training',
      ),
    ),
    schema: trainingModuleSchema,
  }),
  categories: defineCollection({
    loader: afterVerdictOnFailure(file('data/categories.json')),
    schema: categorySchema,
  }),
};
