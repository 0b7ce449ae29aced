import { z } from 'astro/zod';
import { localizedText } from './localized.ts';

/** One knowledge-base category, declared once in `data/categories.json`. */
export const categorySchema = z.strictObject({
  /**
   * Folder name under `content/kb/<locale>/` and the value of an article's `category`.
   * @example "complaints"
   */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens'),
  /** Label shown in navigation, per locale. */
  label: localizedText,
  /** One sentence shown on the category page, per locale. */
  description: localizedText,
});

export const categoryListSchema = z.array(categorySchema).min(1);

export type Category = z.output<typeof categorySchema>;
