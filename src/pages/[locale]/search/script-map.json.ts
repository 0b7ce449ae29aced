import type { APIRoute } from 'astro';
import { loadLexicon } from '../../../page-data/search.ts';
import { localeParams, type Locale } from '../../../lib/i18n.ts';

export const getStaticPaths = localeParams;

/**
 * One locale's Traditional ↔ Simplified character map, fetched on Chinese pages when search
 * opens and elsewhere only once a query contains Chinese.
 */
export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  return new Response(JSON.stringify((await loadLexicon(locale)).maps), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
