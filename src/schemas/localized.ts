import { z } from 'astro/zod';

/** The site's locales; the first is the default. */
export const locales = ['zh-cn', 'en'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.output<typeof localeSchema>;
export const defaultLocale: Locale = 'zh-cn';

/** A text given once per locale. @example { "zh-cn": "投诉处理", "en": "Complaints" } */
export const localizedText = z.strictObject({
  'zh-cn': z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.output<typeof localizedText>;
