import { locales, type Locale } from '../../schemas/localized.ts';

/** `getStaticPaths` entries for a page that exists once per locale. */
export const localeParams = () =>
  locales.map((locale) => ({ params: { locale }, props: { locale } }));

/** Link to an article's source: `editBaseUrl` + path, `EDIT_BASE_URL` overriding the file. */
export function editUrl(
  file: string,
  configured: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const base = env['EDIT_BASE_URL'] || configured;
  return `${base.replace(/\/?$/, '/')}${file.replace(/^\.?\//, '')}`;
}

export type { Locale };
